"""No edit lost between panes, and a sent post opens as the record of what was sent (issue 12).

12.3: a post open in the composer is moved in the calendar (through the calendar model's own
drop handler); the user keeps typing; after the autosave the move is still there. On the old
code the composer's autosave wrote its stale time back over the move, silently.

12.2: a post whose target went out opens read-only, showing the frozen text and its true state
(never "draft"), with "Duplicate as a new post".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.core.states import Event
from postdesk.engine.ledger import Ledger, Outcome
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories import AccountRepository, PostRepository
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar import CalendarPane
from postdesk.ui.calendar.models import encode_post
from postdesk.ui.composer.draft_saver import SaveState
from postdesk.ui.composer.services import StoreComposerServices
from postdesk.ui.composer.view import ComposerPane
from tests.ui.calendar.test_calendar_support import SEED_NOW, RecordingActions, local

BERLIN = "Europe/Berlin"
S = TargetState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths, clock=lambda: SEED_NOW)
    yield database
    database.close()


@pytest.fixture
def runners() -> Iterator[tuple[BackgroundRunner, BackgroundRunner]]:
    calendar, composer = BackgroundRunner(name="h6-calendar"), BackgroundRunner(name="h6-composer")
    yield calendar, composer
    calendar.shutdown()
    composer.shutdown(wait=True)


def _panes(qtbot, db: Database, paths: Paths, runners) -> tuple[CalendarPane, ComposerPane]:  # type: ignore[no-untyped-def]
    calendar = CalendarPane(
        CalendarRepository(db), runners[0], RecordingActions(), zone=ZoneInfo(BERLIN), now=lambda: SEED_NOW
    )
    qtbot.addWidget(calendar)
    calendar.resize(1200, 800)
    calendar.show()
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.start()
    composer = ComposerPane(StoreComposerServices(db, paths, runners[1], lambda: SEED_NOW), lambda: SEED_NOW, BERLIN)
    qtbot.addWidget(composer)
    composer.resize(1200, 800)
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=5000)
    return calendar, composer


def _scheduled_post(db: Database) -> Post:
    account = AccountRepository(db).add(Network.BLUESKY, "ana.bsky.social", now=SEED_NOW)
    return PostRepository(db).save(
        Post(
            parts=("Launch day",),
            targets=(Target(Network.BLUESKY, account_id=account.id, state=S.SCHEDULED),),
            scheduled_at=local(date(2025, 3, 28), time(9), BERLIN),
            scheduled_zone=BERLIN,
        ),
        now=SEED_NOW,
    )


def _open(qtbot, composer: ComposerPane, post_id: int) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(composer.post_opened, timeout=5000):
        composer.open_post(post_id)


def _drag(qtbot, calendar: CalendarPane, post_id: int, day: date) -> None:  # type: ignore[no-untyped-def]
    """The calendar's own drop handler, as a drag of the post onto `day` ends."""
    model = calendar.month_model
    index = model.index_of_date(day)
    mime = encode_post(post_id)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, index)
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, index)


def _type(composer: ComposerPane, text: str) -> None:
    editor = composer.base_editor.editor(0)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(text)


MONDAY_NINE = datetime(2025, 3, 31, 7, 0, tzinfo=UTC)  # 09:00 CEST


def test_open_composer_follows_a_calendar_move_and_its_autosave_keeps_it(qtbot, db, paths, runners) -> None:  # type: ignore[no-untyped-def]
    post = _scheduled_post(db)
    calendar, composer = _panes(qtbot, db, paths, runners)
    calendar.post_changed.connect(composer.post_changed_elsewhere)
    _open(qtbot, composer, post.id or 0)

    _drag(qtbot, calendar, post.id or 0, date(2025, 3, 31))
    # The composer shows the move at once, before the user does anything.
    qtbot.waitUntil(lambda: composer.current_post().scheduled_at == MONDAY_NINE, timeout=5000)
    assert "Mon 31 Mar 2025, 09:00" in composer.schedule_state.text()

    _type(composer, " — tickets on sale")
    qtbot.waitUntil(
        lambda: (
            composer.save_state() is SaveState.SAVED
            and PostRepository(db).get(post.id or 0).parts[0].endswith("on sale")
        ),  # type: ignore[union-attr]
        timeout=5000,
    )
    stored = PostRepository(db).get(post.id or 0)
    assert stored is not None
    assert stored.scheduled_at == MONDAY_NINE
    assert stored.parts == ("Launch day — tickets on sale",)


def test_a_stale_autosave_is_merged_not_written_over_the_move(qtbot, db, paths, runners) -> None:  # type: ignore[no-untyped-def]
    """Even without the calendar's notice, the store refuses the stale save and the composer merges."""
    post = _scheduled_post(db)
    calendar, composer = _panes(qtbot, db, paths, runners)
    _open(qtbot, composer, post.id or 0)

    _drag(qtbot, calendar, post.id or 0, date(2025, 3, 31))
    assert PostRepository(db).get(post.id or 0).scheduled_at == MONDAY_NINE  # type: ignore[union-attr]

    _type(composer, " — doors at eight")
    qtbot.waitUntil(
        lambda: PostRepository(db).get(post.id or 0).parts[0].endswith("at eight"),  # type: ignore[union-attr]
        timeout=5000,
    )
    qtbot.waitUntil(lambda: composer.save_state() is SaveState.SAVED, timeout=5000)
    stored = PostRepository(db).get(post.id or 0)
    assert stored is not None
    assert stored.scheduled_at == MONDAY_NINE
    assert composer.current_post().scheduled_at == MONDAY_NINE
    assert composer.status_text() == "Saved"


def test_a_sent_post_opens_read_only_with_what_was_sent(qtbot, db, paths, runners) -> None:  # type: ignore[no-untyped-def]
    posts = PostRepository(db)
    post = posts.save(Post(parts=("As it went out",), targets=(Target(Network.BLUESKY, state=S.DRAFT),)), now=SEED_NOW)
    with db.read_session() as session:
        from sqlmodel import select

        from postdesk.store.tables import TargetRow

        target_id = int(session.exec(select(TargetRow.id).where(TargetRow.post_id == post.id)).one())
    ledger = Ledger(db)
    ledger.move_many([target_id], S.DRAFT, Event.FALL_DUE, SEED_NOW, "publish_now")  # "publish now"
    ledger.begin_send(target_id, SEED_NOW)
    ledger.move(
        target_id,
        (S.PUBLISHING,),
        Event.SENT,
        SEED_NOW,
        Outcome("published", remote_id="1", remote_url="https://bsky.app/profile/me/post/1"),
    )
    # Edited afterwards (by an older copy, say): the record of what was sent does not change.
    fresh = posts.get(post.id or 0)
    assert fresh is not None
    posts.save(replace(fresh, parts=("Rewritten later",)), now=SEED_NOW)

    _calendar, composer = _panes(qtbot, db, paths, runners)
    _open(qtbot, composer, post.id or 0)
    qtbot.waitUntil(lambda: composer.sent.isVisibleTo(composer), timeout=5000)
    assert "As it went out" in composer.sent.content_label.text()
    assert "Rewritten later" not in composer.sent.content_label.text()
    assert "Published on Bluesky." in composer.schedule_state.text()
    assert "draft" not in composer.schedule_state.text()
    assert composer.locked_networks() == [Network.BLUESKY]
    assert not composer.schedule_button.isEnabled()
    assert not composer.media_strip.isEnabled()

    with qtbot.waitSignal(composer.post_opened, timeout=5000) as opened:
        composer.sent.duplicate_button.click()
    new_id = opened.args[0]
    assert new_id not in (None, post.id)
    assert composer.locked_networks() == []
    assert composer.schedule_state.text().startswith("Not scheduled")
    copy = posts.get(new_id)
    assert copy is not None and copy.targets[0].state is S.DRAFT


def test_calendar_words_a_delete_refused_while_publishing(qtbot, db, paths, runners) -> None:  # type: ignore[no-untyped-def]
    post = _scheduled_post(db)
    with db.read_session() as session:
        from sqlmodel import select

        from postdesk.store.tables import TargetRow

        target_id = int(session.exec(select(TargetRow.id).where(TargetRow.post_id == post.id)).one())
    ledger = Ledger(db)
    ledger.move_many([target_id], S.SCHEDULED, Event.FALL_DUE, SEED_NOW, "fell_due")
    ledger.begin_send(target_id, SEED_NOW)  # the request is out, its answer not in yet
    calendar, _composer = _panes(qtbot, db, paths, runners)
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar._delete(post.id or 0)
    assert "being published right now" in calendar.notice_text()
    assert not PostRepository(db).is_deleted(post.id or 0)


def test_calendar_undo_refuses_to_overwrite_a_time_set_in_the_composer(qtbot, db, paths, runners) -> None:  # type: ignore[no-untyped-def]
    post = _scheduled_post(db)
    calendar, composer = _panes(qtbot, db, paths, runners)
    calendar.post_changed.connect(composer.post_changed_elsewhere)
    _open(qtbot, composer, post.id or 0)
    _drag(qtbot, calendar, post.id or 0, date(2025, 3, 31))
    qtbot.waitUntil(lambda: composer.current_post().scheduled_at == MONDAY_NINE, timeout=5000)
    # The user then picks another time in the composer and schedules it there.
    composer.bar.set_when(datetime(2025, 4, 2, 18, 30))
    composer.actions.on_when_changed()
    assert composer.schedule()
    qtbot.waitUntil(lambda: composer.save_state() is SaveState.SAVED, timeout=5000)
    wednesday = datetime(2025, 4, 2, 16, 30, tzinfo=UTC)
    assert PostRepository(db).get(post.id or 0).scheduled_at == wednesday  # type: ignore[union-attr]
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        calendar.undo_stack.undo()
    assert "changed elsewhere" in calendar.notice_text()
    assert PostRepository(db).get(post.id or 0).scheduled_at == wednesday  # type: ignore[union-attr]


def test_sent_record_words_parts_media_and_states(qapp) -> None:  # type: ignore[no-untyped-def]
    from postdesk.store.snapshots import FrozenMedia, FrozenSend
    from postdesk.ui.composer.sent_view import describe_sent, is_frozen, post_state_summary
    from postdesk.ui.composer.services import TargetActivity

    sent = FrozenSend(
        1,
        "mastodon",
        3,
        ("First part", "Second part"),
        (FrozenMedia(9, "abc", "A red kite", "kite.png"), FrozenMedia(10, "def", "", "sea.png")),
    )
    target = TargetActivity("mastodon", 3, S.FAILED_RETRYABLE.value, sent=sent)
    assert is_frozen(target)
    text = describe_sent(target, "@me@example.social")
    assert "Mastodon as @me@example.social" in text
    assert "Part 1 of 2: First part" in text and "Part 2 of 2: Second part" in text
    assert "kite.png, described as “A red kite”" in text and "sea.png, without a description" in text
    summary = post_state_summary(
        {Network.BLUESKY: S.PUBLISHED, Network.MASTODON: S.FAILED_RETRYABLE, Network.X: S.SCHEDULED},
        handed_off={Network.X},
    )
    assert summary == (
        "Published on Bluesky. Will be tried again on Mastodon, exactly as sent. Handed to the own scheduler of X."
    )
    assert post_state_summary({Network.BLUESKY: S.DRAFT}) == ""
    assert not is_frozen(TargetActivity("bluesky", None, S.SCHEDULED.value))
    assert is_frozen(TargetActivity("bluesky", None, S.SCHEDULED.value, handed_off=True))


def test_conflict_answer_is_merged_then_saved_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The composer side of a refused stale save, with the recording fake of its services."""
    from postdesk.ui.composer.services import SaveError, Session
    from tests.ui.composer.test_composer_fakes import FakeServices

    at = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)
    moved = datetime(2026, 5, 6, 7, 0, tzinfo=UTC)
    opened = Post(
        id=5,
        parts=("Hello",),
        targets=(Target(Network.BLUESKY, state=S.SCHEDULED),),
        scheduled_at=at,
        scheduled_zone=BERLIN,
        version=1,
    )
    stored = replace(opened, scheduled_at=moved, version=2)

    class Refusing(FakeServices):
        refused = False

        def save_post(self, post, now, cursor, on_done, on_error, *, key=None):  # type: ignore[no-untyped-def]
            if not self.refused and post.version == 1:
                self.refused = True
                self.saves.append(post)
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, lambda: on_error(SaveError("conflict", stored)))
                return
            super().save_post(post, now, cursor, on_done, on_error, key=key)

    services = Refusing(session=Session(post=opened))
    pane = ComposerPane(services, lambda: datetime(2026, 5, 1, tzinfo=UTC), BERLIN)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.is_loaded, timeout=3000)
    _type(pane, ", world")
    pane.flush_draft()
    qtbot.waitUntil(lambda: len(services.saves) == 2 and pane.save_state() is SaveState.SAVED, timeout=3000)
    first, second = services.saves
    assert first.version == 1 and first.scheduled_at == at  # the stale one, refused
    assert second.version == 2 and second.scheduled_at == moved  # merged: the move kept
    assert second.parts == ("Hello, world",)  # and the typing kept
    assert pane.current_post().scheduled_at == moved
