"""CSV import and export through the real window (issue 13.10): the calendar bar's CSV button, a preview of
every row with every problem before anything is saved, "Import N posts" in one transaction, an export that
imports back to the same posts; screenshots in light, dark and pseudo-translated (long, right-to-left)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from sqlmodel import select

from postdesk.core.calendar import CalendarFilter
from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import PostRow
from postdesk.ui import theme
from postdesk.ui.csv_import.controls import CsvControls
from postdesk.ui.csv_import.dialog import CsvImportDialog
from postdesk.ui.csv_import.export_dialog import CsvExportDialog
from postdesk.ui.csv_import.model import RowsModel
from tests.helpers.real_window import build_test_window

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NOW = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def make(qtbot, paths, qapp):
    built: list = []

    def build():
        b = build_test_window(paths, qapp, qtbot, NOW)
        built.append(b)
        return b

    yield build
    for b in built:
        b.close()
    theme.apply_theme(qapp, "light")


def seed_accounts(b) -> dict[str, int]:
    accounts = AccountRepository(b.database)
    return {
        "bluesky": accounts.add(Network.BLUESKY, "alice.bsky.social", now=NOW).id,
        "mastodon": accounts.add(Network.MASTODON, "alice@example.social", now=NOW, instance_url=None).id,
    }


def write_csv(folder: Path) -> Path:
    Image.new("RGB", (1200, 800), (200, 120, 40)).save(folder / "harbour.jpg")
    long = "Too long for Bluesky. " * 20
    rows = [
        "text,accounts,scheduled_at,zone,media,alt_text,tags,first_comment",
        "Spring sale starts today,alice.bsky.social,2026-03-10 09:30,Europe/Paris,harbour.jpg,"
        "The harbour at dawn,launch; spring,Link below",
        '"Thread one\n---\nThread two",mastodon:alice@example.social,2026-03-11 18:00,,,,,',
        f"{long},alice.bsky.social,2026-03-12 12:00,,,,,",
        "Who is this,bob,2026-03-13 12:00,,,,,",
        "Yesterday,alice.bsky.social,2026-02-01 10:00,,,,,",
        "Not a date,alice.bsky.social,next tuesday,,,,,",
        "Missing picture,alice.bsky.social,2026-03-14 10:00,,gone.png,,,",
    ]
    path = folder / "posts.csv"
    path.write_bytes(("\ufeff" + "\n".join(rows) + "\n").encode("utf-8"))
    return path


def controls_of(b) -> CsvControls:
    controls = b.panes.calendar.findChild(CsvControls)
    assert controls is not None
    return controls


def open_import(b, qtbot, path: Path) -> CsvImportDialog:
    controls = controls_of(b)
    controls.ask_open_path = lambda parent: str(path)
    # The bar's CSV button opens a menu; its first entry opens the dialog.
    assert controls.button.menu().actions()[0] is controls.import_action
    controls.import_action.trigger()
    dialog = controls.dialog
    assert isinstance(dialog, CsvImportDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 7, timeout=10_000)
    return dialog


def problems(dialog: CsvImportDialog, row: int) -> str:
    return dialog.model.index(row, RowsModel.PROBLEMS).data()


def test_preview_shows_every_problem_before_anything_is_saved(make, qtbot, tmp_path, qtmodeltester) -> None:
    b = make()
    seed_accounts(b)
    dialog = open_import(b, qtbot, write_csv(tmp_path))
    qtmodeltester.check(dialog.model)
    with b.database.read_session() as session:
        assert session.exec(select(PostRow)).all() == []  # nothing saved by reading

    assert problems(dialog, 0) == "None"
    assert dialog.model.index(0, RowsModel.READY).data() == "Yes, as a draft"
    assert problems(dialog, 1) == "None"
    # The composer's own sentence for a text over Bluesky's 300 characters.
    assert "Bluesky: Too long by 140: 440 of 300 characters." in problems(dialog, 2)
    assert dialog.model.index(2, RowsModel.READY).data() == "Yes, as a draft"
    assert "No connected account is called \u201cbob\u201d." in problems(dialog, 3)
    assert "2026-02-01 10:00 is already past." in problems(dialog, 4)
    assert "\u201cnext tuesday\u201d is not a date and time Postdesk can read" in problems(dialog, 5)
    assert problems(dialog, 6) == "No picture or video Postdesk can read at \u201cgone.png\u201d."  # said once
    assert dialog.summary.text() == "7 row(s) read. 4 cannot be imported as it is: see its problems below."
    assert dialog.import_button.text() == "&Import 3 post(s)"

    # Scheduling asks more: the too-long post can no longer go.
    dialog.as_scheduled.click()
    assert dialog.import_button.text() == "&Import 2 post(s)"
    assert dialog.model.index(2, RowsModel.READY).data() == "No"
    assert dialog.model.index(0, RowsModel.READY).data() == "Yes"


def test_import_saves_the_rows_that_can_go_in_one_go_and_the_calendar_shows_them(make, qtbot, tmp_path) -> None:
    b = make()
    ids = seed_accounts(b)
    dialog = open_import(b, qtbot, write_csv(tmp_path))
    dialog.as_scheduled.click()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        dialog.import_button.click()
    saved_ids, scheduled = signal.args
    assert scheduled and len(saved_ids) == 2
    assert dialog.status.text().startswith("Imported 2 post(s), scheduled where they had a time.")

    posts = [PostRepository(b.database).get(i) for i in saved_ids]
    first, second = posts
    assert first.parts == ("Spring sale starts today",)
    assert first.scheduled_at == dt.datetime(2026, 3, 10, 8, 30, tzinfo=dt.UTC)
    assert first.targets[0].account_id == ids["bluesky"] and first.targets[0].state is TargetState.SCHEDULED
    assert first.targets[0].options == {"first_comment": "Link below"}
    assert len(first.media) == 1  # the picture went into the media library
    assert second.parts == ("Thread one", "Thread two")
    assert second.scheduled_zone == b.preferences.time_zone  # no zone column: the app's zone
    # The calendar reloads and shows the new posts with their tags; the engine is woken to read the schedule.
    calendar = b.panes.calendar
    calendar.go_to(dt.date(2026, 3, 10))
    qtbot.waitUntil(lambda: {e.post_id for e in calendar.entries()} >= set(saved_ids), timeout=10_000)
    assert next(e for e in calendar.entries() if e.post_id == first.id).tags == ("launch", "spring")
    qtbot.waitUntil(lambda: ("run_due", ()) in b.engine_calls.calls, timeout=10_000)


def test_a_failed_write_leaves_nothing_half_imported(make, qtbot, tmp_path, monkeypatch) -> None:
    from postdesk.store import csv_posts_store

    b = make()
    seed_accounts(b)
    dialog = open_import(b, qtbot, write_csv(tmp_path))
    calls = {"n": 0}

    def failing_tag(**kwargs: Any):
        calls["n"] += 1
        raise OSError("disk went away")  # after the first post row was flushed

    monkeypatch.setattr(csv_posts_store, "PostTagRow", failing_tag)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.status.text(), timeout=10_000)
    assert calls["n"] == 1
    with b.database.read_session() as session:
        assert session.exec(select(PostRow)).all() == []


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\xff\xfe\x00\x00garbage", "This file is not in UTF-8 text."),
        (b'text,networks\n"never closed,bluesky\n', "This file is broken near line"),
        (b"title,networks\nhi,bluesky\n", "with one called \u201ctext\u201d"),
    ],
)
def test_broken_files_are_refused_with_clear_words(make, qtbot, tmp_path, content: bytes, words: str) -> None:
    b = make()
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    controls = controls_of(b)
    controls.ask_open_path = lambda parent: str(path)
    controls.import_action.trigger()
    dialog = controls.dialog
    qtbot.waitUntil(lambda: dialog.status.isVisibleTo(dialog), timeout=10_000)
    assert words in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_a_huge_file_is_refused_before_it_is_read(make, qtbot, tmp_path, monkeypatch) -> None:
    from postdesk.core import csv_posts

    b = make()
    path = tmp_path / "huge.csv"
    path.write_bytes(b"text,networks\n" + b"x,bluesky\n" * 200)
    monkeypatch.setattr(csv_posts, "MAX_BYTES", 1000)
    controls = controls_of(b)
    controls.ask_open_path = lambda parent: str(path)
    controls.import_action.trigger()
    dialog = controls.dialog
    qtbot.waitUntil(lambda: "too big" in dialog.status.text(), timeout=10_000)


def test_export_then_import_round_trips(make, qtbot, tmp_path) -> None:
    b = make()
    seed_accounts(b)
    dialog = open_import(b, qtbot, write_csv(tmp_path))
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        dialog.import_button.click()
    first_ids = signal.args[0]
    dialog.reject()

    controls = controls_of(b)
    target = tmp_path / "out.csv"
    controls.ask_save_path = lambda parent, suggested: str(target)
    controls.export_action.trigger()
    export = controls.dialog
    assert isinstance(export, CsvExportDialog)
    assert not export.filtered.isEnabled()  # no filter on in the calendar
    with qtbot.waitSignal(export.exported, timeout=10_000) as done:
        export.export_button.click()
    assert done.args == [3]
    assert export.status.text() == "Exported 3 post(s)."
    export.reject()

    controls.ask_open_path = lambda parent: str(target)
    controls.import_action.trigger()
    second = controls.dialog
    qtbot.waitUntil(lambda: second.model.rowCount() == 3, timeout=10_000)
    with qtbot.waitSignal(second.imported, timeout=10_000) as signal:
        second.import_button.click()
    posts = PostRepository(b.database)
    before = [posts.get(i) for i in first_ids]
    after = [posts.get(i) for i in signal.args[0]]

    def shape(p):
        return (
            p.parts,
            p.scheduled_at,
            p.scheduled_zone,
            [(t.network, t.account_id, t.options) for t in p.targets],
            p.media,
        )

    # The same posts; media are the same library assets (content-addressed, imported once).
    assert sorted(map(shape, after), key=repr) == sorted(map(shape, before), key=repr)


def test_export_of_what_the_calendar_filter_shows(make, qtbot, tmp_path) -> None:
    b = make()
    ids = seed_accounts(b)
    dialog = open_import(b, qtbot, write_csv(tmp_path))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    dialog.reject()
    calendar = b.panes.calendar
    calendar.set_filter(CalendarFilter(accounts=frozenset({ids["mastodon"]})))
    controls = controls_of(b)
    target = tmp_path / "filtered.csv"
    controls.ask_save_path = lambda parent, suggested: str(target)
    export = controls.open_export()
    assert export.filtered.isEnabled() and export.filtered.isChecked()
    with qtbot.waitSignal(export.exported, timeout=10_000) as done:
        export.export_button.click()
    assert done.args == [1]
    text = target.read_text(encoding="utf-8-sig")
    assert "Thread one\n---\nThread two" in text.replace("\r\n", "\n") and "Spring sale" not in text


def test_keyboard_paths_and_accessible_names(make, qtbot, tmp_path) -> None:
    b = make()
    seed_accounts(b)
    controls = controls_of(b)
    assert controls.button.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab reaches it in the calendar's bar
    assert controls.button.accessibleName() == "Import or export posts as a CSV file"
    assert [a.text() for a in controls.button.menu().actions()] == [
        "&Import posts from CSV\u2026",
        "&Export posts to CSV\u2026",
    ]
    dialog = open_import(b, qtbot, write_csv(tmp_path))
    export = CsvExportDialog(dialog._services, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    qtbot.addWidget(export)
    for window in (dialog, export):
        for widget in window.findChildren(QWidget):
            inner = widget.objectName().startswith("qt_")  # a date edit's own line edit
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.accessibleName() and not inner:
                # Unnamed only where Qt names it from its own text (buttons with a mnemonic).
                assert isinstance(widget, QAbstractButton) and widget.text(), widget
    dialog.reject()


def _shoot(b, qtbot, tmp_path, name: str) -> None:
    seed_accounts(b)
    dialog = open_import(b, qtbot, write_csv(tmp_path))
    dialog.resize(1000, 560)
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"csv-import-{name}.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 10_000
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    dialog.reject()
    b.panes.calendar.set_filter(CalendarFilter(tags=frozenset({"launch"})))
    controls = controls_of(b)
    controls.ask_save_path = lambda parent, suggested: str(tmp_path / suggested)
    export = controls.open_export()
    with qtbot.waitSignal(export.exported, timeout=10_000):
        export.export_button.click()
    qtbot.waitExposed(export)
    for _ in range(3):
        QApplication.processEvents()
    path = SHOTS / f"csv-export-{name}.png"
    assert export.grab().save(str(path))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshot(make, qtbot, qapp, tmp_path, mode: str) -> None:
    b = make()
    theme.apply_theme(qapp, mode)
    _shoot(b, qtbot, tmp_path, mode)


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshot_pseudo_localised(make, qtbot, qapp, tmp_path, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        assert controls_of(b).import_action.text().startswith("[")
        _shoot(b, qtbot, tmp_path, f"pseudo-{pseudo}")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
