"""Languages through the real window: Settings lists the shipped catalogues, each in its own words,
plus "Same as the system"; a choice is kept in the one settings schema and applies after a restart;
the English catalogue gives the plural forms ("1 like", "2 likes") under every language."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtWidgets import QApplication, QLabel

from postdesk.store.repositories.settings import SettingsRepository
from postdesk.ui import i18n
from postdesk.ui.insights.models import metrics_line
from postdesk.ui.queues.models import Queues
from postdesk.ui.settings.view import SettingsPane
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.real_window import build_test_window, in_language

NOW = dt.datetime(2026, 5, 20, 10, 0, tzinfo=dt.UTC)
REPO = Path(__file__).resolve().parents[2]
QM_DIR = Path(i18n.__file__).resolve().parents[1] / "translations"
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "systemTrayWindowChanged", "does not support raise", "does not support grabbing"
)


@pytest.fixture
def make(qtbot: Any, paths: Any, qapp: QApplication) -> Iterator[Any]:
    """Builds the real window (call it after installing a translator: texts are set when built)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    built: list[Any] = []

    def build() -> Any:
        built.append(build_test_window(paths, qapp, qtbot, NOW))
        return built[-1]

    yield build
    for window in built:
        window.close()
    keyring.set_keyring(previous)


@pytest.fixture
def window(make: Any) -> Any:
    return make()


def _items(pane: SettingsPane) -> list[tuple[str, str]]:
    box = pane.language_box
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_the_compiled_catalogues_are_there() -> None:
    """pip install -e . (setup.py) or scripts/translations.sh compiles them next to the source."""
    shipped = i18n.compiled_catalogues()
    assert set(shipped) >= {"ar", "de", "es", "fr", "ja", "pt_BR"}, (
        f"compiled catalogues missing from {QM_DIR}: run `pip install -e .` or scripts/translations.sh"
    )
    assert (QM_DIR / "postdesk_en.qm").exists()


def test_settings_lists_the_shipped_languages_in_their_own_words(make: Any, qtbot: Any) -> None:
    assert set(i18n.shipped_languages()) == {"ar", "de", "es", "fr", "ja", "pt_BR"}  # all six translated
    window = make()
    window.window.show_pane("settings")
    pane = window.panes.settings
    items = _items(pane)
    assert items[0] == ("Same as the system", "")
    assert items[1] == ("English", "en")
    names = {code: text for text, code in items[2:]}
    assert names == {code: i18n.language_name(code) for code in i18n.shipped_languages()}
    assert names["de"] == "Deutsch"
    assert names["ar"] == "العربية"
    assert names["fr"] == "Français"
    assert names["es"] == "Español"
    assert names["ja"] == "日本語"
    assert names["pt_BR"].startswith("Português (")
    assert pane.language_box.accessibleName() == "Language"


def test_a_chosen_language_is_kept_and_applies_after_a_restart(make: Any, qtbot: Any) -> None:
    window = make()
    window.window.show_pane("settings")
    pane = window.panes.settings
    box = pane.language_box
    box.setFocus()
    box.setCurrentIndex(box.findData("de"))
    repo = SettingsRepository(window.database)
    qtbot.waitUntil(lambda: repo.load().language == "de", timeout=5_000)
    assert any("next time Postdesk starts" in label.text() for label in pane.findChildren(QLabel))


def _forms(language: str, source: str) -> list[str]:
    """The plural forms a committed catalogue gives a message."""
    root = ET.parse(REPO / "translations" / f"postdesk_{language}.ts").getroot()
    message = next(m for m in root.iter("message") if m.findtext("source") == source)
    return [form.text or "" for form in message.iter("numerusform")]


def test_english_plural_forms_answer_where_no_catalogue_does(qapp: QApplication) -> None:
    """The source says "%Ln like(s)"; the English catalogue says "1 like" and "2 likes", also under a
    language Postdesk has no catalogue for (Italian), whose Qt strings are then Italian and Postdesk's English."""
    from postdesk.store.repositories.insights import Counts

    for language in ("en", "it"):
        with in_language(qapp, language, str(QM_DIR)):
            assert metrics_line(Counts(likes=1, reposts=2)) == "1 like · 2 reposts"
            assert Queues.tr("%n slot(s) a week", "", 1) == "1 slot a week"
            assert Queues.tr("%n slot(s) a week", "", 5) == "5 slots a week"
    assert Queues.tr("%n slot(s) a week", "", 5) == "5 slot(s) a week"  # no catalogue: the source


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("de", {1: 0, 5: 1}),
        ("fr", {0: 0, 1: 0, 5: 1}),
        ("ja", {1: 0, 5: 0}),
        ("ar", {0: 0, 1: 1, 2: 2, 5: 3, 11: 4, 100: 5}),
    ],
)
def test_each_language_counts_with_its_own_plural_forms(
    qapp: QApplication, language: str, counts: dict[int, int]
) -> None:
    """Qt picks the form by the language's rule: French says "0 créneau", Arabic has six forms (and
    writes the count in its own digits)."""
    from PySide6.QtCore import QLocale

    forms = _forms(language, "%n slot(s) a week")
    with in_language(qapp, language, str(QM_DIR)):
        for n, index in counts.items():
            digits = QLocale(language).toString(n)  # %Ln: the count in the language's digits
            assert Queues.tr("%n slot(s) a week", "", n) == forms[index].replace("%Ln", digits).replace("%n", str(n))


def test_arabic_lays_the_whole_window_out_right_to_left(make: Any, qtbot: Any, qapp: QApplication) -> None:
    """Choosing Arabic turns the window right to left (Qt reads the direction from the translation)
    and the sidebar speaks Arabic."""
    from PySide6.QtCore import QCoreApplication, Qt

    with in_language(qapp, "ar", str(QM_DIR)):
        qapp.processEvents()
        window = make()
        window.window.show()
        qtbot.waitExposed(window.window)
        assert window.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        calendar = QCoreApplication.translate("CalendarPane", "Calendar")
        assert calendar != "Calendar" and any(ord(c) > 0x600 for c in calendar)
        assert _sidebar_has(window.window, calendar), "the sidebar does not say Calendar in Arabic"


def _sidebar_has(window: Any, text: str) -> bool:
    from PySide6.QtWidgets import QAbstractButton, QListWidget

    buttons = [b.text() for b in window.findChildren(QAbstractButton)]
    items = [w.item(i).text() for w in window.findChildren(QListWidget) for i in range(w.count())]
    return any(text in t for t in [*buttons, *items])


def test_language_names_come_from_the_locale() -> None:
    assert i18n.language_name("de") == "Deutsch"
    assert i18n.language_name("en") == "English"
    assert i18n.language_name("es") == "Español"  # not "español de España": the catalogue is for Spanish
    assert i18n.shipped_languages(str(Path("/nonexistent"))) == []


def test_only_catalogues_that_translate_something_are_offered(tmp_path: Path) -> None:
    # An untranslated catalogue compiles to an empty .qm: offering "Deutsch" and showing English would mislead.
    import shutil
    import subprocess
    import sys

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    shutil.copy(QM_DIR / "postdesk_en.qm", tmp_path / "postdesk_fr.qm")  # holds translations
    (tmp_path / "postdesk_de.qm").write_bytes(b"")  # a broken file
    untranslated = tmp_path / "postdesk_ja.ts"  # a new language its translators have not started on
    untranslated.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja"><context><name>Panes</name>'
        '<message><source>Calendar</source><translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    subprocess.run([lrelease, "-silent", str(untranslated), "-qm", str(tmp_path / "postdesk_ja.qm")], check=True)
    assert i18n.compiled_catalogues(str(tmp_path)) == ["de", "fr", "ja"]
    assert i18n.shipped_languages(str(tmp_path)) == ["fr"]


SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.mark.parametrize("mode", ["light", "dark", "pseudo-long", "pseudo-rtl"])
def test_screenshot_of_the_language_list(make: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    from PySide6.QtCore import Qt

    from postdesk.ui import theme

    translator = i18n.PseudoTranslator() if mode.startswith("pseudo") else None
    if translator is not None:
        qapp.installTranslator(translator)
    if mode == "pseudo-rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make()
        theme.apply_theme(qapp, "dark" if mode == "dark" else "light")  # after the build, which applies the stored one
        window.window.resize(1024, 700)
        window.window.show()
        qtbot.waitExposed(window.window)
        window.window.show_pane("settings")
        box = window.panes.settings.language_box
        box.showPopup()
        qtbot.waitUntil(lambda: box.view().isVisible(), timeout=5_000)
        SHOTS.mkdir(exist_ok=True)
        assert window.window.grab().save(str(SHOTS / f"i18n-settings-{mode}.png"))
        assert box.view().window().grab().save(str(SHOTS / f"i18n-language-list-{mode}.png"))
        box.hidePopup()
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        theme.apply_theme(qapp, "light")


@pytest.mark.parametrize(
    ("language", "short", "long", "month"),
    [
        ("de", "Di., 4. März 2025", "Dienstag, 4. März 2025", "März 2025"),
        ("fr", "mar. 4 mars 2025", "mardi 4 mars 2025", "mars 2025"),
        ("es", "mar, 4 mar 2025", "martes, 4 de marzo de 2025", "marzo de 2025"),
        ("pt_BR", "ter., 4 de mar. de 2025", "terça-feira, 4 de março de 2025", "março de 2025"),
        ("ja", "2025年3月4日(火)", "2025年3月4日 火曜日", "2025年3月"),
    ],
)
def test_dates_are_written_in_the_languages_own_order(
    qapp: QApplication, language: str, short: str, long: str, month: str
) -> None:
    """Names come from QLocale, order and punctuation from the translated patterns (context DateFormat):
    German "Di., 4. März", Japanese "3月4日(火)", not the English "Tue 4 Mar" with German names."""
    import datetime as dt

    from postdesk.ui.local_format import DatePattern, format_date, format_pattern

    with in_language(qapp, language, str(QM_DIR)):
        day = dt.date(2025, 3, 4)
        assert format_date(day) == short
        assert format_date(day, long=True) == long
        assert format_pattern(day, DatePattern.MONTH_YEAR) == month


def test_date_and_time_fields_read_in_order_in_arabic(qapp: QApplication, qtbot: Any) -> None:
    """A right-to-left date field lays its sections out backwards ("00:11" for 11:00): the composer's and
    the queue's fields show what QLocale writes for the same moment."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
    from PySide6.QtWidgets import QDateTimeEdit

    from postdesk.ui.local_format import DatePattern, date_pattern, edit_display_format

    with in_language(qapp, "ar", str(QM_DIR)):
        qapp.processEvents()
        moment = QDateTime(QDate(2025, 3, 20), QTime(11, 0))
        for pattern in (date_pattern(DatePattern.DATE_TIME_EDIT), QLocale().timeFormat(QLocale.FormatType.ShortFormat)):
            edit = QDateTimeEdit(moment)
            qtbot.addWidget(edit)
            edit.setDisplayFormat(edit_display_format(pattern))
            assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert edit.text() == QLocale().toString(moment, pattern), pattern


def _arrow_points(button: Any) -> str:
    """Which way the arrow drawn on `button` points: its middle row's ink lies further that way than its top."""
    from PySide6.QtCore import QPoint, QRect

    top = button.window()  # the window's pixels: a flat tool button has no background of its own
    image = top.grab(QRect(button.mapTo(top, QPoint(0, 0)), button.size())).toImage()
    rows = [
        [x for x in range(image.width()) if image.pixelColor(x, y).lightness() < 150] for y in range(image.height())
    ]
    inked = [(y, xs) for y, xs in enumerate(rows) if xs]
    assert inked, "no arrow drawn"
    top, middle = inked[0][1], inked[len(inked) // 2][1]
    return "right" if sum(middle) / len(middle) > sum(top) / len(top) else "left"


def test_the_english_calendar_arrows_point_the_way_time_runs(make: Any, qtbot: Any) -> None:
    window = make()
    window.window.show()
    qtbot.waitExposed(window.window)
    window.window.show_pane("calendar")
    toolbar = window.panes.calendar.toolbar
    qtbot.waitUntil(lambda: toolbar._prev.isVisible() and toolbar._prev.width() < 100, timeout=10_000)
    assert _arrow_points(toolbar._prev) == "left" and _arrow_points(toolbar._next) == "right"


def test_the_arabic_calendar_points_back_to_the_right_and_counts_in_arabic_digits(
    make: Any, qtbot: Any, qapp: QApplication
) -> None:
    from PySide6.QtCore import Qt

    from postdesk.core.calendar import ViewKind

    with in_language(qapp, "ar", str(QM_DIR)):
        qapp.processEvents()
        window = make()
        window.window.show()
        qtbot.waitExposed(window.window)
        window.window.show_pane("calendar")
        calendar = window.panes.calendar
        toolbar = calendar.toolbar
        qtbot.waitUntil(lambda: toolbar._prev.isVisible() and toolbar._prev.width() < 100, timeout=10_000)
        # "Previous" sits on the right and, drawn, points right (Qt mirrors the angle quote in right-to-left text).
        assert (
            toolbar._prev.mapTo(window.window, toolbar._prev.rect().center()).x()
            > toolbar._next.mapTo(window.window, toolbar._next.rect().center()).x()
        )
        assert _arrow_points(toolbar._prev) == "right" and _arrow_points(toolbar._next) == "left"
        calendar.set_view(ViewKind.WEEK)
        header = calendar.week_model.headerData(0, Qt.Orientation.Horizontal)
        assert header and not any(c.isascii() and c.isdigit() for c in header), header
        assert any("\u0660" <= c <= "\u0669" for c in header), header
        assert all(not (c.isascii() and c.isdigit()) for c in toolbar.title.text()), toolbar.title.text()


def test_problem_numbers_are_written_in_the_languages_digits(qapp: QApplication) -> None:
    """core passes numbers, not text: a 2.5 s video reads "2,5 s" in German (core once sent "2.5")."""
    from PySide6.QtCore import QLocale

    from postdesk.core.media_info import MediaKind
    from postdesk.core.media_limits import Described, check_media
    from postdesk.core.networks import Network
    from postdesk.ui.composer.wording import describe_problem

    QLocale.setDefault(QLocale("de"))  # restored by the autouse fixture in tests/conftest.py
    video = Described(MediaKind.VIDEO, "video/mp4", 1_000_000, 1080, 1920, duration_s=2.5)
    issue = next(i for i in check_media(Network.LINKEDIN, [video], relay=True) if i.code == "video_too_short")
    sentence = describe_problem(issue.code, Network.LINKEDIN, issue.params, None)
    assert "2,5 s" in sentence and "3 s" in sentence, sentence


def test_a_latin_title_starts_at_the_right_in_arabic(qapp: QApplication, qtbot: Any) -> None:
    """ "Postdesk 0.1.0" took its own (left-to-right) direction and sat on the left of the Arabic About box."""
    from PySide6.QtCore import Qt

    from postdesk.ui.about_dialog import AboutDialog
    from postdesk.ui.widgets.bidi import RLM

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.title.text().startswith(RLM + "Postdesk")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    english = AboutDialog()
    qtbot.addWidget(english)
    assert english.title.text().startswith("Postdesk")
