"""Bluesky: the composer's quote, "who can reply" and "don't let others quote" reach a real PDS.

The panel's fields are filled as the creator fills them; `panel.options()` is published through
the adapter to a real local atproto network (`tests.helpers.atproto`), and the records are read
back: the post's `app.bsky.embed.record`, its `app.bsky.feed.threadgate` and its
`app.bsky.feed.postgate`, all three under the post's record key. Then the first comment is
posted as the engine posts it, as a reply under the post.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from postdesk.core.entities import Post
from postdesk.core.networks import Network
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.bluesky import BlueskyAdapter, split_at_uri
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel
from tests.helpers.atproto import (  # noqa: F401 (fixture)
    AtprotoNetwork,
    SessionCredentials,
    atproto_network,
    create_account,
)

pytestmark = [pytest.mark.integration, pytest.mark.atproto, pytest.mark.xdist_group("atproto")]
ALICE, BOB = 1, 2


@pytest.fixture(scope="module")
def accounts(atproto_network: AtprotoNetwork) -> dict[str, Any]:
    stamp = datetime.now(UTC).strftime("%H%M%S%f")
    alice = create_account(atproto_network.pds, f"gates{stamp}.test", "alice-pass")
    bob = create_account(atproto_network.pds, f"quoted{stamp}.test", "bob-pass")
    creds = SessionCredentials(
        atproto_network.pds, {ALICE: (alice["handle"], "alice-pass"), BOB: (bob["handle"], "bob-pass")}
    )
    return {"alice": alice, "bob": bob, "creds": creds, "pds": atproto_network.pds}


def run(accounts: dict[str, Any], job: Any) -> Any:
    async def main() -> Any:
        adapter = BlueskyAdapter(accounts["creds"])
        try:
            return await job(adapter)
        finally:
            await adapter.aclose()

    return asyncio.run(main())


def get_record(pds: str, uri: str) -> dict[str, Any]:
    repo, collection, rkey = split_at_uri(uri)
    response = httpx.get(
        f"{pds}/xrpc/com.atproto.repo.getRecord", params={"repo": repo, "collection": collection, "rkey": rkey}
    )
    response.raise_for_status()
    return dict(response.json())


def test_quote_reply_rules_and_no_quotes_reach_the_pds(qtbot, accounts):
    pds = accounts["pds"]
    quoted = run(accounts, lambda a: a.publish(PublishRequest(1, BOB, ("quote me",))))
    _, _, quoted_rkey = split_at_uri(quoted.remote_id)
    panel = TargetPanel(Network.BLUESKY)
    qtbot.addWidget(panel)
    account = AccountChoice(ALICE, "bluesky", accounts["alice"]["handle"], handle=accounts["alice"]["handle"])
    panel.set_accounts([account])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(ALICE))
    bluesky = panel.opts.bluesky
    # The address as the Bluesky app shares it: the author's handle and the post's record key.
    bluesky.quote.edit.setText(f"https://bsky.app/profile/{accounts['bob']['handle']}/post/{quoted_rkey}")
    bluesky.some_radio.setChecked(True)
    bluesky.rule_checks["mention"].setChecked(True)
    bluesky.rule_checks["followers"].setChecked(True)
    bluesky.no_quotes_check.setChecked(True)
    panel.opts.first_comment.edit.setPlainText("More in the thread below")
    post = Post(parts=("so true",), targets=(panel.target(),))
    assert [p for p in panel.evaluate(post, {}).problems if p.severity == "error"] == []
    options = panel.options()

    published = run(accounts, lambda a: a.publish(PublishRequest(2, ALICE, ("so true",), options=options)))
    did = accounts["alice"]["did"]
    _, _, rkey = split_at_uri(published.remote_id)
    record = get_record(pds, published.remote_id)["value"]
    quoted_now = get_record(pds, quoted.remote_id)
    assert record["embed"] == {
        "$type": "app.bsky.embed.record",
        "record": {"uri": quoted_now["uri"], "cid": quoted_now["cid"]},
    }
    gate = get_record(pds, f"at://{did}/app.bsky.feed.threadgate/{rkey}")["value"]
    assert gate["post"] == published.remote_id
    assert gate["allow"] == [
        {"$type": "app.bsky.feed.threadgate#mentionRule"},
        {"$type": "app.bsky.feed.threadgate#followerRule"},
    ]
    postgate = get_record(pds, f"at://{did}/app.bsky.feed.postgate/{rkey}")["value"]
    assert postgate["post"] == published.remote_id
    assert postgate["embeddingRules"] == [{"$type": "app.bsky.feed.postgate#disableRule"}]

    comment = run(accounts, lambda a: a.first_comment(ALICE, published.remote_id, options["first_comment"]))
    reply = get_record(pds, comment.remote_id)["value"]
    assert reply["text"] == "More in the thread below"
    assert reply["reply"]["parent"]["uri"] == published.remote_id


def test_no_quotes_alone_writes_only_a_postgate(accounts):
    published = run(
        accounts, lambda a: a.publish(PublishRequest(3, ALICE, ("mine only",), options={"quotes_disabled": True}))
    )
    did = accounts["alice"]["did"]
    _, _, rkey = split_at_uri(published.remote_id)
    assert get_record(accounts["pds"], f"at://{did}/app.bsky.feed.postgate/{rkey}")["value"]["embeddingRules"]
    missing = httpx.get(
        f"{accounts['pds']}/xrpc/com.atproto.repo.getRecord",
        params={"repo": did, "collection": "app.bsky.feed.threadgate", "rkey": rkey},
    )
    assert missing.status_code == 400  # RecordNotFound: replies stay open to everyone
