#!/usr/bin/env bash
# Every benchmark of docs/benchmarks.md for one size, each beside its baseline in the same run:
#   import    Homeward's HXL CSV import into PostgreSQL (validation included) against psql \copy of the same rows
#             into a bare table of the same columns; the server's peak resident memory meanwhile, with -Xmx512m;
#             the time of each step of an import, from the server's timers (homeward.import.step)
#   figures   p50 and p99 of GET /api/v1/briefings (one connection, a random day of the three years) against one
#             hand-written SQL query over the raw ledgers computing the same numbers (pgbench, same days); as
#             deployed (a briefing asked again answered until a write lands), and computed every time
#             (HOMEWARD_BRIEFING_RECENT=0), which shows what a briefing costs as the ledger grows
#   api       requests per second and p99 of the briefing endpoint under 64 connections (wrk) against
#             /actuator/health on the same server, both ways
# Usage, from the project root after `mvn -DskipTests package`:
#   bench/run.sh S        100,000 return rows (3 % corrected or voided) and 10,000 facility events
#   bench/run.sh L        10,000,000 return rows and 1,000,000 facility events
#   ROWS=… EVENTS=… HEAP=… bench/run.sh custom
#   FILES=DIR bench/run.sh L   with returns.csv, corrections.csv, facilities.csv generated beforehand in DIR
# Needs the PostgreSQL server binaries, wrk and Python 3. Starts its own PostgreSQL and Homeward on loopback and
# removes them at the end; prints the figures and keeps them in $WORK/results.txt.
set -euo pipefail
SIZE=${1:-S}
case "$SIZE" in
  S) ROWS=${ROWS:-100000}; EVENTS=${EVENTS:-10000} ;;
  L) ROWS=${ROWS:-10000000}; EVENTS=${EVENTS:-1000000} ;;
  *) : "${ROWS:?set ROWS}" "${EVENTS:?set EVENTS}" ;;
esac
HEAP=${HEAP:-512m}
DURATION=${DURATION:-30}
source "$(dirname "$0")/lib.sh"
bench_workdir
results() { echo "$*" | tee -a "$WORK/results.txt"; }

results "size $SIZE: $ROWS return rows, $EVENTS facility events; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; heap $HEAP"
if [ -n "${FILES:-}" ]; then
  # files generated beforehand with the same commands (the generator gives the same bytes for the same seed)
  ln -s "$FILES/returns.csv" "$FILES/corrections.csv" "$FILES/facilities.csv" "$WORK/"
else
  python3 bench/generate.py returns --rows "$ROWS" --seed 1 --out "$WORK/returns.csv" \
    --corrections "$WORK/corrections.csv"
  python3 bench/generate.py facilities --events "$EVENTS" --seed 1 --out "$WORK/facilities.csv"
fi
results "files: returns $(stat -L -c %s "$WORK/returns.csv") bytes, corrections $(($(wc -l < "$WORK/corrections.csv") - 2)) rows, facilities $(stat -L -c %s "$WORK/facilities.csv") bytes"

pg_start
pg_sql postgres "create database homeward"
pg_sql postgres "create database baseline"
app_start "jdbc:postgresql://127.0.0.1:$PG_PORT/homeward" "$HEAP"

# --- import ---------------------------------------------------------------------------------------------------
seconds=$(timed_import returns "$WORK/returns.csv")
results "import returns: $(cat "$WORK/answer.json")"
homeward_rate=$(echo "$ROWS / $seconds" | bc)
results "import returns: $seconds s, $homeward_rate rows/s"
results "import returns, step by step: $(import_steps returns)"
fix_rows=$(($(wc -l < "$WORK/corrections.csv") - 2))
seconds=$(timed_import returns "$WORK/corrections.csv")
results "import corrections: $(cat "$WORK/answer.json"); $seconds s, $(echo "$fix_rows / $seconds" | bc) rows/s"
seconds=$(timed_import facilities "$WORK/facilities.csv")
results "import facilities: $(cat "$WORK/answer.json"); $seconds s, $(echo "$EVENTS / $seconds" | bc) rows/s"
results "import facilities, step by step: $(import_steps facilities)"
results "server peak RSS during the imports: $(grep VmHWM /proc/"$APP"/status | awk '{print $2, $3}') (-Xmx$HEAP)"

# The database's own limit: the same rows, COPY'd into a bare table of the same columns, no index, no check.
pg_sql baseline "create table return_row (id text, source text, returned_on date, category text, persons integer,
  adm1 text, adm2 text, adm3 text, adm4 text, origin_country text, origin_adm1 text, entry_point text,
  female integer, male integer, age_0_4 integer, age_5_11 integer, age_12_17 integer, age_18_59 integer,
  age_60_plus integer, households integer)"
tail -n +3 "$WORK/returns.csv" > "$WORK/returns-data.csv"
chmod a+r "$WORK/returns-data.csv"
seconds=$(timed pg_sql baseline "\\copy return_row from '$WORK/returns-data.csv' with (format csv)")
copy_rate=$(echo "$ROWS / $seconds" | bc)
results "psql \\copy returns: $seconds s, $copy_rate rows/s"
results "import ratio: Homeward / \\copy = $(echo "scale=3; $homeward_rate / $copy_rate" | bc)"
rm "$WORK/returns-data.csv"
pg_sql homeward "vacuum analyze"

# --- figures and api ------------------------------------------------------------------------------------------
curl -sf "localhost:$HTTP/api/v1/briefings?asOf=2018-10-22" > "$WORK/briefing.json"
results "briefing 2018-10-22: $(head -c 600 "$WORK/briefing.json")"
# As deployed: a briefing asked again is answered from what was computed until a write lands.
wrk -t1 -c1 -d10s -s bench/briefing.lua "http://127.0.0.1:$HTTP" > /dev/null   # warm-up
wrk -t1 -c1 -d"${DURATION}s" --latency -s bench/briefing.lua "http://127.0.0.1:$HTTP" > "$WORK/wrk-figures.txt"
results "figures, Homeward, 1 connection: $(wrk_summary "$WORK/wrk-figures.txt")"
wrk -t2 -c64 -d"${DURATION}s" --latency -s bench/briefing.lua "http://127.0.0.1:$HTTP" > "$WORK/wrk-api.txt"
results "api, briefing, 64 connections: $(wrk_summary "$WORK/wrk-api.txt")"
wrk -t2 -c64 -d"${DURATION}s" --latency "http://127.0.0.1:$HTTP/actuator/health" > "$WORK/wrk-health.txt"
results "api, /actuator/health, 64 connections: $(wrk_summary "$WORK/wrk-health.txt")"
results "server peak RSS at the end: $(grep VmHWM /proc/"$APP"/status | awk '{print $2, $3}')"
# What a briefing costs: every request computed from the ledgers' aggregates, none answered again.
app_stop
HOMEWARD_BRIEFING_RECENT=0 app_start "jdbc:postgresql://127.0.0.1:$PG_PORT/homeward" "$HEAP"
wrk -t1 -c1 -d10s -s bench/briefing.lua "http://127.0.0.1:$HTTP" > /dev/null   # warm-up
wrk -t1 -c1 -d"${DURATION}s" --latency -s bench/briefing.lua "http://127.0.0.1:$HTTP" > "$WORK/wrk-computed.txt"
results "figures, Homeward computed every time, 1 connection: $(wrk_summary "$WORK/wrk-computed.txt")"
wrk -t2 -c64 -d"${DURATION}s" --latency -s bench/briefing.lua "http://127.0.0.1:$HTTP" > "$WORK/wrk-api-computed.txt"
results "api, briefing computed every time, 64 connections: $(wrk_summary "$WORK/wrk-api-computed.txt")"
HAND_TX=${HAND_TX:-$( [ "$ROWS" -gt 1000000 ] && echo 20 || echo 200 )}
cp bench/briefing.sql "$WORK/briefing.sql"
(cd "$WORK" && as_pg "$PG_BIN/pgbench -h 127.0.0.1 -p $PG_PORT -U postgres -n -c1 -t $HAND_TX -l \
  --log-prefix=$WORK/hand -f $WORK/briefing.sql homeward" > "$WORK/pgbench.txt")
results "figures, hand-written SQL, 1 connection: $(percentiles "$WORK"/hand.*)"
cp "$WORK/results.txt" "bench-results-$SIZE.txt"
echo "results kept in bench-results-$SIZE.txt"
