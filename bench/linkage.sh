#!/usr/bin/env bash
# Registration linkage on the synthetic population (src/test/java/org/homeward/linkage): for each size, the
# model learned and the registrations linked in memory, one thread, with pairwise precision, recall and F1,
# Arabic-Latin recall, candidate pairs, time and peak heap. Appends to bench-results-linkage.txt.
# Usage, from the project root:  bench/linkage.sh [SIZES]    e.g. bench/linkage.sh 10000,100000,1000000
set -euo pipefail
SIZES=${1:-10000,100000,1000000}
mvn -o -q test -Dtest=LinkageBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dlinkage.sizes="$SIZES" \
  -Dlinkage.out="$PWD/bench-results-linkage.txt" -DargLine="-Xmx${HEAP:-8g}"
cat bench-results-linkage.txt
