#!/usr/bin/env bash
# Times the draft round trip (upload: validation, scenario gate, impact preview over every stored team) against a
# running jar whose data directory already holds N stored teams (made by PreviewFigures#fill, through the store's
# batch insert), for each draft table PreviewFigures#drafts wrote; then publishes the first draft and uploads the
# second again, so that no stored result comes from the active version any more.
# Usage: docs/bench/preview.sh JAR DATA_DIR [ROUNDS]   (from the repository root; see docs/BENCHMARKS.md)
set -euo pipefail
JAR=$1
SOURCE=$2
ROUNDS=${3:-2}
PORT=18081
DATA=$(mktemp -d -p target preview-run-XXXX)
cp -r "$SOURCE"/. "$DATA"/ # the fixture stays as it was: drafts and publishes write to the copy
MATURITY_ADMIN_PASSWORD=bench-admin java -Xmx2g -jar "$JAR" --server.port=$PORT --maturity.data-dir="$DATA" \
  > "$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf http://localhost:$PORT/api/models > /dev/null; do sleep 0.5; done
TOKEN=$(curl -sf -u admin:bench-admin -H 'Content-Type: application/json' \
  -d '{"name": "bench", "role": "admin", "expiresInDays": 1}' http://localhost:$PORT/api/tokens \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
AUTH="Authorization: Bearer $TOKEN"

# upload DIR: prints the draft's name, the wall time of the upload, the report's own timings and its counts
upload() {
  local table
  table=$(ls "$1")
  local start end report
  start=$(date +%s%N)
  report=$(curl -sf -H "$AUTH" -F "file=@$1/$table;filename=$table" "http://localhost:$PORT/api/rulesets/drafts?comment=bench")
  end=$(date +%s%N)
  echo "$report" > "$DATA/last-report.json"
  echo "$(basename "$1") $(( (end - start) / 1000000 )) $(python3 -c 'import json,sys; r=json.load(sys.stdin); t=r["timings"]; i=r["impact"]; print(t["validateMs"], t["gateMs"], t["impactMs"], i["teamsChecked"], len(i["teams"]), len(i["scenarios"]))' < "$DATA/last-report.json") $(cut -d' ' -f1 /proc/loadavg)"
}

echo "draft upload_ms validate_ms gate_ms impact_ms teams_checked teams_changed scenarios_changed load1"
for round in $(seq 1 "$ROUNDS"); do
  for draft in target/preview-drafts/*/; do
    upload "${draft%/}"
  done
done
upload target/preview-drafts/1-wording > /dev/null
seq=$(python3 -c 'import json; print(json.load(open("'"$DATA"'/last-report.json"))["seq"])')
curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{}' "http://localhost:$PORT/api/rulesets/$seq/publish" > /dev/null
echo "(1-wording published: no stored result is from the active version now)"
upload target/preview-drafts/2-stricter
grep -h "impact preview of" "$DATA/service.log" | sed 's/.*impact preview of/impact preview of/' || true
