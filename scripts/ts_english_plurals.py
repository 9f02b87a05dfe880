"""Fill the English plural forms in `translations/postdesk_en.ts` (run by scripts/translations.sh).

English is the source language, so the English catalogue holds only the plural messages
(`lupdate -pluralonly`): the source says "%n post(s)", the catalogue says "%n post" and "%n posts",
as Qt's own guide to plural forms does. Forms are made by rule ("(s)" dropped or kept, "y(s)" →
"ies"); `SINGULAR` holds the sentences whose verb or pronoun changes too. A form already filled in is
kept, so a hand-made form is never overwritten.

    python scripts/ts_english_plurals.py translations/postdesk_en.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

#: Sentences whose singular changes more than the noun: source → (singular, plural).
SINGULAR: dict[str, tuple[str, str]] = {
    "%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish "
    "them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.": (
        "%n post was due while Postdesk was not running. Nothing has been sent yet. Do you want to publish "
        "it now, or skip it? A skipped post stays in your calendar, paused, so you can reschedule it.",
        "%n posts were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish "
        "them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.",
    ),
    "%n accounts need to be reconnected: their replies can't be read until you sign in again.": (
        "%n account needs to be reconnected: its replies can't be read until you sign in again.",
        "%n accounts need to be reconnected: their replies can't be read until you sign in again.",
    ),
    "%n post(s) wait in the {slot} slot.": ("%n post waits in the {slot} slot.", "%n posts wait in the {slot} slot."),
    "Repeating stopped. %n repeat(s) not yet sent were removed.": (
        "Repeating stopped. %n repeat not yet sent was removed.",
        "Repeating stopped. %n repeats not yet sent were removed.",
    ),
    "%n new replies and mentions on {label}": (
        "%n new reply or mention on {label}",
        "%n new replies and mentions on {label}",
    ),
    "%n new replies and mentions": ("%n new reply or mention", "%n new replies and mentions"),
    "%n cannot be imported as it is: see its problems below.": (
        "%n cannot be imported as it is: see its problems below.",
        "%n cannot be imported as they are: see their problems below.",
    ),
    "%n post(s) fell due while Postdesk was not running. Click to choose what to do.": (
        "%n post fell due while Postdesk was not running. Click to choose what to do.",
        "%n posts fell due while Postdesk was not running. Click to choose what to do.",
    ),
    "Imported %n post(s), scheduled where they had a time.": (
        "Imported %n post, scheduled where it had a time.",
        "Imported %n posts, scheduled where they had a time.",
    ),
    "Imported %n post(s) as drafts.": ("Imported %n post as a draft.", "Imported %n posts as drafts."),
    "This is used in %n post(s). Deleting it also removes it from them. Delete?": (
        "This is used in %n post. Deleting it also removes it from that post. Delete?",
        "This is used in %n posts. Deleting it also removes it from them. Delete?",
    ),
}


def forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a "%n thing(s)" message."""
    if source in SINGULAR:
        return SINGULAR[source]
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"([^aeiou])y\(s\)", r"\1ies", source).replace("(s)", "s")
    return singular, plural


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        numerus = translation.findall("numerusform")
        if len(numerus) != 2:
            raise SystemExit(f"{ts}: English has two plural forms, found {len(numerus)}")
        if all((f.text or "").strip() for f in numerus) and translation.get("type") != "unfinished":
            continue
        for form, text in zip(numerus, forms(message.findtext("source") or ""), strict=True):
            if not (form.text or "").strip():
                form.text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(f"{fill(Path(sys.argv[1]))} English plural messages filled")
