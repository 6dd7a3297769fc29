#!/usr/bin/env bash
# Cold start to the first answered assessment: launches the jar in a fresh JVM, posts the sample team until it gets a
# 200, prints the elapsed milliseconds, stops the service. Repeats RUNS times.
#   docs/bench/cold-start.sh [RUNS]          plain java -jar target/maturity-advisor.jar
#   docs/bench/cold-start.sh --cds [RUNS]    with a class-data-sharing archive, built as the Dockerfile builds it
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/maturity-advisor.jar
jvm=()
if [ "${1:-}" = "--cds" ]; then
  shift
  rm -rf target/cds
  java -Djarmode=tools -jar "$jar" extract --destination target/cds >/dev/null
  java -XX:ArchiveClassesAtExit=target/cds/app.jsa -Dspring.context.exit=onRefresh \
    -jar target/cds/maturity-advisor.jar --server.port=18081 >/tmp/cds-training.log 2>&1
  jar=target/cds/maturity-advisor.jar
  jvm=(-XX:SharedArchiveFile=target/cds/app.jsa)
fi
runs=${1:-5}
port=18080
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  java "${jvm[@]}" -jar "$jar" --server.port=$port >/tmp/cold-start.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H 'Content-Type: application/json' --data @docs/examples/team.json \
      "http://localhost:$port/api/assessments"; do
    kill -0 $pid 2>/dev/null || { echo "service died:"; tail -20 /tmp/cold-start.log; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  echo "run $i${jvm:+ (CDS)}: $(( (end - start) / 1000000 )) ms to the first answered assessment"
  kill $pid; wait $pid 2>/dev/null || true
done
