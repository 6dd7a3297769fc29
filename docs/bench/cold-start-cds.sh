#!/usr/bin/env bash
# Cold start with a class-data-sharing archive, as the Dockerfile builds it: unpack the jar, take a training start
# (stops once the context and the rules are up), then measure like cold-start.sh with the archive.
# Usage: docs/bench/cold-start-cds.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -rf target/cds
java -Djarmode=tools -jar target/maturity-advisor.jar extract --destination target/cds >/dev/null
java -XX:ArchiveClassesAtExit=target/cds/app.jsa -Dspring.context.exit=onRefresh \
  -jar target/cds/maturity-advisor.jar --server.port=18081 >/tmp/cds-training.log 2>&1
runs=${1:-5}
port=18080
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  java -XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/maturity-advisor.jar --server.port=$port \
    >/tmp/cold-start.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H 'Content-Type: application/json' --data @docs/examples/team.json \
      "http://localhost:$port/api/assessments"; do
    kill -0 $pid 2>/dev/null || { echo "service died:"; tail -20 /tmp/cold-start.log; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  echo "run $i (CDS): $(( (end - start) / 1000000 )) ms to the first answered assessment"
  kill $pid; wait $pid 2>/dev/null || true
done
