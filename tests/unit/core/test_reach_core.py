"""core.waiting (what holds a post) and core.remote_links (where to look, a post's id from its link)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from postdesk.core.entities import TargetState as S
from postdesk.core.remote_links import looks_like_link, profile_url, remote_id_from_url
from postdesk.core.waiting import HeldAs, Hold, TargetHoldInfo, hold_of, post_hold, stoppable

T = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def target(state: S, **kw) -> TargetHoldInfo:
    return TargetHoldInfo(
        target_id=kw.pop("target_id", 1),
        post_id=1,
        network=kw.pop("network", "mastodon"),
        account_id=1,
        state=state,
        **kw,
    )


@pytest.mark.parametrize(
    ("info", "online", "paused", "expected"),
    [
        (target(S.DUE), True, False, HeldAs(Hold.SENDING)),
        (target(S.DUE), False, False, HeldAs(Hold.CONNECTION)),
        (target(S.DUE), False, True, HeldAs(Hold.PAUSED_ALL)),  # the user's pause is the reason given
        (target(S.DUE, reason_code="needs_reconnect"), False, True, HeldAs(Hold.RECONNECT)),
        (target(S.FAILED_RETRYABLE, next_attempt_at=T), True, False, HeldAs(Hold.RETRY, T)),
        (target(S.FAILED_RETRYABLE, next_attempt_at=T), False, False, HeldAs(Hold.CONNECTION)),
        (target(S.FAILED_RETRYABLE, reason_code="needs_reconnect"), True, False, HeldAs(Hold.RECONNECT)),
        (target(S.UNKNOWN, reason_code="unknown_needs_user"), True, False, HeldAs(Hold.NEEDS_YOU)),
        (target(S.UNKNOWN), True, False, HeldAs(Hold.CHECKING)),
        (target(S.SCHEDULED, handed_off=True), False, True, HeldAs(Hold.HANDED_OFF)),
        (target(S.SCHEDULED), True, False, None),
        (target(S.PUBLISHED), False, True, None),
        (target(S.PAUSED), False, False, None),
    ],
)
def test_hold_of(info, online, paused, expected):
    assert hold_of(info, online=online, publishing_paused=paused) == expected


def test_a_post_shows_its_worst_hold_and_its_earliest_retry():
    later, sooner = T + timedelta(hours=1), T + timedelta(minutes=5)
    retries = [
        target(S.FAILED_RETRYABLE, next_attempt_at=later, target_id=1),
        target(S.FAILED_RETRYABLE, next_attempt_at=sooner, target_id=2),
    ]
    assert post_hold(retries, online=True, publishing_paused=False) == HeldAs(Hold.RETRY, sooner)
    mixed = [*retries, target(S.UNKNOWN, reason_code="unknown_needs_user", target_id=3)]
    assert post_hold(mixed, online=True, publishing_paused=False) == HeldAs(Hold.NEEDS_YOU)
    assert post_hold([target(S.PUBLISHED)], online=True, publishing_paused=False) is None


def test_stoppable_states():
    assert {s for s in S if stoppable(s)} == {S.SCHEDULED, S.DUE, S.FAILED_RETRYABLE}


@pytest.mark.parametrize(
    ("network", "handle", "instance", "expected"),
    [
        ("mastodon", "@me@example.social", None, "https://example.social/@me"),
        ("mastodon", "me", "https://mstdn.example/", "https://mstdn.example/@me"),
        ("mastodon", "me", None, None),
        ("bluesky", "me.bsky.social", None, "https://bsky.app/profile/me.bsky.social"),
        ("x", "me", None, "https://x.com/me"),
        ("telegram", "@mychannel", None, "https://t.me/mychannel"),
        ("telegram", "My private channel", None, None),  # a private channel has no address
        ("threads", "me", None, "https://www.threads.com/@me"),
    ],
)
def test_profile_url(network, handle, instance, expected):
    assert profile_url(network, handle, instance) == expected


@pytest.mark.parametrize(
    ("network", "url", "expected"),
    [
        ("x", "https://x.com/me/status/1234567890", "1234567890"),
        ("x", "https://x.com/me", None),
        ("mastodon", "https://example.social/@me/110", "110"),
        ("mastodon", "https://example.social/users/me/statuses/110", "110"),
        ("telegram", "https://t.me/mychannel/45", "45"),
        ("telegram", "https://t.me/c/123456/45", "45"),
        ("bluesky", "https://bsky.app/profile/me.bsky.social/post/3kabc", None),  # a handle, not the record's DID
        ("mastodon", "ftp://example.social/@me/110", None),
    ],
)
def test_remote_id_from_url(network, url, expected):
    assert remote_id_from_url(network, url) == expected


def test_looks_like_link():
    assert looks_like_link(" https://t.me/x/1 ")
    assert not looks_like_link("t.me/x/1") and not looks_like_link("not a link")
