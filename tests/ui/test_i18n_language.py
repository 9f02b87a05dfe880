"""Languages through the real window: Settings lists the shipped catalogues, each in its own words,
plus "Same as the system"; a choice is kept in the one settings schema and applies after a restart;
the English catalogue gives the plural forms ("1 like", "2 likes") under every language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtWidgets import QApplication, QLabel

from postdesk.app import build_window
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.ui import i18n
from postdesk.ui.insights.models import metrics_line
from postdesk.ui.queues.models import Queues
from postdesk.ui.settings.view import SettingsPane
from tests.helpers.memory_keyring import MemoryKeyring

NOW = dt.datetime(2026, 5, 20, 10, 0, tzinfo=dt.UTC)
QM_DIR = Path(i18n.__file__).resolve().parents[1] / "translations"
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "systemTrayWindowChanged", "does not support raise", "does not support grabbing"
)


@pytest.fixture
def make(qtbot: Any, paths: Any, qapp: QApplication) -> Iterator[Any]:
    """Builds the real window (call it after installing a translator: texts are set when built)."""
    from tests.ui.test_app_engine import FakeAutostart
    from tests.ui.test_engine_reach import RecordingEngine

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    built: list[Any] = []

    def build() -> Any:
        engine = RecordingEngine()
        window = build_window(
            paths,
            qapp,
            open_url=lambda url: True,
            now=lambda: NOW,
            engine=(engine, engine),
            use_tray=False,
            quit_app=lambda: None,
            autostart=FakeAutostart(),
        )
        qtbot.addWidget(window.window)
        built.append(window)
        return window

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


def test_settings_lists_the_shipped_languages_in_their_own_words(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As once the six catalogues are translated (today they compile empty and are not offered).
    monkeypatch.setattr(i18n, "shipped_languages", lambda qm_dir=None: i18n.compiled_catalogues(qm_dir))
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


def test_a_chosen_language_is_kept_and_applies_after_a_restart(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "shipped_languages", lambda qm_dir=None: i18n.compiled_catalogues(qm_dir))
    window = make()
    window.window.show_pane("settings")
    pane = window.panes.settings
    box = pane.language_box
    box.setFocus()
    box.setCurrentIndex(box.findData("de"))
    repo = SettingsRepository(window.database)
    qtbot.waitUntil(lambda: repo.load().language == "de", timeout=5_000)
    assert any("next time Postdesk starts" in label.text() for label in pane.findChildren(QLabel))


def test_english_plural_forms_answer_under_every_language(qapp: QApplication) -> None:
    """The source says "%Ln like(s)"; the English catalogue says "1 like" and "2 likes", also under
    German while its catalogue has no translation yet."""
    from postdesk.store.repositories.insights import Counts

    for language in ("en", "de"):
        installed = i18n.install_translators(qapp, language, str(QM_DIR))
        try:
            assert metrics_line(Counts(likes=1, reposts=2)) == "1 like · 2 reposts"
            assert Queues.tr("%n slot(s) a week", "", 1) == "1 slot a week"
            assert Queues.tr("%n slot(s) a week", "", 5) == "5 slots a week"
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
    assert Queues.tr("%n slot(s) a week", "", 5) == "5 slot(s) a week"  # no catalogue: the source


def test_language_names_come_from_the_locale() -> None:
    assert i18n.language_name("de") == "Deutsch"
    assert i18n.language_name("en") == "English"
    assert i18n.language_name("es") == "Español"  # not "español de España": the catalogue is for Spanish
    assert i18n.shipped_languages(str(Path("/nonexistent"))) == []


def test_only_catalogues_that_translate_something_are_offered(tmp_path: Path) -> None:
    # An untranslated catalogue compiles to an empty .qm: offering "Deutsch" and showing English would mislead.
    import shutil

    shutil.copy(QM_DIR / "postdesk_en.qm", tmp_path / "postdesk_fr.qm")  # holds translations
    (tmp_path / "postdesk_de.qm").write_bytes(b"")  # a broken file
    shutil.copy(QM_DIR / "postdesk_ja.qm", tmp_path / "postdesk_ja.qm")  # compiled, nothing translated yet
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
