# Shared by the bench scripts (sourced): a throwaway PostgreSQL and Homeward on loopback, timing and percentiles.
PG_PORT=${BENCH_PG_PORT:-55433}
HTTP=${BENCH_HTTP_PORT:-18080}
PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
APP=""

as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

bench_workdir() {
  WORK=$(mktemp -d /tmp/homeward-bench.XXXXXX)
  chmod 755 "$WORK"
  trap bench_cleanup EXIT
}

bench_cleanup() {
  app_stop
  [ -f "$WORK/pg/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl -D $WORK/pg -m fast stop" >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}

# PostgreSQL with its default (durable) settings, as in production.
pg_start() {
  mkdir -p "$WORK/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$WORK" "$WORK/pg"
  as_pg "$PG_BIN/initdb -D $WORK/pg --auth=trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
  pg_up
}

pg_up() {
  as_pg "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -w -o '-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1' start" >/dev/null
}

pg_down() { as_pg "$PG_BIN/pg_ctl -D $WORK/pg -m ${1:-fast} stop" >/dev/null; }

pg_sql() { as_pg "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -d $1 -qAt -v ON_ERROR_STOP=1 -c \"$2\""; }

# Homeward on the given database (none: its default, the embedded one in $WORK/data), from a copy of the jar (a
# build meanwhile must not pull classes from under it).
app_start() {
  cp target/homeward.jar "$WORK/homeward.jar"
  (cd "$WORK" && { [ -z "$1" ] || export HOMEWARD_DB_URL="$1"; } \
    && HOMEWARD_DB_USER=postgres HOMEWARD_DEMO=false HOMEWARD_ADMIN_PASSWORD=bench-password SERVER_PORT=$HTTP exec java -Xmx"${2:-512m}" ${JAVA_OPTS:-} -jar "$WORK/homeward.jar" >> "$WORK/app.log" 2>&1) &
  APP=$!
  for _ in $(seq 1 120); do
    curl -sf "localhost:$HTTP/actuator/health" >/dev/null && return
    kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/app.log"; return 1; }
    sleep 1
  done
  echo "Homeward did not start"; tail -30 "$WORK/app.log"; return 1
}

app_stop() {
  [ -n "$APP" ] || return 0
  kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  APP=""
}

# POST a file to an import; the answer lands in $WORK/answer.json and the HTTP status is returned on stdout.
import_file() {
  curl -s -o "$WORK/answer.json" -w '%{http_code}' -u admin:bench-password -H "Content-Type: text/csv" \
    ${IDEMPOTENCY_KEY:+-H "Idempotency-Key: $IDEMPOTENCY_KEY"} -X POST -T "$2" "localhost:$HTTP/api/v1/imports/$1"
}

# An import, timed; stops the run when it is not applied.
timed_import() {
  local seconds
  seconds=$(timed import_file "$1" "$2")
  grep -q '"created"' "$WORK/answer.json" || { echo "import of $2 failed: $(head -c 2000 "$WORK/answer.json")" >&2; exit 1; }
  echo "$seconds"
}

# Where a ledger's imports spent their time so far, step by step (seconds summed over its imports), from the
# server's own timers.
import_steps() {
  curl -sf -u admin:bench-password "localhost:$HTTP/actuator/prometheus" \
    | awk -v ledger="$1" -F'[{}]' '$1 == "homeward_import_step_seconds_sum" && index($2, "ledger=\"" ledger "\"") {
        step = $2; sub(/.*step="/, "", step); sub(/".*/, "", step); split($3, v, " "); printf "%s %.2f s; ", step, v[1] }'
}

# Runs a command and prints its wall-clock seconds (its own output is discarded).
timed() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  echo "scale=2; ($end - $start) / 1" | bc
}

wrk_summary() {
  awk '/Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} END {printf "%s req/s, p50 %s, p99 %s", rps, p50, p99}' "$1"
}

# p50 and p99 of pgbench's per-transaction log (third column: microseconds).
percentiles() {
  cat "$@" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {
    p50=a[int(NR*0.5)>0?int(NR*0.5):1]; p99=a[int(NR*0.99)>0?int(NR*0.99):1];
    printf "%d transactions, p50 %.2fms, p99 %.2fms", NR, p50/1000, p99/1000}'
}
