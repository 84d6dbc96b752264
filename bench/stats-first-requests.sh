#!/usr/bin/env bash
# The first request of each whole-range stats answer after a start, before any answer is kept in memory
# (bench/load.sh measures the kept ones): three restarts of the service on the corpus of bench/corpus.sh.
# Usage: bench/stats-first-requests.sh   (data in ${BENCH_CORPUS_DIR:-target/bench-corpus}, port ${BENCH_PORT:-18091})
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
for round in 1 2 3; do
  start_service "${BENCH_CORPUS_DIR:-target/bench-corpus}" "${BENCH_PORT:-18091}"
  until [ "$(sql "SELECT count(*) FROM stats_change")" = 0 ]; do sleep 5; done
  for path in stats/mentions stats/speakers stats/citations "stats/mentions?kind=institution"; do
    curl -s -o /dev/null -w "round $round $path %{http_code} %{time_total}s\n" "$base/$path"
  done
  kill "$service"; wait "$service" 2>/dev/null || true
done
