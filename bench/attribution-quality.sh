#!/usr/bin/env bash
# Attribution quality (cited outlets, other sources, speakers) on the ANT development set, split
# into a tune half and a held-out half; the articles are read in place, never committed.
# Usage: bench/attribution-quality.sh [LABELS_JSON] [--errors] [--tune-only] [--all-tune] [--corpus=DIR]
#   --errors: the tune half's mistakes; --tune-only: do not even run the held-out half; --all-tune: every article of LABELS_JSON is tune (an extra
#   tune set kept outside the repository); --corpus=DIR: the ant-YYYYMM.zip folder (default: the
#   labels' grandparent folder)
set -euo pipefail
cd "$(dirname "$0")/.."
labels="${1:-../shared/data/ant/labels/attribution-dev.json}"
labels="$(realpath "$labels")"
./mvnw -q -B test-compile
classpath="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -cp "$classpath" bench/AttributionQuality.java "$labels" "${@:2}"
