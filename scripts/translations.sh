#!/usr/bin/env bash
# Refresh the translation catalogues from the source (lupdate) and compile them (lrelease).
# translations/postdesk_<locale>.ts are the source of truth; the compiled .qm files go into
# src/postdesk/translations/ (package data) and are never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
mapfile -t sources < <(find src/postdesk/ui src/postdesk/app.py -name '*.py' | sort)
for ts in translations/postdesk_*.ts; do
  "$BIN/pyside6-lupdate" -no-obsolete "${sources[@]}" -ts "$ts"
done
mkdir -p src/postdesk/translations
for ts in translations/postdesk_*.ts; do
  name=$(basename "$ts" .ts)
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "src/postdesk/translations/$name.qm"
done
