#!/usr/bin/env bash
# Load and soak: MINUTES of mixed load against the packaged jar, one wrk per endpoint at the same time (assess,
# store, simulate, portfolio, history), with a draft uploaded and published every minute. Prints, per endpoint,
# requests, rate, p50 and p99 and failures (any non-2xx answer or socket error), the publishes, and the service's
# RSS after warm-up and at the end. Exits 1 when any request or publish failed.
#
#   docs/bench/soak.sh [h2|postgres] [MINUTES]     from the repository root, after ./mvnw -DskipTests package
#
# postgres: uses SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) when set; otherwise starts a throwaway cluster
# with the initdb and pg_ctl on the PATH or under /usr/lib/postgresql (Debian: apt-get install postgresql), as the
# user postgres when run as root. SOAK_JAVA_OPTS sets the JVM flags (default -Xmx512m). Needs wrk (apt-get install wrk), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:-h2}
MINUTES=${2:-10}
PORT=${SOAK_PORT:-18090}
PG_PORT=${SOAK_PG_PORT:-15432}
CONNECTIONS=${SOAK_CONNECTIONS:-1}
TEAMS=20
WORK=$(mktemp -d)
chmod 755 "$WORK"
BASE=http://127.0.0.1:$PORT
PIDS=()
PG_BIN=""

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$PG_BIN" ]; then as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  PG_BIN=$(dirname "$(readlink -f "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")")
  mkdir -p "$WORK/pg"
  if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pg"; fi
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U maturity --auth=trust >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" \
    -w start >/dev/null
  as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U maturity maturity
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/maturity SPRING_DATASOURCE_USERNAME=maturity \
    SPRING_DATASOURCE_PASSWORD=unused
}

if [ "$DB" = postgres ] && [ -z "${SPRING_DATASOURCE_URL:-}" ]; then start_postgres; fi
[ "$DB" = h2 ] && unset SPRING_DATASOURCE_URL

# a fixed heap ceiling, so that RSS shows growth, not the JVM taking up a default quarter of the machine
# shellcheck disable=SC2086
MATURITY_ADMIN_PASSWORD=soak-admin java ${SOAK_JAVA_OPTS:--Xmx512m} -jar target/maturity-advisor.jar --server.port="$PORT" \
  --maturity.data-dir="$WORK/data" >"$WORK/service.log" 2>&1 &
SERVICE=$!
PIDS+=("$SERVICE")
until curl -sf -o /dev/null "$BASE/api/models"; do
  kill -0 "$SERVICE" 2>/dev/null || { echo "the service died:"; tail -30 "$WORK/service.log"; exit 1; }
  sleep 0.5
done
TOKEN=$(curl -sf -u admin:soak-admin -H 'Content-Type: application/json' \
  -d '{"name": "soak", "role": "admin", "expiresInDays": 1}' "$BASE/api/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
for i in $(seq 1 $TEAMS); do
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"id\": \"team-$i\", \"name\": \"Payments ML\"}" "$BASE/api/teams"
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d @docs/examples/team.json "$BASE/api/teams/team-$i/assessments"
done

# One Lua script per endpoint; done() prints one line: requests p50_us p99_us failures
body=$(python3 -c 'import json; print(json.dumps(open("docs/examples/team.json").read()))')
lua() { # name method path-expression (Lua) body-or-nil
  cat >"$WORK/$1.lua" <<EOF
local n = 0
local failed = 0
wrk.method = "$2"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = $4
request = function()
  n = n + 1
  return wrk.format(nil, $3)
end
response = function(status, headers, body)
  if status >= 300 then failed = failed + 1 end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d\n", summary.requests, latency:percentile(50),
    latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status))
end
EOF
}
lua assess POST '"/api/assessments"' "$body"
lua store POST '"/api/teams/team-" .. (n % '$TEAMS' + 1) .. "/assessments"' "$body"
lua simulate POST '"/api/simulations/impact"' "$body"
lua portfolio GET '"/api/portfolio"' nil
lua history GET '"/api/teams/team-" .. (n % '$TEAMS' + 1) .. "/assessments"' nil

# Warm-up, then the service's memory before the soak
wrk -t1 -c1 -d20s -s "$WORK/assess.lua" "$BASE" >/dev/null
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVICE/status"; }
RSS_START=$(rss)

SECONDS_TOTAL=$((MINUTES * 60))
for name in assess store simulate portfolio history; do
  wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" --timeout 10s -s "$WORK/$name.lua" "$BASE" >"$WORK/$name.out" 2>&1 &
  PIDS+=("$!")
done

# A draft every minute, alternating an edited table with the shipped one, each published
published=0
refused=0
: >"$WORK/rss.txt"
for minute in $(seq 1 "$MINUTES"); do
  for _ in 1 2 3 4 5 6; do sleep 10; rss >>"$WORK/rss.txt"; done
  if (( minute % 2 )); then TABLE=src/test/resources/libreoffice/edited/microsoft-mlops.drl.xlsx
  else TABLE=rules/microsoft-mlops.drl.xlsx; fi
  seq=$(curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$TABLE;filename=microsoft-mlops.drl.xlsx" \
      "$BASE/api/rulesets/drafts?comment=soak-$minute" | python3 -c 'import json,sys; print(json.load(sys.stdin)["seq"])') \
    && curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' \
      "$BASE/api/rulesets/$seq/publish" && published=$((published + 1)) || refused=$((refused + 1))
done
for pid in "${PIDS[@]:1}"; do wait "$pid" || true; done
RSS_END=$(rss)

failures=$refused
echo "soak on $DB, $MINUTES min, $CONNECTIONS connection(s) per endpoint, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "| endpoint | requests | req/s | p50 ms | p99 ms | failed |"
echo "|---|---|---|---|---|---|"
for name in assess store simulate portfolio history; do
  read -r requests p50 p99 failed < <(awk '/^RESULT/ {print $2, $3, $4, $5}' "$WORK/$name.out")
  failures=$((failures + failed))
  awk -v n="$name" -v r="$requests" -v s="$SECONDS_TOTAL" -v a="$p50" -v b="$p99" -v f="$failed" \
    'BEGIN { printf "| %s | %d | %.0f | %.1f | %.1f | %d |\n", n, r, r / s, a / 1000, b / 1000, f }'
done
echo
echo "drafts published: $published, refused or failed: $refused"
echo "RSS after warm-up: $RSS_START MB; at the end: $RSS_END MB; every 10 s: $(tr '\n' ' ' <"$WORK/rss.txt")"
grep -c ' ERROR ' "$WORK/service.log" | sed 's/^/ERROR lines in the service log: /' || true
[ "$failures" = 0 ]
