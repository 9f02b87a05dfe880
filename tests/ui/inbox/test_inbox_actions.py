"""The inbox pane's Hide, Delete my reply and Mark all read: shown only where the network can."""

from __future__ import annotations

import pytest

from postdesk.engine.outbox import ActionKind, Outbox
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.inbox.view import InboxActions, InboxPane
from tests.ui.inbox.test_inbox import T0, Engine, store  # noqa: F401 (store is a fixture)


class ActingEngine(Engine):
    """The fake engine facade; X can hide, X and Bluesky can delete replies; Bluesky has seen."""

    async def hide(self, item_id):
        return None

    async def delete_reply(self, item_id):
        return None

    async def mark_seen(self, account_id=None):
        return 1

    @staticmethod
    def hide_networks() -> frozenset[str]:
        return frozenset({"x"})

    @staticmethod
    def delete_reply_networks() -> frozenset[str]:
        return frozenset({"x", "bluesky"})


@pytest.fixture
def pane(qtbot, store):
    db, repo, accounts, _ids = store
    runner = BackgroundRunner()
    engine = ActingEngine()
    widget = InboxPane(
        repo,
        accounts,
        runner,
        submit=engine.submit,
        actions=InboxActions(
            engine.sync_now,
            engine.reply,
            delete_reply=engine.delete_reply,
            delete_reply_networks=engine.delete_reply_networks,
            hide=engine.hide,
            hide_networks=engine.hide_networks,
            mark_seen=engine.mark_seen,
        ),
        open_url=lambda _u: None,
    )
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.unread_changed):
        widget.reload()
    yield widget, engine, db, repo
    runner.shutdown()


def _sent_reply(db, repo, item_id: int, network: str, account_id: int) -> None:
    outbox = Outbox(db)
    reply_id, _ = repo.record_reply(item_id, "k1", "thanks", now=T0)
    action = outbox.enqueue(ActionKind.REPLY, network, account_id, None, {}, T0)
    repo.attach_outbox(reply_id, action)
    outbox.finish(action, T0, None, "1999")


def test_hide_and_delete_shown_only_where_the_network_can(qtbot, pane):
    widget, engine, db, repo = pane
    model = widget.model
    widget.tree.setCurrentIndex(model.index(1, 0, model.index(1, 0)))  # a Bluesky item
    assert widget.current_entry().network == "bluesky"
    assert widget.hide_button.isHidden() and widget.delete_reply_button.isHidden()
    widget.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))  # an X item
    entry = widget.current_entry()
    assert entry.network == "x" and not widget.hide_button.isHidden()
    assert widget.delete_reply_button.isHidden()  # no reply sent to it yet
    widget.hide_button.click()
    qtbot.waitUntil(lambda: ("hide", (entry.id,)) in engine.calls)

    _sent_reply(db, repo, entry.id, "x", entry.account_id)
    widget.reload()
    qtbot.waitUntil(lambda: not widget.delete_reply_button.isHidden())
    assert widget.delete_reply_button.accessibleName()
    widget.delete_reply_button.click()
    qtbot.waitUntil(lambda: ("delete_reply", (entry.id,)) in engine.calls)


def test_mark_all_read_marks_locally_and_tells_the_network(qtbot, pane):
    widget, engine, _db, repo = pane
    widget.all_read_button.click()
    qtbot.waitUntil(lambda: repo.unread_total() == 0)
    assert ("mark_seen", (None,)) in engine.calls


def test_no_hide_or_delete_without_the_engine_actions(qtbot, store):
    _db, repo, accounts, _ids = store
    runner = BackgroundRunner()
    engine = ActingEngine()
    widget = InboxPane(
        repo,
        accounts,
        runner,
        submit=engine.submit,
        actions=InboxActions(engine.sync_now, engine.reply, hide_networks=engine.hide_networks),
        open_url=lambda _u: None,
    )
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(widget.unread_changed):
            widget.reload()
        widget.tree.setCurrentIndex(widget.model.index(0, 0, widget.model.index(0, 0)))
        assert widget.current_entry().network == "x" and widget.hide_button.isHidden()
    finally:
        runner.shutdown()
