"""Start-up paints first and loads after: lazily built panes, the loading window, the store opened off the UI thread."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from postdesk.app import build_window
from postdesk.store.db import open_database
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.ui import theme
from tests.ui.test_app_composition import _choose_zone
from tests.ui.test_app_engine import NOW, FakeAutostart, RecordingEngine

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def built(qtbot, paths, qapp):
    engine = RecordingEngine()
    b = build_window(
        paths,
        qapp,
        open_url=lambda url: True,
        now=lambda: NOW,
        engine=(engine, engine),
        autostart=FakeAutostart(),
        use_tray=False,
        quit_app=lambda: None,
    )
    qtbot.addWidget(b.window)
    yield b
    b.close()
    theme.apply_theme(qapp, "light")


def test_queues_insights_and_media_are_built_on_their_first_visit(built, qtbot) -> None:
    window, panes = built.window, built.panes
    window.show_pane("calendar")
    for key, lazy in (("queues", panes.lazy_queues), ("insights", panes.lazy_insights), ("media", panes.lazy_media)):
        assert lazy.built() is None, key
        assert not window.is_built(key)
    # The sidebar (what a click or Ctrl+4 does) builds the pane and shows it.
    window.show_pane_at(window.pane_keys().index("queues"))
    queues = panes.lazy_queues.built()
    assert queues is not None and window.current_pane() == "queues"
    assert window.pane("queues") is queues is panes.queues
    assert panes.lazy_insights.built() is None  # visiting one pane builds only that one


def test_a_lazily_built_pane_gets_the_time_zone_chosen_before_it_was_built(built, qtbot) -> None:
    panes = built.panes
    assert panes.lazy_queues.built() is None
    _choose_zone(panes.settings, "Asia/Tokyo")  # Queues does not exist yet: nobody to tell

    built.window.show_pane("queues")

    queues = panes.queues
    assert queues.zone_box.currentText() == "Asia/Tokyo"  # a new queue starts in the user's zone
    assert queues in panes.zone_followers()
    _choose_zone(panes.settings, "America/Chicago")  # built now: it follows at once
    assert queues.zone_box.currentText() == "America/Chicago"


def test_a_lazily_built_pane_is_wired_when_it_is_built(built, qtbot) -> None:
    panes = built.panes
    qtbot.waitUntil(lambda: panes.composer.is_loaded, timeout=10_000)
    built.window.show_pane("calendar")
    with qtbot.waitSignal(panes.calendar.loaded, timeout=10_000):
        panes.queues.queues_changed.emit()  # the calendar shows queued slots: it reloads
    panes.insights.compose_requested.emit()
    assert built.window.current_pane() == "composer"


START = """
import sys, threading
from pathlib import Path
from postdesk.app import run_gui
from postdesk.paths import Paths

connects = []
sys.addaudithook(lambda event, args: connects.append((threading.current_thread().name, str(args[0])))
                 if event == "sqlite3.connect" else None)

def shown(window):
    heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic", "postdesk.store.db", "postdesk.engine.engine",
                               "postdesk.ui.composer.view", "postdesk.platforms.shipped", "qasync") if m in sys.modules)
    print("shown", window.current_pane(), ",".join(window.loading_keys()), "heavy:" + ",".join(heavy), flush=True)
    return True

def ready(window):
    print("ready", window.current_pane(), ",".join(window.loading_keys()) or "-", flush=True)
    for thread, path in connects:
        print("connect", thread, path, flush=True)
    return True

sys.exit(run_gui(Paths(Path(sys.argv[1])).ensure(), on_shown=shown, on_ready=ready,
                 show_error=lambda title, text: print("error", title, flush=True)))
"""

ALL = "calendar,composer,inbox,queues,insights,media,accounts,settings"


def _start(home) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POSTDESK_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-c", START, str(home)], capture_output=True, text=True, timeout=120, env=env
    )


def test_the_first_window_is_painted_before_the_store_is_opened_off_the_ui_thread(tmp_path) -> None:
    home = tmp_path / "home"
    first = _start(home)  # creates the database (no backup of a new file)
    assert first.returncode == 0, first.stderr
    out = _start(home)  # an ordinary start: the daily backup is due
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    # Painted with every pane still loading, before SQLAlchemy, the engine or a pane was imported.
    assert lines[0] == f"shown composer {ALL} heavy:", out.stdout
    # Then the panes are in place, but for those built on their first visit.
    assert lines[1] == "ready composer queues,insights,media", out.stdout
    connects = [line.split(" ", 2)[1:] for line in lines[2:]]
    on_ui = [path for thread, path in connects if thread == "MainThread"]
    # The UI thread only glanced at two settings, read-only; the store was opened, checked and
    # backed up on the disk worker.
    assert on_ui and all(path.endswith("postdesk.sqlite3?mode=ro") for path in on_ui[:1]), out.stdout
    backups = [(thread, path) for thread, path in connects if "/backups/" in path]
    assert backups and all(thread.startswith("postdesk-disk") for thread, _ in backups), out.stdout


def test_the_saved_theme_and_language_are_read_for_the_first_paint_without_the_store(paths) -> None:
    from postdesk.ui import first_look

    assert first_look.peek(paths.database) == first_look.FirstLook("", "system")  # no database yet
    database = open_database(paths)
    SettingsRepository(database).update(theme="dark", language="de")
    database.close()
    assert first_look.peek(paths.database) == first_look.FirstLook("de", "dark")
    paths.database.write_bytes(b"not a database" * 100)
    assert first_look.peek(paths.database) == first_look.FirstLook("", "system", readable=False)


@pytest.mark.parametrize("mode", ["light", "dark", "long", "rtl"])
def test_the_loading_window_is_calm_in_every_look(qtbot, qapp, paths, mode) -> None:
    """The window as start-up first paints it: sidebar, and one quiet line where the pane will be."""
    from pathlib import Path

    from PySide6.QtCore import QSettings, Qt

    from postdesk.app import _loading_specs
    from postdesk.ui.i18n import PseudoTranslator
    from postdesk.ui.main_window import LoadingPane, MainWindow

    translator = PseudoTranslator()
    if mode in {"long", "rtl"}:
        qapp.installTranslator(translator)
    if mode == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    theme.apply_theme(qapp, "dark" if mode == "dark" else "light")
    try:
        window = MainWindow(_loading_specs(), QSettings(str(paths.base / "window.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1100, 700)
        with qtbot.waitSignal(window.first_painted, timeout=5_000):
            window.show()
        assert window.loading_keys() == window.pane_keys()
        shown = window.findChildren(LoadingPane)
        assert shown and all(label.accessibleName() and label.text() for label in shown)
        if mode == "long":
            assert shown[0].text().startswith("[")  # the loading line is translatable
        shots = Path(__file__).resolve().parents[2] / "screenshots"
        shots.mkdir(exist_ok=True)
        assert window.grab().save(str(shots / f"shell-loading-{mode}.png"))
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        theme.apply_theme(qapp, "light")
