#!/usr/bin/env bash
# Homeward's HXL CSV import into the embedded H2 database (the default, file-backed), against H2's own bulk load of
# the same rows: INSERT … SELECT FROM CSVREAD into a bare table of the same columns, by H2 itself, no checks; and the
# size of the database file after the import and after a graceful stop.
# Usage, from the project root after `mvn -DskipTests package`:  bench/import-h2.sh [ROWS]   (default 1,000,000)
set -euo pipefail
ROWS=${1:-1000000}
source "$(dirname "$0")/lib.sh"
bench_workdir
python3 bench/generate.py returns --rows "$ROWS" --seed 1 --out "$WORK/returns.csv"
echo "H2 import of $ROWS return rows; $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores"

# Homeward on its default database URL: the embedded database in ./data/ of the work directory
app_start "" 512m
seconds=$(timed_import returns "$WORK/returns.csv")
homeward_rate=$(echo "$ROWS / $seconds" | bc)
echo "Homeward import into H2: $(cat "$WORK/answer.json"); $seconds s, $homeward_rate rows/s"
echo "server peak RSS: $(grep VmHWM /proc/"$APP"/status | awk '{print $2, $3}')"
echo "database file after the import: $(du -m "$WORK/data/homeward.mv.db" | cut -f1) MB"
app_stop
echo "database file after a graceful stop: $(du -m "$WORK/data/homeward.mv.db" | cut -f1) MB;" \
  "$(grep -o 'compacted at the stop.*' "$WORK/app.log" | tail -1)"

# H2's own limit, with the H2 library Homeward ships
(cd "$WORK" && unzip -qo homeward.jar 'BOOT-INF/lib/h2-*.jar')
H2_JAR=$(ls "$WORK"/BOOT-INF/lib/h2-*.jar)
{ head -1 "$WORK/returns.csv" | tr -c 'A-Za-z0-9,\n' '_'; tail -n +3 "$WORK/returns.csv"; } > "$WORK/returns-data.csv"
cat > "$WORK/load.sql" <<SQL
create table return_row (id varchar, source varchar, returned_on date, category varchar, persons integer,
  adm1 varchar, adm2 varchar, adm3 varchar, adm4 varchar, origin_country varchar, origin_adm1 varchar,
  entry_point varchar, female integer, male integer, age_0_4 integer, age_5_11 integer, age_12_17 integer,
  age_18_59 integer, age_60_plus integer, households integer);
insert into return_row select * from csvread('$WORK/returns-data.csv', null, 'charset=UTF-8');
SQL
seconds=$(timed java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/baseline/bare" -script "$WORK/load.sql")
csv_rate=$(echo "$ROWS / $seconds" | bc)
echo "H2 CSVREAD into a bare table: $seconds s, $csv_rate rows/s"
echo "import ratio: Homeward / CSVREAD = $(echo "scale=3; $homeward_rate / $csv_rate" | bc)"
