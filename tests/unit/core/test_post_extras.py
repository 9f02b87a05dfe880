"""First comment, poll, quote, reply settings and language: the checks the composer and adapters share."""

from __future__ import annotations

import pytest

from postdesk.core import post_extras
from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.core.rules.extras import COMMENT_RULES, POLL_RULES, poll_rules
from postdesk.core.validation import ProblemCode, validate
from postdesk.platforms.capabilities import SupportsFirstComment, network_supports


def codes(network, options, *, has_media=False, **kw):
    return [f.code for f in post_extras.check(network, options, has_media=has_media, **kw)]


def test_the_comment_table_is_the_networks_whose_adapter_posts_a_first_comment():
    supported = {n for n in Network if network_supports(n, SupportsFirstComment)}
    assert set(COMMENT_RULES) == supported


@pytest.mark.parametrize(
    ("network", "fits", "too_long"),
    [
        (Network.X, "a" * 280, "a" * 281),
        (Network.BLUESKY, "a" * 300, "a" * 301),
        (Network.MASTODON, "a" * 500, "a" * 501),
        (Network.THREADS, "a" * 500, "a" * 501),
        (Network.LINKEDIN, "a" * 1250, "a" * 1251),
        (Network.INSTAGRAM, "a" * 2200, "a" * 2201),
    ],
)
def test_a_first_comment_is_held_to_the_networks_comment_limit(network, fits, too_long):
    assert codes(network, {"first_comment": fits}) == []
    found = post_extras.check(network, {"first_comment": too_long}, has_media=False)
    assert [f.code for f in found] == ["first_comment_too_long"]
    assert found[0].params["length"] == len(too_long)


def test_x_weighs_a_first_comment_as_it_weighs_a_post():
    assert codes(Network.X, {"first_comment": "😀" * 140}) == []
    assert codes(Network.X, {"first_comment": "😀" * 141}) == ["first_comment_too_long"]


def test_a_mastodon_comment_is_held_to_the_instances_own_limit():
    assert codes(Network.MASTODON, {"first_comment": "a" * 600}, max_chars=1000) == []
    assert codes(Network.MASTODON, {"first_comment": "a" * 600}) == ["first_comment_too_long"]


def test_a_first_comment_where_no_adapter_posts_one_is_refused():
    assert codes(Network.TELEGRAM, {"first_comment": "hi"}) == ["first_comment_not_supported"]
    assert codes(Network.TELEGRAM, {"first_comment": "   "}) == []


def test_x_poll_limits_come_from_the_openapi_document():
    x = POLL_RULES[Network.X]
    assert (x.min_options, x.max_options, x.option_limit, x.min_minutes, x.max_minutes) == (2, 4, 25, 5, 10080)
    ok = {"poll": {"options": ["Yes", "No"], "duration_minutes": 1440}}
    assert codes(Network.X, ok) == []
    assert codes(Network.X, {"poll": {"options": ["Only"], "duration_minutes": 60}}) == ["poll_option_count"]
    assert codes(Network.X, {"poll": {"options": list("abcde"), "duration_minutes": 60}}) == ["poll_option_count"]
    assert codes(Network.X, {"poll": {"options": ["a" * 26, "b"], "duration_minutes": 60}}) == ["poll_option_too_long"]
    assert codes(Network.X, {"poll": {"options": ["a", "b"], "duration_minutes": 4}}) == ["poll_duration"]
    assert codes(Network.X, {"poll": {"options": ["a", "b"], "duration_minutes": 10081}}) == ["poll_duration"]
    assert codes(Network.X, {"poll": {"options": ["Yes", "yes "], "duration_minutes": 60}}) == ["poll_options_repeat"]
    assert codes(Network.X, {"poll": {"options": ["a", "b"], "duration_minutes": 60, "multiple": True}}) == [
        "poll_multiple_not_supported"
    ]


def test_mastodon_poll_limits_follow_the_instance():
    instance = {
        "poll_max_options": 6,
        "poll_max_characters_per_option": 100,
        "poll_min_expiration": 60,
        "poll_max_expiration": 86400,
    }
    limits = poll_rules(Network.MASTODON, instance)
    assert (limits.max_options, limits.option_limit, limits.min_minutes, limits.max_minutes) == (6, 100, 1, 1440)
    six = {"poll": {"options": list("abcdef"), "duration_minutes": 60}}
    assert codes(Network.MASTODON, six) == ["poll_option_count"]
    assert codes(Network.MASTODON, six, instance=instance) == []
    long = {"poll": {"options": ["a" * 60, "b"], "duration_minutes": 60}}
    assert codes(Network.MASTODON, long) == ["poll_option_too_long"]
    assert codes(Network.MASTODON, long, instance=instance) == []


def test_a_poll_where_postdesk_sends_none_is_refused():
    assert codes(Network.BLUESKY, {"poll": {"options": ["a", "b"], "duration_minutes": 60}}) == ["poll_not_supported"]


@pytest.mark.parametrize(
    ("url", "tweet_id"),
    [
        ("https://x.com/jack/status/20", "20"),
        ("https://twitter.com/jack/status/20?s=46", "20"),
        ("https://mobile.twitter.com/jack/statuses/1234567890123456789/", "1234567890123456789"),
        ("https://x.com/i/web/status/42", "42"),
    ],
)
def test_an_x_post_address_becomes_the_quote_tweet_id(url, tweet_id):
    assert post_extras.resolve_quote(Network.X, url) == {"quote_tweet_id": tweet_id}


@pytest.mark.parametrize(
    "url",
    ["https://x.com/jack", "https://example.com/jack/status/20", "x.com/jack/status/20", "https://x.com/a/status/b"],
)
def test_an_address_that_names_no_x_post_is_refused(url):
    assert post_extras.resolve_quote(Network.X, url) is None
    assert codes(Network.X, {"quote_url": url}) == ["quote_url_invalid"]


def test_a_bluesky_post_address_becomes_an_at_uri():
    assert post_extras.resolve_quote(Network.BLUESKY, "https://bsky.app/profile/alice.bsky.social/post/3kabc") == {
        "quote_uri": "at://alice.bsky.social/app.bsky.feed.post/3kabc"
    }
    uri = "at://did:plc:abc123/app.bsky.feed.post/3kabc"
    assert post_extras.resolve_quote(Network.BLUESKY, uri) == {"quote_uri": uri}
    assert post_extras.resolve_quote(Network.BLUESKY, "https://bsky.app/profile/alice.bsky.social") is None


def test_x_refuses_a_quote_with_a_poll_or_media_as_its_api_does():
    quote = {"quote_url": "https://x.com/a/status/1"}
    assert codes(Network.X, quote) == []
    assert codes(Network.X, quote, has_media=True) == ["quote_with_media"]
    poll = {"options": ["a", "b"], "duration_minutes": 60}
    assert codes(Network.X, {**quote, "poll": poll}) == ["quote_with_poll"]
    # Bluesky puts a quote beside media (app.bsky.embed.recordWithMedia).
    assert codes(Network.BLUESKY, {"quote_url": "https://bsky.app/profile/a.bsky.social/post/3k"}, has_media=True) == []


def test_a_quote_where_postdesk_cannot_quote_is_refused():
    assert codes(Network.THREADS, {"quote_url": "https://www.threads.net/@a/post/1"}) == ["quote_not_supported"]


def test_mastodon_quotes_a_post_address_only_where_the_server_can():
    quote = {"quote_url": "https://other.social/@mira/1123"}
    assert post_extras.resolve_quote(Network.MASTODON, quote["quote_url"]) == {}
    assert codes(Network.MASTODON, quote) == []  # the server's version unknown: the adapter asks it
    assert codes(Network.MASTODON, quote, instance={"api_version": 7}) == []
    assert codes(Network.MASTODON, quote, instance={"api_version": 6}) == ["quote_server_too_old"]
    assert codes(Network.MASTODON, {"quote_url": "not an address"}) == ["quote_url_invalid"]


def test_reply_settings_are_the_values_each_network_has():
    for value in post_extras.X_REPLY_SETTINGS:
        assert codes(Network.X, {"reply_settings": value}) == []
    assert codes(Network.X, {"reply_settings": "everyone"}) == ["reply_setting_unknown"]
    assert codes(Network.BLUESKY, {"reply_controls": ["mention", "followers"]}) == []
    assert codes(Network.BLUESKY, {"reply_controls": ["nobody"]}) == []
    assert codes(Network.BLUESKY, {"reply_controls": ["nobody", "mention"]}) == ["reply_setting_unknown"]
    assert codes(Network.BLUESKY, {"reply_controls": ["friends"]}) == ["reply_setting_unknown"]


def test_mastodon_language_is_an_iso_639_1_code():
    assert codes(Network.MASTODON, {"language": "de"}) == []
    assert codes(Network.MASTODON, {"language": "deu"}) == ["language_unknown"]
    assert len(post_extras.LANGUAGES) == len(set(post_extras.LANGUAGES)) > 180


def test_validation_reports_the_extras_as_errors():
    target = Target(Network.X, 1, options={"first_comment": "a" * 281, "poll": {"options": ["a"]}})
    problems = validate(Post(parts=("Hello",), targets=(target,)), target, {})
    found = {p.code for p in problems}
    assert {ProblemCode.FIRST_COMMENT_TOO_LONG, ProblemCode.POLL_OPTION_COUNT} <= found
    assert all(p.severity == "error" for p in problems if p.code in found)
