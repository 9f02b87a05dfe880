"""What a network takes beyond the post itself: its first comment, its poll. One table each.

`core.post_extras.check` (the composer's validation) and the adapters read these numbers, so a
first comment or a poll the composer lets through is one the network takes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind


@dataclass(frozen=True, slots=True)
class CommentRules:
    """How long a first comment (a comment or self-reply under the published post) may be.

    Attributes:
        limit: the comment's limit, in `counter` units.
        counter: how the comment is counted.
        like_a_post: the comment is a reply post, counted and limited as a post of that network
            is (its byte limit and an instance's own limit included).
        source: where the number comes from ("U": unconfirmed).
    """

    limit: int
    counter: CounterKind
    like_a_post: bool = False
    source: str = ""


#: The networks whose adapter posts a first comment (`platforms.capabilities.SupportsFirstComment`),
#: and how long it may be.
COMMENT_RULES: dict[Network, CommentRules] = {
    # A reply is a post: 280 weighted (POST /2/tweets with reply.in_reply_to_tweet_id).
    Network.X: CommentRules(280, CounterKind.X_WEIGHTED, True, "docs.x.com/fundamentals/counting-characters"),
    # A reply is an app.bsky.feed.post record: 300 graphemes and 3,000 bytes.
    Network.BLUESKY: CommentRules(300, CounterKind.GRAPHEMES, True, "lexicon app.bsky.feed.post"),
    # A reply is a status: the instance's max_characters (500 by default), counted as statuses are.
    Network.MASTODON: CommentRules(500, CounterKind.MASTODON, True, "GET /api/v2/instance"),
    # A reply is a Threads post: 500, emoji by their UTF-8 length.
    Network.THREADS: CommentRules(500, CounterKind.THREADS, True, "developers.facebook.com/docs/threads/posts"),
    # Comments (socialActions/{urn}/comments): 1,250 characters, LinkedIn's comment box (U).
    Network.LINKEDIN: CommentRules(1250, CounterKind.UTF16, source="linkedin.com comment box (U)"),
    # Page comments (POST /{post-id}/comments message): 8,000 characters (U).
    Network.FACEBOOK: CommentRules(8000, CounterKind.UTF16, source="facebook.com comment box (U)"),
    # POST /{ig-media-id}/comments message: 2,200 characters, as a caption (U: third-party docs).
    Network.INSTAGRAM: CommentRules(2200, CounterKind.UTF16, source="instagram.com comment, third-party docs (U)"),
    # commentThreads.insert snippet.topLevelComment.snippet.textOriginal: 10,000 characters (U).
    Network.YOUTUBE: CommentRules(10_000, CounterKind.CODE_POINTS, source="youtube.com comment (U)"),
    # POST /api/comment text: 10,000 characters (U).
    Network.REDDIT: CommentRules(10_000, CounterKind.CODE_POINTS, source="reddit.com comment (U)"),
}


@dataclass(frozen=True, slots=True)
class PollRules:
    """What a poll may hold on one network.

    Attributes:
        min_options: the fewest choices.
        max_options: the most choices.
        option_limit: each choice's limit, in `counter` units.
        counter: how a choice is counted.
        min_minutes: the shortest duration, in minutes.
        max_minutes: the longest duration, in minutes.
        multiple: whether voters may pick more than one choice.
        source: where the numbers come from.
    """

    min_options: int
    max_options: int
    option_limit: int
    counter: CounterKind
    min_minutes: int
    max_minutes: int
    multiple: bool = False
    source: str = ""


#: The networks whose adapter sends a poll, and their polls' limits.
POLL_RULES: dict[Network, PollRules] = {
    # POST /2/tweets poll: options 2-4 items of 1-25 characters, duration_minutes 5-10080
    # (shared/specs/x-api/x-api-v2.latest-openapi.json, TweetCreateRequest.poll).
    Network.X: PollRules(2, 4, 25, CounterKind.CODE_POINTS, 5, 10_080, source="X OpenAPI TweetCreateRequest.poll"),
    # Mastodon's defaults; each instance says its own in GET /api/v2/instance configuration.polls
    # (max_options 4, max_characters_per_option 50, min_expiration 300 s, max_expiration 2629746 s;
    # shared/specs/mastodon subset). PollValidator counts a choice's graphemes and wants 2 or more.
    Network.MASTODON: PollRules(
        2, 4, 50, CounterKind.GRAPHEMES, 5, 2_629_746 // 60, True, "GET /api/v2/instance configuration.polls"
    ),
}


def poll_rules(network: Network, instance: Mapping[str, int] | None = None) -> PollRules | None:
    """A network's poll limits, with a Mastodon instance's own (`auth.profiles.mastodon.instance_limits`).

    Args:
        network: the network.
        instance: the limits the account's server advertised (poll_max_options,
            poll_max_characters_per_option, poll_min_expiration, poll_max_expiration), if known.

    Returns:
        The limits, or None where Postdesk sends no poll.
    """
    found = POLL_RULES.get(network)
    if found is None or network is not Network.MASTODON or not instance:
        return found

    def given(key: str) -> int:
        value = instance.get(key, 0)
        return int(value) if isinstance(value, int) and value > 0 else 0

    max_options = given("poll_max_options")
    option_limit = given("poll_max_characters_per_option")
    min_seconds = given("poll_min_expiration")
    max_seconds = given("poll_max_expiration")
    return replace(
        found,
        max_options=max_options if max_options >= 2 else found.max_options,
        option_limit=option_limit or found.option_limit,
        min_minutes=-(-min_seconds // 60) if min_seconds else found.min_minutes,  # rounded up
        max_minutes=max_seconds // 60 if max_seconds else found.max_minutes,
    )
