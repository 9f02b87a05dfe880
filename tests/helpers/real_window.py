"""The real Postdesk window for UI tests, and a shipped language installed around a test.

`build_test_window` builds what the app builds (`app.build_window`) with a recording engine, no tray,
a fake start-at-login and no browser; `in_language` installs a shipped catalogue the way the app does
(Qt's and Postdesk's translators, the default QLocale, the direction read from the translation) and
takes it away again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from postdesk.app import build_window
from postdesk.ui import i18n


def build_test_window(paths: Any, qapp: QApplication, qtbot: Any, now: dt.datetime) -> Any:
    """The real window on `paths`, its clock stopped at `now`, owned by `qtbot` (close it when done);
    `engine_calls` on the result records what it asked the engine for."""
    from tests.ui.test_app_engine import FakeAutostart
    from tests.ui.test_engine_reach import RecordingEngine

    engine = RecordingEngine()
    built = build_window(
        paths,
        qapp,
        open_url=lambda url: True,
        now=lambda: now,
        engine=(engine, engine),
        use_tray=False,
        quit_app=lambda: None,
        autostart=FakeAutostart(),
    )
    built.engine_calls = engine  # what the window asked the engine for
    qtbot.addWidget(built.window)
    return built


@contextmanager
def in_language(qapp: QApplication, language: str, qm_dir: str | None = None) -> Iterator[list[QTranslator]]:
    """`language` installed on `qapp` as when chosen in Settings; build widgets inside the block."""
    before = QLocale()
    qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # Qt reads it from the translation
    installed = i18n.install_translators(qapp, language, qm_dir)
    qapp.processEvents()  # the LanguageChange that sets the direction
    try:
        yield installed
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(before)
