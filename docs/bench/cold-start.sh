#!/usr/bin/env bash
# Cold start to the first answered assessment, beside the bare echo app, in ONE run: each round starts, in turn, the
# echo app (src/test/java/echo/EchoApp.java, from the test class path, POST /echo) and each variant of the service
# (POST /api/assessments), posts docs/examples/team.json until a 200 comes back, and records the wall time from the
# launch and the process's CPU time at that moment; then stops it. At the end: the median of each variant and its
# ratio to the echo app's median, and the load average before and after (the machine may be shared: the ratios are
# the figures, not the milliseconds).
#
#   docs/bench/cold-start.sh [ROUNDS]                  echo, plain java -jar, the Docker image's way; 3 rounds
#   docs/bench/cold-start.sh --plain [ROUNDS]          echo and plain java -jar only
#   docs/bench/cold-start.sh --image [ROUNDS]          echo and the Docker image's way only
#   docs/bench/cold-start.sh --cds [ROUNDS]            echo and the old image's way (CDS archive on the java on PATH)
#   docs/bench/cold-start.sh --spring-aot [ROUNDS]     also plain java -jar with Spring AOT (-Dspring.aot.enabled=true;
#                                                      needs a jar built with ./mvnw -Paot -DskipTests package)
# Variant flags combine (--plain --image --spring-aot ...). The Docker image's way (--image) is what the Dockerfile does,
# reproduced here: the jar extracted with -Djarmode=tools, an AOT cache (JDK 25, JEP 483/514/515) recorded by
# bin/train-aot-cache (a training start on a throwaway database that answers docs/examples/team.json once, then
# stops), then java -XX:+UseG1GC -XX:AOTCache=app.aot -jar maturity-advisor.jar in the extracted directory, with the
# image's MATURITY_* settings.
# It runs on IMAGE_JAVA (default: a Temurin 25 under /usr/lib/jvm, as the image's eclipse-temurin:25-jre; else java).
#
# JAR=other.jar and PORT=... choose another jar and the first port; BEFORE=old.jar adds plain java -jar of that jar
# (a before/after in the same run); EXTRA_JVM and EXTRA_ARGS add JVM options and service arguments to every service
# variant (e.g. EXTRA_ARGS=--spring.main.lazy-initialization=true). JAVA=... the java of echo and plain variants.
# The services share one data directory (target/cold-start/data), created by an unmeasured first start, as a second
# start after the README's set-up finds it. Needs ./mvnw -DskipTests package (the jar and the test classes).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
jar=${JAR:-target/maturity-advisor.jar}
java=${JAVA:-java}
port=${PORT:-18080}
work=target/cold-start
log=$work/run.log
mkdir -p "$work"
image_java=${IMAGE_JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)}
image_java=${image_java:-java}

variants=()
rounds=3
for a in "$@"; do
  case $a in
    --plain) variants+=(plain) ;;
    --image) variants+=(image) ;;
    --cds) variants+=(cds) ;;
    --spring-aot) variants+=(spring-aot) ;;
    [0-9]*) rounds=$a ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
if [ ${#variants[@]} -eq 0 ] || { [ ${#variants[@]} -eq 1 ] && [ "${variants[0]}" = spring-aot ]; }; then
  variants=(plain image "${variants[@]}")
fi
[ -n "${BEFORE:-}" ] && variants=(before "${variants[@]}")

# the echo app's class path: the test classes and every test-scope dependency
if [ ! -s target/echo-classpath.txt ] || [ pom.xml -nt target/echo-classpath.txt ]; then
  ./mvnw -q -o -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/echo-classpath.txt \
    >/dev/null
fi
[ -f target/test-classes/echo/EchoApp.class ] || ./mvnw -q -o -B test-compile

data=$repo/$work/data
if [ ! -f "$data/advisor.mv.db" ]; then
  echo "creating the shared data directory (unmeasured start)"
  $java -Dspring.context.exit=onRefresh -jar "$jar" --maturity.data-dir="$data" --server.port=$port >"$log" 2>&1 \
    || { tail -20 "$log"; exit 1; }
fi

# The Docker image's way, as the Dockerfile does it: extract, train (throwaway database), run from the extracted dir
image_dir=$repo/$work/image
cds_dir=$repo/$work/cds
prepare_extracted() { # DIR JAVA
  rm -rf "$1"
  "$2" -Djarmode=tools -jar "$jar" extract --destination "$1" >/dev/null 2>&1
}
for v in "${variants[@]}"; do
  case $v in
    image)
      echo "image: extracting and training on $("$image_java" -version 2>&1 | head -1)"
      prepare_extracted "$image_dir" "$image_java"
      (cd "$image_dir" && ln -s "$repo/rules" rules && ln -s "$repo/scenarios" scenarios \
        && cp "$repo/docs/examples/team.json" "$repo/bin/train-aot-cache" . \
        && JAVA=$image_java ./train-aot-cache app.aot maturity-advisor.jar team.json $((port + 1)) \
             --maturity.data-dir="$repo/$work/training" >"$repo/$work/training.log" 2>&1) \
        || { echo "image training failed:"; tail -20 "$work/training.log"; exit 1; }
      rm -rf "$work/training" ;;
    cds)
      echo "cds: extracting and training on $($java -version 2>&1 | head -1)"
      prepare_extracted "$cds_dir" "$java"
      (cd "$cds_dir" && $java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
        -jar maturity-advisor.jar --maturity.rules-dir="$repo/rules" --maturity.data-dir="$repo/$work/training" \
        --server.port=$((port + 1)) >"$repo/$work/training.log" 2>&1) \
        || { echo "cds training failed:"; tail -20 "$work/training.log"; exit 1; }
      rm -rf "$work/training" ;;
  esac
done

cpu_ms() { # PID: user + system CPU time of the process so far
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat" 2>/dev/null || echo 0
}

# one start: VARIANT; prints "wall cpu"
start_once() {
  local v=$1 url="http://127.0.0.1:$port/api/assessments" pid start end cpu
  start=$(date +%s%N)
  case $v in
    echo)
      url="http://127.0.0.1:$port/echo"
      $java -cp "target/test-classes:$(cat target/echo-classpath.txt)" echo.EchoApp --server.port=$port \
        --server.address=127.0.0.1 >"$log" 2>&1 & pid=$! ;;
    plain)
      $java ${EXTRA_JVM:-} -jar "$jar" --server.port=$port --maturity.data-dir="$data" ${EXTRA_ARGS:-} >"$log" 2>&1 &
      pid=$! ;;
    before)
      $java ${EXTRA_JVM:-} -jar "$BEFORE" --server.port=$port --maturity.data-dir="$data" ${EXTRA_ARGS:-} >"$log" 2>&1 &
      pid=$! ;;
    spring-aot)
      $java -Dspring.aot.enabled=true ${EXTRA_JVM:-} -jar "$jar" --server.port=$port --maturity.data-dir="$data" \
        ${EXTRA_ARGS:-} >"$log" 2>&1 & pid=$! ;;
    image)
      (cd "$image_dir" && MATURITY_RULES_DIR=$repo/rules MATURITY_DATA_DIR=$data MATURITY_SCENARIOS_DIR=$repo/scenarios \
        SERVER_ADDRESS=127.0.0.1 exec "$image_java" -XX:+UseG1GC -XX:AOTCache=app.aot ${EXTRA_JVM:-} -jar maturity-advisor.jar \
        --server.port=$port ${EXTRA_ARGS:-}) >"$log" 2>&1 & pid=$! ;;
    cds)
      (cd "$cds_dir" && exec $java -XX:SharedArchiveFile=app.jsa ${EXTRA_JVM:-} -jar maturity-advisor.jar \
        --maturity.rules-dir="$repo/rules" --maturity.data-dir="$data" --server.port=$port ${EXTRA_ARGS:-}) \
        >"$log" 2>&1 & pid=$! ;;
  esac
  until curl -sf -o /dev/null -H 'Content-Type: application/json' --data @docs/examples/team.json "$url"; do
    kill -0 $pid 2>/dev/null || { echo "$v died:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  cpu=$(cpu_ms $pid)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $cpu"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average before: $load_before; $(nproc) cores; java: $($java -version 2>&1 | head -1)"
declare -A walls cpus
all=(echo "${variants[@]}")
for r in $(seq "$rounds"); do
  for v in "${all[@]}"; do
    out=$(start_once "$v")
    read -r wall cpu <<<"$out"
    walls[$v]+="$wall "
    cpus[$v]+="$cpu "
    printf 'round %d  %-10s %6d ms  (cpu %6d ms)  load %s\n' "$r" "$v" "$wall" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo_wall=$(tr ' ' '\n' <<<"${walls[echo]}" | grep . | median)
echo_cpu=$(tr ' ' '\n' <<<"${cpus[echo]}" | grep . | median)
printf '%-10s %10s %8s %10s %8s\n' variant "median ms" "x echo" "cpu ms" "x echo"
for v in "${all[@]}"; do
  w=$(tr ' ' '\n' <<<"${walls[$v]}" | grep . | median)
  c=$(tr ' ' '\n' <<<"${cpus[$v]}" | grep . | median)
  printf '%-10s %10d %8s %10d %8s\n' "$v" "$w" "$(awk -v a="$w" -v b="$echo_wall" 'BEGIN { printf "%.2f", a / b }')" \
    "$c" "$(awk -v a="$c" -v b="$echo_cpu" 'BEGIN { printf "%.2f", a / b }')"
done
echo "target: each service variant <= 1.50 x echo (wall)"
