#!/usr/bin/env bash
# Times the draft round trip (upload: validation, scenario gate, impact preview over every stored team) against a
# running jar whose data directory already holds N stored teams (made by PreviewFigures#fill, through the store's
# batch insert), for each draft table PreviewFigures#drafts wrote; then what follows a publish: publishes the wording
# draft (the publish call, then the first portfolio over every team, whose cache a publish empties) and uploads the
# stricter draft (no stored result comes from the active version any more), then publishes the band-floor draft (a
# model's levels changed) and uploads the moved-criterion draft over results of two versions back.
# With BEFORE_JAR, each round runs BEFORE_JAR and then JAR on a fresh copy of the fixture (turn about, same run), and
# every line carries the load average, so that the two are compared on the same machine at the same time.
# Usage: docs/bench/preview.sh JAR DATA_DIR [ROUNDS] [BEFORE_JAR]   (from the repository root; docs/BENCHMARKS.md)
# The service runs with the heap it is given here (HEAP, default 1g).
set -euo pipefail
JAR=$1
SOURCE=$2
ROUNDS=${3:-1}
BEFORE=${4:-}
HEAP=${HEAP:-1g}
PORT=18081
DATA=""
SERVICE=""
stop() {
  if [[ -n "$SERVICE" ]]; then kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null || true; fi
  if [[ -n "$DATA" ]]; then rm -rf "$DATA"; fi
  SERVICE=""
  DATA=""
}
trap stop EXIT
load() { cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/'; }

# start JAR: a fresh copy of the fixture (drafts and publishes write to the copy), the service on it, an API token
start() {
  DATA=$(mktemp -d -p target preview-run-XXXX)
  cp -r "$SOURCE"/. "$DATA"/
  MATURITY_ADMIN_PASSWORD=bench-admin java -Xmx$HEAP -jar "$1" --server.port=$PORT --maturity.data-dir="$DATA" \
    > "$DATA/service.log" 2>&1 &
  SERVICE=$!
  until curl -sf http://localhost:$PORT/api/models > /dev/null; do sleep 0.5; done
  TOKEN=$(curl -sf -u admin:bench-admin -H 'Content-Type: application/json' \
    -d '{"name": "bench", "role": "admin", "expiresInDays": 1}' http://localhost:$PORT/api/tokens \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  AUTH="Authorization: Bearer $TOKEN"
}

# upload LABEL DIR [WHAT]: the wall time of the upload, the report's own timings and its counts
upload() {
  local table start end
  table=$(ls "$2")
  start=$(date +%s%N)
  curl -sf -H "$AUTH" -F "file=@$2/$table;filename=$table" \
    "http://localhost:$PORT/api/rulesets/drafts?comment=bench" > "$DATA/last-report.json"
  end=$(date +%s%N)
  echo "$1 ${3:-$(basename "$2")} $(( (end - start) / 1000000 )) $(python3 -c 'import json,sys; r=json.load(sys.stdin); t=r["timings"]; i=r["impact"]; print(t["validateMs"], t["gateMs"], t["impactMs"], i["teamsChecked"], len(i["teams"]))' < "$DATA/last-report.json") $(load)"
}

# publish LABEL NAME [BODY]: publishes the last uploaded draft, then asks for the portfolio over every team (its
# first after it). The band floor moves a scenario, so its gate fails: the admin token forces it, with a reason.
publish() {
  local seq start published portfolio
  seq=$(python3 -c 'import json; print(json.load(open("'"$DATA"'/last-report.json"))["seq"])')
  start=$(date +%s%N)
  curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d "${3:-{\}}" "http://localhost:$PORT/api/rulesets/$seq/publish" > /dev/null
  published=$(date +%s%N)
  curl -sf -H "$AUTH" "http://localhost:$PORT/api/portfolio?blockers=5" > /dev/null
  portfolio=$(date +%s%N)
  echo "$1 publish-$2 $(( (published - start) / 1000000 )) - - - - - $(load)"
  echo "$1 first-portfolio-after-$2 $(( (portfolio - published) / 1000000 )) - - - - - $(load)"
}

run() { # LABEL JAR
  start "$2"
  for draft in target/preview-drafts/*/; do
    upload "$1" "${draft%/}"
  done
  upload "$1" target/preview-drafts/1-wording > /dev/null
  publish "$1" 1-wording
  upload "$1" target/preview-drafts/2-stricter "2-stricter-after-1-published"
  upload "$1" target/preview-drafts/4-band-floor > /dev/null
  publish "$1" 4-band-floor '{"force": true, "reason": "bench: a model-level edit published"}'
  upload "$1" target/preview-drafts/3-moved "3-moved-after-4-published"
  grep -h "impact preview of" "$DATA/service.log" | sed "s/.*impact preview of/$1: impact preview of/" >&2 || true
  stop
}

echo "jar draft upload_ms validate_ms gate_ms impact_ms teams_checked teams_changed load(1/5/15)"
for round in $(seq 1 "$ROUNDS"); do
  if [[ -n "$BEFORE" ]]; then run before "$BEFORE"; fi
  run after "$JAR"
done
