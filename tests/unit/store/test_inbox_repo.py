"""InboxRepository: upsert by (account, remote id), conversations, filters, read state, counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import FetchedItem, InboxFilter, InboxRepository

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _item(
    remote_id: str,
    minutes: int,
    *,
    kind: str = "reply",
    parent: str | None = None,
    read: bool = False,
    text: str | None = None,
) -> FetchedItem:
    return FetchedItem(
        remote_id=remote_id,
        kind=kind,
        author_id="a",
        author_handle="a",
        author_name="A",
        text=text or remote_id,
        created_at=T0 + timedelta(minutes=minutes),
        network_read=read,
        parent_remote_id=parent,
    )


@pytest.fixture
def env(paths):
    db = open_database(paths)
    accounts = AccountRepository(db)
    a = accounts.add(Network.MASTODON, "me@m.example", now=T0).id
    b = accounts.add(Network.BLUESKY, "me.bsky.social", now=T0).id
    yield db, InboxRepository(db), a, b
    db.close()


def test_upsert_is_idempotent_and_updates_the_networks_view_only(env):
    _db, repo, a, _b = env
    assert repo.upsert(a, "mastodon", [_item("1", 1), _item("2", 2)], now=T0) == 2
    repo.set_read([repo.items()[0].id], False)  # the user's explicit "unread"
    assert repo.upsert(a, "mastodon", [_item("1", 1, read=True, text="edited"), _item("2", 2, read=True)], now=T0) == 0
    by_id = {e.remote_id: e for e in repo.items()}
    assert len(by_id) == 2
    assert by_id["1"].text == "edited" and by_id["1"].is_read  # the network's read flag
    assert not by_id["2"].is_read  # the user's choice wins over the network's


def test_same_remote_id_on_two_accounts_is_two_items(env):
    _db, repo, a, b = env
    repo.upsert(a, "mastodon", [_item("1", 1)], now=T0)
    repo.upsert(b, "bluesky", [_item("1", 1)], now=T0)
    assert repo.unread_counts() == {a: 1, b: 1} and repo.unread_total() == 2


def test_a_reply_to_a_reply_joins_the_first_conversation(env):
    _db, repo, a, _b = env
    # Given newest first, as pages are: the child arrives before its parent.
    repo.upsert(
        a,
        "mastodon",
        [_item("r2", 3, parent="r1"), _item("r1", 2, parent="post"), _item("m", 1, kind="mention")],
        now=T0,
    )
    conversations = repo.conversations()
    assert [(c.key, [i.remote_id for i in c.items]) for c in conversations] == [("post", ["r1", "r2"]), ("m", ["m"])]
    assert conversations[0].unread == 2 and conversations[0].own_text is None


def test_filters(env):
    _db, repo, a, b = env
    repo.upsert(a, "mastodon", [_item("1", 1, kind="mention"), _item("2", 2)], now=T0)
    repo.upsert(b, "bluesky", [_item("3", 3, kind="quote", read=True)], now=T0)

    def ids(flt: InboxFilter | None) -> list[str]:
        return [e.remote_id for e in repo.items(flt)]

    assert ids(None) == ["3", "2", "1"]
    assert ids(InboxFilter(account_ids=frozenset({a}))) == ["2", "1"]
    assert ids(InboxFilter(networks=frozenset({"bluesky"}))) == ["3"]
    assert ids(InboxFilter(kinds=frozenset({"mention", "quote"}))) == ["3", "1"]
    assert ids(InboxFilter(unread_only=True)) == ["2", "1"]
    repo.set_read([e.id for e in repo.items()], True)
    assert ids(InboxFilter(unread_only=True)) == [] and repo.unread_counts() == {}


def test_reply_request_key_is_recorded_once(env):
    _db, repo, a, _b = env
    repo.upsert(a, "mastodon", [_item("1", 1)], now=T0)
    item_id = repo.items()[0].id
    first = repo.record_reply(item_id, "k", "hello", now=T0)
    again = repo.record_reply(item_id, "k", "hello", now=T0)
    assert first[1] and not again[1] and first[0] == again[0]
    assert repo.items()[0].reply_state == "queued"


def test_sync_state_defaults_and_saves(env):
    _db, repo, a, _b = env
    assert repo.sync_state(a).interval_s == 300 and repo.sync_state(a).next_sync_at is None
    repo.save_sync_state(a, next_sync_at=T0, failures=2, last_error="429", interval_s=60)
    state = repo.sync_state(a)
    assert (state.next_sync_at, state.failures, state.last_error, state.interval_s) == (T0, 2, "429", 60)
