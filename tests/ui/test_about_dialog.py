"""About Postdesk: version, license, Qt's LGPL notice and the bundled packages' notices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

import postdesk
from postdesk import third_party
from postdesk.ui.about_dialog import AboutDialog, load_notices, show_about

# The offscreen platform says this on every shown top-level window.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_it_shows_the_version_the_license_and_qt_under_the_lgpl(qtbot) -> None:
    dialog = AboutDialog(notices=lambda: "NOTICES TEXT")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == f"Postdesk {postdesk.__version__}"
    assert "GPL-3.0-or-later" in dialog.license_label.text()
    assert "version 3 or later" in dialog.license_label.text()
    assert qVersion() in dialog.qt_label.text() and pyside_version in dialog.qt_label.text()
    assert "Lesser General Public License" in dialog.qt_label.text()
    assert dialog.notices.toPlainText() == "NOTICES TEXT"
    assert dialog.notices.isReadOnly()


def test_copy_puts_the_notices_on_the_clipboard(qtbot) -> None:
    dialog = AboutDialog(notices=lambda: "every license, in full")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "every license, in full"


def test_from_a_checkout_the_notices_are_collected_from_the_installed_packages(qtbot, tmp_path: Path) -> None:
    text = load_notices()
    # Qt first, with what the LGPL asks: where the source is and how to replace the libraries.
    assert text.index("Qt and Qt for Python") < text.index("Bundled packages")
    assert "LGPL-3.0" in text and third_party.QT_SOURCE_URL in text
    assert "replace the Qt libraries" in " ".join(text.split())
    listed = text.split("Bundled packages (name, version, license):")[1].split("\n\n")[0]
    for name in (
        "PySide6_Essentials",
        "shiboken6",
        "keyring",
        "httpx",
        "pillow",
        "pillow_heif",
        "av",
        "tzdata",
        "certifi",
        "SQLAlchemy",
        "Python",
    ):
        assert f"  {name} " in listed.replace("pyside6_essentials", "PySide6_Essentials"), name
    # The dev tools of the test extra are not Postdesk's run-time packages.
    for dev_tool in ("pytest", "hypothesis", "mypy", "pyinstaller"):
        assert f"\n  {dev_tool} " not in listed.lower(), dev_tool
    # License texts of the wheels, and the native libraries they bundle (PyAV ships FFmpeg).
    assert "libavcodec" in text

    shown = show_about(None)  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    assert shown.notices.toPlainText() == text
    shown.grab().save(str(tmp_path / "about.png"))


def test_a_build_ships_the_notices_as_package_data(monkeypatch, tmp_path: Path) -> None:
    package = tmp_path / "postdesk"
    package.mkdir()
    (package / third_party.NOTICES_FILE).write_text("shipped notices", encoding="utf-8")
    monkeypatch.setattr(third_party.resources, "files", lambda name: package)
    assert load_notices() == "shipped notices"
    full = third_party.notices_text(
        [third_party.Package("demo", "1.0", "MIT", [("LICENSE", "MIT text")], ["libx.so"])],
        "9.9",
        "GPL-3.0-or-later",
        "6.0",
        [("LGPL-3.0", "lgpl text")],
    )
    assert "demo 1.0 (MIT)" in full and "MIT text" in full and "libx.so" in full and full.rstrip().endswith("lgpl text")


def test_help_about_opens_the_dialog_over_the_window(qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    from postdesk.ui.about_dialog import add_about_action

    window = QMainWindow()
    qtbot.addWidget(window)
    action = add_about_action(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&Help"]
    action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == f"Postdesk {postdesk.__version__}"
    dialog.close()
