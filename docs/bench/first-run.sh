#!/usr/bin/env bash
# First run as the README says: a fresh clone, then `./mvnw spring-boot:run`, timed from the command to the first
# answered page of the workbench (GET / followed to the sign-in page, HTTP 200). Uses the Maven cache as it is
# (warm after one build). Alternates the commits given (default: main, then this checkout's HEAD), RUNS times each,
# with the load average beside every figure, since the machine may be shared.
#   docs/bench/first-run.sh [RUNS] [REF...]      e.g. docs/bench/first-run.sh 2 main HEAD
# PORT chooses the port (the service reads SERVER_PORT, so the command stays exactly the README's); MVN_ARGS adds
# Maven options (e.g. -o offline).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-1}
shift || true
refs=("$@")
[ ${#refs[@]} -gt 0 ] || refs=(main HEAD)
port=${PORT:-18180}
work=${TMPDIR:-/tmp}/first-run-$$
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
for i in $(seq "$runs"); do
  for ref in "${refs[@]}"; do
    commit=$(git -C "$repo" rev-parse --short "$ref")
    clone=$work/clone
    rm -rf "$clone"
    git clone -q "$repo" "$clone"
    git -C "$clone" checkout -q "$commit"
    log=$work/run.log
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    start=$(date +%s%N)
    (cd "$clone" && SERVER_PORT=$port exec setsid ./mvnw ${MVN_ARGS:-} spring-boot:run >"$log" 2>&1) &
    pid=$!
    until curl -sfL -o /dev/null "http://localhost:$port/"; do
      kill -0 $pid 2>/dev/null || { echo "$ref: the run ended before answering:"; tail -30 "$log"; exit 1; }
      sleep 0.1
    done
    end=$(date +%s%N)
    tests=$(grep -c 'Compiling .*test-classes' "$log" || true)
    waited=$(grep -c 'IllegalThreadStateException' "$log" || true)
    last=$(grep -v '^\s*$' "$log" | tail -1 | cut -c1-160)
    printf '%-8s %-9s %6d ms to the first page  load %s  test compiles %s  thread traces %s\n' \
      "$ref" "$commit" $(( (end - start) / 1000000 )) "$load" "$tests" "$waited"
    echo "         last line: $last"
    kill -TERM -- -$pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    while curl -s -o /dev/null "http://localhost:$port/"; do sleep 0.2; done
  done
done
