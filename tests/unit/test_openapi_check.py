"""The request checker the Mastodon and X fakes rely on: it must refuse what the schemas refuse."""

from __future__ import annotations

import pytest

from tests.fakes.openapi_check import mastodon, x_api

pytestmark = pytest.mark.schema


@pytest.mark.parametrize(
    "body, ok",
    [
        ({"text": "hi"}, True),
        ({"text": "hi", "media": {"media_ids": ["123"]}}, True),
        ({"text": "hi", "reply": {"in_reply_to_tweet_id": "1"}}, True),
        ({"text": "hi", "poll": {"options": ["a", "b"], "duration_minutes": 5}}, True),
        ({"text": "hi", "visibility": "public"}, False),  # additionalProperties false
        ({"text": "hi", "media": {"media_ids": []}}, False),  # minItems 1
        ({"text": "hi", "media": {"media_ids": ["1", "2", "3", "4", "5"]}}, False),  # maxItems 4
        ({"text": "hi", "media": {"media_ids": ["abc"]}}, False),  # MediaId pattern (via $ref)
        ({"text": "hi", "reply": {"tweet_id": "1"}}, False),
        ({"text": "hi", "poll": {"options": ["a"], "duration_minutes": 60}}, False),
        ({"text": "hi", "poll": {"options": ["a", "b"], "duration_minutes": 4}}, False),
        ({"text": "hi", "poll": {"options": ["a", "x" * 26], "duration_minutes": 60}}, False),
    ],
)
def test_x_tweet_create(body, ok):
    assert (x_api().check_body("POST", "/2/tweets", "application/json", body) == []) is ok


@pytest.mark.parametrize(
    "body, ok",
    [
        ({"status": "hi"}, True),
        ({"status": "hi", "media_ids": ["1"], "visibility": "unlisted", "language": "en"}, True),
        ({"media_ids": ["1"]}, True),
        ({"status": "hi", "poll": {"options": ["a", "b"], "expires_in": 300}}, True),
        ({"status": "hi", "scheduled_at": "2026-03-01T12:00:00Z", "spoiler_text": "cw"}, True),
        ({"status": "hi", "visibility": "everyone"}, False),
        ({"status": "hi", "content_warning": "cw"}, False),  # closed: not a parameter
        ({"status": 5}, False),
        ({"sensitive": True}, False),  # neither status, media nor poll
    ],
)
def test_mastodon_status_create(body, ok):
    problems = mastodon().check_body(
        "POST", "/api/v1/statuses", "application/json", body, closed=True, overlapping_one_of=True
    )
    assert (problems == []) is ok


def test_query_parameters():
    spec = x_api()
    assert (
        spec.check_query(
            "GET", "/2/users/{id}/tweets", {"max_results": ["100"], "tweet.fields": ["created_at,referenced_tweets"]}
        )
        == []
    )
    assert spec.check_query("GET", "/2/users/{id}/tweets", {"max_results": ["101"]})
    assert spec.check_query("GET", "/2/users/{id}/tweets", {"tweet.fields": ["createdAt"]})
    assert spec.check_query("GET", "/2/users/{id}/tweets", {"query": ["x"]})
    assert (
        mastodon().check_query("GET", "/api/v1/notifications", {"types[]": ["mention", "quote"], "limit": ["40"]}) == []
    )
    assert mastodon().check_query("GET", "/api/v1/notifications", {"types[]": ["mentions"]})
