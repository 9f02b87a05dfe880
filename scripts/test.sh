#!/usr/bin/env bash
# Install everything the tests need (Debian packages, Python packages, npm packages of the local
# test servers) and run the whole test suite. Safe to run again: installs are idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  grep -hv '^#' scripts/apt-packages.txt scripts/apt-test-packages.txt \
    | xargs apt-get install -y -qq --no-install-recommends >/dev/null
  if ! command -v npm >/dev/null 2>&1; then
    apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# Local test servers (a real OAuth server, ...) are npm projects under tests/servers/.
for lock in tests/servers/*/package-lock.json; do
  [ -e "$lock" ] || continue
  (cd "$(dirname "$lock")" && npm ci --no-audit --no-fund --loglevel=error)
done
.venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
