"""The composer's poll, quote, reply settings, first comment, content warning, visibility and language
reach each network as that network takes them.

Each case fills the real target panel's fields (as the creator does), checks that validation finds
nothing, publishes `panel.options()` through the network's adapter against its fake (X, Mastodon;
validated by the fakes against the networks' OpenAPI documents) and reads back what the fake
received. Where validation refuses (a fifth X poll choice, a quote with a poll), the fake refuses
the same request when sent anyway.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from postdesk.core.entities import Post
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.platforms.x import XAdapter
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon
from tests.fakes.x_api import FakeX

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def x_fake() -> Iterator[tuple[FakeX, ApiServer]]:
    api = FakeX()
    server = ApiServer(api).start()
    yield api, server
    server.stop()


@pytest.fixture
def mastodon_fake() -> Iterator[tuple[FakeMastodon, ApiServer]]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


def _panel(qtbot: Any, network: Network, account: AccountChoice) -> TargetPanel:
    panel = TargetPanel(network)
    qtbot.addWidget(panel)
    panel.set_accounts([account])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(account.id))
    return panel


def _problems(panel: TargetPanel, text: str = "Which one?") -> set[ProblemCode]:
    post = Post(parts=(text,), targets=(panel.target(),))
    return {p.code for p in panel.evaluate(post, {}).problems if p.severity == "error"}


def _publish(adapter: Any, *parts: str, options: dict[str, Any], key: str = "k1") -> Any:
    async def go() -> Any:
        try:
            request = PublishRequest(target_id=1, account_id=7, parts=parts, options=options, idempotency_key=key)
            return await adapter.publish(request)
        finally:
            await adapter.aclose()

    return asyncio.run(go())


def _first_comment(adapter: Any, remote_id: str, text: str) -> Any:
    async def go() -> Any:
        try:
            return await adapter.first_comment(7, remote_id, text)
        finally:
            await adapter.aclose()

    return asyncio.run(go())


@pytest.mark.schema
def test_x_receives_the_poll_reply_settings_and_first_comment(qtbot, x_fake):
    api, server = x_fake
    panel = _panel(qtbot, Network.X, AccountChoice(7, "x", "@rosa", handle="@rosa"))
    x = panel.opts.x
    x.poll.enabled_check.setChecked(True)
    x.poll.choice_edits[0].setText("Sourdough")
    x.poll.choice_edits[1].setText("Rye")
    x.poll.days_spin.setValue(2)
    x.poll.hours_spin.setValue(0)
    x.reply_combo.setCurrentIndex(x.reply_combo.findData("mentionedUsers"))
    panel.opts.first_comment.edit.setPlainText("Recipe: https://rosa.example/bread")
    assert _problems(panel) == set()
    options = panel.options()
    creds = StaticCredentials("token-alice", user_id="1")
    published = _publish(
        XAdapter(creds, base_url=server.url, clock=lambda: api.now, sleep=_no_wait), "Which one?", options=options
    )
    body = api.tweets[published.remote_id]["_body"]
    assert body["poll"] == {"options": ["Sourdough", "Rye"], "duration_minutes": 2 * 24 * 60}
    assert body["reply_settings"] == "mentionedUsers"
    # The engine posts the first comment once the post is out (`engine.delivery`), as a reply.
    comment = _first_comment(
        XAdapter(creds, base_url=server.url, clock=lambda: api.now, sleep=_no_wait),
        published.remote_id,
        options["first_comment"],
    )
    reply = api.tweets[comment.remote_id]["_body"]
    assert reply == {
        "text": "Recipe: https://rosa.example/bread",
        "reply": {"in_reply_to_tweet_id": published.remote_id},
    }
    assert api.violations == []


@pytest.mark.schema
def test_x_receives_the_quoted_post_from_its_address(qtbot, x_fake):
    api, server = x_fake
    creds = StaticCredentials("token-alice", user_id="1")
    quoted = _publish(
        XAdapter(creds, base_url=server.url, clock=lambda: api.now, sleep=_no_wait), "quote me", options={}
    )
    panel = _panel(qtbot, Network.X, AccountChoice(7, "x", "@rosa", handle="@rosa"))
    panel.opts.x.quote.edit.setText(f"https://x.com/rosa/status/{quoted.remote_id}?s=20")
    assert _problems(panel) == set()
    published = _publish(
        XAdapter(creds, base_url=server.url, clock=lambda: api.now, sleep=_no_wait),
        "so true",
        options=panel.options(),
        key="k2",
    )
    assert api.tweets[published.remote_id]["_body"]["quote_tweet_id"] == quoted.remote_id
    assert api.violations == []


@pytest.mark.schema
def test_what_validation_refuses_on_x_the_api_refuses_too(qtbot, x_fake):
    api, server = x_fake
    creds = StaticCredentials("token-alice", user_id="1")
    panel = _panel(qtbot, Network.X, AccountChoice(7, "x", "@rosa", handle="@rosa"))
    poll = panel.opts.x.poll
    poll.enabled_check.setChecked(True)
    poll.choice_edits[0].setText("a" * 26)  # X takes 25
    poll.choice_edits[1].setText("b")
    assert ProblemCode.POLL_OPTION_TOO_LONG in _problems(panel)
    with pytest.raises(Rejected):
        _publish(
            XAdapter(creds, base_url=server.url, clock=lambda: api.now, sleep=_no_wait), "x", options=panel.options()
        )
    assert any("poll" in v for v in api.violations)
    poll.choice_edits[0].setText("a")
    panel.opts.x.quote.edit.setText("https://x.com/rosa/status/1")
    assert ProblemCode.QUOTE_WITH_POLL in _problems(panel)
    with pytest.raises(Rejected, match="quoted post"):
        _publish(
            XAdapter(creds, base_url=server.url, clock=lambda: api.now, sleep=_no_wait), "x", options=panel.options()
        )


@pytest.mark.schema
def test_mastodon_receives_the_poll_cw_visibility_and_language(qtbot, mastodon_fake):
    instance, server = mastodon_fake
    limits = (
        ("max_characters", 500),
        ("poll_max_options", 4),
        ("poll_max_characters_per_option", 50),
        ("poll_min_expiration", 300),
        ("poll_max_expiration", 2_629_746),
    )
    account = AccountChoice(
        7, "mastodon", "@rosa@example.social", handle="@rosa@example.social", instance_limits=limits
    )
    panel = _panel(qtbot, Network.MASTODON, account)
    panel.spoiler_edit.setText("Food")
    panel.visibility_combo.setCurrentIndex(panel.visibility_combo.findData("unlisted"))
    m = panel.opts.mastodon
    m.language_combo.setCurrentIndex(m.language_combo.findData("de"))
    m.poll.enabled_check.setChecked(True)
    for edit, choice in zip(m.poll.choice_edits, ("Brot", "Brötchen", "Kuchen"), strict=False):
        edit.setText(choice)
    m.poll.days_spin.setValue(0)
    m.poll.hours_spin.setValue(6)
    m.poll.multiple_check.setChecked(True)
    panel.opts.first_comment.edit.setPlainText("Rezept im Profil")
    assert _problems(panel, "Was backen wir?") == set()
    options = panel.options()
    creds = StaticCredentials("token-alice", base_url=server.url)
    published = _publish(
        MastodonAdapter(creds, clock=lambda: instance.now, sleep=_no_wait), "Was backen wir?", options=options
    )
    status = instance.statuses[published.remote_id]
    assert status["spoiler_text"] == "Food" and status["visibility"] == "unlisted" and status["language"] == "de"
    assert [o["title"] for o in status["poll"]["options"]] == ["Brot", "Brötchen", "Kuchen"]
    assert status["poll"]["multiple"] is True
    create = next(r for r in server.requests if r.path == "/api/v1/statuses").json()
    assert create["poll"]["expires_in"] == 6 * 3600
    comment = _first_comment(
        MastodonAdapter(creds, clock=lambda: instance.now, sleep=_no_wait),
        published.remote_id,
        options["first_comment"],
    )
    assert instance.statuses[comment.remote_id]["in_reply_to_id"] == published.remote_id
    assert instance.violations == []


def test_a_mastodon_servers_own_poll_limits_hold_in_the_composer(qtbot):
    small = (("poll_max_options", 3), ("poll_max_characters_per_option", 10))
    account = AccountChoice(7, "mastodon", "@rosa@tiny.social", handle="@rosa@tiny.social", instance_limits=small)
    panel = _panel(qtbot, Network.MASTODON, account)
    m = panel.opts.mastodon
    m.poll.enabled_check.setChecked(True)
    for edit, choice in zip(m.poll.choice_edits, ("a", "b", "c", "d"), strict=True):
        edit.setText(choice)
    assert ProblemCode.POLL_OPTION_COUNT in _problems(panel)
    assert not m.poll.choice_edits[3].isVisibleTo(panel)  # only as many fields as the server takes
    m.poll.choice_edits[3].clear()
    m.poll.choice_edits[0].setText("eleven char")
    assert _problems(panel) == {ProblemCode.POLL_OPTION_TOO_LONG}


@pytest.mark.schema
def test_mastodon_quotes_the_post_at_an_address_on_a_server_of_4_5(qtbot, mastodon_fake):
    instance, server = mastodon_fake
    instance.version = "4.5.0"
    creds = StaticCredentials("token-alice", base_url=server.url)
    quoted = _publish(MastodonAdapter(creds, clock=lambda: instance.now, sleep=_no_wait), "quote me", options={})
    url = instance.statuses[quoted.remote_id]["url"]
    limits = (("api_version", 7),)
    account = AccountChoice(
        7, "mastodon", "@rosa@example.social", handle="@rosa@example.social", instance_limits=limits
    )
    panel = _panel(qtbot, Network.MASTODON, account)
    panel.opts.mastodon.quote.edit.setText(url)
    assert _problems(panel, "so true") == set()
    published = _publish(
        MastodonAdapter(creds, clock=lambda: instance.now, sleep=_no_wait), "so true", options=panel.options(), key="k2"
    )
    create = [r for r in server.requests if r.path == "/api/v1/statuses"][-1].json()
    assert create["quoted_status_id"] == quoted.remote_id
    assert instance.statuses[published.remote_id]["quote"]["quoted_status"]["id"] == quoted.remote_id
    assert instance.violations == [] and "read:search" in instance.scopes_used


def test_an_older_mastodon_server_is_refused_before_the_quote_is_lost(qtbot, mastodon_fake):
    instance, server = mastodon_fake
    instance.version = "4.4.0"  # it would take the status and drop quoted_status_id
    account = AccountChoice(
        7, "mastodon", "@rosa@example.social", handle="@rosa@example.social", instance_limits=(("api_version", 6),)
    )
    panel = _panel(qtbot, Network.MASTODON, account)
    panel.opts.mastodon.quote.edit.setText("https://other.social/@mira/1123")
    assert _problems(panel, "so true") == {ProblemCode.QUOTE_SERVER_TOO_OLD}
    creds = StaticCredentials("token-alice", base_url=server.url)
    with pytest.raises(Rejected, match=r"Mastodon 4\.5"):
        _publish(MastodonAdapter(creds, clock=lambda: instance.now, sleep=_no_wait), "so true", options=panel.options())
    assert not any(r.path == "/api/v1/statuses" for r in server.requests)
