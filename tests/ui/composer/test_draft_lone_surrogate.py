"""A lone surrogate in a draft (pasted, or handed over by Qt) no longer makes autosave fail:
it is stored as U+FFFD, and everything else in the draft is kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.core.text.scrub import display_name, scrub_surrogates
from postdesk.store.db import open_database
from postdesk.store.repositories import PostRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.draft_saver import DraftSaver, SaveState
from postdesk.ui.composer.services import StoreComposerServices

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)


def test_scrub_replaces_lone_surrogates_and_joins_split_pairs():
    assert scrub_surrogates("plain ascii") == "plain ascii"
    assert scrub_surrogates("café 😀") == "café 😀"
    assert scrub_surrogates("a\ud800b") == "a\ufffdb"
    assert scrub_surrogates("\udfff") == "\ufffd"
    assert scrub_surrogates("x\ud83d\ude00y") == "x😀y"
    assert scrub_surrogates("\ude00\ud83d") == "\ufffd\ufffd"
    assert display_name("caf\udce9.jpg") == "caf\ufffd.jpg"
    assert display_name(b"caf\xe9.jpg") == "caf\ufffd.jpg"
    assert display_name("caf\u00e9.jpg") == "café.jpg"


@pytest.fixture
def database(paths):
    db = open_database(paths, clock=lambda: NOW)
    yield db
    db.close()


def test_the_repository_stores_a_post_with_lone_surrogates(database):
    post = Post(
        parts=("Hello \ud800 world", "second \udc00"),
        targets=(
            Target(
                Network.MASTODON,
                override_enabled=True,
                override_parts=("over\ud83d",),
                options={"spoiler_text": "cw\udfff"},
            ),
        ),
    )
    saved = PostRepository(database).save(post, now=NOW)
    stored = PostRepository(database).get(saved.id)
    assert stored.parts == ("Hello \ufffd world", "second \ufffd")
    assert stored.targets[0].override_parts == ("over\ufffd",)
    assert stored.targets[0].options == {"spoiler_text": "cw\ufffd"}


def test_autosave_of_a_draft_with_a_lone_surrogate_succeeds(qtbot, paths, database):
    runner = BackgroundRunner(name="surrogate-test")
    try:
        services = StoreComposerServices(database, paths, runner, lambda: NOW)
        draft = Post(parts=("Pasted \ud800 text",), targets=(Target(Network.BLUESKY),))
        saver = DraftSaver(services, lambda: (draft, (0, 7)), lambda: NOW)
        saved: list[Post] = []
        saver.saved.connect(saved.append)
        saver.mark_dirty()
        saver.flush()
        qtbot.waitUntil(lambda: bool(saved) or saver.state is SaveState.FAILED, timeout=4000)
        assert saver.state is SaveState.SAVED, saver.reason
        assert saved[0].parts == ("Pasted \ufffd text",)
        assert PostRepository(database).get(saved[0].id).parts == ("Pasted \ufffd text",)
    finally:
        runner.shutdown(wait=True)
