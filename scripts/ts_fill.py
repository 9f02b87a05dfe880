"""Move translations between a Qt `.ts` catalogue and a JSON file a translator can work in.

    python scripts/ts_fill.py export translations/postdesk_de.ts /tmp/de.json [--all]
    python scripts/ts_fill.py import translations/postdesk_de.ts /tmp/de.json

`export` writes the unfinished messages (or every message with `--all`) as a list of objects:
``{"context", "source", "comment", "numerus", "forms", "translation"}``; `translation` is a string,
or for a plural message (`numerus`) a list of `forms` strings, one per plural form of the language
(German 2, Japanese 1, Arabic 6: zero, one, two, few, many, other). `import` writes the filled-in
translations back and marks them finished; it refuses a translation whose `{placeholders}` or `%n`
differ from the source's, so a translated message can never lose a value (a plural form may say the
count in words and leave out `%n` / `%Ln`).
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%\d")
#: Rich text in a message (links, bold): a translation keeps each tag with its attributes.
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
#: A keyboard shortcut marker ("&Help"); "&&" is a literal ampersand.
_MNEMONIC = re.compile(r"&(?=\S)")


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def export(ts: Path, out: Path, everything: bool) -> int:
    root = ET.parse(ts).getroot()
    rows = []
    for context, message in _messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"obsolete", "vanished"}:
            continue
        if not everything and translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        ctx, source, comment = _key(context, message)
        forms = translation.findall("numerusform")
        rows.append(
            {
                "context": ctx,
                "source": source,
                "comment": comment,
                "numerus": numerus,
                "forms": len(forms) if numerus else 1,
                "translation": [f.text or "" for f in forms] if numerus else (translation.text or ""),
            }
        )
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(rows)} messages written to {out}")
    return 0


def shortcuts(text: str) -> int:
    """How many keyboard-shortcut markers a text has ("&Help" has one; "Q&&A" has none)."""
    return len(_MNEMONIC.findall(text.replace("&&", "")))


def _problem(row: dict, source: str) -> str | None:
    wanted = placeholders(source)
    texts = row["translation"] if isinstance(row["translation"], list) else [row["translation"]]
    for text in texts:
        if not text.strip():
            return "empty translation"
        got = placeholders(text)
        # A plural form may leave out %n (Arabic's "one"/"two" forms often say the number in words).
        if got - {"%n", "%Ln"} != wanted - {"%n", "%Ln"}:
            return f"placeholders differ: source {sorted(wanted)}, translation {sorted(got)}"
        if sorted(_TAG.findall(text)) != sorted(_TAG.findall(source)):
            return "rich-text tags differ (a link or its address lost)"
        if shortcuts(text) != shortcuts(source):
            return f"keyboard shortcut markers differ: source has {shortcuts(source)}, translation {shortcuts(text)}"
        if source.endswith("…") != text.endswith("…"):
            return "a trailing … (the control opens a dialog) must be kept, and not added"
    return None


def import_(ts: Path, src: Path) -> int:
    tree = ET.parse(ts)
    root = tree.getroot()
    rows = {(r["context"], r["source"], r.get("comment", "")): r for r in json.loads(src.read_text("utf-8"))}
    filled = refused = 0
    for context, message in _messages(root):
        row = rows.get(_key(context, message))
        if row is None:
            continue
        translation = message.find("translation")
        if translation is None:
            continue
        problem = _problem(row, message.findtext("source") or "")
        if problem:
            refused += 1
            print(f"refused [{context}] {message.findtext('source')!r}: {problem}", file=sys.stderr)
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            values = row["translation"] if isinstance(row["translation"], list) else [row["translation"]]
            if len(values) != len(forms):
                refused += 1
                print(f"refused [{context}] {message.findtext('source')!r}: needs {len(forms)} forms", file=sys.stderr)
                continue
            for form, value in zip(forms, values, strict=True):
                form.text = value
        else:
            translation.text = row["translation"]
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    print(f"{filled} messages filled, {refused} refused")
    return 1 if refused else 0


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in {"export", "import"}:
        print(__doc__)
        return 2
    ts, other = Path(argv[1]), Path(argv[2])
    if argv[0] == "export":
        return export(ts, other, "--all" in argv)
    return import_(ts, other)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
