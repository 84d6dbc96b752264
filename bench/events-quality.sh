#!/usr/bin/env bash
# Event linking and fact line-up on the labelled ANT events (../shared/data/ant/labels/events-dev.json):
# ingests the labelled articles into a fresh service (own data directory and ports 18081, 15441),
# creates the ten events afterwards, and prints per-event linking P/R, distractors linked, labelled
# figure differences surfaced and false disagreements, for the tune and the held-out part.
# Results: docs/comparison.md. Usage: bench/events-quality.sh [ANT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
ant="${1:-../shared/data/ant}"
work="target/events-quality"
rm -rf "$work" && mkdir -p "$work"
./mvnw -q -B package -DskipTests
classpath="$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
PARALLAX_EMBEDDED_POSTGRES_DATA_DIR="$work/postgres" PARALLAX_EMBEDDED_POSTGRES_PORT=15441 QUARKUS_HTTP_PORT=18081 \
  PARALLAX_DEMO_LOAD=never PARALLAX_ADMIN_KEY=events-quality-admin-key-0123456789 PARALLAX_RATE_LIMIT_KEY_PER_MINUTE=1000000 \
  java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service' EXIT
until curl -sf http://localhost:18081/q/health/ready > /dev/null; do sleep 2; done
java -cp "$classpath" bench/EventsQuality.java "$ant/labels/events-dev.json" "$ant" http://localhost:18081
