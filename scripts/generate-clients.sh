#!/usr/bin/env bash
# Generates TypeScript (typescript-fetch) and Python clients from openapi.yaml into
# target/clients/, type-checks the TypeScript one with tsc --strict, and byte-compiles the Python
# one. Needs a JDK (openapi-generator comes from Maven Central) and Node.js with npm (the pinned
# TypeScript in scripts/contract-tools). Usage: scripts/generate-clients.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*:\1:p' pom.xml)
./mvnw -q -B dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$version" -DoutputDirectory=target/tools
generator="target/tools/openapi-generator-cli-$version.jar"
rm -rf target/clients

java -jar "$generator" generate -i openapi.yaml -g typescript-fetch -o target/clients/typescript \
  --additional-properties=supportsES6=true,withInterfaces=true >/dev/null
(cd scripts/contract-tools && npm ci --no-audit --no-fund --loglevel=error)
scripts/contract-tools/node_modules/.bin/tsc --strict --noEmit --target es2020 --lib es2020,dom \
  --module es2020 --moduleResolution node target/clients/typescript/index.ts
echo "TypeScript client: target/clients/typescript (tsc --strict: no errors)"

java -jar "$generator" generate -i openapi.yaml -g python -o target/clients/python \
  --additional-properties=packageName=parallax_client >/dev/null
python3 -m compileall -q target/clients/python/parallax_client
echo "Python client: target/clients/python (byte-compiled; install with pip install target/clients/python)"
