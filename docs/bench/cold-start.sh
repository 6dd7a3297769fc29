#!/usr/bin/env bash
# Cold start to the first answered assessment: launches target/maturity-advisor.jar in a fresh JVM, posts the sample
# team until it gets a 200, prints the elapsed milliseconds, stops the service. Repeats RUNS times.
# Usage: docs/bench/cold-start.sh [RUNS] [extra JVM options...]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}; shift || true
port=18080
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  java "$@" -jar target/maturity-advisor.jar --server.port=$port >/tmp/cold-start.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H 'Content-Type: application/json' --data @docs/examples/team.json \
      "http://localhost:$port/api/assessments"; do
    kill -0 $pid 2>/dev/null || { echo "service died:"; tail -20 /tmp/cold-start.log; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms to the first answered assessment"
  kill $pid; wait $pid 2>/dev/null || true
done
