"""Translations: install Qt's and Postdesk's translators for the chosen locale.

`.ts` files in `translations/` are the source of truth; `.qm` files are compiled into
`postdesk/translations/` at build time (setup.py, packaging/build_assets.py, scripts/translations.sh)
and never committed. English is the source language: `postdesk_en.qm` holds only its plural forms
("%n post" / "%n posts" for the source's "%n post(s)") and is installed under every other language,
so a message a catalogue lacks still reads as English with the right plural. `POSTDESK_PSEUDO` turns on
pseudo-localisation to test layouts: `long` stretches every string by about 40 % and wraps it
in brackets (untranslated strings then stand out), `rtl` also lays the UI out right to left.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

PSEUDO_ENV = "POSTDESK_PSEUDO"
#: The language the source is written in (its catalogue holds only the plural forms).
SOURCE_LANGUAGE = "en"


@cache
def plural_context(name: str) -> type[QObject]:
    """A class whose `tr` translates in the context `name`, for a count worded outside a QObject.

    Bind it to a module name spelt exactly like the context and call its `tr` with the count:

        Insights = plural_context("Insights")
        Insights.tr("%Ln like(s)", "", n)

    lupdate's Python parser reads `Name.tr(text, "", n)` as a plural in the context `Name`, and PySide
    translates a class's `tr` in the context of the class's name. `QCoreApplication.translate(context,
    text, "", n)` does not do: lupdate takes a variable there for an old "encoding" argument (the
    message loses its plural forms) and drops the message altogether when the count is an expression.
    """
    return type(name, (QObject,), {"__doc__": f"The translation context {name!r}."})


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


def _qm_dir() -> str | None:
    """The folder of the compiled catalogues shipped with the package (None if there is none)."""
    try:
        folder = resources.files("postdesk").joinpath("translations")
        return str(folder) if folder.is_dir() else None
    except (FileNotFoundError, ModuleNotFoundError):
        return None


def compiled_catalogues(qm_dir: str | None = None) -> list[str]:
    """The locale names with a compiled catalogue ("ar", "de", "pt_BR" ...), English left out."""
    folder = qm_dir if qm_dir is not None else _qm_dir()
    if folder is None:
        return []
    names = {path.stem.removeprefix("postdesk_") for path in Path(folder).glob("postdesk_*.qm")}
    return sorted(names - {SOURCE_LANGUAGE})


def shipped_languages(qm_dir: str | None = None) -> list[str]:
    """The languages Settings offers: compiled catalogues that translate something.

    A catalogue not translated yet compiles to an empty `.qm`; offering "Deutsch" and then showing English
    would mislead, so it is left out until its translators have filled it in.
    """
    folder = qm_dir if qm_dir is not None else _qm_dir()
    offered = []
    for name in compiled_catalogues(folder):
        translator = QTranslator()
        if translator.load(str(Path(str(folder)) / f"postdesk_{name}.qm")) and not translator.isEmpty():
            offered.append(name)
    return offered


def language_name(locale_name: str) -> str:
    """A language in its own words, for the language list ("Deutsch", "العربية", "Português (Brasil)")."""
    if locale_name == SOURCE_LANGUAGE:
        return "English"  # QLocale("en") says "American English"
    locale = QLocale(locale_name)
    name = locale.nativeLanguageName() or locale_name
    territory = locale.nativeTerritoryName()
    if "_" not in locale_name and territory and territory in name:
        # The catalogue is for the language, not one country: "español de España" → "español".
        name = name.split()[0]
    name = name[:1].upper() + name[1:]
    if "_" in locale_name and locale.nativeTerritoryName():
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name


def install_translators(
    app: QApplication, locale_name: str | None = None, qm_dir: str | None = None
) -> list[QTranslator]:
    """Install translators on `app` and return them.

    The caller must keep the returned list referenced for the life of the app: a dropped
    QTranslator silently stops translating (noted by Vorta).

    Args:
        app: the application.
        locale_name: the language chosen in Settings ("de"), which then also becomes the default
            QLocale; None or "" for the system's.
        qm_dir: where the compiled catalogues are (the package's own by default).
    """
    installed: list[QTranslator] = []
    locale = QLocale(locale_name) if locale_name else QLocale.system()
    if locale_name:
        # A language chosen in Settings (or --lang) also writes dates, times and numbers its way: every
        # QLocale() made afterwards (ui/local_format, date editors, calendars) follows it.
        QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    folder = qm_dir if qm_dir is not None else _qm_dir()
    if folder is not None:
        # English plural forms first: Qt asks the translator installed last first, so the chosen
        # language answers, and English answers what it lacks.
        english = QTranslator(app)
        if english.load(f"postdesk_{SOURCE_LANGUAGE}", folder):
            app.installTranslator(english)
            installed.append(english)
        own = QTranslator(app)
        if locale.language() != QLocale.Language.English and own.load(locale, "postdesk", "_", folder):
            app.installTranslator(own)
            installed.append(own)
    pseudo = os.environ.get(PSEUDO_ENV, "").lower()
    if pseudo in {"long", "rtl"}:
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        installed.append(translator)
    if pseudo == "rtl":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return installed
