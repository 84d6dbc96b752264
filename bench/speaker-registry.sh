#!/usr/bin/env bash
# Registry hygiene as issue 14 checks it: loads real ANT articles (read in place from ../shared,
# never committed) through POST /articles into a service started here on a fresh embedded
# PostgreSQL (127.0.0.1:$PORT, default 18095, data in target/bench-speakers), then prints the $TOP (default 30) most-quoted
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
start_service "$work" "${PORT:-18095}"
echo "== POST /articles, $articles ANT articles, $clients clients"
load --mode articles --clients "$clients" --limit "$articles" --report-every "$articles"
# the stats rollups are current within about a second on an idle machine; wait (at most a minute) until they count every article
stored=$(sql 'SELECT count(*) FROM article')
for _ in $(seq 1 60); do
  [ "$(curl -fs "$base/stats/overview" | jq .articles)" = "$stored" ] && break
  sleep 1
done
top="${TOP:-30}"
echo "== the $top most-quoted speakers (claims, publishers, name, role)"
curl -fs "$base/stats/speakers?limit=$top" | jq -r '.speakers[] | [.claims, (.outlets | length), .speaker.id, .speaker.name] | @tsv' \
  | while IFS=$'\t' read -r claims outlets id name; do
      printf '%5s %3s  %s  | %s\n' "$claims" "$outlets" "$name" "$(curl -fs "$base/speakers/$id" | jq -r '.role // ""')"
    done
echo "== the 15 most cited typed mentions (citations, claims, kind, text as written)"
curl -fs "$base/stats/mentions?limit=15" 2>/dev/null | jq -r '.mentions[] | "\(.citations) \(.claims) \(.mention.kind) \(.mention.text)"'
echo "== the $top most-quoted speakers counted in PostgreSQL (exact even while the rollups lag): claims, name, role"
sql "SELECT count(c.id), s.name, coalesce(s.role, '') FROM speaker s JOIN claim c ON c.speaker_id = s.id
     GROUP BY s.id ORDER BY count(c.id) DESC, s.name LIMIT $top" -F ' | '
one_word="$work/one-word-speakers.tsv" # every one-word speaker extraction created, by claims
sql "SELECT count(c.id), s.name, coalesce(s.role, '') FROM speaker s LEFT JOIN claim c ON c.speaker_id = s.id
     WHERE s.creation_key IS NOT NULL AND s.name !~ '\s' GROUP BY s.id ORDER BY count(c.id) DESC, s.name" -F $'\t' -o "$one_word"
echo "== the 40 one-word speakers extraction created, by claims (claims, name, role): the common words issue 14 is about"
head -40 "$one_word" | sed 's/\t/ | /g'
echo "== one-word speakers extraction created (all of them in $one_word): $(wc -l < "$one_word")"
echo "== speakers in the registry: $(sql 'SELECT count(*) FROM speaker'), \
of which extraction created $(sql 'SELECT count(*) FROM speaker WHERE creation_key IS NOT NULL'); \
articles stored $stored; /stats/overview: $(curl -fs "$base/stats/overview" | jq -c '{articles, claims, speakers, outlets}')"
