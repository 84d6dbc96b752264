#!/usr/bin/env bash
# Extraction throughput on one core over the SaudiNewsNet corpus (read in place, never committed).
# Usage: bench/extraction-throughput.sh [CORPUS_DIR] [ARTICLES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/data/saudinewsnet}"
./mvnw -q -B test-compile
classpath="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
pin=()
if command -v taskset >/dev/null; then
  pin=(taskset -c 0) # one core for the measured thread and the JVM's own threads alike
fi
exec "${pin[@]}" java -XX:ActiveProcessorCount=1 -Xmx2g -cp "$classpath" bench/ExtractionThroughput.java \
  "$corpus" "${2:-5000}" "${3:-5}"
