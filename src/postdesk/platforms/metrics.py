"""Engagement counts of a published post, and the optional protocol of adapters that read them.

Networks report different things: a field is None when the network does not say (Mastodon has
no views, Telegram bots cannot read anything), never 0, so the UI can tell "nobody liked it"
from "we cannot know".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class PostMetrics:
    """What a network says about a post's reach.

    Attributes:
        likes: likes or favourites.
        reposts: reposts, boosts or retweets.
        replies: replies or comments.
        views: views or impressions.
        quotes: quote posts.
    """

    likes: int | None
    reposts: int | None
    replies: int | None
    views: int | None
    quotes: int | None = None


#: A post whose network tells nothing.
UNKNOWN = PostMetrics(None, None, None, None, None)


def count(body: Mapping[str, Any], key: str) -> int | None:
    """`body[key]` as a count, or None when it is missing or not a non-negative integer.

    Args:
        body: a parsed JSON object.
        key: the field.
    """
    value = body.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


@runtime_checkable
class MetricsAdapter(Protocol):
    """An adapter that can read the engagement counts of a published post."""

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """The post's current counts.

        Args:
            account_id: the account that published it.
            remote_id: the network's id of the post (`Published.remote_id`).

        Raises:
            AuthExpired, RateLimited, Rejected (e.g. the post is gone), Transient.
        """
        ...
