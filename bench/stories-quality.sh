#!/usr/bin/env bash
# Story discovery on the labelled ANT events (../shared/data/ant/labels/events-dev.json): loads the ANT
# articles into a fresh service (own data directory, port 18082) in publication order, reads
# GET /stories?minOutlets=1, and prints B-cubed and pairwise P/R/F1 against the labelled events beside the
# baseline "one story per publication day", for the tune and the held-out half of the events.
# Results: docs/stories.md. Usage: bench/stories-quality.sh [ANT_DIR] [windows|labelled] [--extra-tune=FILE ...] [--held-out-lines]
#   windows (default): every article published inside one of the ten events' windows (about 10,000)
#   labelled: only the articles the labels name (core, related, distractors, passing; about 1,100)
#   --extra-tune=FILE: more tune events, in the format of events-dev.json; their windows (or labelled articles)
#     are loaded too, and they are scored in rows of their own ("new tune", and "tune + new" with the tune half),
#     with only tune labels as gold; the rows of the ten events are scored as without them. May be given several
#     times: "new tune" is then every file's events, and each file also gets a row ("new: FILE")
#   --tune-only: no held-out rows (for runs and replays that decide something; held-out totals are read once)
#   --held-out-lines: also print the held-out events' lines (by default only tune events get one: the held-out
#     half is read as totals)
# Leaves in target/stories-quality: articles.tsv (docno, article id, story read) and story_article.tsv (the
# signatures the service stored, with each article's publication time), which bench/stories-replay.sh replays discovery over.
# Extra service settings pass through the environment (e.g. PARALLAX_STORIES_THRESHOLD=0.25).
set -euo pipefail
cd "$(dirname "$0")/.."
ant="${1:-../shared/data/ant}"
scope="${2:-windows}"
shift $(( $# < 2 ? $# : 2 ))
work="target/stories-quality"
rm -rf "$work"
./mvnw -q -B package -DskipTests
export PARALLAX_ADMIN_KEY=stories-quality-admin-key-0123456789 # the key bench/StoriesQuality.java sends
source bench/service.sh
start_service "$work" "${STORIES_QUALITY_PORT:-18082}" # another port when another checkout runs it too
env | grep '^PARALLAX_STORIES_' || true
java -cp "$(cat target/load-articles.classpath)" bench/StoriesQuality.java "$ant/labels/events-dev.json" "$ant" "$base" "$scope" \
  --out="$work" --jdbc="jdbc:postgresql://127.0.0.1:$(pg_port)/parallax?user=postgres" "$@"
sql "COPY (SELECT s.article_id, s.story_id, s.day, array_to_string(s.terms || s.keys, E'\\x1f'), extract(epoch FROM a.published_at)::bigint
  FROM story_article s JOIN article a ON a.id = s.article_id ORDER BY s.article_id) TO STDOUT" \
  > "$work/story_article.tsv"
