"""The composer's Reddit target: subscriptions, flair, NSFW/spoiler, the subreddit's rules, the card.

The pickers get subscriptions and rules through a `SubredditSource`: a recording fake here, and once
the real `EngineSubredditSource` running the real `RedditAdapter` on its own loop thread against the
fake Reddit API on 127.0.0.1. The card's subreddit, title, flair and text are compared with what the
fake received when the same target is published (preview vs sent), and a screenshot is saved.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from postdesk.auth.loop_thread import LoopThread
from postdesk.core import reddit_posts
from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.reddit import RedditAdapter
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.reddit_options import EngineSubredditSource
from postdesk.ui.composer.services import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.reddit_api import FakeReddit

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
ACCOUNT = AccountChoice(7, "reddit", "alice_makes", display_name="alice_makes", handle="alice_makes")
STRICT = reddit_posts.SubredditRules(
    "analog",
    requirements={"is_flair_required": True, "title_text_min_length": 10},
    flairs=(("f-film", "Film"), ("f-gear", "Gear")),
)


class RecordingSource:
    """Answers at once and records every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def load_subscriptions(
        self, account_id: int, *, on_done: Callable[[list[str]], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self.calls.append(("subs", account_id))
        on_done(["analog", "pics"])

    def load_rules(
        self,
        account_id: int,
        subreddit: str,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.calls.append(("rules", account_id, subreddit))
        on_done(STRICT if subreddit.lower() == "analog" else reddit_posts.SubredditRules(subreddit))


def _panel(qtbot: Any, source: Any) -> TargetPanel:
    panel = TargetPanel(Network.REDDIT)
    qtbot.addWidget(panel)
    panel.set_accounts([ACCOUNT])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(ACCOUNT.id))
    assert panel.reddit is not None
    panel.reddit.set_source(source)
    return panel


def _codes(panel: TargetPanel, text: str = "Shot on Portra 400") -> set[ProblemCode]:
    post = Post(parts=(text,), targets=(panel.target(),))
    return {p.code for p in panel.evaluate(post, {}).problems}


def test_subscriptions_pick_the_subreddit_and_its_rules_refuse_before_scheduling(qtbot):
    source = RecordingSource()
    panel = _panel(qtbot, source)
    combo = panel.reddit.subscriptions_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["r/analog", "r/pics"]
    panel.title_edit.setText("Dawn")
    with qtbot.waitSignal(panel.changed):
        combo.activated.emit(0)
    assert panel.subreddit_edit.text() == "analog" and ("rules", 7, "analog") in source.calls
    flairs = panel.reddit.flair_combo
    assert [flairs.itemText(i) for i in range(flairs.count())] == ["No flair", "Film", "Gear"]
    codes = _codes(panel)
    assert {ProblemCode.REDDIT_FLAIR_REQUIRED, ProblemCode.REDDIT_TITLE_TOO_SHORT} <= codes
    flairs.setCurrentIndex(1)
    panel.title_edit.setText("Dawn over the harbour")
    assert not {c for c in _codes(panel) if c.value.startswith("reddit_")}
    options = panel.options()
    assert options["flair_id"] == "f-film" and options["flair_text"] == "Film"
    assert options[reddit_posts.RULES_KEY]["name"] == "analog"
    # Another subreddit typed: the old snapshot no longer applies, the new one is read.
    panel.subreddit_edit.setText("pics")
    assert panel.options()[reddit_posts.RULES_KEY]["name"] == "pics"


def test_stored_options_round_trip_and_lock(qtbot):
    panel = TargetPanel(Network.REDDIT)
    qtbot.addWidget(panel)
    stored = Target(
        Network.REDDIT,
        account_id=None,
        options={
            "title": "Dawn",
            "subreddit": "analog",
            "flair_id": "f-film",
            "flair_text": "Film",
            "nsfw": True,
            "spoiler": True,
            "link": "https://example.com/a",
            reddit_posts.RULES_KEY: reddit_posts.rules_to_json(STRICT),
        },
    )
    panel.load(stored)
    assert panel.options() == stored.options
    panel.set_locked(True)
    assert not panel.reddit.isEnabled()


def test_engine_source_reads_subscriptions_and_rules_through_the_real_adapter(qtbot):
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("analog", requirements={"is_flair_required": True}, flairs=[{"id": "f1", "text": "Film"}])
    loop = LoopThread("test-reddit-engine")
    runner = BackgroundRunner(workers=1, name="test-disk")

    class Submitter:
        def submit(self, fn: Callable[..., Any], *args: Any, name: str | None = None) -> Any:
            return loop.submit(fn(*args))

    adapter = RedditAdapter(StaticCredentials("token-alice"), base_url=server.url)
    source = EngineSubredditSource(Submitter(), runner, {Network.REDDIT: adapter}.get)
    try:
        panel = _panel(qtbot, source)
        qtbot.waitUntil(lambda: panel.reddit.subscriptions_combo.count() == 1)
        panel.subreddit_edit.setText("analog")
        qtbot.waitUntil(lambda: panel.reddit.flair_combo.count() == 2)
        panel.title_edit.setText("Dawn over the harbour")
        assert ProblemCode.REDDIT_FLAIR_REQUIRED in _codes(panel)
    finally:
        loop.submit(adapter.aclose()).result(10)
        loop.stop()
        runner.shutdown()
        server.stop()


def test_the_reddit_card_shows_what_reddit_receives(qtbot):
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("analog", flairs=[{"id": "f-film", "text": "Film"}])
    panel = _panel(qtbot, RecordingSource())
    panel.subreddit_edit.setText("r/analog")
    panel.title_edit.setText("Dawn over the harbour")
    panel.reddit.flair_combo.setCurrentIndex(panel.reddit.flair_combo.findData("f-film"))
    panel.reddit.nsfw_check.setChecked(True)
    text = "Portra 400, pushed one stop (no edits). What would you change?"
    post = Post(parts=(text,), targets=(panel.target(),))
    panel.render_preview(post, [], ("alice_makes", "alice_makes"))
    panel.resize(420, 700)
    view = panel.preview._parts[0]
    target = panel.target()
    request = PublishRequest(1, 7, target.effective_parts(post.parts), (), dict(target.options))

    async def send() -> None:
        adapter = RedditAdapter(StaticCredentials("token-alice"), base_url=server.url)
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    try:
        asyncio.run(send())
    finally:
        server.stop()
    sent = api.submitted_forms[0]
    assert f"r/{sent['sr']}" in view.header.text() and "u/alice_makes" in view.header.text()
    assert sent["title"] == "Dawn over the harbour" and sent["title"] in view.title.text()
    assert "Film" in view.title.text() and "NSFW" in view.title.text() and sent["nsfw"] == "true"
    assert sent["flair_id"] == "f-film" and sent["kind"] == "self" and sent["text"] == text
    assert "Portra 400, pushed one stop" in view.text.text()
    SHOTS.mkdir(exist_ok=True)
    assert panel.preview.grab().toImage().save(str(SHOTS / "preview-reddit-post.png"))
