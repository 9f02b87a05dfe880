"""An inbox action Postdesk refuses itself is said in Postdesk's words, not the adapter's English.

Issue 17: Bluesky's adapter refuses to like an item it has no reference for ("this inbox item
cannot be liked") with the problem code `ACTION_NOT_OFFERED`; the inbox's status line words the
code for the item's network.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import Future

import pytest

from postdesk.platforms.base import ACTION_NOT_OFFERED, Rejected
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.inbox.view import InboxActions, InboxPane
from tests.ui.inbox.test_inbox import Engine, store  # noqa: F401 (store is a fixture)


class RefusingEngine(Engine):
    """The fake engine facade whose like is refused by Postdesk itself, as Bluesky's adapter does."""

    async def like(self, item_id):
        raise Rejected("this inbox item cannot be liked", problem=ACTION_NOT_OFFERED)

    def submit(self, fn, *args, name=None) -> Future:
        # The engine's future carries the refusal, as the engine thread's would.
        self.calls.append((fn.__name__, args))
        future: Future = Future()
        try:
            future.set_result(asyncio.run(fn(*args)))
        except Rejected as error:
            future.set_exception(error)
        return future

    @staticmethod
    def like_networks() -> frozenset[str]:
        return frozenset({"bluesky"})


@pytest.fixture
def pane(qtbot, store):
    _db, repo, accounts, _ids = store
    runner = BackgroundRunner()
    engine = RefusingEngine()
    widget = InboxPane(
        repo,
        accounts,
        runner,
        submit=engine.submit,
        actions=InboxActions(engine.sync_now, engine.reply, engine.like, engine.like_networks),
        open_url=lambda _u: None,
    )
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.inbox_accounts_changed):
        widget.reload()
    yield widget
    runner.shutdown()


def test_a_like_postdesk_refuses_is_said_in_its_words(qtbot, pane):
    widget = pane
    model = widget.model
    widget.tree.setCurrentIndex(model.index(1, 0, model.index(1, 0)))  # a Bluesky item
    assert widget.current_entry().network == "bluesky"
    widget.like_button.click()
    qtbot.waitUntil(lambda: widget.status.text() != "Liking…")
    assert widget.status.text() == "That did not work: Bluesky does not let Postdesk do this here."
    assert "cannot be liked" not in widget.status.text()
