#!/usr/bin/env bash
# The test command (README, .ci/run): the whole suite, ./mvnw verify. The browser tests
# (news.parallax.ui.BrowserTest) drive Debian's headless Chromium through chromedriver; when either
# is missing this installs them first with apt-get (as root, or through sudo), so that a fresh
# machine with only a JDK 17 runs everything. Extra arguments go to Maven (e.g. -Dtest=BrowserTest).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null; then
    as_root=(sudo)
  else
    echo "The browser tests need Debian's chromium and chromium-driver; install them as root:" >&2
    echo "  apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
  echo "Installing chromium and chromium-driver (Debian packages) for the browser tests ..."
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver fonts-dejavu-core >/dev/null
fi
# TwoInstancesIT puts one of its two instances behind a transaction-pooling PgBouncer (Debian's package).
if [ ! -x /usr/sbin/pgbouncer ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null; then
    as_root=(sudo)
  else
    echo "TwoInstancesIT needs Debian's pgbouncer; install it as root: apt-get install -y pgbouncer" >&2
    exit 1
  fi
  echo "Installing pgbouncer (Debian package) for TwoInstancesIT ..."
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pgbouncer >/dev/null
fi
exec ./mvnw --batch-mode --no-transfer-progress verify "$@"
