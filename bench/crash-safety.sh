#!/usr/bin/env bash
# Crash safety: concurrent idempotent article posts while PostgreSQL, then the service, are
# killed with SIGKILL at random moments; afterwards every acknowledged article must be stored
# exactly once. Uses its own data directory and ports (18080, 15439); results: docs/reliability.md.
# Usage: bench/crash-safety.sh [ROUNDS=20] [WORKERS=4]
set -euo pipefail
cd "$(dirname "$0")/.."
work="target/crash-safety"
rm -rf "$work"
./mvnw -q -B package -DskipTests
exec java bench/CrashSafety.java "$work" "${1:-20}" "${2:-4}"
