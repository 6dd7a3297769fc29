#!/usr/bin/env bash
# One CSV import of ROWS random teams (seeded: the same file every run) into a packaged jar started with a bounded
# heap on a fresh H2 database: the HTTP status and wall time of the POST, the CPU time the service spent on it (on a
# shared machine the honest figure: wall time there depends on the other load), the service's peak RSS (VmHWM), and
# the data file's size after a clean stop. Run it for two jars to compare them in one run (docs/BENCHMARKS.md "Import").
# Usage: docs/bench/import.sh JAR ROWS [HEAP]   from the repository root, after ./mvnw -DskipTests package test-compile
# (IMPORT_JAVA_OPTS adds JVM options to the service, e.g. -XX:StartFlightRecording=filename=import.jfr,settings=profile)
set -euo pipefail
JAR=$1
ROWS=$2
HEAP=${3:-512m}
PORT=${PORT:-18081}
DATA=$(mktemp -d)
[ -f target/bench-classpath.txt ] || ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.maturityadvisor.bench.ImportFile \
  "$ROWS" "$DATA/teams.csv" 2> /dev/null
MATURITY_ADMIN_PASSWORD=bench-admin java -Xmx"$HEAP" ${IMPORT_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --maturity.data-dir="$DATA" \
  --maturity.limits.import-body=64MB > "$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2> /dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf http://127.0.0.1:$PORT/api/models > /dev/null; do sleep 0.5; done
cpu() { awk '{print $14 + $15}' /proc/$SERVICE/stat; }
cpu_before=$(cpu)
start=$(date +%s%N)
status=$(curl -s -o "$DATA/report.json" -w '%{http_code}' -u admin:bench-admin -H 'Content-Type: text/csv' \
  --data-binary @"$DATA/teams.csv" http://127.0.0.1:$PORT/api/imports || echo "000")
took=$(( ($(date +%s%N) - start) / 1000000 ))
cpu_ms=$(( ($(cpu) - cpu_before) * 1000 / $(getconf CLK_TCK) ))
peak=$(awk '/VmHWM/ {print $2}' /proc/$SERVICE/status 2> /dev/null || echo "?")
imported=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("imported", "-"))' "$DATA/report.json" \
  2> /dev/null || echo "-")
kill $SERVICE; wait $SERVICE 2> /dev/null || true
size=$(stat -c %s "$DATA/advisor.mv.db" 2> /dev/null || echo 0)
oom=$(grep -c 'OutOfMemoryError' "$DATA/service.log" || true)
echo "jar=$JAR rows=$ROWS heap=$HEAP csv_bytes=$(stat -c %s "$DATA/teams.csv") status=$status imported=$imported" \
  "ms=$took cpu_ms=$cpu_ms peak_rss_kb=$peak h2_file_bytes=$size oom_lines=$oom"
