"""A post's extras beyond its text: first comment, poll, quoted post, who may reply, language.

Pure checks and conversions that the composer's validation (`core.validation`) and the adapters
share, so what the composer lets through the network takes. Options, as a target stores them:

- `first_comment`: text posted under the published post (`engine.delivery` posts it once).
- `poll`: {"options": [...], "duration_minutes": n} (Mastodon adds `multiple`, `hide_totals`).
- `quote_url`: the address of the post to quote, as the user gave it; resolved to what the
  adapter needs: X `quote_tweet_id`, Bluesky `quote_uri` (`resolve_quote`); Mastodon's adapter
  resolves the address itself on the account's server (`GET /api/v2/search`).
- `reply_settings` (X): following, mentionedUsers, subscribers or verified; absent: everyone.
- `reply_controls` (Bluesky threadgate): a list of mention, followers, following, or ["nobody"];
  absent: everyone. `quotes_disabled` (Bluesky postgate): True to refuse quotes.
- `language` (Mastodon): an ISO 639-1 code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from postdesk.core.networks import Network
from postdesk.core.rules.extras import COMMENT_RULES, poll_rules
from postdesk.core.text.measure import TextMeasure, count, measure

#: X's `reply_settings` values (X OpenAPI TweetCreateRequest.reply_settings); "" is everyone.
X_REPLY_SETTINGS = ("following", "mentionedUsers", "subscribers", "verified")
#: Bluesky threadgate rules Postdesk offers (app.bsky.feed.threadgate allow), or "nobody" alone.
BLUESKY_REPLY_RULES = ("mention", "following", "followers")
#: Networks where Postdesk can quote a post (Mastodon: servers of 4.5 or newer).
QUOTE_NETWORKS = frozenset({Network.X, Network.BLUESKY, Network.MASTODON})
#: The Mastodon API version that quotes (`platforms.mastodon.QUOTE_API_VERSION`).
MASTODON_QUOTE_API = 7

#: ISO 639-1 language codes (Mastodon's `language` takes them).
_LANGUAGE_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el "
    "en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it "
    "iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt "
    "my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl "
    "sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo "
    "za zh zu"
)
LANGUAGES = tuple(_LANGUAGE_CODES.split())

_X_STATUS = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/(?:i/web|i|[A-Za-z0-9_]{1,15})/status(?:es)?/(\d{1,19})(?:[/?#].*)?$"
)
_BSKY_WEB = re.compile(
    r"^https?://(?:www\.)?bsky\.app/profile/([^/?#\s]+)/post/([A-Za-z0-9._:~-]{1,512})/?(?:[?#].*)?$"
)
_WEB_POST = re.compile(r"^https?://[A-Za-z0-9.-]+(?::\d+)?/\S+$")
_AT_POST = re.compile(r"^at://([^/\s]+)/app\.bsky\.feed\.post/([A-Za-z0-9._:~-]{1,512})$")
_ACTOR = re.compile(
    r"^(?:did:[a-z]+:[A-Za-z0-9._:%-]+|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,})$"
)


@dataclass(frozen=True, slots=True)
class Found:
    """One problem with a post's extras (a `core.validation.ProblemCode` value and its numbers)."""

    code: str
    params: Mapping[str, int | str] = field(default_factory=dict)


def resolve_quote(network: Network, url: str) -> dict[str, str] | None:
    """What the adapter needs to quote the post at `url`, or None when it names no post there.

    X: `quote_tweet_id` from x.com or twitter.com status addresses. Bluesky: `quote_uri` (an
    at:// URI) from a bsky.app post address or an at:// URI; the adapter reads the record's CID.
    Mastodon: nothing more (any post address; the adapter asks the account's server for it).
    """
    url = url.strip()
    if network is Network.X:
        x = _X_STATUS.match(url)
        return {"quote_tweet_id": x.group(1)} if x else None
    if network is Network.BLUESKY:
        web = _BSKY_WEB.match(url) or _AT_POST.match(url)
        if web is None or not _ACTOR.match(web.group(1)):
            return None
        return {"quote_uri": f"at://{web.group(1)}/app.bsky.feed.post/{web.group(2)}"}
    if network is Network.MASTODON:
        return {} if _WEB_POST.match(url) else None
    return None


def comment_measure(network: Network, text: str, max_chars: int | None = None) -> TextMeasure | None:
    """How long a first comment is for `network` (None where Postdesk posts no first comment).

    Args:
        network: the network.
        text: the comment.
        max_chars: the account's own text limit (a Mastodon instance), where a comment is a post.
    """
    found = COMMENT_RULES.get(network)
    if found is None:
        return None
    if found.like_a_post:
        return measure(text, network, max_chars=max_chars)
    return count(text, found.counter, found.limit)


def check(
    network: Network,
    options: Mapping[str, Any],
    *,
    has_media: bool,
    max_chars: int | None = None,
    instance: Mapping[str, int] | None = None,
) -> list[Found]:
    """The problems of a target's extras, in a stable order.

    Args:
        network: the target's network.
        options: the target's options.
        has_media: whether the target sends media.
        max_chars: the account's own text limit (a Mastodon instance).
        instance: the limits the account's server advertised (a Mastodon instance's polls).
    """
    found: list[Found] = []
    comment = str(options.get("first_comment") or "").strip()
    if comment:
        m = comment_measure(network, comment, max_chars)
        if m is None:
            found.append(Found("first_comment_not_supported"))
        elif not m.fits:
            over_bytes = m.byte_length is not None and m.byte_limit is not None and m.byte_length > m.byte_limit
            found.append(
                Found(
                    "first_comment_too_long",
                    {"length": m.byte_length or 0, "limit": m.byte_limit or 0, "unit": "bytes"}
                    if over_bytes and m.length <= m.limit
                    else {"length": m.length, "limit": m.limit},
                )
            )
    poll = options.get("poll")
    if poll:
        found.extend(_check_poll(network, poll, instance))
    quote_url = str(options.get("quote_url") or "").strip()
    if quote_url:
        if network not in QUOTE_NETWORKS:
            found.append(Found("quote_not_supported"))
        elif resolve_quote(network, quote_url) is None:
            found.append(Found("quote_url_invalid"))
        elif network is Network.MASTODON and _api_below(instance, MASTODON_QUOTE_API):
            found.append(Found("quote_server_too_old"))
        elif network is Network.X and poll:
            found.append(Found("quote_with_poll"))
        elif network is Network.X and has_media:
            # POST /2/tweets: media is "mutually exclusive from Quote Tweet Id, Poll, and Card URI".
            found.append(Found("quote_with_media"))
    setting = options.get("reply_settings")
    if setting and (network is not Network.X or setting not in X_REPLY_SETTINGS):
        found.append(Found("reply_setting_unknown", {"setting": str(setting)}))
    controls = options.get("reply_controls")
    if controls is not None and not _valid_controls(network, controls):
        found.append(Found("reply_setting_unknown", {"setting": str(controls)}))
    language = options.get("language")
    if language and (network is not Network.MASTODON or language not in LANGUAGES):
        found.append(Found("language_unknown", {"language": str(language)}))
    return found


def _api_below(instance: Mapping[str, int] | None, version: int) -> bool:
    """Whether the server said (at sign-in) an API version below `version`; unknown is not below."""
    api = (instance or {}).get("api_version")
    return isinstance(api, int) and api < version


def _valid_controls(network: Network, controls: Any) -> bool:
    if network is not Network.BLUESKY or not isinstance(controls, list | tuple):
        return False
    given = [str(c) for c in controls]
    return given == ["nobody"] or (len(set(given)) == len(given) and all(c in BLUESKY_REPLY_RULES for c in given))


def _check_poll(network: Network, poll: Any, instance: Mapping[str, int] | None) -> list[Found]:
    limits = poll_rules(network, instance)
    if limits is None:
        return [Found("poll_not_supported")]
    if not isinstance(poll, Mapping):
        return [Found("poll_option_count", {"count": 0, "min": 2, "max": 2})]
    found: list[Found] = []
    choices = [str(o) for o in poll.get("options", ()) if str(o).strip()]
    if not limits.min_options <= len(choices) <= limits.max_options:
        found.append(
            Found("poll_option_count", {"count": len(choices), "min": limits.min_options, "max": limits.max_options})
        )
    for position, choice in enumerate(choices, 1):
        m = count(choice, limits.counter, limits.option_limit)
        if not m.fits:
            found.append(Found("poll_option_too_long", {"position": position, "length": m.length, "limit": m.limit}))
    if len({c.strip().casefold() for c in choices}) < len(choices):
        found.append(Found("poll_options_repeat"))
    try:
        minutes = int(poll.get("duration_minutes", 1440))
    except (TypeError, ValueError):
        minutes = -1
    if not limits.min_minutes <= minutes <= limits.max_minutes:
        found.append(
            Found(
                "poll_duration",
                {
                    "seconds": max(minutes, 0) * 60,
                    "min_seconds": limits.min_minutes * 60,
                    "max_seconds": limits.max_minutes * 60,
                },
            )
        )
    if poll.get("multiple") and not limits.multiple:
        found.append(Found("poll_multiple_not_supported"))
    return found
