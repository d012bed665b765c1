#!/usr/bin/env bash
# The reliability tests that need a server to kill or a database to stop, on PostgreSQL (docs/reliability.md):
#   crash        kill -9 the server at random moments during large imports (CRASHES rounds, default 20); after
#                each restart the import is wholly present or wholly absent, and the retry with the same
#                Idempotency-Key applies it exactly once
#   concurrency  32 writers add, correct and void records for 60 s; every acknowledged write present once, the
#                figures equal the writers' tally
#   outage       PostgreSQL stopped for 20 s under load and started again: 503 with a message meanwhile, recovery
#                without a restart, no acknowledged write lost
# And on the embedded H2 database, the default of every field office:
#   crash-h2     kill -9 the server at random moments during imports (CRASHES_H2 rounds of CRASH_ROWS_H2 rows,
#                default 20 of 50,000, each killed 0.2 to H2_KILL_WITHIN=12 s after it began), Homeward on its
#                default database URL; after each kill, with the server stopped, a copy of the database file is read whole by bench/H2Check.java (every table, through each
#                index) and the import found wholly present or absent, the aggregates equal to the ledger; then the
#                server is started on the file as the kill left it and the retry must apply the import exactly once
# Usage, from the project root after `mvn -DskipTests package`:  bench/reliability.sh [crash|concurrency|outage|crash-h2|all]
# Exits non-zero when a check fails.
set -euo pipefail
WHAT=${1:-all}
CRASHES=${CRASHES:-20}
CRASH_ROWS=${CRASH_ROWS:-300000}
CRASHES_H2=${CRASHES_H2:-20}
CRASH_ROWS_H2=${CRASH_ROWS_H2:-50000}
H2_KILL_WITHIN=${H2_KILL_WITHIN:-12}
source "$(dirname "$0")/lib.sh"
bench_workdir
failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

# The sums the figures read, each beside what it must equal: the daily totals and the ledger's current versions,
# the monthly aggregates and the daily ones they sum.
AGGREGATES="select coalesce(sum(persons), 0) from return_day_total
select coalesce(sum(r.persons), 0) from return_record_head h join return_record r on r.id = h.version_id where not h.voided
select coalesce(sum(persons), 0) from return_month_place
select coalesce(sum(persons), 0) from return_day_place
select coalesce(sum(persons), 0) from return_month_origin
select coalesce(sum(persons), 0) from return_day_origin"

if [ "$WHAT" = crash-h2 ] || [ "$WHAT" = all ]; then
  echo "== crash on H2: $CRASHES_H2 imports of $CRASH_ROWS_H2 rows, each killed at a random moment"
  unzip -qo target/homeward.jar 'BOOT-INF/lib/h2-*.jar' -d "$WORK"
  H2_JAR=$(ls "$WORK"/BOOT-INF/lib/h2-*.jar)
  # the file as the kill left it, copied, so that the server's own check at start still finds it unclean
  offline() {
    rm -rf "$WORK/offline" && mkdir "$WORK/offline" && cp "$WORK/data/homeward.mv.db" "$WORK/offline/"
    local queries=()
    while IFS= read -r query; do queries+=("$query"); done <<< "$1"
    java -cp "$H2_JAR" bench/H2Check.java "jdbc:h2:file:$WORK/offline/homeward;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      postgres "${queries[@]}"
  }
  agree() { # the values of AGGREGATES, pair by pair
    awk 'NR % 2 == 1 { prev = $1 } NR % 2 == 0 && $1 != prev { bad = 1 } END { exit bad }' <<< "$1"
  }
  app_start "" 512m
  for round in $(seq 1 "$CRASHES_H2"); do
    python3 bench/generate.py returns --rows "$CRASH_ROWS_H2" --seed "$((1000 + round))" --id-prefix "h$round-" \
      --out "$WORK/crash.csv"
    key="h2-crash-round-$round"
    IDEMPOTENCY_KEY=$key import_file returns "$WORK/crash.csv" > "$WORK/status" 2>/dev/null &
    client=$!
    delay=$(python3 -c "import random; random.seed($round); print(round(random.uniform(0.2, $H2_KILL_WITHIN), 2))")
    sleep "$delay"
    kill -9 "$APP"; wait "$APP" 2>/dev/null || true; APP=""
    wait "$client" 2>/dev/null || true
    answered=$(cat "$WORK/status" 2>/dev/null || true)
    case $answered in 2??) ;; *) answered="no answer" ;; esac
    start=$(date +%s.%N)
    if ! check=$(offline "select count(*) from return_record_head where record_id like 'h$round-%'
$AGGREGATES"); then fail "round $round: after the kill: $check"; echo "$check"; break; fi
    seconds=$(echo "scale=1; ($(date +%s.%N) - $start) / 1" | bc)
    present=$(sed -n 2p <<< "$check")
    if [ "$present" != 0 ] && [ "$present" != "$CRASH_ROWS_H2" ]; then fail "round $round: $present of $CRASH_ROWS_H2 rows after the crash"; fi
    agree "$(sed 1,2d <<< "$check")" || fail "round $round: aggregates against the ledger after the kill: $(sed 1,2d <<< "$check" | tr '\n' ' ')"
    size=$(du -m "$WORK/data/homeward.mv.db" | cut -f1)
    logged=$(wc -l < "$WORK/app.log")
    app_start "" 512m
    startup=$(tail -n +"$logged" "$WORK/app.log" | grep -o 'is whole: [^;]*' | tail -1)
    status=$(IDEMPOTENCY_KEY=$key import_file returns "$WORK/crash.csv")
    [ "$status" = 200 ] || fail "round $round: the retry answered $status $(head -c 300 "$WORK/answer.json")"
    first=$(cat "$WORK/answer.json")
    status=$(IDEMPOTENCY_KEY=$key import_file returns "$WORK/crash.csv")
    [ "$(cat "$WORK/answer.json")" = "$first" ] || fail "round $round: a second retry answered otherwise: $(cat "$WORK/answer.json")"
    echo "round $round: killed after ${delay}s (client: ${answered:-no answer}) with $present rows present; offline check" \
      "${seconds}s: $(head -1 <<< "$check"), persons $(sed -n 3p <<< "$check"); file ${size} MB; at start: $startup; retry: $first"
  done
  # once more offline after the last retry, this time after a graceful stop
  app_stop
  size=$(du -m "$WORK/data/homeward.mv.db" | cut -f1)
  check=$(offline "select count(*) from return_record where record_id like 'h%'
select count(*) from return_import where idempotency_key like 'h2-crash-round-%'
$AGGREGATES") || fail "after the rounds: $check"
  echo "after the rounds and a graceful stop: $(head -1 <<< "$check"); file ${size} MB; $(grep -o 'compacted at the stop[^$]*' "$WORK/app.log" | tail -1)"
  [ "$(sed -n 2p <<< "$check")" = "$((CRASHES_H2 * CRASH_ROWS_H2))" ] && [ "$(sed -n 3p <<< "$check")" = "$CRASHES_H2" ] \
    || fail "after the rounds: $(sed -n 2p <<< "$check") versions and $(sed -n 3p <<< "$check") imports for $CRASHES_H2 imports of $CRASH_ROWS_H2 rows sent once"
  agree "$(sed 1,3d <<< "$check")" || fail "aggregates against the ledger: $(sed 1,3d <<< "$check" | tr '\n' ' ')"
  echo "aggregates: $(sed -n 4p <<< "$check") persons, the ledger: $(sed -n 5p <<< "$check")"
  if [ "$WHAT" = crash-h2 ]; then
    echo "reliability: $failures failures"
    [ "$failures" = 0 ]
    exit
  fi
fi

pg_start
pg_sql postgres "create database homeward"
DB="jdbc:postgresql://127.0.0.1:$PG_PORT/homeward"
app_start "$DB" 512m

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
