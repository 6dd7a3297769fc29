#!/usr/bin/env bash
# Cold start to the first answered assessment: launches the jar in a fresh JVM, posts the sample team until it gets a
# 200, prints the elapsed milliseconds, stops the service. Repeats RUNS times.
#   docs/bench/cold-start.sh [RUNS]          plain java -jar target/maturity-advisor.jar
#   docs/bench/cold-start.sh --cds [RUNS]    with a class-data-sharing archive, built as the Dockerfile builds it
# JAR=other.jar and PORT=... choose another jar (e.g. a copy built from another commit) and port; EXTRA_JVM and
# EXTRA_ARGS add JVM options and service arguments (e.g. EXTRA_ARGS=--spring.main.lazy-initialization=true).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${JAR:-target/maturity-advisor.jar}
port=${PORT:-18080}
log=${TMPDIR:-/tmp}/cold-start-$$.log
jvm=()
if [ "${1:-}" = "--cds" ]; then
  shift
  rm -rf target/cds
  java -Djarmode=tools -jar "$jar" extract --destination target/cds >/dev/null
  java -XX:ArchiveClassesAtExit=target/cds/app.jsa -Dspring.context.exit=onRefresh \
    -jar "target/cds/$(basename "$jar")" --server.port=$((port + 1)) >"$log" 2>&1
  jar=target/cds/$(basename "$jar")
  jvm=(-XX:SharedArchiveFile=target/cds/app.jsa)
fi
runs=${1:-5}
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  java "${jvm[@]}" ${EXTRA_JVM:-} -jar "$jar" --server.port=$port ${EXTRA_ARGS:-} >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H 'Content-Type: application/json' --data @docs/examples/team.json \
      "http://localhost:$port/api/assessments"; do
    kill -0 $pid 2>/dev/null || { echo "service died:"; tail -20 "$log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  echo "run $i${jvm:+ (CDS)}: $(( (end - start) / 1000000 )) ms to the first answered assessment"
  kill $pid; wait $pid 2>/dev/null || true
done
