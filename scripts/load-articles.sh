#!/usr/bin/env bash
# Loads a folder of ANT zips, SaudiNewsNet zips or .txt files into a running Parallax (see
# scripts/LoadArticles.java for the options). Builds the project once to put Jackson on the class path.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/load-articles.classpath ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/load-articles.classpath >/dev/null
fi
exec java -Xmx4g -cp "$(cat target/load-articles.classpath)" scripts/LoadArticles.java "$@"
