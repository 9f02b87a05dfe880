"""Translations: install Qt's and Postdesk's translators for the chosen locale.

`.ts` files in `translations/` are the source of truth; `.qm` files are compiled into
`postdesk/translations/` at build time and never committed. `POSTDESK_PSEUDO` turns on
pseudo-localisation to test layouts: `long` stretches every string by about 40 % and wraps it
in brackets (untranslated strings then stand out), `rtl` also lays the UI out right to left.
"""

from __future__ import annotations

import os
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

PSEUDO_ENV = "POSTDESK_PSEUDO"


class PseudoTranslator(QTranslator):
    """Returns every source string stretched and bracketed, to find clipped or untranslated text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source or (context[:1] == "Q" and context[1:2].isupper()):
            # Leave Qt's own strings alone (QWidget, QPlatformTheme; not QueuesPane). Returned as they
            # are: PySide passes "" on as an empty translation, which blanked Qt's Cancel buttons.
            return source
        text = source.replace("%n", str(n)) if n >= 0 else source
        filler = "·" * max(2, len(text) * 2 // 5)
        return f"[{text} {filler}]"


def install_translators(app: QApplication, locale_name: str | None = None) -> list[QTranslator]:
    """Install translators on `app` and return them.

    The caller must keep the returned list referenced for the life of the app: a dropped
    QTranslator silently stops translating (noted by Vorta).
    """
    installed: list[QTranslator] = []
    locale = QLocale(locale_name) if locale_name else QLocale.system()
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    try:
        qm_dir = resources.files("postdesk").joinpath("translations")
        own = QTranslator(app)
        if qm_dir.is_dir() and own.load(locale, "postdesk", "_", str(qm_dir)):
            app.installTranslator(own)
            installed.append(own)
    except (FileNotFoundError, ModuleNotFoundError):
        pass
    pseudo = os.environ.get(PSEUDO_ENV, "").lower()
    if pseudo in {"long", "rtl"}:
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        installed.append(translator)
    if pseudo == "rtl":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return installed
