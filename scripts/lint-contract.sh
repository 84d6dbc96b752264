#!/usr/bin/env bash
# Lints openapi.yaml with Spectral (spectral:oas + OWASP ruleset, scripts/contract-tools/.spectral.yaml); fails on errors.
# Needs Node.js and npm; the tool versions are pinned in scripts/contract-tools/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd scripts/contract-tools && npm ci --no-audit --no-fund --loglevel=error)
scripts/contract-tools/node_modules/.bin/spectral lint openapi.yaml --ruleset scripts/contract-tools/.spectral.yaml \
  --fail-severity error --display-only-failures
