#!/usr/bin/env bash
# Generates src/main/resources/extraction/ar/common-words.txt (common Arabic words that are no
# personal name) from corpus statistics of SaudiNewsNet, read in place, never committed; rules and
# thresholds in bench/CommonWords.java and docs/extraction.md.
# Usage: bench/common-words.sh [CORPUS_DIR] [OUTPUT] [PROBE_WORD...]  (probe words print their counts)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/data/saudinewsnet}"
output="${2:-src/main/resources/extraction/ar/common-words.txt}"
./mvnw -q -B -o compile
classpath="target/classes:$(./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec java -Xmx3g -cp "$classpath" bench/CommonWords.java "$corpus" "$output" "${@:3}"
