"""No label or button whose text does not fit: every pane and dialog of the real window at 1024x700
under POSTDESK_PSEUDO=long (every string stretched by ~40 %) and in each shipped language (German,
French, Spanish, Brazilian Portuguese, Japanese, Arabic right to left), screenshots saved under
screenshots/.

A widget counts as cut off when the text it shows needs more room than it has:
- a button (push, tool, check, radio): its size hint (text, icon, the style's margins) is wider
  than the button;
- a label that does not wrap: the text's width (fontMetrics.horizontalAdvance, per line) is wider
  than its contents rect; a label that wraps: the height it needs at its width is more than it has;
- rich-text labels are measured as the QTextDocument lays them out at the label's width.
Text the widget elides itself (it then shows "…" and keeps the whole text in a tooltip) is not cut off.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenuBar, QWidget

from postdesk.ui import i18n
from postdesk.ui.i18n import PseudoTranslator
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.real_window import build_test_window, in_language

ELLIPSIS = "…"
#: Slack in pixels: anti-aliasing and rounding in the style's own arithmetic.
SLACK = 2


@dataclass(frozen=True)
class CutOff:
    """One widget whose text does not fit."""

    where: str
    kind: str
    name: str
    text: str
    needs: int
    has: int

    def __str__(self) -> str:
        name = self.name or "(no name)"
        return f"{self.where}: {self.kind} {name} needs {self.needs}px, has {self.has}px: {self.text!r}"


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _label_cut(label: QLabel) -> tuple[int, int] | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if ELLIPSIS in text and label.toolTip():
        return None  # elided by its owner, the whole text in the tooltip
    rect = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    width, height = rect.width() - margin, rect.height() - margin
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if label.wordWrap():
        needs = label.heightForWidth(rect.width()) if label.heightForWidth(rect.width()) > 0 else height
        return (needs, rect.height()) if needs > rect.height() + SLACK else None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        needs = int(document.idealWidth())
    else:
        metrics = label.fontMetrics()
        if label.buddy() is not None:  # "&Name:" shows as "Name:" with N underlined
            text = re.sub(r"&(.)", r"\1", text)
        needs = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    return (needs, width) if needs > width + SLACK else None


def _button_cut(button: QAbstractButton) -> tuple[int, int] | None:
    text = button.text()
    if not text:
        return None
    if ELLIPSIS in text and button.toolTip():
        return None
    needs = button.sizeHint().width()
    return (needs, button.width()) if needs > button.width() + SLACK else None


def find_cut_off(top: QWidget, where: str) -> list[CutOff]:
    """Every visible label and button under `top` whose text does not fit."""
    found: list[CutOff] = []
    for label in top.findChildren(QLabel):
        if not _shown(label, top):
            continue
        cut = _label_cut(label)
        if cut:
            found.append(CutOff(where, "QLabel", label.objectName(), label.text()[:80], *cut))
    for button in top.findChildren(QAbstractButton):
        if not _shown(button, top):
            continue
        cut = _button_cut(button)
        if cut:
            kind = type(button).__name__
            found.append(CutOff(where, kind, button.objectName(), button.text()[:80], *cut))
    return found


def _shortcut_letter(text: str) -> str | None:
    """The letter Alt+ reaches a control by ("&Help" → "h"; "Q&&A" has none)."""
    found = re.search(r"&(\S)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def find_shortcut_clashes(window: QWidget, where: str) -> list[str]:
    """Alt+letter shortcuts that two enabled controls on show in one window share (Alt+letter then only
    cycles between them instead of reaching the one a creator means)."""
    owners: dict[str, list[str]] = {}
    texts = [a.text() for a in window.findChildren(QMenuBar)[0].actions()] if window.findChildren(QMenuBar) else []
    texts += [b.text() for b in window.findChildren(QAbstractButton) if _shown(b, window) and b.isEnabled()]
    texts += [g.title() for g in window.findChildren(QGroupBox) if _shown(g, window) and g.isCheckable()]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if _shown(label, window) and label.buddy() is not None and label.buddy().isEnabled()
    ]
    for text in texts:
        letter = _shortcut_letter(text)
        if letter:
            owners.setdefault(letter, []).append(text.replace("&&", "&"))
    return [
        f"{where}: Alt+{letter.upper()} is {' and '.join(map(repr, names))}"
        for letter, names in owners.items()
        if len(names) > 1
    ]


SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
NOW = dt.datetime(2026, 5, 20, 10, 0, tzinfo=dt.UTC)
SIZE = (1024, 700)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


#: The pseudo-translation, then every language the app ships.
LANGUAGES = ("pseudo-long", "de", "fr", "es", "pt_BR", "ja", "ar")


@contextmanager
def _translated(qapp: QApplication, language: str) -> Iterator[None]:
    """The pseudo-translator, or a shipped catalogue installed the way the app installs it."""
    if language != "pseudo-long":
        assert language in i18n.shipped_languages(), f"{language}: no compiled catalogue that translates anything"
        with in_language(qapp, language):
            yield
        return
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture(params=LANGUAGES)
def window_in_language(request: Any, qtbot: Any, paths: Any, qapp: QApplication) -> Iterator[Any]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    language = request.param
    with _translated(qapp, language):
        if language == "ar":
            assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        built = build_test_window(paths, qapp, qtbot, NOW)
        built.language = language
        try:
            yield built
        finally:
            built.close()
            keyring.set_keyring(previous)


def _settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()


def test_no_label_or_button_is_cut_off_in_any_pane(window_in_language: Any, qtbot: Any, qapp: QApplication) -> None:
    window = window_in_language.window
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    SHOTS.mkdir(exist_ok=True)
    found: list[CutOff] = []
    for key in window.pane_keys():
        window.show_pane(key)
        qtbot.waitUntil(lambda key=key: window.current_pane() == key, timeout=10_000)
        pane = window.pane(key)
        qtbot.waitUntil(pane.isVisible, timeout=10_000)
        _settle(qapp)
        window.grab().save(str(SHOTS / f"cut-off-{key}-{window_in_language.language}.png"))
        found += find_cut_off(pane, key)
    report = SHOTS / f"cut-off-report-{window_in_language.language}.txt"
    report.write_text("\n".join(str(f) for f in found) + "\n", encoding="utf-8")
    assert not found, f"{len(found)} texts cut off at {SIZE[0]}x{SIZE[1]} (see {report}):\n" + "\n".join(
        str(f) for f in found
    )


def _dialogs(parent: QWidget) -> list[tuple[str, QWidget]]:
    from zoneinfo import ZoneInfo

    from postdesk.engine.events import LateTarget
    from postdesk.ui.about_dialog import AboutDialog
    from postdesk.ui.catch_up_dialog import CatchUpDialog
    from postdesk.ui.vault_dialog import VaultDialog, VaultDialogMode
    from postdesk.ui.welcome import WelcomeDialog, network_reach

    late = [LateTarget(target_id=1, post_id=1, network="bluesky", scheduled_at=NOW)]
    return [
        ("welcome", WelcomeDialog(network_reach(), parent)),
        ("about", AboutDialog(parent)),
        ("vault-choose", VaultDialog(VaultDialogMode.CHOOSE, "/home/you/.local/share/postdesk/vault", parent=parent)),
        ("vault-unlock", VaultDialog(VaultDialogMode.UNLOCK, "/home/you/.local/share/postdesk/vault", parent=parent)),
        ("catch-up", CatchUpDialog(late, ZoneInfo("Europe/Berlin"), parent)),
    ]


def test_no_label_or_button_is_cut_off_in_the_dialogs(window_in_language: Any, qtbot: Any, qapp: QApplication) -> None:
    found: list[CutOff] = []
    SHOTS.mkdir(exist_ok=True)
    for name, dialog in _dialogs(window_in_language.window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qapp)
        dialog.grab().save(str(SHOTS / f"cut-off-dialog-{name}-{window_in_language.language}.png"))
        found += find_cut_off(dialog, name)
        dialog.close()
    assert not found, f"{len(found)} texts cut off in dialogs:\n" + "\n".join(str(f) for f in found)


def test_no_two_controls_on_show_share_a_shortcut_letter(
    window_in_language: Any, qtbot: Any, qapp: QApplication
) -> None:
    window = window_in_language.window
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    clashes: list[str] = []
    for key in window.pane_keys():
        window.show_pane(key)
        qtbot.waitUntil(lambda key=key: window.current_pane() == key, timeout=10_000)
        _settle(qapp)
        clashes += find_shortcut_clashes(window, key)
    for name, dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qapp)
        clashes += find_shortcut_clashes(dialog, name)
        dialog.close()
    assert not clashes, f"{len(clashes)} shortcut clashes in {window_in_language.language}:\n" + "\n".join(clashes)
