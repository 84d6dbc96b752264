#!/usr/bin/env bash
# Output-identity check for extraction: dumps what extraction finds in the first N SaudiNewsNet and N ANT (May 2018)
# articles and prints the dump's sha256; a change that only makes extraction faster must leave it unchanged.
# Usage: bench/extraction-digest.sh DUMP_FILE [ARTICLES_PER_CORPUS] [SAUDINEWSNET_DIR] [ANT_MONTH_ZIP]
#   DUMP_FILE holds the articles' clean text: write it to a notes folder, never into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
dump="$(realpath -m "$1")"
./mvnw -q -B test-compile
classpath="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -Xmx2g -cp "$classpath" bench/ExtractionDigest.java "${3:-../shared/data/saudinewsnet}" \
  "${4:-../shared/data/ant/ant-201805.zip}" "${2:-3000}" "$dump"
