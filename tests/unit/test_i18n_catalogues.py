"""The translation catalogues hold exactly what the source marks, and every string can be found.

- lupdate, run over the source into a temporary copy of each catalogue, adds nothing: no marked
  string is missing from `translations/*.ts`, and no catalogue keeps an obsolete or vanished entry;
- every translated message keeps its source's placeholders (`scripts/ts_fill.py`'s own check);
- one placeholder style: `{name}` with str.format, `%n` (or `%Ln`, the count in the locale's digits)
  only for plural counts (no `%1`);
- nothing hides a string from lupdate or sends it to the wrong context: no `tr = translate`
  alias (a bare `translate` alias is read), no `tr(variable)`, no `other.tr(...)` (lupdate names
  the context "other"), no `self.tr` in a class that a Postdesk class derives from (PySide looks
  the context up by the subclass's name, so the base class's strings would never be translated), no
  plural through `QCoreApplication.translate(context, text, "", n)` (lupdate drops it or loses its
  plural forms: `ui/i18n.plural_context` says why; a count outside a QObject uses `Context.tr`).

When this fails after a string changed: run `scripts/translations.sh` and commit the catalogues.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "postdesk"
TRANSLATIONS = REPO / "translations"
LANGUAGES = {"de", "fr", "es", "pt_BR", "ja", "ar"}
#: Plural forms per language, as Qt's numerus rules give them (German 2, Japanese 1, Arabic 6 ...).
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "pt_BR": 2, "ja": 1, "ar": 6}


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def _sources() -> list[str]:
    """The files scripts/translations.sh hands lupdate: src/postdesk/ui and app.py."""
    files = sorted(str(p) for p in (SRC / "ui").rglob("*.py"))
    return [*files, str(SRC / "app.py")]


def _catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("postdesk_*.ts"))


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _ts_fill():
    spec = importlib.util.spec_from_file_location("ts_fill", REPO / "scripts" / "ts_fill.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_six_catalogues_exist_with_their_language() -> None:
    found = {}
    for ts in _catalogues():
        found[ts.stem.removeprefix("postdesk_")] = ET.parse(ts).getroot().get("language")
    assert set(found) >= LANGUAGES
    assert all(found[lang] == lang for lang in LANGUAGES), found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each catalogue as lupdate makes it from today's source, in a temporary folder."""
    lupdate = _lupdate()
    folder = tmp_path_factory.mktemp("ts")
    out = {}
    for ts in _catalogues():
        copy = folder / ts.name
        shutil.copy(ts, copy)
        only = ["-pluralonly"] if ts.name == "postdesk_en.ts" else []  # English: its plural forms only
        subprocess.run(
            [lupdate, "-silent", "-no-obsolete", "-locations", "none", *only, *_sources(), "-ts", str(copy)],
            check=True,
            capture_output=True,
        )
        out[ts.name] = copy
    return out


@pytest.mark.parametrize("name", sorted(f"postdesk_{lang}.ts" for lang in {*LANGUAGES, "en"}))
def test_catalogue_holds_every_marked_string_and_nothing_else(name: str, refreshed: dict[str, Path]) -> None:
    committed = {_key(c, m) for c, m in _messages(TRANSLATIONS / name)}
    wanted = {_key(c, m) for c, m in _messages(refreshed[name])}
    missing = sorted(wanted - committed)
    extra = sorted(committed - wanted)
    assert not missing, (
        f"{len(missing)} marked strings missing from {name} (run scripts/translations.sh): {missing[:10]}"
    )
    assert not extra, f"{len(extra)} entries in {name} no longer in the source: {extra[:10]}"
    kept = [
        _key(c, m)
        for c, m in _messages(TRANSLATIONS / name)
        if (m.find("translation") is not None and m.find("translation").get("type") in {"obsolete", "vanished"})
    ]
    assert not kept, f"{name} keeps obsolete entries: {kept[:10]}"


def test_the_english_catalogue_has_every_plural_form_filled() -> None:
    """English is the source: its catalogue only holds "%n post" / "%n posts" (scripts/ts_english_plurals.py)."""
    messages = _messages(TRANSLATIONS / "postdesk_en.ts")
    assert messages and all(m.get("numerus") == "yes" for _c, m in messages)
    unfinished = [
        m.findtext("source")
        for _c, m in messages
        if m.find("translation").get("type") == "unfinished"
        or not all((f.text or "").strip() for f in m.find("translation").findall("numerusform"))
    ]
    assert not unfinished, unfinished
    forms = {m.findtext("source"): [f.text for f in m.iter("numerusform")] for _c, m in messages}
    assert forms["%n post(s)"] == ["%n post", "%n posts"]
    assert forms["%Ln reply(s)"] == ["%Ln reply", "%Ln replies"]


def test_no_string_lands_in_an_empty_or_made_up_context(refreshed: dict[str, Path]) -> None:
    """`x.tr("...")` gives the context "x"; a `tr` alias gives the context as the source."""
    contexts = {c for c, _m in _messages(refreshed["postdesk_de.ts"])}
    wrong = sorted(c for c in contexts if not re.fullmatch(r"[A-Z_][A-Za-z0-9_]*", c))
    assert not wrong, f"messages in contexts no translator at run time asks for: {wrong}"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_plural_messages_have_the_languages_number_of_forms(lang: str) -> None:
    plurals = [m for _c, m in _messages(TRANSLATIONS / f"postdesk_{lang}.ts") if m.get("numerus") == "yes"]
    assert plurals
    counts = {len(m.find("translation").findall("numerusform")) for m in plurals}
    assert counts == {PLURAL_FORMS[lang]}


@pytest.mark.parametrize("lang", sorted({*LANGUAGES, "en"}))
def test_every_translated_message_keeps_its_placeholders(lang: str) -> None:
    ts_fill = _ts_fill()
    problems = []
    for context, message in _messages(TRANSLATIONS / f"postdesk_{lang}.ts"):
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            continue  # unfinished: nothing shown from it yet
        forms = translation.findall("numerusform")
        row = {"translation": [f.text or "" for f in forms] if forms else (translation.text or "")}
        problem = ts_fill._problem(row, message.findtext("source") or "")
        if problem:
            problems.append((context, message.findtext("source"), problem))
    assert not problems, problems[:10]


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_message_of_a_shipped_language_is_translated(lang: str) -> None:
    """A shipped language is complete: no message unfinished (it would show in English) or empty."""
    unfinished = []
    for context, message in _messages(TRANSLATIONS / f"postdesk_{lang}.ts"):
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(text.strip() for text in texts):
            unfinished.append((context, message.findtext("source")))
    assert not unfinished, f"{len(unfinished)} messages of {lang} not translated: {unfinished[:10]}"


def test_ts_fill_refuses_a_translation_that_loses_a_shortcut_link_or_ellipsis() -> None:
    ts_fill = _ts_fill()
    assert ts_fill._problem({"translation": "&Hilfe"}, "&Help") is None
    assert ts_fill._problem({"translation": "ヘルプ(&H)"}, "&Help") is None
    assert ts_fill._problem({"translation": "Hilfe"}, "&Help")
    assert ts_fill._problem({"translation": "F&&A"}, "Q&&A") is None
    assert ts_fill._problem({"translation": "&F&&A"}, "Q&&A")
    link = 'See <a href="{url}">the help</a>.'
    assert ts_fill._problem({"translation": 'Siehe <a href="{url}">Hilfe</a>.'}, link) is None
    assert ts_fill._problem({"translation": "Siehe Hilfe {url}."}, link)
    assert ts_fill._problem({"translation": "Verbinden …"}, "Connect…") is None
    assert ts_fill._problem({"translation": "Verbinden"}, "Connect…")
    assert ts_fill._problem({"translation": "Speichern…"}, "Save")


def test_ts_fill_refuses_a_translation_that_drops_a_placeholder(tmp_path: Path) -> None:
    ts_fill = _ts_fill()
    assert ts_fill._problem({"translation": "Veröffentlicht auf {network}."}, "Published on {network}.") is None
    assert ts_fill._problem({"translation": "Veröffentlicht."}, "Published on {network}.")
    assert ts_fill._problem({"translation": "Auf {netzwerk}."}, "Published on {network}.")
    assert ts_fill._problem({"translation": ["%n Beitrag", "%n Beiträge"]}, "%n posts") is None
    assert ts_fill._problem({"translation": ["", "%n Beiträge"]}, "%n posts") == "empty translation"


def test_one_placeholder_style_in_the_catalogue(refreshed: dict[str, Path]) -> None:
    """`{name}` for values, `%n` / `%Ln` only for plural counts (and then with plural forms): no `%1`."""
    bad = [
        (c, m.findtext("source"))
        for c, m in _messages(refreshed["postdesk_de.ts"])
        if re.search(r"%L?\d", m.findtext("source") or "")
        or (re.search(r"%L?n", m.findtext("source") or "") and m.get("numerus") != "yes")
    ]
    assert not bad, bad


def _python_files() -> list[Path]:
    return [*sorted((SRC / "ui").rglob("*.py")), SRC / "app.py"]


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_no_percent_digit_placeholders_in_the_source() -> None:
    found = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and node.args
                and _is_literal(node.args[0])
                and re.fullmatch(r"%L?\d", node.args[0].value)
            ):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not found, f".replace('%1', ...) placeholders (use {{name}} and str.format): {found}"


def _tr_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in {"tr", "translate"}:
                yield node, ast.unparse(func.value), func.attr
            elif isinstance(func, ast.Name) and func.id in {"tr", "translate", "QT_TRANSLATE_NOOP"}:
                yield node, "", func.id


def test_every_translate_call_is_one_lupdate_can_read() -> None:
    problems = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(REPO)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr in {"tr", "translate"}
                # `translate = QCoreApplication.translate` is fine: lupdate reads a bare translate(...).
                and ast.unparse(node.targets[0]) != "translate"
            ):
                problems.append(f"{where}:{node.lineno}: alias {ast.unparse(node)}")
        for call, receiver, name in _tr_calls(tree):
            args = call.args
            if name == "tr":
                # self.tr: the class's context; Context.tr: a class or a plural_context named as the context.
                if receiver != "self" and not re.fullmatch(r"[A-Z][A-Za-z0-9]*", receiver):
                    problems.append(f"{where}:{call.lineno}: {ast.unparse(call.func)} (context would be {receiver!r})")
                elif not args or not _is_literal(args[0]):
                    problems.append(f"{where}:{call.lineno}: tr of a variable")
            elif receiver in {"QCoreApplication", "QApplication", ""} and (
                len(args) < 2 or not _is_literal(args[0]) or not _is_literal(args[1])
            ):
                problems.append(f"{where}:{call.lineno}: translate of a variable")
            elif receiver in {"QCoreApplication", "QApplication", ""} and (len(args) > 3 or call.keywords):
                problems.append(f"{where}:{call.lineno}: a plural through translate (use plural_context)")
    assert not problems, "\n".join(problems)


def test_each_plural_context_is_named_as_its_context() -> None:
    """`Name = plural_context("Name")`: lupdate reads the context from the name, PySide from the string."""
    wrong = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id == "plural_context"
            ):
                target = ast.unparse(node.targets[0])
                given = node.value.args[0].value if node.value.args and _is_literal(node.value.args[0]) else None
                if target != given:
                    wrong.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    assert not wrong, wrong


def test_a_plural_context_translates_in_its_context_with_plural_forms(qapp, tmp_path: Path) -> None:
    """What lupdate extracts from `Name.tr(text, "", n)` is what PySide looks up, with the right form."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from postdesk.ui.i18n import plural_context

    source = tmp_path / "words.py"
    source.write_text(
        'Probe = plural_context("Probe")\n\ndef words(n):\n    return Probe.tr("%n thing(s)", "", len([0] * n))\n',
        encoding="utf-8",
    )
    ts = tmp_path / "probe_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de"></TS>\n')
    subprocess.run([_lupdate(), "-silent", str(source), "-ts", str(ts)], check=True)
    text = ts.read_text(encoding="utf-8")
    assert '<message numerus="yes">' in text and "<name>Probe</name>" in text
    text = text.replace('<translation type="unfinished">', "<translation>")
    text = text.replace("<numerusform></numerusform>", "<numerusform>%n Ding</numerusform>", 1)
    text = text.replace("<numerusform></numerusform>", "<numerusform>%n Dinge</numerusform>", 1)
    ts.write_text(text, encoding="utf-8")
    lrelease = Path(_lupdate()).with_name(Path(_lupdate()).name.replace("lupdate", "lrelease"))
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "probe_de.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "probe_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        probe = plural_context("Probe")
        assert probe.tr("%n thing(s)", "", 1) == "1 Ding"
        assert probe.tr("%n thing(s)", "", 3) == "3 Dinge"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_self_tr_in_a_class_another_postdesk_class_derives_from() -> None:
    """PySide's self.tr looks the context up by the instance's class: a subclass misses the base's strings."""
    defined: dict[str, bool] = {}
    bases: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                uses = any(call_receiver == "self" and name == "tr" for _call, call_receiver, name in _tr_calls(node))
                defined[node.name] = defined.get(node.name, False) or uses
                bases[node.name] = [ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases]
    wrong = sorted(
        f"{name}({base})" for name, names in bases.items() for base in names if defined.get(base) and base != name
    )
    assert not wrong, f"base classes whose self.tr strings are never translated in the subclass: {wrong}"


def test_dates_and_times_are_written_by_qlocale_not_strftime() -> None:
    """strftime writes English month and day names whatever the user's language (ui/local_format.py)."""
    found = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "strftime"
                # a UTC offset ("UTC+0200") has no words in it
                and not (node.args and _is_literal(node.args[-1]) and node.args[-1].value == "UTC%z")
            ):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    assert not found, found
