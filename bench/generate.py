#!/usr/bin/env python3
"""Writes synthetic data of any size in Homeward's exchange formats (HXL CSV), deterministic for a seed.

  bench/generate.py returns     --rows 100000 --seed 1 --out returns-S.csv [--corrections returns-S-fix.csv]
  bench/generate.py facilities  --events 1000000 --seed 1 --out facilities-L.csv

Returns: three years of daily rows (2016-01-01 .. 2018-12-30 by default) over every governorate, most of them
down to a community of the reference p-codes; the daily volume rises over time and peaks some weeks; most are
displaced people coming home inside the country, refugees come through the crossings that face their host
country (Lebanon, Turkey and Jordan most) and airports and sea ports; sex and age splits on most rows. With
--corrections, a second file sends a few percent of the rows again under the same id: new counts or another
split (--share, default 3 %), a quarter of them voids.

Facilities: histories of damaged facilities (schools, bakeries, homes...) in settlements of every governorate,
few of them in most settlements and many in the large towns: damaged, later works under way, later in operation
for most; some damaged again; a few percent of events sent twice (a correction of the day) as in real data.

Reads the p-codes and entry points from src/main/resources/reference, so every code exists. Standard library
only, so anyone can run it.
"""
import argparse
import bisect
import csv
import datetime
import itertools
import pathlib
import random
import sys

REFERENCE = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/reference"
# people who came home by governorate: a few take most
GOVERNORATE_WEIGHTS = {"SY01": 4, "SY02": 22, "SY03": 14, "SY04": 12, "SY05": 9, "SY06": 3, "SY07": 4, "SY08": 5,
                       "SY09": 8, "SY10": 2, "SY11": 6, "SY12": 7, "SY13": 2, "SY14": 2}
HOST_WEIGHTS = {"LBN": 40, "TUR": 28, "JOR": 20, "IRQ": 7, "EGY": 2, "DEU": 1, "SAU": 1, "ARE": 1}
FACILITY_TYPES = {"school": 6, "preschool": 5, "bakery": 5, "water_pumping_station": 5, "electrical_substation": 5,
                  "medical_facility": 5, "residential_building": 60, "place_of_worship": 3}
RETURN_HEADER = [("Id", "#meta+id"), ("Source", "#meta+source"), ("Date", "#date"), ("Category", "#affected+type"),
                 ("Persons", "#affected+returnees"), ("Governorate", "#adm1+code"), ("District", "#adm2+code"),
                 ("Sub-district", "#adm3+code"), ("Community", "#adm4+code"),
                 ("Host country", "#country+origin+code"), ("Displaced from", "#adm1+origin+code"),
                 ("Entry point", "#loc+entry+code"), ("Female", "#affected+returnees+f"),
                 ("Male", "#affected+returnees+m"), ("Age 0-4", "#affected+returnees+age0_4"),
                 ("Age 5-11", "#affected+returnees+age5_11"), ("Age 12-17", "#affected+returnees+age12_17"),
                 ("Age 18-59", "#affected+returnees+age18_59"), ("Age 60+", "#affected+returnees+age60plus"),
                 ("Households", "#affected+returnees+hh")]
FACILITY_HEADER = [("Event", "#meta+id"), ("Source", "#meta+source"), ("Facility", "#loc+facility+code"),
                   ("Name", "#loc+facility+name"), ("Type", "#loc+facility+type"), ("Governorate", "#adm1+code"),
                   ("District", "#adm2+code"), ("Sub-district", "#adm3+code"), ("Community", "#adm4+code"),
                   ("Status", "#status"), ("Date", "#date")]


class Geography:
    """Communities with their chain of parents, grouped by governorate."""

    def __init__(self):
        parent = {}
        for file in ("districts.csv", "subdistricts.csv", "communities.csv"):
            for row in read(file):
                parent[row["pcode"]] = row["parent_pcode"]
        self.chains = {}
        for community in (row["pcode"] for row in read("communities.csv")):
            subdistrict = parent[community]
            district = parent[subdistrict]
            self.chains.setdefault(parent[district], []).append((district, subdistrict, community))
        for chains in self.chains.values():
            chains.sort()
        self.entry_points = read("entry-points.csv")

    def chain(self, rng, adm1):
        """A community of the governorate, skewed: the first ones (the towns of the list) far more often."""
        chains = self.chains[adm1]
        return chains[min(len(chains) - 1, int((rng.paretovariate(1.0) - 1) * 10))]


def read(file):
    with open(REFERENCE / file, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def cumulative(weights):
    keys = list(weights)
    return keys, list(itertools.accumulate(weights[k] for k in keys))


def choose(rng, table):
    keys, totals = table
    return keys[bisect.bisect(totals, rng.random() * totals[-1])]


def write_header(out, header):
    out.write(",".join(h for h, _ in header) + "\n" + ",".join(t for _, t in header) + "\n")


def split(rng, total, parts):
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


class Returns:

    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.geo = Geography()
        self.source = args.source
        self.prefix = args.id_prefix
        self.first = datetime.date.fromisoformat(args.first_day)
        self.days = args.days
        self.governorates = cumulative(GOVERNORATE_WEIGHTS)
        self.hosts = cumulative(HOST_WEIGHTS)
        self.crossings = {}
        for point in self.geo.entry_points:
            if point["faces_country"]:
                self.crossings.setdefault(point["faces_country"], []).append(point["code"])
        self.air_and_sea = [p["code"] for p in self.geo.entry_points if p["kind"] in ("airport", "sea_port")]
        # days weighted so volume rises over the three years, with a peak some weeks
        weights = {}
        for day in range(self.days):
            week = day // 7
            weights[day] = (1 + 3 * day / self.days) * (3 if week % 13 == 5 else 1)
        self.day_table = cumulative(weights)

    def row(self, number):
        rng = self.rng
        day = self.first + datetime.timedelta(days=choose(rng, self.day_table))
        persons = max(1, int(rng.paretovariate(1.6) * 3))
        adm1 = choose(rng, self.governorates)
        district = subdistrict = community = ""
        level = rng.random()
        if level < 0.8:
            district, subdistrict, community = self.geo.chain(rng, adm1)
            if level > 0.6:
                community = ""
        origin = origin_adm1 = entry = ""
        if rng.random() < 0.25:
            category = "refugee_returnee"
            origin = choose(rng, self.hosts)
            crossings = self.crossings.get(origin)
            entry = rng.choice(crossings) if crossings and rng.random() < 0.9 else rng.choice(self.air_and_sea)
        else:
            category = "idp_returnee"
            origin_adm1 = choose(rng, self.governorates) if rng.random() < 0.6 else ""
        female = male = ""
        if rng.random() < 0.7:
            f = rng.randint(0, persons)
            female, male = str(f), str(persons - f)
        ages = [""] * 5
        if rng.random() < 0.5:
            ages = [str(a) for a in split(rng, persons, 5)]
        households = str(max(1, persons // 5)) if rng.random() < 0.8 else ""
        return [f"{self.prefix}{number}", self.source, day.isoformat(), category, str(persons), adm1, district, subdistrict,
                community, origin, origin_adm1, entry, female, male] + ages + [households]

    def write(self, rows, out, corrections, share):
        write_header(out, RETURN_HEADER)
        fix = random.Random(self.rng.random())
        if corrections:
            write_header(corrections, RETURN_HEADER + [("Void", "#meta+void")])
        for number in range(rows):
            cells = self.row(number)
            out.write(",".join(cells) + "\n")
            if corrections and fix.random() < share:
                if fix.random() < 0.25:
                    corrections.write(f"{self.prefix}{number},{self.source}" + "," * (len(RETURN_HEADER) - 1) + "true\n")
                    continue
                cells[4] = str(int(cells[4]) + fix.randint(1, 5))
                cells[12:19] = [""] * 7
                corrections.write(",".join(cells) + ",\n")


class Facilities:

    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.geo = Geography()
        self.source = args.source
        self.first = datetime.date.fromisoformat(args.first_day)
        self.days = args.days
        self.governorates = cumulative(GOVERNORATE_WEIGHTS)
        self.types = cumulative(FACILITY_TYPES)

    def write(self, events, out):
        rng = self.rng
        write_header(out, FACILITY_HEADER)
        written = 0
        facility = 0
        while written < events:
            facility += 1
            code = f"F{facility:08d}"
            adm1 = choose(rng, self.governorates)
            district, subdistrict, community = self.geo.chain(rng, adm1)
            kind = choose(rng, self.types)
            name = f"{kind.replace('_', ' ').capitalize()} No. {facility}"
            place = [adm1, district, subdistrict, community]
            day = rng.randrange(self.days // 3)
            history = [("damaged", day)]
            if rng.random() < 0.8:
                day += rng.randint(30, 400)
                history.append(("works_under_way", day))
                if rng.random() < 0.7:
                    day += rng.randint(20, 300)
                    history.append(("in_operation", day))
                    if rng.random() < 0.05:
                        day += rng.randint(10, 200)
                        history.append(("damaged", day))
            if rng.random() < 0.03:
                status, when = history[-1]
                history.append((status, when + rng.randint(0, 3)))
            for number, (status, when) in enumerate(history, 1):
                if when >= self.days or written >= events:
                    break
                date = (self.first + datetime.timedelta(days=when)).isoformat()
                out.write(",".join([f"{code}-{number}", self.source, code, name, kind] + place + [status, date])
                          + "\n")
                written += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["returns", "facilities"])
    parser.add_argument("--rows", type=int, help="return rows")
    parser.add_argument("--events", type=int, help="facility status events")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", default="JCHQ")
    parser.add_argument("--first-day", default="2016-01-01")
    parser.add_argument("--days", type=int, default=3 * 365)
    parser.add_argument("--id-prefix", default="r", help="returns: ids are this prefix and the row's number")
    parser.add_argument("--out", help="the file to write (default: standard output)")
    parser.add_argument("--corrections", help="returns: also write corrections and voids of some rows to this file")
    parser.add_argument("--share", type=float, default=0.03, help="share of rows corrected or voided")
    args = parser.parse_args()
    out = open(args.out, "w", encoding="utf-8", buffering=1 << 20) if args.out else sys.stdout
    if args.kind == "returns":
        if not args.rows:
            parser.error("returns need --rows")
        corrections = open(args.corrections, "w", encoding="utf-8", buffering=1 << 20) if args.corrections else None
        Returns(args).write(args.rows, out, corrections, args.share)
        if corrections:
            corrections.close()
    else:
        if not args.events:
            parser.error("facilities need --events")
        Facilities(args).write(args.events, out)
    out.close()


if __name__ == "__main__":
    main()
