#!/usr/bin/env bash
# Scores the tune events again on the database bench/events-quality.sh left in target/events-quality, with the
# current build: the service is restarted on it, the stored articles are re-extracted (facets read by the current
# rules) and the comparisons read again. No article is ingested and no event created, so linking is the last run's;
# the held-out events are not read. Usage: bench/events-rescore.sh [ANT_DIR] (EVENTS_QUALITY_PORT as for the scorer)
set -euo pipefail
cd "$(dirname "$0")/.."
ant="${1:-../shared/data/ant}"
work="target/events-quality"
[ -d "$work/postgres" ] || { echo "no kept database in $work: run bench/events-quality.sh first" >&2; exit 1; }
./mvnw -q -B package -DskipTests
export PARALLAX_ADMIN_KEY=events-quality-admin-key-0123456789 # the key bench/EventsQuality.java sends
source bench/service.sh
start_service "$work" "${EVENTS_QUALITY_PORT:-18081}"
auth=(-H "Authorization: Bearer $PARALLAX_ADMIN_KEY")
curl -fs "${auth[@]}" -X POST "$base/admin/reextraction" >/dev/null
until curl -fs "${auth[@]}" "$base/admin/reextraction" | grep -q '"state":"\(done\|failed\)"'; do sleep 2; done
curl -fs "${auth[@]}" "$base/admin/reextraction" | grep -q '"state":"done"' || { echo "re-extraction failed: see $service_log" >&2; exit 1; }
java -cp "$(cat target/load-articles.classpath)" bench/EventsQuality.java "$ant/labels/events-dev.json" "$ant" "$base" rescore
