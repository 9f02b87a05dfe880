"""Reach (issue 13 items 1, 5-8; issue 14 item 7) driven through the real window.

Publish now is checked like a schedule; waiting is said as such and can be stopped; a hand-off
shows and can be taken back; a lost answer is asked about (from the calendar, from Retry, from the
tray's notification) with a link to where to look; deleting a published post asks how far and
says how it went. Screenshots of the new dialogs and states are saved in light and dark.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.engine.events import ConnectivityChanged, NeedsAttention
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables_engine import OutboxRow
from postdesk.ui import theme
from postdesk.ui.dialogs.delete_published import DeletePublishedDialog
from postdesk.ui.dialogs.unknown_resolution import UnknownResolutionDialog
from tests.ui.test_engine_reach import (  # noqa: F401 (fixture)
    NOW,
    calendar_of,
    make,
    menu_action,
    open_in_composer,
    seed,
    trigger,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _shot(widget, name: str, qapp, keep_size: bool = False) -> None:
    SHOTS.mkdir(exist_ok=True)
    for choice in ("light", "dark"):
        theme.apply_theme(qapp, choice)
        for _ in range(3):  # let the palette change reach every widget
            qapp.processEvents()
        if not keep_size:
            widget.adjustSize()
        widget.grab().save(str(SHOTS / f"reach-{name}-{choice}.png"))
    theme.apply_theme(qapp, "light")


def _list_status(calendar, post_id) -> str:
    from postdesk.ui.calendar.models import AgendaModel

    if calendar.view_kind != "list":
        calendar.set_view("list")
    model = calendar.agenda_model
    row = model.row_of_post(post_id)
    return None if row is None else model.index(row, AgendaModel.STATUS).data()


# -- 1. Publish now ---------------------------------------------------------------------------------


def test_publish_now_is_refused_with_the_reasons_schedule_gives(make, qtbot):
    b = make()
    post_id, _tid = seed(b, TargetState.SCHEDULED, network=Network.X, handle="me", text="x" * 400)
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    assert not composer.publish_now_button.isEnabled()
    assert not composer.schedule_button.isEnabled()
    assert composer.schedule_reason.text().startswith("Can't schedule yet")
    assert composer.publish_now() is False
    # From the calendar: the composer opens it, shows the reasons, and nothing is sent.
    calendar = calendar_of(b, qtbot)
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        trigger(calendar, post_id, "publish_now")
    assert b.window.current_pane() == "composer"
    composer.refresh_now()
    assert composer.schedule_reason.isVisibleTo(composer)
    assert "publish_now" not in b.engine_calls.names()


def test_publish_now_from_the_calendar_sends_a_valid_post_and_stamps_its_time(make, qtbot):
    b = make()
    post_id, tid = seed(b, TargetState.SCHEDULED)
    trigger(calendar_of(b, qtbot), post_id, "publish_now")
    qtbot.waitUntil(lambda: ("publish_now", (tid,)) in b.engine_calls.calls, timeout=10_000)
    assert PostRepository(b.database).get(post_id).scheduled_at == NOW
    assert b.window.pane("composer").publish_now_button.accessibleName()


# -- 7. Waiting is visible and stoppable --------------------------------------------------------------


def test_waiting_for_a_connection_then_for_the_global_pause_is_said_and_stoppable(make, qtbot, qapp):
    b = make(use_tray=True)
    post_id, tid = seed(b, TargetState.DUE)
    calendar = calendar_of(b, qtbot)
    b.bridge.sink(ConnectivityChanged(online=False))
    qtbot.waitUntil(lambda: _list_status(calendar, post_id) == "Waiting for a connection", timeout=10_000)
    calendar.set_view("month")
    qtbot.waitUntil(lambda: calendar.held(post_id) is not None, timeout=10_000)
    for name in ("pause", "cancel", "reschedule", "delete"):
        assert menu_action(calendar, post_id, name).isEnabled(), name
    composer = open_in_composer(b, qtbot, post_id)
    assert "waiting for a connection" in composer.controls.hold_text()
    for button in (
        composer.controls.pause_button,
        composer.controls.cancel_button,
        composer.controls.reschedule_button,
        composer.controls.delete_button,
    ):
        assert button.isVisibleTo(composer) and button.isEnabled(), button.objectName()
        assert button.accessibleName()
    _shot(composer.controls, "composer-waiting", qapp)
    b.bridge.sink(ConnectivityChanged(online=True))
    next(a for a in b.tray.menu.actions() if a.isCheckable()).trigger()  # pause all publishing
    qtbot.waitUntil(lambda: _list_status(calendar, post_id) == "Waiting: all publishing is paused", timeout=10_000)
    assert "paused all publishing" in composer.controls.hold_text()
    composer.controls.reschedule_button.click()
    qtbot.waitUntil(lambda: ("pause", (tid,)) in b.engine_calls.calls, timeout=10_000)
    assert "Pick the new time" in composer.schedule_state.text()


def test_a_retry_shows_its_time_in_the_locale_and_a_reconnect_says_so(make, qtbot, qapp):
    b = make()
    at = NOW + dt.timedelta(minutes=7)
    retry_id, _ = seed(b, TargetState.FAILED_RETRYABLE, next_at=at)
    reconnect_id, _ = seed(b, TargetState.DUE, reason="needs_reconnect", at=NOW + dt.timedelta(hours=3))
    handed_id, _ = seed(b, TargetState.SCHEDULED, handed="scheduled:9", at=NOW + dt.timedelta(hours=4))
    calendar = calendar_of(b, qtbot)
    moment = QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone(calendar.zone.key.encode()))
    expected = "Waiting to try again at {} {}".format(
        QLocale().toString(moment, "ddd"), QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    )
    qtbot.waitUntil(lambda: _list_status(calendar, retry_id) == expected, timeout=10_000)
    assert _list_status(calendar, reconnect_id) == "Waiting: reconnect the account"
    assert _list_status(calendar, handed_id) == "Handed to Mastodon"
    calendar.resize(1100, 360)
    _shot(calendar, "calendar-list-holds", qapp, keep_size=True)
    # The month grid marks held posts with a clock (the tooltip says what holds them).
    from postdesk.ui.calendar.models import HOLDS_ROLE

    calendar.set_view("month")
    qtbot.waitUntil(lambda: calendar.is_current(), timeout=10_000)
    cell = calendar.month_model.index_of_date(NOW.date())
    assert set(cell.data(HOLDS_ROLE)) >= {retry_id, reconnect_id, handed_id}
    calendar.resize(1100, 700)
    _shot(calendar, "calendar-month-holds", qapp, keep_size=True)
    assert menu_action(calendar, reconnect_id, "pause").isEnabled()


# -- 8. Hand-off -----------------------------------------------------------------------------------


def test_hand_off_is_offered_where_the_adapter_schedules_natively_shown_and_taken_back(make, qtbot, qapp):
    b = make()
    post_id, tid = seed(b, TargetState.SCHEDULED, handed="scheduled:9")
    composer = open_in_composer(b, qtbot, post_id)
    assert "Handed to Mastodon" in composer.controls.hold_text()
    assert composer.panel(Network.MASTODON).hand_off_check.text().startswith("&Let Mastodon publish it")
    assert composer.panel(Network.BLUESKY).hand_off_check.isHidden()  # Bluesky cannot schedule natively
    calendar = calendar_of(b, qtbot)
    qtbot.waitUntil(lambda: calendar.held(post_id) is not None, timeout=10_000)
    cancel = menu_action(calendar, post_id, "cancel")
    assert cancel.text() == "Take back and cancel" and cancel.isEnabled()
    assert not menu_action(calendar, post_id, "pause").isEnabled()  # pausing would not stop the network
    calendar.move_post(post_id, (NOW + dt.timedelta(days=3)).date())
    assert "take it back first" in calendar.notice_text()
    composer.controls.cancel_button.click()
    qtbot.waitUntil(lambda: ("cancel", (tid,)) in b.engine_calls.calls, timeout=10_000)


# -- 6 and 14.7. A lost answer, resolved by the user ------------------------------------------------


def test_telegram_says_it_cannot_look_up_next_to_it_and_in_the_question(make, qtbot, qapp):
    b = make()
    post_id, tid = seed(
        b, TargetState.UNKNOWN, network=Network.TELEGRAM, handle="@mychannel", reason="unknown_needs_user"
    )
    composer = open_in_composer(b, qtbot, post_id)
    note = composer.panel(Network.TELEGRAM).lookup_note
    assert note.isVisibleTo(composer.panel(Network.TELEGRAM))
    assert "Telegram cannot look a post up" in note.text()
    assert composer.panel(Network.MASTODON).lookup_note.isHidden()  # Mastodon can look it up
    composer.resize(1300, 900)
    _shot(composer, "composer-telegram-unknown", qapp, keep_size=True)
    assert "does not know whether this post went out" in composer.controls.hold_text()
    composer.controls.resolve_button.click()
    dialog = composer.controls.dialog
    assert isinstance(dialog, UnknownResolutionDialog)
    assert "Telegram cannot look a post up" in dialog.findChild(type(note), "cannotLookUp").text()
    dialog.look_button.click()
    assert b.opened_urls == ["https://t.me/mychannel"]
    _shot(dialog, "unknown-telegram", qapp)
    dialog.link_edit.setText("not a link")
    dialog.there_button.click()
    assert "does not look like a link" in dialog.result_text()
    dialog.link_edit.setText("https://t.me/mychannel/45")
    dialog.there_button.click()
    qtbot.waitUntil(
        lambda: ("resolve_unknown", (tid, True, "https://t.me/mychannel/45", "45")) in b.engine_calls.calls,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: "Marked as published on Telegram." in dialog.result_text(), timeout=10_000)


def test_the_tray_notification_leads_to_the_question_and_send_it_again(make, qtbot):
    b = make(use_tray=True)
    post_id, tid = seed(b, TargetState.UNKNOWN, reason="unknown_needs_user")
    b.bridge.sink(NeedsAttention(tid, post_id, "unknown_needs_user"))
    assert "Click here to look" in b.tray.notifications[-1][1]
    b.tray._icon.messageClicked.emit()
    composer = b.window.pane("composer")
    qtbot.waitUntil(lambda: isinstance(composer.controls.dialog, UnknownResolutionDialog), timeout=10_000)
    assert b.window.current_pane() == "composer"
    dialog = composer.controls.dialog
    assert dialog.target_id == tid
    dialog.look_button.click()
    assert b.opened_urls == ["https://example.social/@me"]
    dialog.again_button.click()
    qtbot.waitUntil(lambda: ("resolve_unknown", (tid, False, None, None)) in b.engine_calls.calls, timeout=10_000)


def test_retry_on_a_lost_answer_asks_instead_of_doing_nothing(make, qtbot):
    b = make()
    post_id, _tid = seed(b, TargetState.UNKNOWN)
    calendar = calendar_of(b, qtbot)
    trigger(calendar, post_id, "retry")
    qtbot.waitUntil(lambda: isinstance(calendar.dialog, UnknownResolutionDialog), timeout=10_000)
    assert "will not simply send it again" in calendar.notice_text()
    assert "retry" not in b.engine_calls.names()


# -- 5. Delete a published post ---------------------------------------------------------------------


def _delete_dialog(b, qtbot, post_id) -> DeletePublishedDialog:
    calendar = calendar_of(b, qtbot)
    assert menu_action(calendar, post_id, "delete").text() == calendar.tr("Delete…")
    trigger(calendar, post_id, "delete")
    qtbot.waitUntil(lambda: isinstance(calendar.dialog, DeletePublishedDialog), timeout=10_000)
    return calendar.dialog


def test_delete_from_postdesk_only_says_it_stays_on_the_network(make, qtbot, qapp):
    b = make()
    post_id, _tid = seed(b, TargetState.PUBLISHED, remote=("110", "https://example.social/@me/110"))
    dialog = _delete_dialog(b, qtbot, post_id)
    assert dialog.local_only.isChecked() and dialog.keep_button.isDefault()
    _shot(dialog, "delete-published", qapp)
    dialog.delete_button.click()
    assert dialog.result_text() == "Removed from Postdesk. It is still on Mastodon."
    qtbot.waitUntil(lambda: PostRepository(b.database).is_deleted(post_id), timeout=10_000)
    assert "delete_published" not in b.engine_calls.names()


def test_delete_from_the_network_too_reports_success_failure_and_waiting(make, qtbot, qapp):
    b = make()
    post_id, tid = seed(b, TargetState.PUBLISHED, remote=("110", "https://example.social/@me/110"))
    dialog = _delete_dialog(b, qtbot, post_id)
    dialog.network_too.setChecked(True)
    # The engine's outbox row for the action the facade answers (41): not done yet, offline.
    with b.database.session() as session:
        session.add(
            OutboxRow(
                id=41,
                kind="delete",
                network="mastodon",
                account_id=None,
                target_id=tid,
                payload_json="{}",
                created_at=NOW,
            )
        )
    b.bridge.sink(ConnectivityChanged(online=False))
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "when Postdesk is back online" in dialog.result_text(), timeout=10_000)
    with b.database.session() as session:
        row = session.get(OutboxRow, 41)
        row.done_at, row.last_error = NOW, "Record not found"
        session.add(row)
    b.bridge.sink(ConnectivityChanged(online=True))
    qtbot.waitUntil(lambda: "Mastodon did not delete it: “Record not found”" in dialog.result_text(), timeout=10_000)
    _shot(dialog, "delete-published-result", qapp)
    with b.database.session() as session:
        row = session.get(OutboxRow, 41)
        row.last_error = None
        session.add(row)
    from postdesk.engine.events import OutboxDrained

    b.bridge.sink(OutboxDrained(done=1, failed=0))
    qtbot.waitUntil(lambda: "Deleted from Mastodon." in dialog.result_text(), timeout=10_000)
    assert ("delete_published", (tid,)) in b.engine_calls.calls
    qtbot.waitUntil(lambda: PostRepository(b.database).is_deleted(post_id), timeout=10_000)


def test_a_composer_delete_of_a_waiting_post_asks_first(make, qtbot):
    b = make()
    post_id, _tid = seed(b, TargetState.FAILED_RETRYABLE, next_at=NOW + dt.timedelta(minutes=5))
    composer = open_in_composer(b, qtbot, post_id)
    composer.controls.delete_button.click()
    box = composer.controls.dialog
    assert box is not None and "nothing is on any network" in box.text()
    delete = next(btn for btn in box.buttons() if btn.text() == "&Delete")
    delete.click()
    qtbot.waitUntil(lambda: PostRepository(b.database).is_deleted(post_id), timeout=10_000)
    qtbot.waitUntil(lambda: composer.status_text() == "The post was removed from Postdesk.", timeout=10_000)


def test_schedule_pressed_while_an_autosave_is_out_stays_scheduled(make, qtbot):
    # The answer to the save sent before Schedule still says "draft": it must not undo the click.
    from postdesk.ui.composer.draft_saver import SaveState

    b = make()
    post_id, _tid = seed(b, TargetState.DRAFT, at=None)
    composer = open_in_composer(b, qtbot, post_id)
    composer.base_editor.editor(0).setPlainText("Changed just before scheduling")
    composer.flush_draft()  # a save is out now
    composer.when_edit.setDateTime(composer.when_edit.dateTime().addDays(2))
    composer.refresh_now()
    composer.schedule_button.click()
    qtbot.waitUntil(lambda: "run_due" in b.engine_calls.names(), timeout=10_000)
    qtbot.waitUntil(lambda: composer.save_state() is SaveState.SAVED, timeout=10_000)
    stored = PostRepository(b.database).get(post_id)
    assert stored.targets[0].state is TargetState.SCHEDULED
    assert stored.parts == ("Changed just before scheduling",)


# -- keyboard, and the pseudo-translations (long, right-to-left) ------------------------------------


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard", "does not support raise")
def test_new_controls_are_reachable_by_keyboard_and_named(make, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    b = make()
    post_id, _tid = seed(b, TargetState.UNKNOWN, reason="unknown_needs_user")
    composer = open_in_composer(b, qtbot, post_id)
    chain, widget = [], composer.schedule_button
    for _ in range(40):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert composer.publish_now_button in chain and composer.controls.resolve_button in chain
    for button in (
        composer.publish_now_button,
        composer.controls.resolve_button,
        composer.panel(Network.MASTODON).hand_off_check,
    ):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.accessibleName()
        assert "&" in button.text()  # a mnemonic
    # The calendar's list: the keyboard's menu key opens the post's menu (where the actions live).
    calendar = calendar_of(b, qtbot)
    calendar.set_view("list")
    qtbot.waitUntil(lambda: calendar.agenda_model.row_of_post(post_id) is not None, timeout=10_000)
    calendar.list_view.setCurrentIndex(calendar.agenda_model.index(calendar.agenda_model.row_of_post(post_id), 0))
    with qtbot.waitSignal(calendar.list_view.menu_requested, timeout=5_000) as asked:
        QApplication.sendEvent(
            calendar.list_view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), QPoint(1, 1))
        )
    assert asked.args[0][0].post_id == post_id
    assert menu_action(calendar, post_id, "resolve_unknown").isEnabled()


@pytest.mark.parametrize("mode", ["long", "rtl"])
def test_pseudo_translated_dialogs_screenshots(make, qtbot, qapp, mode):
    from PySide6.QtCore import Qt

    from postdesk.ui.i18n import PseudoTranslator

    b = make()
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    if mode == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        post_id, _tid = seed(b, TargetState.PUBLISHED, remote=("110", "https://example.social/@me/110"))
        dialog = _delete_dialog(b, qtbot, post_id)
        assert dialog.delete_button.text().startswith("[")  # the pseudo-translation reached it
        dialog.adjustSize()
        dialog.grab().save(str(SHOTS / f"reach-delete-published-{mode}.png"))
        dialog.reject()
        unknown_id, _t = seed(
            b, TargetState.UNKNOWN, network=Network.TELEGRAM, handle="@mychannel", reason="unknown_needs_user"
        )
        calendar = calendar_of(b, qtbot)
        trigger(calendar, unknown_id, "resolve_unknown")
        qtbot.waitUntil(lambda: isinstance(calendar.dialog, UnknownResolutionDialog), timeout=10_000)
        calendar.dialog.adjustSize()
        calendar.dialog.grab().save(str(SHOTS / f"reach-unknown-telegram-{mode}.png"))
        assert calendar.dialog.width() <= 900  # long text wraps instead of stretching the dialog
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_composer_does_not_move_a_post_the_network_holds(make, qtbot):
    b = make()
    post_id, _tid = seed(b, TargetState.SCHEDULED, handed="scheduled:9")
    from postdesk.core.entities import Target
    from postdesk.store.repositories.accounts import AccountRepository

    # A second, ordinary target keeps the time field editable.
    sky = AccountRepository(b.database).add(Network.BLUESKY, "me.bsky.social", now=NOW).id
    stored = PostRepository(b.database).get(post_id)
    PostRepository(b.database).save(
        type(stored)(
            id=stored.id,
            parts=stored.parts,
            targets=(*stored.targets, Target(Network.BLUESKY, sky, state=TargetState.SCHEDULED)),
            scheduled_at=stored.scheduled_at,
            scheduled_zone=stored.scheduled_zone,
            version=stored.version,
        ),
        now=NOW,
    )
    composer = open_in_composer(b, qtbot, post_id)
    qtbot.waitUntil(lambda: "Handed to Mastodon" in composer.controls.hold_text(), timeout=10_000)
    composer.refresh_activity()
    qtbot.waitSignal(composer.activity_loaded, timeout=10_000)
    qtbot.waitUntil(lambda: Network.MASTODON in composer.state.handed_off, timeout=10_000)
    composer.when_edit.setDateTime(composer.when_edit.dateTime().addDays(1))
    composer.refresh_now()
    assert composer.schedule_button.isEnabled()
    assert composer.schedule() is False
    assert "take it back first" in composer.schedule_state.text()
    assert PostRepository(b.database).get(post_id).scheduled_at == stored.scheduled_at
