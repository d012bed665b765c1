#!/usr/bin/env python3
"""Writers that add, correct and void return records through the API, keep a tally of every acknowledged write,
and check at the end that Homeward holds exactly that: every acknowledged write present, none twice, and the
figures equal to the tally. Used by bench/reliability.sh (concurrency and database outage).

  bench/load.py --url http://127.0.0.1:18080 --token SECRET --writers 32 --seconds 60 --prefix c1
"""
import argparse
import base64
import collections
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse

DAY = "2018-10-01"


class Writer(threading.Thread):

    def __init__(self, number, args, tally, lock, stats):
        super().__init__(daemon=True)
        self.number, self.args, self.tally, self.lock, self.stats = number, args, tally, lock, stats
        self.rng = random.Random(number)
        self.mine = []
        self.connection = None

    def request(self, method, path, body=None):
        url = urllib.parse.urlparse(self.args.url)
        headers = {"Authorization": "Bearer " + self.args.token, "Content-Type": "application/json"}
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=self.args.timeout)
            try:
                self.connection.request(method, path, body=json.dumps(body) if body else None, headers=headers)
                response = self.connection.getresponse()
                return response.status, response.read()
            except (ConnectionError, http.client.HTTPException, OSError) as failure:
                self.connection.close()
                self.connection = None
                if attempt == 1 or not isinstance(failure, (ConnectionResetError, http.client.RemoteDisconnected)):
                    return None, str(failure).encode()
        return None, b""

    def run(self):
        deadline = time.time() + self.args.seconds
        serial = 0
        while time.time() < deadline:
            action = self.rng.random()
            live = [r for r in self.mine if not self.tally[r]["voided"] and not self.tally[r]["uncertain"]]
            if action < 0.5 or not live:
                serial += 1
                record = f"{self.args.prefix}-w{self.number}-{serial}"
                persons = self.rng.randint(1, 50)
                status, body = self.request("POST", "/api/v1/returns", {
                    "id": record, "source": self.args.source, "date": DAY, "category": "idp_returnee",
                    "persons": str(persons), "adm1": "SY02"})
                with self.lock:
                    self.tally[record] = {"persons": persons, "voided": False, "versions": 0, "uncertain": False}
                self.mine.append(record)
                self.settle(record, status, body, 201, persons=persons)
            elif action < 0.8:
                record = self.rng.choice(live)
                # another count than the current one: the same content would be answered "unchanged", no version
                persons = self.rng.choice([n for n in range(1, 101) if n != self.tally[record]["persons"]])
                status, body = self.request("PUT", f"/api/v1/returns/{self.args.source}/{record}", {
                    "id": record, "source": self.args.source, "date": DAY, "category": "idp_returnee",
                    "persons": str(persons), "adm1": "SY02", "reason": "recounted"})
                self.settle(record, status, body, 200, persons=persons)
            else:
                record = self.rng.choice(live)
                status, body = self.request("DELETE", f"/api/v1/returns/{self.args.source}/{record}?reason=duplicate")
                self.settle(record, status, body, 200, voided=True)

    def settle(self, record, status, body, expected, persons=None, voided=False):
        with self.lock:
            self.stats[str(status)] += 1
            entry = self.tally[record]
            if status == expected:
                entry["versions"] += 1
                if persons is not None:
                    entry["persons"] = persons
                entry["voided"] = entry["voided"] or voided
            elif status is None or status >= 500:
                # no answer, or one that cannot say whether the write was committed (the database went away
                # meanwhile): the write is not acknowledged, and whether it happened is unknown
                entry["uncertain"] = True
                if status == 503 and b"database" not in body.lower():
                    self.stats["503 without a message about the database"] += 1
            if status is not None and status != expected and status not in (503, 409):
                self.stats.setdefault("sample " + str(status), body[:300].decode(errors="replace"))


def check(args, tally, stats):
    """Every acknowledged write present once; records whose last write is unknown hold at least the acknowledged
    ones; the figures equal the ledger's records, and for the certain records the writers' tally."""
    client = Writer(999, args, tally, threading.Lock(), stats)
    problems = []
    ledger_total = 0
    for record, entry in tally.items():
        status, body = client.request("GET", f"/api/v1/returns/{args.source}/{record}/versions")
        if status == 404 and entry["versions"] == 0:
            continue
        if status != 200:
            problems.append(f"{record}: acknowledged {entry['versions']} writes, the ledger answers {status}")
            continue
        versions = json.loads(body)
        current = versions[-1]
        if not current.get("voided"):
            ledger_total += int(current["persons"])
        if entry["uncertain"]:
            if len(versions) < entry["versions"]:
                problems.append(f"{record}: {entry['versions']} acknowledged writes, only {len(versions)} versions")
            continue
        if len(versions) != entry["versions"]:
            problems.append(f"{record}: {entry['versions']} acknowledged writes, {len(versions)} versions")
        if bool(current.get("voided")) != entry["voided"]:
            problems.append(f"{record}: voided {current.get('voided')}, the tally says {entry['voided']}")
        if not entry["voided"] and int(current["persons"]) != entry["persons"]:
            problems.append(f"{record}: {current['persons']} persons, the tally says {entry['persons']}")
    uncertain = [r for r, t in tally.items() if t["uncertain"]]
    tally_total = sum(t["persons"] for t in tally.values() if t["versions"] and not t["voided"] and not t["uncertain"])
    status, body = client.request("GET", f"/api/v1/briefings?asOf={DAY}&days=1&source={args.source}")
    total = json.loads(body)["returns"]["total"] if status == 200 else None
    if total != ledger_total + args.baseline:
        problems.append(f"figures: total {total}, the records say {ledger_total} (+{args.baseline} before the run)")
    if not uncertain and ledger_total != tally_total:
        problems.append(f"the records hold {ledger_total} persons, the tally says {tally_total}")
    return problems, tally_total, total, uncertain


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:18080")
    parser.add_argument("--token", required=True)
    parser.add_argument("--source", default="JCHQ")
    parser.add_argument("--writers", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--prefix", default="load")
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--strict", action="store_true", help="every write must be answered for certain")
    parser.add_argument("--baseline", type=int, default=0, help="persons on the day before the run")
    args = parser.parse_args()
    tally, lock, stats = {}, threading.Lock(), collections.Counter()
    writers = [Writer(n, args, tally, lock, stats) for n in range(args.writers)]
    started = time.time()
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    elapsed = time.time() - started
    acknowledged = sum(t["versions"] for t in tally.values())
    problems, expected_total, total, uncertain = check(args, tally, stats)
    if stats.get("500"):
        problems.append(f"{stats['500']} writes answered 500: a failure that says nothing of the outcome")
    if args.strict and uncertain:
        problems.append(f"{len(uncertain)} records with a write of unknown outcome while the database was up")
    print(json.dumps({"seconds": round(elapsed, 1), "writers": args.writers, "records": len(tally),
                      "acknowledgedWrites": acknowledged, "answers": {k: v for k, v in stats.items()},
                      "uncertainRecords": len(uncertain), "tallyTotal": expected_total, "figuresTotal": total,
                      "problems": problems[:20], "problemCount": len(problems)}, indent=1))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
