#!/usr/bin/env bash
# The planted-fault benchmark of the quality checks (issue 20): REGIONS independent regions (default 20) of the
# synthetic returns ledger in src/test/java/org/homeward/quality/internal (seed SEED, default 20181022), each nine
# months of daily counts of ten crossings and fourteen governorate offices with 56 planted faults, checked in memory
# by the same checks the API runs; prints recall and precision by kind of fault, the findings no fault explains,
# and the findings on the same data without faults. Needs no server and no database.
# Usage, from the project root after `mvn -DskipTests package` (which compiles the test classes too):
#   bench/quality.sh [REGIONS] [SEED]        HEAP=… (default 4g)
# Maven, offline, once, for the test class path. The figures are appended to bench-results-quality.txt.
set -euo pipefail
REGIONS=${1:-20}
SEED=${2:-20181022}
HEAP=${HEAP:-4g}

[ -f target/test-classes/org/homeward/quality/internal/PlantedFaultBenchmark.class ] \
  || { echo "run mvn -DskipTests package first" >&2; exit 1; }
[ -f target/test-classpath.txt ] || mvn -o -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
{
  echo "quality benchmark; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; $(java -version 2>&1 | head -1)"
  /usr/bin/time -f "elapsed %e s, peak RSS %M kB" java -Xmx"$HEAP" \
    -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    org.homeward.quality.internal.PlantedFaultBenchmark "$REGIONS" "$SEED" 2>&1
} | tee -a bench-results-quality.txt
