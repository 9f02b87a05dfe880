"""The inbox pane's per-account "Notify me" checkbox, the accounts it tells the tray about,
and the Like button shown only for networks whose adapter can like."""

from __future__ import annotations

import pytest

from postdesk.ui.background import BackgroundRunner
from postdesk.ui.inbox.view import InboxActions, InboxPane
from tests.ui.inbox.test_inbox import Engine, store  # noqa: F401 (store is a fixture)


class LikingEngine(Engine):
    """The fake engine facade, plus liking; only Bluesky can like here."""

    async def like(self, item_id):
        return None

    @staticmethod
    def like_networks() -> frozenset[str]:
        return frozenset({"bluesky"})


@pytest.fixture
def pane(qtbot, store):
    _db, repo, accounts, ids = store
    runner = BackgroundRunner()
    engine = LikingEngine()
    widget = InboxPane(
        repo,
        accounts,
        runner,
        submit=engine.submit,
        actions=InboxActions(engine.sync_now, engine.reply, engine.like, engine.like_networks),
        open_url=lambda _u: None,
    )
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.inbox_accounts_changed) as told:
        widget.reload()
    yield widget, engine, repo, ids, told.args[0]
    runner.shutdown()


def _show_account(qtbot, widget: InboxPane, account_id: int | None) -> None:
    with qtbot.waitSignal(widget.inbox_accounts_changed):
        widget.account_filter.setCurrentIndex(widget.account_filter.findData(account_id))


def test_accounts_told_to_the_tray_with_their_notify_setting(pane):
    _widget, _engine, _repo, ids, told = pane
    assert told == {ids["bluesky"]: ("me.bsky.social (Bluesky)", True), ids["x"]: ("me_on_x (X)", True)}


def test_notify_checkbox_follows_the_filtered_account_and_is_stored(qtbot, pane):
    widget, _engine, repo, ids, _told = pane
    assert not widget.notify_box.isEnabled()  # all accounts: nothing to set
    _show_account(qtbot, widget, ids["x"])
    assert widget.notify_box.isEnabled() and widget.notify_box.isChecked()
    with qtbot.waitSignal(widget.inbox_accounts_changed) as told:
        widget.notify_box.click()
    assert told.args[0][ids["x"]] == ("me_on_x (X)", False)
    assert repo.sync_state(ids["x"]).notify is False
    assert repo.sync_state(ids["bluesky"]).notify is True
    _show_account(qtbot, widget, ids["bluesky"])
    assert widget.notify_box.isChecked()
    _show_account(qtbot, widget, ids["x"])
    assert not widget.notify_box.isChecked()


def test_like_shown_only_where_the_network_can_and_goes_to_the_engine(qtbot, pane):
    widget, engine, _repo, _ids, _told = pane
    model = widget.model
    widget.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))  # an X item
    assert widget.current_entry().network == "x"
    assert widget.like_button.isHidden()
    widget.tree.setCurrentIndex(model.index(1, 0, model.index(1, 0)))  # a Bluesky item
    entry = widget.current_entry()
    assert entry.network == "bluesky" and not widget.like_button.isHidden()
    assert widget.like_button.accessibleName()
    widget.like_button.click()
    qtbot.waitUntil(lambda: widget.status.text() == "Liked.")
    assert ("like", (entry.id,)) in engine.calls


def test_no_like_without_the_engine_action(qtbot, store):
    _db, repo, accounts, _ids = store
    runner = BackgroundRunner()
    engine = Engine()
    widget = InboxPane(
        repo,
        accounts,
        runner,
        submit=engine.submit,
        actions=InboxActions(engine.sync_now, engine.reply),
        open_url=lambda _u: None,
    )
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(widget.inbox_accounts_changed):
            widget.reload()
        widget.tree.setCurrentIndex(widget.model.index(1, 0, widget.model.index(1, 0)))
        assert widget.current_entry().network == "bluesky"
        assert widget.like_button.isHidden()
    finally:
        runner.shutdown()
