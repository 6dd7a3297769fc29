#!/usr/bin/env bash
# The CI run's time (.ci/run, the README's test command) on a fresh clone of a commit, with the load average beside it.
# Usage: docs/bench/ci.sh [COMMIT [BASELINE_COMMIT]]   (default HEAD; a baseline runs first, in the same sitting)
# Prints per run: wall time, CPU time of everything it started (user+sys: Maven, the test JVMs, chromium), the
# load average before and after, the sum of the test classes' times, and how many Spring contexts started.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
run() {
    local commit="$1" dir
    dir="$(mktemp -d /tmp/ci-bench.XXXXXX)"
    git clone -q "$repo" "$dir/src" && git -C "$dir/src" checkout -q "$commit"
    local before; before="$(cut -d' ' -f1-3 /proc/loadavg)"
    local status=0
    (cd "$dir/src" && CI=true /usr/bin/time -f '%e %U %S' -o "$dir/time" .ci/run > "$dir/log" 2>&1) || status=$?
    read -r wall user sys < "$dir/time"
    local classes contexts
    classes="$(cat "$dir"/src/target/surefire-reports/TEST-*.xml 2>/dev/null | grep -o '<testsuite [^>]*' \
        | grep -o ' time="[0-9.]*"' | tr -dc '0-9.\n' | awk '{s+=$1} END {printf "%.0f", s}' || true)"
    contexts="$(grep -c 'Started [A-Za-z]* in ' "$dir/log" || true)"
    printf '%-12s exit %s  wall %4.0f s (%s)  cpu %5.0f s  classes %s s  contexts %s  load before %s, after %s\n' \
        "$(git -C "$dir/src" rev-parse --short HEAD)" "$status" "$wall" "$(date -u -d @"${wall%.*}" +%M:%S)" \
        "$(echo "$user + $sys" | bc)" "$classes" "$contexts" "$before" "$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "  log: $dir/log"
}
if [ $# -ge 2 ]; then run "$2"; fi
run "${1:-HEAD}"
