#!/usr/bin/env bash
# Issue 15 as it is checked: events nobody wrote rules for, created by hand on a fresh database loaded with real
# multi-outlet coverage. Loads ZIP (ANT articles, read in place, never committed) into a service started here
# (data in target/unseen-events, port ${PORT:-18097}), creates each event of EVENTS (a JSON list of POST /events bodies),
# waits for its linking job, and prints the linked articles (kind, score, title, reasons, URL: a scorer maps it to the docno) and the comparison's facts (one
# summary line each), then posts the first event again (a duplicate: expected 409). Needs jq (installed when missing).
# Usage: bench/unseen-events.sh [ZIP=../shared/data/ant/ant-201805.zip] [EVENTS=bench/unseen-events-2018-05.json]
# (ZIP may be a folder: every zip in it is loaded, e.g. a few days of SaudiNewsNet linked from ../shared/data/saudinewsnet)
set -euo pipefail
cd "$(dirname "$0")/.."
zip="$(realpath "${1:-../shared/data/ant/ant-201805.zip}")"
events="${2:-bench/unseen-events-2018-05.json}"
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
rm -rf target/unseen-events
./mvnw -q -B package -DskipTests
source bench/service.sh
start_service target/unseen-events "${PORT:-18097}"
corpus="$zip" load --mode batch --clients 2 --batch-size 200 --report-every 100000
auth=(-H "Authorization: Bearer $PARALLAX_ADMIN_KEY")
for i in $(seq 0 $(( $(jq length "$events") - 1 ))); do
  body=$(jq -c ".[$i]" "$events")
  id=$(curl -fs "${auth[@]}" -H 'Content-Type: application/json' -X POST "$base/events" -d "$body" | jq .id)
  until curl -fs "$base/events/$id" | jq -e '.linking.state == "done" or .linking.state == "failed"' >/dev/null; do sleep 2; done
  echo "== event $id: $(jq -r .title <<< "$body"), linking $(curl -fs "$base/events/$id" | jq -c '.linking | {state, examined, linked}')"
  page="$base/events/$id/articles?limit=200"
  while [ -n "$page" ]; do # every page: an event may link more than 200 articles
    items=$(curl -fs "$page")
    jq -r '.items[] | "  \(.kind) \((.score // 0) * 100 | round / 100) | \(.article.title) | \(.reasons | join("; ")) | \(.article.url)"' <<< "$items"
    cursor=$(jq -r '.next // "" | capture("cursor=(?<c>[^&]+)").c // ""' <<< "$items")
    page=${cursor:+$base/events/$id/articles?limit=200&cursor=$cursor}
  done
  curl -fs "$base/events/$id/comparison" | jq -r '.facets[] | "  fact \(.key) [\(.kind), \(.agreement)]: \(.summary)"'
done
echo "== the first event again: HTTP $(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
  -X POST "$base/events" -d "$(jq -c '.[0]' "$events")") (409: refused as a duplicate)"
