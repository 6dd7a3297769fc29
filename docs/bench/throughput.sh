#!/usr/bin/env bash
# HTTP throughput of POST /api/assessments (full chain and view=summary) against a bare Spring Boot JSON echo of the
# same body (src/test/java/echo/EchoApp.java), both running at once and measured in turns in
# one run, so the ratios compare like with like. Prints req/s, p50 and p99 per case, the memory the service allocated
# per request and the ratio to the echo, then the what-if impact ranking over all models on one connection (its p50 is
# issue 16's interactive what-if figure).
#
#   docs/bench/throughput.sh [SECONDS] [CONNECTIONS...]   from the repository root, after ./mvnw -DskipTests package
#                                                          and ./mvnw -q test-compile (defaults: 20 s, 2 and 8)
#   JAR=other.jar measures another build (a copy from another commit); SERVICE_ARGS=... adds arguments to the service's
#   command line (e.g. a setting to compare against its default).
#   BASELINE_JAR=before.jar runs that build too, beside the first, and measures every case on it in turns with the
#   first (rows "before" and "after"), so a change is compared with its baseline in the same run.
#
# Cases: "full" and "summary" post docs/examples/team.json again and again (the issue's figure); "varied" posts the
# full chain with a different team each request (the 95 scenario inputs in turn), so a result that depends on the
# same team coming back is visible. Allocation per request: the service's jvm_gc_memory_allocated_bytes_total
# (/actuator/prometheus, read as the initial admin) before and after the case, divided by the requests wrk made; it
# moves at each young collection, so it is exact to within one young generation (a few percent over a 20 s case).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
shift || true
CONNECTIONS=("${@:-2 8}")
read -r -a CONNECTIONS <<<"${CONNECTIONS[*]}"
SERVICE_PORT=18092
ECHO_PORT=18093
BASELINE_PORT=18094
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$WORK"' EXIT

./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
JVM=(-Xmx512m)
start() { # jar port
  java "${JVM[@]}" -jar "$1" --server.port="$2" --maturity.data-dir="$WORK/data-$2" ${SERVICE_ARGS:-} \
    >"$WORK/service-$2.log" 2>&1 &
  PIDS+=("$!")
}
start "${JAR:-target/maturity-advisor.jar}" $SERVICE_PORT
SERVICES=($SERVICE_PORT)
if [ -n "${BASELINE_JAR:-}" ]; then
  start "$BASELINE_JAR" $BASELINE_PORT
  SERVICES=($BASELINE_PORT $SERVICE_PORT)
fi
java "${JVM[@]}" -cp "target/test-classes:$(cat "$WORK/cp.txt")" echo.EchoApp \
  --server.port=$ECHO_PORT --server.address=127.0.0.1 --logging.level.root=warn >"$WORK/echo.log" 2>&1 &
PIDS+=("$!")
for port in "${SERVICES[@]}"; do until curl -sf -o /dev/null "http://127.0.0.1:$port/api/models"; do sleep 0.5; done; done
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{}' http://127.0.0.1:$ECHO_PORT/echo; do sleep 0.5; done

python3 - "$WORK" <<'PY'
import glob, json, sys
work = sys.argv[1]
team = json.dumps(open("docs/examples/team.json").read())
teams = [json.dumps(json.dumps(json.load(open(f))["input"])) for f in sorted(glob.glob("scenarios/*.json"))]
done = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout + e.status,
    summary.bytes / summary.requests, summary.requests))
end
"""
head = 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
open(f"{work}/post.lua", "w").write(head + f"wrk.body = {team}\n" + done)
open(f"{work}/varied.lua", "w").write(head + "local bodies = {" + ",\n".join(teams) + "}\nlocal i = 0\n"
    + "request = function()\n  i = i % #bodies + 1\n  return wrk.format(nil, nil, nil, bodies[i])\nend\n" + done)
PY
run() { # url connections seconds script -> "req/s p50 p99 failures bytes requests"
  wrk -t1 -c"$2" -d"$3"s -s "$WORK/${4:-post}.lua" "$1" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}'
}
allocated() { # port -> bytes the service's JVM has allocated so far
  curl -sf -u "admin:$(cat "$WORK/data-$1/initial-admin-password")" "http://127.0.0.1:$1/actuator/prometheus" \
    | awk '/^jvm_gc_memory_allocated_bytes_total/ {printf "%.0f", $2}'
}
url() { # case port
  case $1 in
    echo) echo "http://127.0.0.1:$ECHO_PORT/echo" ;;
    full | varied) echo "http://127.0.0.1:$2/api/assessments" ;;
    summary) echo "http://127.0.0.1:$2/api/assessments?view=summary" ;;
    impact) echo "http://127.0.0.1:$2/api/simulations/impact" ;;
  esac
}
label() { # port
  if [ ${#SERVICES[@]} -eq 1 ]; then echo ""; elif [ "$1" = $BASELINE_PORT ]; then echo " (before)"; else echo " (after)"; fi
}
measure() { # case port connections seconds -> a table row's cells after the case's name
  local script=post
  [ "$1" = varied ] && script=varied
  local before after
  before=$(allocated "$2")
  read -r rate p50 p99 failed bytes requests < <(run "$(url "$1" "$2")" "$3" "$4" $script)
  after=$(allocated "$2")
  echo "$rate | $p50 | $p99 | $failed | $bytes | $(awk -v a="$before" -v b="$after" -v n="$requests" \
    'BEGIN {printf "%.1f", (b - a) / n / 1024}')"
}
for port in "${SERVICES[@]}"; do for name in full summary varied impact; do   # warm-up (JIT)
  run "$(url $name "$port")" 2 10 $([ $name = varied ] && echo varied || echo post) >/dev/null; done; done
run "$(url echo)" 2 10 >/dev/null

echo "$(nproc) cores, $(java -version 2>&1 | head -1), $DURATION s per case, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| connections | case | req/s | p50 ms | p99 ms | failed | bytes per response | KB allocated per request | ratio to echo |"
echo "|---|---|---|---|---|---|---|---|---|"
for c in "${CONNECTIONS[@]}"; do
  read -r echo_rate rest < <(run "$(url echo)" "$c" "$DURATION")
  echo "| $c | echo | $echo_rate | $(echo "$rest" | awk '{print $1 " | " $2 " | " $3 " | " $4}') | - | 1 |"
  for name in full summary varied; do
    for port in "${SERVICES[@]}"; do
      row=$(measure $name "$port" "$c" "$DURATION")
      echo "| $c | $name$(label "$port") | $row | $(awk -v a="${row%% *}" -v b="$echo_rate" 'BEGIN {printf "%.2f", a / b}') |"
    done
  done
done
echo "load average after the table: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
for port in "${SERVICES[@]}"; do
  IFS='|' read -r rate p50 p99 failed bytes kb < <(measure impact "$port" 1 "$DURATION")
  echo "What-if impact over all models$(label "$port") (POST /api/simulations/impact, 1 connection):$rate req/s, p50$p50 ms, p99$p99 ms,$failed failed,$bytes bytes, $(echo $kb) KB allocated per request"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
