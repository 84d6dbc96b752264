#!/usr/bin/env bash
# Story discovery on the labelled ANT events (../shared/data/ant/labels/events-dev.json): loads the ANT
# articles into a fresh service (own data directory, port 18082) in publication order, reads
# GET /stories?minOutlets=1, and prints B-cubed and pairwise P/R/F1 against the labelled events beside the
# baseline "one story per publication day", for the tune and the held-out half of the events.
# Results: docs/stories.md. Usage: bench/stories-quality.sh [ANT_DIR] [windows|labelled]
#   windows (default): every article published inside one of the ten events' windows (about 10,000)
#   labelled: only the articles the labels name (core, related, distractors, passing; about 1,100)
# Extra service settings pass through the environment (e.g. PARALLAX_STORIES_THRESHOLD=0.25).
set -euo pipefail
cd "$(dirname "$0")/.."
ant="${1:-../shared/data/ant}"
scope="${2:-windows}"
work="target/stories-quality"
rm -rf "$work"
./mvnw -q -B package -DskipTests
export PARALLAX_ADMIN_KEY=stories-quality-admin-key-0123456789 # the key bench/StoriesQuality.java sends
source bench/service.sh
start_service "$work" "${STORIES_QUALITY_PORT:-18082}" # another port when another checkout runs it too
java -cp "$(cat target/load-articles.classpath)" bench/StoriesQuality.java "$ant/labels/events-dev.json" "$ant" "$base" "$scope"
