#!/usr/bin/env bash
# Install Postdesk into ./.venv (with the Debian libraries Qt needs, on Debian/Ubuntu) and start it.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  grep -v '^#' scripts/apt-packages.txt | xargs apt-get install -y -qq --no-install-recommends >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/postdesk "$@"
