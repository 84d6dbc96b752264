#!/usr/bin/env bash
# The people the ANT corpus quotes most and the outlets it cites most, counted with the product's
# extraction: the candidates registry/people.json and registry/outlets.json were written from.
# Usage: bench/registry-candidates.sh [CORPUS_DIR] [TOP]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/data/ant}"
./mvnw -q -B test-compile
classpath="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -cp "$classpath" bench/RegistryCandidates.java "$corpus" "${2:-600}"
