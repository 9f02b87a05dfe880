"""The draft saver scopes its answers with the runner's keyed newest-wins, not a counter of its own.

Switching to another post withdraws the answer of a save on its way (`ComposerServices.cancel`
with `SAVE_KEY`); the write itself is never dropped (work that must finish carries no key).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
import shiboken6

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories import PostRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.draft_saver import SAVE_KEY, DraftSaver, SaveState
from postdesk.ui.composer.services import StoreComposerServices
from tests.ui.composer.test_composer_fakes import FakeServices

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
DRAFT = Post(parts=("Old post",), targets=(Target(Network.BLUESKY),))


@pytest.fixture
def database(paths):
    db = open_database(paths, clock=lambda: NOW)
    yield db
    db.close()


def test_switching_post_withdraws_the_answer_of_a_save_on_its_way(qtbot) -> None:
    services = FakeServices()
    saver = DraftSaver(services, lambda: (DRAFT, (0, 0)), lambda: NOW)
    saved: list[Post] = []
    saver.saved.connect(saved.append)
    saver.mark_dirty()
    saver.flush()
    assert len(services.saves) == 1 and services.keyed == {SAVE_KEY: 1}  # the save carries the key
    saver.switch_post()  # the pane shows another post (the old one was removed)
    assert services.cancels == [SAVE_KEY]
    assert saver.is_idle() and saver.state is SaveState.SAVED
    qtbot.waitUntil(lambda: services.withdrawn == 1)
    assert saved == []  # the old post's answer never reached the pane
    # The next save (of the post shown now) answers as usual.
    saver.mark_dirty()
    saver.flush()
    qtbot.waitUntil(lambda: len(saved) == 1)
    assert saver.state is SaveState.SAVED


def test_a_save_whose_answer_was_withdrawn_is_still_written(qtbot, paths, database) -> None:
    runner = BackgroundRunner(name="draft-keys-test")
    gate = threading.Event()
    try:
        services = StoreComposerServices(database, paths, runner, lambda: NOW)
        runner.submit(gate.wait, 5)  # the one worker is busy: the save has not started yet
        answers: list[object] = []
        services.save_post(DRAFT, NOW, (0, 0), answers.append, answers.append, key=SAVE_KEY)
        assert runner.pending(SAVE_KEY)
        services.cancel(SAVE_KEY)
        assert not runner.pending(SAVE_KEY)
        gate.set()
        qtbot.waitUntil(lambda: not runner._callbacks, timeout=4000)
        runner.shutdown(wait=True)
        assert answers == []  # withdrawn: nobody is told
        most_recent = PostRepository(database).most_recent()
        assert most_recent is not None and most_recent.parts == ("Old post",)  # but the draft is on disk
    finally:
        gate.set()
        runner.shutdown(wait=True)


def test_a_late_answer_after_the_saver_is_gone_is_dropped(qtbot, paths, database) -> None:
    runner = BackgroundRunner(name="draft-keys-late")
    gate = threading.Event()
    try:
        services = StoreComposerServices(database, paths, runner, lambda: NOW)
        saver = DraftSaver(services, lambda: (DRAFT, (0, 0)), lambda: NOW)
        runner.submit(gate.wait, 5)
        saver.mark_dirty()
        saver.flush()
        shiboken6.delete(saver)  # the composer closed while the save waited
        gate.set()
        qtbot.waitUntil(lambda: not runner._callbacks, timeout=4000)  # delivered without raising
        runner.shutdown(wait=True)
        most_recent = PostRepository(database).most_recent()
        assert most_recent is not None and most_recent.parts == ("Old post",)  # the draft survives
    finally:
        gate.set()
        runner.shutdown(wait=True)
