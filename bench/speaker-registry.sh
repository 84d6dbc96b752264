#!/usr/bin/env bash
# Registry hygiene as issue 14 checks it: loads real ANT articles (read in place from ../shared,
# never committed) through POST /articles into a service started here on a fresh embedded
# PostgreSQL (127.0.0.1:18095, data in target/bench-speakers), then prints the 30 most-quoted
# speakers of GET /stats/speakers (claims, publishers quoting them, name, role) and how many
# speakers extraction created and the 15 most cited typed mentions (GET /stats/mentions), so that
# what is not a person can be counted by reading the lists.
# Usage: bench/speaker-registry.sh [ARTICLES=3000] [CLIENTS=4]
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-3000}"
clients="${2:-4}"
work="target/bench-speakers"
rm -rf "$work"
./mvnw -q -B -o package -DskipTests
source bench/service.sh
start_service "$work" 18095
echo "== POST /articles, $articles ANT articles, $clients clients"
load --mode articles --clients "$clients" --limit "$articles" --report-every "$articles"
sleep 3 # the stats rollups are current within about a second
echo "== the 30 most-quoted speakers (claims, publishers, name, role)"
curl -fs "$base/stats/speakers?limit=30" | jq -r '.speakers[] | [.claims, (.outlets | length), .speaker.id, .speaker.name] | @tsv' \
  | while IFS=$'\t' read -r claims outlets id name; do
      printf '%5s %3s  %s  | %s\n' "$claims" "$outlets" "$name" "$(curl -fs "$base/speakers/$id" | jq -r '.role // ""')"
    done
echo "== the 15 most cited typed mentions (citations, claims, kind, text as written)"
curl -fs "$base/stats/mentions?limit=15" 2>/dev/null | jq -r '.mentions[] | "\(.citations) \(.claims) \(.mention.kind) \(.mention.text)"'
echo "== speakers in the registry: $(curl -fs "$base/stats/overview" | jq -c '{articles, claims, speakers, outlets}')"
