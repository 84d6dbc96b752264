#!/usr/bin/env bash
# A corpus at scale for the read benchmarks (bench/load.sh), in its own embedded PostgreSQL
# (data in ${BENCH_CORPUS_DIR:-target/bench-corpus}, port ${BENCH_PORT:-18091}; reused by later runs):
#   1. SEED_ARTICLES real ANT articles (../shared/data/ant, read in place, never committed) go
#      through POST /articles/batch, so every derived column is what the product computes;
#   2. bench/GenerateCorpus.java resamples them, in SQL, into ARTICLES articles with new URLs,
#      40 outlets, dates over 12 months and event clusters of 5 to 200 articles (see its Javadoc),
#      reproducibly from SEED. Each stage is skipped when the database already holds it.
# Usage: bench/corpus.sh [ARTICLES=1000000] [SEED_ARTICLES=20000] [SEED=13]
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-1000000}"
seed_articles="${2:-20000}"
seed="${3:-13}"
source bench/service.sh
start_service "${BENCH_CORPUS_DIR:-target/bench-corpus}" "${BENCH_PORT:-18091}"
existing=$(curl -fs "$base/stats/overview" | sed -E 's/.*"articles":([0-9]+).*/\1/')
if [ "$existing" -lt "$seed_articles" ]; then
  echo "== 1. $seed_articles real ANT articles through POST /articles/batch"
  load --mode batch --clients 2 --batch-size 500 --skip "$existing" --limit "$(( seed_articles - existing ))" --report-every 5000
fi
echo "== 2. resample into $articles articles (seed $seed)"
java -Xmx1g -cp "$(cat target/load-articles.classpath)" bench/GenerateCorpus.java \
  "jdbc:postgresql://127.0.0.1:$(pg_port)/parallax" "$articles" "$seed"
