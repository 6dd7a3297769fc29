#!/usr/bin/env bash
# The what-if impact ranking over all models (POST /api/simulations/impact, docs/examples/team.json, one connection)
# on two jars at once, measured in turns, so a change is compared with its baseline in one run: prints p50, p99 and
# req/s per jar and round, then the SHA-256 of each jar's response (a change must not alter the ranking).
#   docs/bench/impact-ab.sh BEFORE.jar AFTER.jar [ROUNDS] [SECONDS]    (A_ARGS / B_ARGS: extra service arguments;
#   CONNECTIONS: connections per measurement, default 1; ENDPOINT: another POST endpoint taking the same body, such as
#   /api/assessments)
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$1 B=$2 ROUNDS=${3:-3} SECONDS_PER_ROUND=${4:-10}
WORK=$(mktemp -d)
java -Xmx512m -jar "$A" --server.port=18201 --maturity.data-dir="$WORK/a" ${A_ARGS:-} >"$WORK/a.log" 2>&1 &
PA=$!
java -Xmx512m -jar "$B" --server.port=18202 --maturity.data-dir="$WORK/b" ${B_ARGS:-} >"$WORK/b.log" 2>&1 &
PB=$!
trap 'kill $PA $PB 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
for p in 18201 18202; do until curl -sf -o /dev/null http://127.0.0.1:$p/api/models; do sleep 0.5; done; done
body=$(python3 -c 'import json; print(json.dumps(open("docs/examples/team.json").read()))')
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = %s\n' "$body" >"$WORK/post.lua"
url() { echo "http://127.0.0.1:$1${ENDPOINT:-/api/simulations/impact}"; }
for p in 18201 18202; do wrk -t1 -c1 -d"${SECONDS_PER_ROUND}"s -s "$WORK/post.lua" "$(url $p)" >/dev/null; done # warm-up
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$ROUNDS"); do
  for p in 18201 18202; do
    name=$([ $p = 18201 ] && echo "before ($A)" || echo "after ($B)")
    echo "round $r, $name: $(wrk -t1 -c"${CONNECTIONS:-1}" -d"${SECONDS_PER_ROUND}"s --latency -s "$WORK/post.lua" "$(url $p)" \
      | grep -E '^ +50%|^ +99%|Requests/sec' | tr -s ' ' | tr '\n' ' ')"
  done
done
for p in 18201 18202; do
  curl -s -H 'Content-Type: application/json' --data @docs/examples/team.json "$(url $p)" | sha256sum
done
