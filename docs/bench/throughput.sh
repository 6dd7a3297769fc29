#!/usr/bin/env bash
# HTTP throughput of POST /api/assessments (full chain and view=summary) against a bare Spring Boot JSON echo of the
# same body (src/test/java/echo/EchoApp.java), both running at once and measured in turns in
# one run, so the ratios compare like with like. Prints req/s, p50 and p99 per case and the ratio to the echo, then
# the what-if impact ranking over all models on one connection (its p50 is issue 16's interactive what-if figure).
#
#   docs/bench/throughput.sh [SECONDS] [CONNECTIONS...]   from the repository root, after ./mvnw -DskipTests package
#                                                          and ./mvnw -q test-compile (defaults: 20 s, 2 and 8)
#   JAR=other.jar measures another build (a copy from another commit); SERVICE_ARGS=... adds arguments to the service's command line (e.g. a setting to compare against its default)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
shift || true
CONNECTIONS=("${@:-2 8}")
read -r -a CONNECTIONS <<<"${CONNECTIONS[*]}"
SERVICE_PORT=18092
ECHO_PORT=18093
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$WORK"' EXIT

./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
JVM=(-Xmx512m)
java "${JVM[@]}" -jar "${JAR:-target/maturity-advisor.jar}" --server.port=$SERVICE_PORT --maturity.data-dir="$WORK/data" ${SERVICE_ARGS:-} \
  >"$WORK/service.log" 2>&1 &
PIDS+=("$!")
java "${JVM[@]}" -cp "target/test-classes:$(cat "$WORK/cp.txt")" echo.EchoApp \
  --server.port=$ECHO_PORT --server.address=127.0.0.1 --logging.level.root=warn >"$WORK/echo.log" 2>&1 &
PIDS+=("$!")
for url in http://127.0.0.1:$SERVICE_PORT/api/models; do until curl -sf -o /dev/null "$url"; do sleep 0.5; done; done
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{}' http://127.0.0.1:$ECHO_PORT/echo; do sleep 0.5; done

body=$(python3 -c 'import json; print(json.dumps(open("docs/examples/team.json").read()))')
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = $body
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout + e.status,
    summary.bytes / summary.requests))
end
LUA
run() { # url connections seconds -> "req/s p50 p99 failures bytes"
  wrk -t1 -c"$2" -d"$3"s -s "$WORK/post.lua" "$1" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}
declare -A URL=([echo]=http://127.0.0.1:$ECHO_PORT/echo
  [full]=http://127.0.0.1:$SERVICE_PORT/api/assessments
  [summary]="http://127.0.0.1:$SERVICE_PORT/api/assessments?view=summary"
  [impact]=http://127.0.0.1:$SERVICE_PORT/api/simulations/impact)
for name in echo full summary impact; do run "${URL[$name]}" 2 10 >/dev/null; done   # warm-up (JIT)

echo "$(nproc) cores, $(java -version 2>&1 | head -1), $DURATION s per case, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| connections | case | req/s | p50 ms | p99 ms | failed | bytes per response | ratio to echo |"
echo "|---|---|---|---|---|---|---|---|"
for c in "${CONNECTIONS[@]}"; do
  read -r echo_rate rest < <(run "${URL[echo]}" "$c" "$DURATION")
  echo "| $c | echo | $echo_rate | $(echo "$rest" | awk '{print $1 " | " $2 " | " $3 " | " $4}') | 1 |"
  for name in full summary; do
    read -r rate p50 p99 failed bytes < <(run "${URL[$name]}" "$c" "$DURATION")
    echo "| $c | $name | $rate | $p50 | $p99 | $failed | $bytes | $(awk -v a="$rate" -v b="$echo_rate" 'BEGIN {printf "%.2f", a / b}') |"
  done
done
echo
read -r rate p50 p99 failed bytes < <(run "${URL[impact]}" 1 "$DURATION")
echo "What-if impact over all models (POST /api/simulations/impact, 1 connection): $rate req/s, p50 $p50 ms, p99 $p99 ms, $failed failed, $bytes bytes"
