#!/usr/bin/env bash
# Ingest throughput end to end, on real ANT articles (read in place from ../shared, never
# committed), against a service started here on a fresh embedded PostgreSQL (port 18090 or INGEST_PORT, data in
# target/bench-ingest). In one run, with the same texts and the same number of clients:
#   1. POST /extract (extraction only, nothing stored): the baseline;
#   2. POST /articles, one article per request;
#   3. POST /articles/batch with the next articles, 500 per request.
# Then an event is created on the loaded database (answer time, and time until its linking job
# is done), and the service's peak RSS is printed. Figures: docs/benchmarks.md.
# Usage: bench/ingest.sh [ARTICLES=10000] [CLIENTS=8] [BATCH_ARTICLES=10000]   (0: no batch step)
# CORPUS=DIR reads another folder of ANT or SaudiNewsNet zips (e.g. links to both corpora's zips).
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-10000}"
clients="${2:-8}"
batch_articles="${3:-10000}"
work="target/bench-ingest"
rm -rf "$work"
./mvnw -q -B package -DskipTests
export PARALLAX_ADMIN_KEY="bench-ingest-admin-key-0123456789"
source bench/service.sh
start_service "$work" "${INGEST_PORT:-18090}" # another port when another checkout runs it too
peak_rss() { awk '/VmHWM/ {print int($2/1024) " MiB"}' "/proc/$service/status"; }

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
echo "== 1. POST /extract, $articles articles, $clients clients (baseline: extraction only)"
before=$(cpu_now)
load --mode extract --clients "$clients" --limit "$articles" --report-every "$articles"
cpu_since "$before"
top_statements
echo "== 2. POST /articles, the same $articles articles, $clients clients"
before=$(cpu_now)
load --mode articles --clients "$clients" --limit "$articles" --report-every "$(( articles < 10000 ? articles : 10000 ))"
cpu_since "$before"
top_statements
if [ "$batch_articles" -gt 0 ]; then
  echo "== 3. POST /articles/batch, the next $batch_articles articles, 500 per request, 2 clients"
  before=$(cpu_now)
  load --mode batch --clients 2 --batch-size 500 --skip "$articles" --limit "$batch_articles" --report-every "$batch_articles"
  cpu_since "$before"
  top_statements
fi
create_event
echo "== service peak RSS: $(peak_rss); load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
