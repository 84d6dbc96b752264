#!/usr/bin/env bash
# Event linking and fact line-up on the labelled ANT events (../shared/data/ant/labels/events-dev.json):
# ingests the labelled articles into a fresh service (own data directory, port 18081),
# creates the ten events afterwards, and prints per-event linking P/R, distractors linked, labelled
# figure differences surfaced and false disagreements, for the tune and the held-out part.
# Results: docs/comparison.md. Usage: bench/events-quality.sh [ANT_DIR] [events-first]
# (EVENTS_QUALITY_LABELS=FILE: another labels file in the same format, e.g. an extra tune set; all its events are tune)
# (events-first: the events are created before the coverage is ingested, the order in which ingest links)
# The tune events' comparisons are kept in target/events-quality/comparisons/ (the held-out ones are not written).
set -euo pipefail
cd "$(dirname "$0")/.."
ant="${1:-../shared/data/ant}"
work="target/events-quality"
rm -rf "$work"
./mvnw -q -B package -DskipTests
export PARALLAX_ADMIN_KEY=events-quality-admin-key-0123456789 # the key bench/EventsQuality.java sends
source bench/service.sh
start_service "$work" "${EVENTS_QUALITY_PORT:-18081}" # another port when another checkout runs it too
java -cp "$(cat target/load-articles.classpath)" bench/EventsQuality.java "${EVENTS_QUALITY_LABELS:-$ant/labels/events-dev.json}" "$ant" "$base" ${2:-}
