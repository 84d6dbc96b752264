#!/usr/bin/env bash
# Story discovery on the labelled ANT events (../shared/data/ant/labels/events-dev.json): loads the ANT
# articles into a fresh service (own data directory and ports 18082, 15442) in publication order, reads
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
rm -rf "$work" && mkdir -p "$work"
./mvnw -q -B package -DskipTests
classpath="$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
PARALLAX_EMBEDDED_POSTGRES_DATA_DIR="$work/postgres" PARALLAX_EMBEDDED_POSTGRES_PORT=15442 QUARKUS_HTTP_PORT=18082 \
  PARALLAX_DEMO_LOAD=never PARALLAX_ADMIN_KEY=stories-quality-admin-key-0123456789 PARALLAX_RATE_LIMIT_KEY_PER_MINUTE=1000000 \
  java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service' EXIT
until curl -sf http://localhost:18082/q/health/ready > /dev/null; do sleep 2; done
java -cp "$classpath" bench/StoriesQuality.java "$ant/labels/events-dev.json" "$ant" http://localhost:18082 "$scope"
