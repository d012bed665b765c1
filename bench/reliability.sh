#!/usr/bin/env bash
# The reliability tests that need a server to kill or a database to stop, on PostgreSQL (docs/reliability.md):
#   crash        kill -9 the server at random moments during large imports (CRASHES rounds, default 20); after
#                each restart the import is wholly present or wholly absent, and the retry with the same
#                Idempotency-Key applies it exactly once
#   concurrency  32 writers add, correct and void records for 60 s; every acknowledged write present once, the
#                figures equal the writers' tally
#   outage       PostgreSQL stopped for 20 s under load and started again: 503 with a message meanwhile, recovery
#                without a restart, no acknowledged write lost
# Usage, from the project root after `mvn -DskipTests package`:  bench/reliability.sh [crash|concurrency|outage|all]
# Exits non-zero when a check fails.
set -euo pipefail
WHAT=${1:-all}
CRASHES=${CRASHES:-20}
CRASH_ROWS=${CRASH_ROWS:-300000}
source "$(dirname "$0")/lib.sh"
bench_workdir
pg_start
pg_sql postgres "create database homeward"
DB="jdbc:postgresql://127.0.0.1:$PG_PORT/homeward"
app_start "$DB" 512m
failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

# An API token for the writers (hw_ and 256 bits, as Homeward makes them; it keeps only the hash). Basic would
# hash a password for every request.
TOKEN=hw_bench$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
pg_sql homeward "insert into api_token (user_id, name, token_hash, prefix, created_at, created_by)
  select id, 'reliability', '$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)', '${TOKEN:0:10}', now(), 'bench'
  from app_user where username = 'admin'"

count() { pg_sql homeward "$1"; }

if [ "$WHAT" = crash ] || [ "$WHAT" = all ]; then
  echo "== crash: $CRASHES imports of $CRASH_ROWS rows, each killed at a random moment"
  for round in $(seq 1 "$CRASHES"); do
    python3 bench/generate.py returns --rows "$CRASH_ROWS" --seed "$round" --id-prefix "k$round-" \
      --out "$WORK/crash.csv"
    key="crash-round-$round"
    IDEMPOTENCY_KEY=$key import_file returns "$WORK/crash.csv" > "$WORK/status" 2>/dev/null &
    client=$!
    delay=$(python3 -c "import random; random.seed($round); print(round(random.uniform(0.2, 9.0), 2))")
    sleep "$delay"
    kill -9 "$APP"; wait "$APP" 2>/dev/null || true; APP=""
    wait "$client" 2>/dev/null || true
    present=$(count "select count(*) from return_record_head where record_id like 'k$round-%'")
    if [ "$present" != 0 ] && [ "$present" != "$CRASH_ROWS" ]; then fail "round $round: $present of $CRASH_ROWS rows after the crash"; fi
    app_start "$DB" 512m
    # after the restart: still all or nothing, then the retry applies it once, and a second retry changes nothing
    again=$(count "select count(*) from return_record_head where record_id like 'k$round-%'")
    [ "$again" = "$present" ] || fail "round $round: $present rows before the restart, $again after"
    status=$(IDEMPOTENCY_KEY=$key import_file returns "$WORK/crash.csv")
    [ "$status" = 200 ] || fail "round $round: the retry answered $status $(head -c 300 "$WORK/answer.json")"
    first=$(cat "$WORK/answer.json")
    status=$(IDEMPOTENCY_KEY=$key import_file returns "$WORK/crash.csv")
    [ "$(cat "$WORK/answer.json")" = "$first" ] || fail "round $round: a second retry answered otherwise: $(cat "$WORK/answer.json")"
    versions=$(count "select count(*) from return_record where record_id like 'k$round-%'")
    imports=$(count "select count(*) from return_import where idempotency_key = '$key'")
    [ "$versions" = "$CRASH_ROWS" ] && [ "$imports" = 1 ] \
      || fail "round $round: $versions versions and $imports imports for $CRASH_ROWS rows sent once"
    echo "round $round: killed after ${delay}s with $present rows present; retry: $first"
  done
  # the daily aggregates the figures read equal the ledger itself, after 20 crashes
  aggregate=$(count "select coalesce(sum(persons), 0) from return_day_total")
  ledger=$(count "select coalesce(sum(r.persons), 0) from return_record_head h join return_record r on r.id = h.version_id where not h.voided")
  [ "$aggregate" = "$ledger" ] || fail "aggregates: $aggregate persons, the ledger $ledger"
  echo "aggregates: $aggregate persons, the ledger: $ledger"
fi

baseline() { curl -sf "localhost:$HTTP/api/v1/briefings?asOf=2018-10-01&days=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['returns']['total'])"; }

if [ "$WHAT" = concurrency ] || [ "$WHAT" = all ]; then
  echo "== concurrency: 32 writers for 60 s"
  python3 bench/load.py --url "http://127.0.0.1:$HTTP" --token "$TOKEN" --writers 32 --seconds 60 --strict \
    --prefix conc --baseline "$(baseline)" || fail "concurrency"
fi

if [ "$WHAT" = outage ] || [ "$WHAT" = all ]; then
  echo "== outage: PostgreSQL stopped for 20 s under 8 writers"
  before=$(baseline)
  python3 bench/load.py --url "http://127.0.0.1:$HTTP" --token "$TOKEN" --writers 8 --seconds 60 --timeout 20 \
    --prefix outage --baseline "$before" > "$WORK/outage.json" &
  load=$!
  sleep 15
  pg_down immediate
  echo "PostgreSQL stopped at $(date +%T)"
  sleep 3
  start=$(date +%s.%N)
  code=$(curl -s -o "$WORK/down.json" -w '%{http_code}' "localhost:$HTTP/api/v1/briefings?asOf=2018-10-01")
  echo "briefing while the database is down: $code in $(echo "$(date +%s.%N) - $start" | bc) s: $(cat "$WORK/down.json")"
  [ "$code" = 503 ] || fail "the briefing answered $code while the database was down"
  code=$(curl -s -o "$WORK/down-health.json" -w '%{http_code}' "localhost:$HTTP/actuator/health")
  echo "health while the database is down: $code $(cat "$WORK/down-health.json")"
  sleep 17
  pg_up
  echo "PostgreSQL started at $(date +%T)"
  wait "$load" || fail "outage: acknowledged writes"
  cat "$WORK/outage.json"
  grep -q '"503"' "$WORK/outage.json" || fail "no write was answered 503 during the outage"
  ! grep -q '"500"' "$WORK/outage.json" || fail "a write was answered 500 during the outage"
  code=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$HTTP/api/v1/briefings?asOf=2018-10-01")
  [ "$code" = 200 ] || fail "after the outage the briefing answers $code"
fi

echo "reliability: $failures failures"
[ "$failures" = 0 ]
