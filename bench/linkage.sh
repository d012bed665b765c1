#!/usr/bin/env bash
# The registration linkage benchmark (issue 18), both halves:
#   memory [SIZES]  the synthetic population (src/test/java/org/homeward/linkage, seed 1) at each size (default
#                10000,100000,1000000), the model learned and every registration linked in memory on one thread:
#                pairwise precision, recall, F1, Arabic-Latin recall, the people counted against the truth,
#                candidate pairs, seconds to learn and to link, scored pairs per second, peak heap (HEAP_MEMORY,
#                default 8g). Needs no server
#   incremental  Homeward on its own PostgreSQL: SIZE registrations (default 1,000,000) imported in files of
#                FILE_ROWS (default 100,000), linkage left to finish after each; then NEW more (default 1,000, the
#                population's last rows, registered last) and the time from the POST to linkage idle; the people
#                before and after compared (an existing person whose registrations got no new one keeps its id),
#                and the server's people and figures against the truth (bench/linkage-check.py)
#   all          both; the figures are appended to bench-results-linkage.txt
# Usage, from the project root after `mvn -DskipTests package` (which compiles the test classes too):
#   bench/linkage.sh memory 10000,100000     SIZE=100000 bench/linkage.sh incremental     HEAP=… (the server's)
# Needs the PostgreSQL server binaries and Python 3; Maven, offline, once, for the test class path.
set -euo pipefail
MODE=${1:-all}
SIZES=${2:-10000,100000,1000000}
SIZE=${SIZE:-1000000}
NEW=${NEW:-1000}
FILE_ROWS=${FILE_ROWS:-100000}
HEAP=${HEAP:-2g}
HEAP_MEMORY=${HEAP_MEMORY:-8g}
source "$(dirname "$0")/lib.sh"
bench_workdir
results() { echo "$*" | tee -a "$WORK/results.txt"; }

[ -f target/homeward.jar ] && [ -f target/test-classes/org/homeward/linkage/LinkageBenchmark.class ] \
  || { echo "run mvn -DskipTests package first" >&2; exit 1; }
[ -f target/test-classpath.txt ] || mvn -o -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
# a copy of the classes, as app_start copies the jar: a build meanwhile must not pull them from under the run
cp -r target/classes target/test-classes "$WORK/"
benchmark() {
  local heap=$1
  shift
  java -Xmx"$heap" -Dlinkage.out="$WORK/memory.txt" -cp "$WORK/classes:$WORK/test-classes:$(cat target/test-classpath.txt)" \
    org.homeward.linkage.LinkageBenchmark "$@"
}

results "linkage benchmark, $MODE; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo); $(java -version 2>&1 | head -1)"

# --- in memory ------------------------------------------------------------------------------------------------
if [ "$MODE" = memory ] || [ "$MODE" = all ]; then
  # shellcheck disable=SC2046
  benchmark "$HEAP_MEMORY" $(echo "$SIZES" | tr , ' ') \
    | while read -r line; do results "in memory, $line"; done
fi

# --- incremental ----------------------------------------------------------------------------------------------
if [ "$MODE" = incremental ] || [ "$MODE" = all ]; then
  total=$((SIZE + NEW))
  benchmark 4g csv "$total" "$WORK/population.csv" "$WORK/truth.csv" > /dev/null
  # the rows come in the order they were registered: the last NEW are the new ones
  head -2 "$WORK/population.csv" > "$WORK/header.csv"
  awk -v last=$((SIZE + 2)) 'NR > 2 && NR <= last' "$WORK/population.csv" | split -l "$FILE_ROWS" -d -a 3 - "$WORK/existing-"
  tail -n "$NEW" "$WORK/population.csv" | cat "$WORK/header.csv" - > "$WORK/new.csv"
  rm "$WORK/population.csv"

  pg_start
  pg_sql postgres "create database homeward"
  HOMEWARD_PERSONAL_DATA_KEY=$(head -c 32 /dev/urandom | base64)
  export HOMEWARD_PERSONAL_DATA_KEY
  app_start "jdbc:postgresql://127.0.0.1:$PG_PORT/homeward" "$HEAP"

  linkage_idle() {
    until curl -sf -u admin:bench-password "localhost:$HTTP/api/v1/registrations/linkage" | grep -q '"idle"'; do
      kill -0 "$APP" 2>/dev/null || { echo "Homeward stopped" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }
      sleep 0.2
    done
  }
  # the POST, then the wait for linkage: seconds for each, on one line
  import_and_link() {
    local start posted linked
    start=$(date +%s.%N)
    import_file registrations "$1" > /dev/null
    grep -q '"created"' "$WORK/answer.json" || { echo "import of $1 failed: $(head -c 2000 "$WORK/answer.json")" >&2; exit 1; }
    posted=$(date +%s.%N)
    linkage_idle
    linked=$(date +%s.%N)
    echo "$(echo "scale=2; ($posted - $start) / 1" | bc) $(echo "scale=2; ($linked - $posted) / 1" | bc)"
  }

  existing=0
  for part in "$WORK"/existing-*; do
    cat "$WORK/header.csv" "$part" > "$part.csv"
    rows=$(($(wc -l < "$part.csv") - 2))
    read -r import link < <(import_and_link "$part.csv")
    existing=$((existing + rows))
    results "import of $rows registrations ($existing in all): import $import s, then linkage $link s; $(grep 'registrations linked' "$WORK/app.log" | tail -1 | sed 's/.*registrations linked //')"
    rm "$part" "$part.csv"
  done
  results "server peak RSS after the existing registrations: $(grep VmHWM /proc/"$APP"/status | awk '{print $2, $3}') (-Xmx$HEAP)"
  curl -sf -u admin:bench-password "localhost:$HTTP/api/v1/registrations/people" > "$WORK/people-before.json"

  read -r import link < <(import_and_link "$WORK/new.csv")
  results "import of $NEW new registrations against $existing: import $import s, then linkage $link s, POST to linkage idle $(echo "$import + $link" | bc) s; $(grep 'registrations linked' "$WORK/app.log" | tail -1 | sed 's/.*registrations linked //')"
  curl -sf -u admin:bench-password "localhost:$HTTP/api/v1/registrations/people" > "$WORK/people-after.json"
  curl -sf -u admin:bench-password "localhost:$HTTP/api/v1/registrations/figures?asOf=2018-10-22&days=7" > "$WORK/figures.json"
  results "figures 2018-10-22: $(cat "$WORK/figures.json")"
  # the linker's own runs: how much of each POST was linkage (it runs after the import's commit)
  pg_sql homeward "select through_import, registrations, candidate_pairs,
    round(extract(epoch from finished_at - started_at)::numeric, 2) from registration_linkage_run order by id" \
    | while IFS='|' read -r through registrations pairs seconds; do
        results "linkage run through import $through: $registrations registrations, $pairs candidate pairs, $seconds s"
      done
  python3 bench/linkage-check.py "$WORK/people-before.json" "$WORK/people-after.json" "$WORK/new.csv" \
    "$WORK/truth.csv" "$WORK/figures.json" | while read -r line; do results "$line"; done
fi
cat "$WORK/results.txt" >> bench-results-linkage.txt
echo "results appended to bench-results-linkage.txt"
