#!/usr/bin/env bash
# Query plans of claim search on generated data: starts Parallax on its own embedded database
# (in /tmp, demo corpus off), fills it with CLAIMS generated claims (default 1,000,000) and
# prints EXPLAIN (ANALYZE, BUFFERS) of the search and related-claims queries.
# Usage: bench/search-plans.sh [CLAIMS] [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
claims="${1:-1000000}"
corpus="${2:-../shared/data/saudinewsnet}"
data="${TMPDIR:-/tmp}/parallax-bench-postgres"
./mvnw -q -B package -DskipTests
classpath="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
log="$(mktemp)"
PARALLAX_EMBEDDED_POSTGRES_DATA_DIR="$data" PARALLAX_DEMO_LOAD=never QUARKUS_HTTP_PORT=18080 \
  java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
service=$!
trap 'kill $service; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf http://127.0.0.1:18080/q/health/ready >/dev/null && break
  sleep 1
done
port="$(grep -o 'embedded PostgreSQL on 127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2)"
java -Xmx2g -cp "$classpath" bench/GenerateClaims.java "jdbc:postgresql://127.0.0.1:$port/parallax" "$corpus" "$claims"
