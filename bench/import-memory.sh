#!/usr/bin/env bash
# Imports a large generated HXL CSV file into Homeward running with a small heap, on a throwaway PostgreSQL, and
# reports the server's peak resident memory and the import's rate. Usage (from the project root, after
#   mvn -DskipTests package):  bench/import-memory.sh [ROWS] [HEAP]     defaults: 16000000 rows (~1 GB), 512m
set -euo pipefail
ROWS=${1:-16000000}
HEAP=${2:-512m}
WORK=$(mktemp -d /tmp/homeward-bench.XXXXXX)
PORT=${BENCH_PG_PORT:-55433}
HTTP=${BENCH_HTTP_PORT:-18080}
PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
chown postgres "$WORK"
su postgres -c "$PG_BIN/initdb -D $WORK/pg --auth=trust -U postgres" >/dev/null
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -w -o '-p $PORT -k $WORK -c listen_addresses=127.0.0.1' start" >/dev/null
trap 'kill $APP 2>/dev/null; su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -m fast stop" >/dev/null; rm -rf $WORK' EXIT
su postgres -c "$PG_BIN/psql -h $WORK -p $PORT -U postgres -qc 'create database homeward'"

python3 bench/generate-returns.py --rows "$ROWS" --seed 1 > "$WORK/returns.csv"
echo "file: $(stat -c %s "$WORK/returns.csv") bytes, $ROWS rows"

# a copy of its own: a build that repackages target/homeward.jar meanwhile must not pull classes from under it
cp target/homeward.jar "$WORK/homeward.jar"
HOMEWARD_DB_URL="jdbc:postgresql://127.0.0.1:$PORT/homeward" HOMEWARD_DB_USER=postgres \
HOMEWARD_ADMIN_PASSWORD=bench SERVER_PORT=$HTTP java -Xmx"$HEAP" -jar "$WORK/homeward.jar" > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "localhost:$HTTP/actuator/health" >/dev/null; do sleep 1; done
start=$(date +%s.%N)
curl -s -u admin:bench -H "Content-Type: text/csv" -X POST -T "$WORK/returns.csv" \
  "localhost:$HTTP/api/v1/imports/returns" > "$WORK/answer.json"
end=$(date +%s.%N)
echo "answer: $(cat "$WORK/answer.json")"
echo "seconds: $(echo "$end - $start" | bc)  rows/s: $(echo "$ROWS / ($end - $start)" | bc)"
echo "server peak RSS: $(grep VmHWM /proc/$APP/status | awk '{print $2, $3}') with -Xmx$HEAP"
echo "server heap after the import: $(jcmd $APP GC.heap_info 2>/dev/null | grep -m1 -E 'garbage-first heap|total' | sed 's/^ *//')"
