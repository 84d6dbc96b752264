#!/usr/bin/env bash
# The test command (README, .ci/run): the whole suite, ./mvnw verify. The browser tests
# (news.parallax.ui.BrowserTest) drive Debian's headless Chromium through chromedriver, and
# TwoInstancesIT puts one of its two instances behind Debian's PgBouncer; when they are missing
# this installs them first with apt-get (as root, or through sudo), so that a fresh machine with
# only a JDK 17 runs everything. Extra arguments go to Maven (e.g. -Dtest=BrowserTest).
set -euo pipefail
cd "$(dirname "$0")/.."

# install_debian <what needs them> <package>...
install_debian() {
  local why="$1"
  shift
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "$why needs the Debian packages $*; install them as root:" >&2
      echo "  apt-get install -y $*" >&2
      exit 1
    fi
    as_root=(sudo)
  fi
  echo "Installing $* (Debian packages) for $why ..."
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  install_debian "the browser tests" chromium chromium-driver fonts-dejavu-core
fi
if [ ! -x /usr/sbin/pgbouncer ]; then
  install_debian "TwoInstancesIT" pgbouncer
fi
exec ./mvnw --batch-mode --no-transfer-progress verify "$@"
