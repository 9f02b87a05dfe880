#!/usr/bin/env bash
# Refresh the translation catalogues from the source (lupdate) and compile them (lrelease).
#
#   scripts/translations.sh            refresh every translations/postdesk_<locale>.ts, then compile
#   scripts/translations.sh --compile  compile only (what the build does; see setup.py)
#
# translations/postdesk_<locale>.ts are the source of truth; the compiled .qm files go into
# src/postdesk/translations/ (package data) and are never committed. A new language: create
# translations/postdesk_<locale>.ts holding only `<TS version="2.1" language="<locale>"></TS>`
# (the language attribute decides how many plural forms lupdate makes), then run this script.
# translations/postdesk_en.ts holds only the English plural forms, filled by scripts/ts_english_plurals.py.
# tests/unit/test_i18n_catalogues.py fails when a catalogue is not refreshed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
if [[ "${1:-}" != "--compile" ]]; then
  # The files lupdate reads: every module that words something for the user (tests/unit/test_i18n_catalogues.py
  # reads the same list from here).
  mapfile -t sources < <(find src/postdesk/ui src/postdesk/app.py -name '*.py' | sort)
  for ts in translations/postdesk_*.ts; do
    # English is the source language: its catalogue holds only the plural forms ("%n post" / "%n posts").
    only=()
    [[ "$ts" == translations/postdesk_en.ts ]] && only=(-pluralonly)
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations relative "${only[@]}" "${sources[@]}" -ts "$ts"
  done
  "$BIN/python" scripts/ts_english_plurals.py translations/postdesk_en.ts
fi
mkdir -p src/postdesk/translations
for ts in translations/postdesk_*.ts; do
  name=$(basename "$ts" .ts)
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "src/postdesk/translations/$name.qm"
done
