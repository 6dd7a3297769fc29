#!/usr/bin/env bash
# HTTP Basic against an API token for a scripted client: N runs of `curl -u admin:PASSWORD` against N runs of
# `curl -H 'Authorization: Bearer TOKEN'` (one process per request, as a shell loop following the README does), on
# GET /api/me, for two jars side by side (before and after), alternating, with the load average beside each figure.
#   docs/bench/basic-auth.sh BEFORE.jar AFTER.jar [N] [ROUNDS]
# Prints ms per request for each and the ratio Basic / token (target: about 1.5 or less).
set -euo pipefail
before=$1; after=$2; n=${3:-40}; rounds=${4:-3}
cd "$(dirname "$0")/../.."
work=$(mktemp -d "${TMPDIR:-/tmp}/basic-auth-XXXX")
password=bench-admin-password
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
start() { # jar port
  java -Xmx512m -jar "$1" --server.port="$2" --maturity.data-dir="$work/$2" \
    --maturity.security.admin-password=$password >"$work/$2.log" 2>&1 &
  pids+=($!)
}
token() { # port
  until curl -sf -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; do sleep 0.5; done
  curl -sf -u admin:$password -H 'Content-Type: application/json' \
    -d '{"name": "bench", "role": "viewer", "expiresInDays": 1}' "http://127.0.0.1:$1/api/tokens" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
loop() { # port auth-args... -> ms per request
  local t0 t1
  t0=$(date +%s%N)
  for _ in $(seq "$n"); do curl -sf -o /dev/null "$@" "http://127.0.0.1:$port/api/me"; done
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 / n ))
}
start "$before" 18281
start "$after" 18282
tb=$(token 18281); ta=$(token 18282)
for r in $(seq "$rounds"); do
  for side in before after; do
    if [ $side = before ]; then port=18281; t=$tb; else port=18282; t=$ta; fi
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    basic=$(loop -u admin:$password)
    bearer=$(loop -H "Authorization: Bearer $t")
    printf 'round %s %-6s Basic %4s ms/request  token %4s ms/request  Basic/token %s  load %s\n' "$r" "$side" \
      "$basic" "$bearer" "$(python3 -c "print(round($basic / max($bearer, 1), 2))")" "$load"
  done
done
