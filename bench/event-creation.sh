#!/usr/bin/env bash
# Creating an event on a database that is already loaded (e.g. the million-article corpus of
# bench/corpus.sh): starts the service on DATA_DIR, times POST /events and its background linking.
# Usage: bench/event-creation.sh DATA_DIR [PORT=18097]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
start_service "$1" "${2:-18097}"
create_event
