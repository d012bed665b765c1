#!/usr/bin/env bash
# Field submissions under load (issue 19): DEVICES phones (default 32), each a data officer of its own governorate
# with a device key made through the administration pages, POST OpenRosa submissions of homeward_returns as fast as
# each can for DURATION seconds (default 60, after WARMUP, default 10), counts of the last DAYS days (default 7, a
# week) up to 2018-10-21, a share RESEND of them (default 0.1) sent again byte for byte, which Homeward is to answer
# 202 and record nothing. Beside it, on the same server, the same
# client and the same connections, GET /actuator/health: the ceiling of the API (and wrk on it, as run.sh measures).
# At the end the ledger is held against what Homeward acknowledged (psql): every instanceID answered 201 recorded
# once with its persons, none twice, none recorded that was not sent, the daily totals equal to the ledger.
# Usage, from the project root after `mvn -DskipTests package`:
#   bench/collect.sh        DEVICES=… DURATION=… WARMUP=… RESEND=… DAYS=… HEAP=… bench/collect.sh
# Starts its own PostgreSQL and Homeward on loopback, on ports 55435 and 18085 unless BENCH_PG_PORT and
# BENCH_HTTP_PORT say otherwise, so that it runs beside the other benchmarks' servers. Needs the PostgreSQL server
# binaries and wrk. Figures are appended to bench-results-collect.txt; exits 1 when a check fails.
set -euo pipefail
DEVICES=${DEVICES:-32}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-10}
RESEND=${RESEND:-0.1}
DAYS=${DAYS:-7}
HEAP=${HEAP:-512m}
export BENCH_PG_PORT=${BENCH_PG_PORT:-55435} BENCH_HTTP_PORT=${BENCH_HTTP_PORT:-18085}
source "$(dirname "$0")/lib.sh"
bench_workdir
results() { echo "$*" | tee -a "$WORK/results.txt"; }
failures=0
check() { if [ "$2" = "$3" ]; then results "ok: $1: $2"; else results "FAILED: $1: $2, expected $3"; failures=$((failures + 1)); fi; }

[ -f target/homeward.jar ] || { echo "run mvn -DskipTests package first" >&2; exit 1; }
javac -d "$WORK/driver" bench/Collect.java
driver() { java -Xmx1g -cp "$WORK/driver" Collect "$@"; }

results "field submissions, $DEVICES devices, $DURATION s after $WARMUP s of warm-up, counts of $DAYS days, $RESEND sent again; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; heap $HEAP"
pg_start
pg_sql postgres "create database homeward"
app_start "jdbc:postgresql://127.0.0.1:$PG_PORT/homeward" "$HEAP"
results "$(driver devices "http://127.0.0.1:$HTTP" bench-password "$DEVICES" "$WORK/devices.txt")"

# --- the ceiling, then the submissions, then the ceiling again with wrk ----------------------------------------
results "GET /actuator/health, $DEVICES connections: $(driver get "http://127.0.0.1:$HTTP/actuator/health" "$DEVICES" "$DURATION" "$WARMUP")"
# where the two cores went while the phones sent: the server, the database's backends, the phones (the driver)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
database_ticks() { local sum=0 pid; for pid in $(pgrep -P "$(head -1 "$WORK/pg/postmaster.pid")"); do sum=$((sum + $(ticks "$pid" 2>/dev/null || echo 0))); done; echo "$sum"; }
written() { pg_sql homeward "select sum(n_tup_ins + n_tup_upd + n_tup_del) from pg_stat_user_tables"; }
server_before=$(ticks "$APP"); database_before=$(database_ticks); written_before=$(written)
results "POST /openrosa/key/…/submission, $DEVICES devices: $(driver submit "$WORK/devices.txt" "$DURATION" "$WARMUP" "$RESEND" "$DAYS" "$WORK/tally")"
sleep 2   # the backends' counts reach the statistics within a second of their last transaction
submissions=$(($(wc -l < "$WORK/tally/acknowledged.txt") + $(grep -o '[0-9]* resent' <<< "$(tail -1 "$WORK/results.txt")" | cut -d' ' -f1)))
per() { echo "scale=2; $1 * 1000 / $(getconf CLK_TCK) / $submissions" | bc; }
results "per submission ($submissions, warm-up included): server $(per $(($(ticks "$APP") - server_before))) ms CPU, database $(per $(($(database_ticks) - database_before))) ms CPU, $(echo "($(written) - $written_before) / $submissions" | bc) rows written"
wrk -t2 -c"$DEVICES" -d"${DURATION}s" --latency "http://127.0.0.1:$HTTP/actuator/health" > "$WORK/wrk-health.txt"
results "wrk GET /actuator/health, $DEVICES connections: $(wrk_summary "$WORK/wrk-health.txt")"
results "where the submissions' imports spent their time: $(import_steps returns)"
results "server peak RSS: $(grep VmHWM /proc/"$APP"/status | awk '{print $2, $3}') (-Xmx$HEAP)"
[ ! -s "$WORK/tally/refused.txt" ] || results "first answers other than 201: $(head -5 "$WORK/tally/refused.txt" | tr '\n' ' ')"

# --- the ledger against the tally -------------------------------------------------------------------------------
sort "$WORK/tally/acknowledged.txt" > "$WORK/acknowledged.txt"
sort "$WORK/tally/uncertain.txt" > "$WORK/uncertain.txt"
pg_sql homeward "select h.record_id || ' ' || r.persons from return_record_head h join return_record r on r.id = h.version_id
  where not h.voided" | sort > "$WORK/ledger.txt"
acknowledged=$(wc -l < "$WORK/acknowledged.txt")
results "ledger: $(wc -l < "$WORK/ledger.txt") current records; $acknowledged instanceIDs acknowledged 201, $(wc -l < "$WORK/uncertain.txt") sent without a 201 or 202"
check "acknowledged but not in the ledger, or with other persons" "$(comm -23 "$WORK/acknowledged.txt" "$WORK/ledger.txt" | wc -l)" 0
check "in the ledger but never acknowledged nor sent" \
  "$(comm -13 "$WORK/acknowledged.txt" "$WORK/ledger.txt" | comm -23 - "$WORK/uncertain.txt" | wc -l)" 0
check "records with more than one version (a resend recorded again)" \
  "$(pg_sql homeward "select count(*) from (select 1 from return_record group by source_code, record_id having count(*) > 1) doubled")" 0
check "received submissions against current records" \
  "$(pg_sql homeward "select count(*) from collect_submission")" "$(wc -l < "$WORK/ledger.txt")"
check "persons in the daily totals against the ledger" "$(pg_sql homeward "select coalesce(sum(persons), 0) from return_day_total")" \
  "$(awk '{s += $2} END {print s + 0}' "$WORK/ledger.txt")"
check "server errors in the log" "$(grep -c ' ERROR ' "$WORK/app.log" || true)" 0
results "deadlocks in the database's log: $(grep -c 'deadlock detected' "$WORK/pg.log" || true)"

cat "$WORK/results.txt" >> bench-results-collect.txt
echo "results appended to bench-results-collect.txt"
[ "$failures" = 0 ]
