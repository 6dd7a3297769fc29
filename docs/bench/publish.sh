#!/usr/bin/env bash
# Times the analyst's loop against the running service: upload an edited shipped table as a draft (validation,
# scenario gate over every shipped scenario, impact preview over every stored team and scenario), then publish it.
# Usage: docs/bench/publish.sh [teams] [rounds]   (from the repository root, after ./mvnw -DskipTests package)
set -euo pipefail
TEAMS=${1:-200}
ROUNDS=${2:-10}
PORT=18080
DATA=$(mktemp -d)
EDITED=src/test/resources/libreoffice/edited/microsoft-mlops.drl.xlsx
SHIPPED=rules/microsoft-mlops.drl.xlsx
MATURITY_ADMIN_PASSWORD=bench-admin java -jar target/maturity-advisor.jar --server.port=$PORT --maturity.data-dir="$DATA" \
  > "$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE; rm -rf "$DATA"' EXIT
until curl -sf http://localhost:$PORT/api/models > /dev/null; do sleep 0.5; done
# one API token (hashed with SHA-256 on each use) instead of Basic (bcrypt on each request) for the loop
TOKEN=$(curl -sf -u admin:bench-admin -H 'Content-Type: application/json' \
  -d '{"name": "bench", "role": "admin", "expiresInDays": 1}' http://localhost:$PORT/api/tokens \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
AUTH="Authorization: Bearer $TOKEN"
for i in $(seq 1 "$TEAMS"); do
  curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d "{\"id\": \"team-$i\", \"name\": \"Payments ML\"}" \
    http://localhost:$PORT/api/teams > /dev/null
  curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d @docs/examples/team.json \
    http://localhost:$PORT/api/teams/team-$i/assessments > /dev/null
done
echo "round upload_ms (validate gate impact) publish_ms total_ms"
for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 )); then TABLE=$EDITED; else TABLE=$SHIPPED; fi
  start=$(date +%s%N)
  report=$(curl -sf -H "$AUTH" -F "file=@$TABLE;filename=microsoft-mlops.drl.xlsx" \
    "http://localhost:$PORT/api/rulesets/drafts?comment=bench")
  uploaded=$(date +%s%N)
  seq=$(echo "$report" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["seq"])')
  timings=$(echo "$report" | python3 -c 'import json,sys; t=json.load(sys.stdin)["timings"]; print(t["validateMs"], t["gateMs"], t["impactMs"])')
  curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{}' \
    http://localhost:$PORT/api/rulesets/$seq/publish > /dev/null
  done_=$(date +%s%N)
  echo "$round $(( (uploaded - start) / 1000000 )) ($timings) $(( (done_ - uploaded) / 1000000 )) $(( (done_ - start) / 1000000 ))"
done
