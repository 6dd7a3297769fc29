#!/bin/bash
# Browser sessions in the database, two jars side by side (docs/BENCHMARKS.md "Sessions in the database"): e.g. the
# jar of main before a change and the jar after it. Both up at once on fresh H2 data dirs, each signed in by the login
# form; then wrk alternates between them (same moment, same load), with the load average beside each figure.
#   docs/bench/sessions-ab.sh BEFORE.jar AFTER.jar [PATH] [ROUNDS] [SECONDS] [CONNECTIONS]
# PATH defaults to /api/me. Needs curl and wrk. BEFORE_RULES sets the before jar's rules dir if it needs older rules.
set -euo pipefail
before=$1; after=$2; path=${3:-/api/me}; rounds=${4:-3}; secs=${5:-10}; conns=${6:-1}
cd "$(dirname "$0")/../.."
work=$(mktemp -d "${TMPDIR:-/tmp}/sessions-ab-XXXX")
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
start() { # jar port [rules]
  java -Xmx512m -jar "$1" --server.port="$2" --maturity.data-dir="$work/$2" \
    --maturity.security.admin-password=bench-admin-password ${3:+--maturity.rules-dir=$3} >"$work/$2.log" 2>&1 &
  pids+=($!)
}
signin() { # port -> session cookie value
  for i in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$1/login" && break; sleep 0.5; done
  local c=$work/$1.cookies
  local csrf=$(curl -s -c "$c" "http://127.0.0.1:$1/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' \
    | sed 's/.*value="//;s/"//')
  curl -s -b "$c" -c "$c" -o /dev/null -X POST --data-urlencode username=admin \
    --data-urlencode password=bench-admin-password --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$1/login"
  awk '$6=="JSESSIONID"{print $7}' "$c" | tail -1
}
start "$before" 18191 "${BEFORE_RULES:-}"
start "$after" 18192
sa=$(signin 18191); sb=$(signin 18192)
echo "before: $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$sa" "http://127.0.0.1:18191$path")" \
  " after: $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$sb" "http://127.0.0.1:18192$path")"
wrk -t1 -c"$conns" -d5s -H "Cookie: JSESSIONID=$sa" "http://127.0.0.1:18191$path" > /dev/null
wrk -t1 -c"$conns" -d5s -H "Cookie: JSESSIONID=$sb" "http://127.0.0.1:18192$path" > /dev/null
for r in $(seq 1 "$rounds"); do
  for side in before after; do
    if [ $side = before ]; then port=18191; s=$sa; else port=18192; s=$sb; fi
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    out=$(wrk -t1 -c"$conns" -d"${secs}s" --latency -H "Cookie: JSESSIONID=$s" "http://127.0.0.1:$port$path")
    echo "round $r $side: $(echo "$out" | awk '/Requests\/sec/{print $2 " req/s"} / 50%/{print "p50 " $2} / 99%/{print "p99 " $2}' | tr '\n' ' ') load $load"
  done
done
