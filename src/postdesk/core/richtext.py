"""Links, mentions, hashtags and cashtags in a text, found the way each network finds them.

`bluesky_facets` follows the detection of Bluesky's official client (`RichText.detectFacets`
in @atproto/api: mentions, links, #tags and $cashtags, with UTF-8 byte offsets); `entities`
gives the same spans as str indices for the composer preview, for every network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import regex

from postdesk.core.networks import Network
from postdesk.core.text import twitter_lib
from postdesk.core.text.graphemes import index_to_utf8

EntityKind = Literal["link", "mention", "hashtag", "cashtag"]

_FACET = "app.bsky.richtext.facet"


@dataclass(frozen=True, slots=True)
class Entity:
    """A highlighted span of a text.

    Attributes:
        kind: "link", "mention", "hashtag" or "cashtag".
        start: str index where it starts.
        end: str index where it ends (exclusive).
        value: what it points at: the full URL, the handle (no "@"), the tag (no "#"),
            or the cashtag ("$" and upper-case).
    """

    kind: EntityKind
    start: int
    end: int
    value: str


# --- Bluesky ---------------------------------------------------------------------------

_BSKY_MENTION = regex.compile(r"(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)")
_BSKY_URL = regex.compile(r"(^|\s|\()((https?://\S+)|(?P<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)\S*)", regex.IGNORECASE)
_TAG_STOP = "\\s\u00ad\u2060\u200a\u200b\u200c\u200d\u20e2"
_BSKY_TAG = regex.compile(rf"(^|\s)[#＃]((?!\ufe0f)[^{_TAG_STOP}]*[^\d\p{{P}}{_TAG_STOP}]+[^{_TAG_STOP}]*)?")
_BSKY_CASHTAG = regex.compile(r"(?:^|(?<=[\s(]))\$([A-Za-z][A-Za-z0-9]{0,4})(?![\w$])")
_TRAILING_PUNCT = regex.compile(r"\p{P}+$")
_HANDLE = regex.compile(r"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")


def is_valid_handle(handle: str) -> bool:
    """Check atproto handle syntax (https://atproto.com/specs/handle).

    Args:
        handle: a handle without "@".

    Returns:
        True if it is syntactically a handle.
    """
    return len(handle) <= 253 and handle.isascii() and _HANDLE.match(handle) is not None


def _is_known_tld_domain(domain: str) -> bool:
    # The official client accepts a bare domain only when it ends in a real TLD; twitter-text
    # ships the IANA list, which serves here.
    if "." not in domain:
        return False
    tld = domain.rsplit(".", 1)[1].lower()
    tt = twitter_lib.load()
    for pattern in (tt.valid_gtld, tt.valid_cctld):
        match = pattern.match(tld)
        if match is not None and match.end() == len(tld):
            return True
    return False


def _bluesky_spans(text: str) -> list[tuple[EntityKind, int, int, str]]:
    spans: list[tuple[EntityKind, int, int, str]] = []
    for match in _BSKY_MENTION.finditer(text):
        handle = match.group(3)
        if not _is_known_tld_domain(handle) and not handle.endswith(".test"):
            continue
        start = match.start(2)
        spans.append(("mention", start, start + 1 + len(handle), handle))
    for match in _BSKY_URL.finditer(text):
        uri = match.group(2)
        start = match.start(2)
        if not uri.lower().startswith("http"):
            domain = match.group("domain")
            if not domain or not _is_known_tld_domain(domain):
                continue
            uri = "https://" + uri
        end = match.end(2)
        if uri[-1] in ".,;:!?":
            uri, end = uri[:-1], end - 1
        if uri.endswith(")") and "(" not in uri:
            uri, end = uri[:-1], end - 1
        spans.append(("link", start, end, uri))
    for match in _BSKY_TAG.finditer(text):
        tag = match.group(2)
        if not tag:
            continue
        tag = _TRAILING_PUNCT.sub("", tag.strip())
        if not tag or len(tag) > 64:
            continue
        start = match.end(1)
        spans.append(("hashtag", start, start + 1 + len(tag), tag))
    for match in _BSKY_CASHTAG.finditer(text):
        spans.append(("cashtag", match.start(), match.end(), "$" + match.group(1).upper()))
    spans.sort(key=lambda span: span[1])
    return spans


def bluesky_facets(text: str) -> list[dict[str, Any]]:
    """Detect facets as the official Bluesky client does, without resolving handles.

    Args:
        text: the post text.

    Returns:
        Facets in app.bsky.richtext.facet form, byte offsets in UTF-8, in text order. A
        mention's ``did`` holds the handle until the caller resolves it.
    """
    facets: list[dict[str, Any]] = []
    for kind, start, end, value in _bluesky_spans(text):
        if kind == "mention":
            feature = {"$type": f"{_FACET}#mention", "did": value}
        elif kind == "link":
            feature = {"$type": f"{_FACET}#link", "uri": value}
        else:
            feature = {"$type": f"{_FACET}#tag", "tag": value}
        facets.append(
            {
                "$type": _FACET,
                "index": {"byteStart": index_to_utf8(text, start), "byteEnd": index_to_utf8(text, end)},
                "features": [feature],
            }
        )
    return facets


# --- X (twitter-text extraction rules) ---------------------------------------------------

_LATIN_ACCENTS = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b"
    "\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_X_MENTION = regex.compile(
    r"(?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)"
    r"([@＠])([a-zA-Z0-9_]{1,20}+)(/[a-zA-Z][a-zA-Z0-9_\-]{0,24}+)?"
    rf"(?![@＠{_LATIN_ACCENTS}]|://)"
)
_HASH_CHARS = (
    r"\p{L}\p{M}\p{Nd}_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
)
_X_HASHTAG = regex.compile(
    rf"(?:^|(?<=[\ufe0e\ufe0f])|(?<=[^&{_HASH_CHARS}]))([#＃])(?!\ufe0f|\u20e3)"
    rf"((?>[{_HASH_CHARS}]*[\p{{L}}\p{{M}}][{_HASH_CHARS}]*))(?![#＃]|://)"
)
_X_CASHTAG = regex.compile(r"(?:^|(?<=\s))\$([a-z]{1,6}(?:[._][a-z]{1,2})?)(?=$|\s|\p{P}|\$)", regex.IGNORECASE)


def _x_spans(text: str, *, with_lists: bool = False) -> list[tuple[EntityKind, int, int, str]]:
    spans: list[tuple[EntityKind, int, int, str]] = []
    extract = twitter_lib.load().extract_urls_with_indices
    urls = [(u["indices"][0], u["indices"][1], u["url"]) for u in extract(text)]
    for start, end, url in urls:
        spans.append(("link", start, end, url))

    def in_url(pos: int) -> bool:
        return any(s <= pos < e for s, e, _ in urls)

    for match in _X_MENTION.finditer(text):
        if match.group(3) and not with_lists:
            continue
        start = match.start(1)
        end = match.end(3) if match.group(3) else match.end(2)
        if not in_url(start):
            spans.append(("mention", start, end, text[start + 1 : end]))
    for match in _X_HASHTAG.finditer(text):
        start = match.start(1)
        if not in_url(start):
            spans.append(("hashtag", start, match.end(2), match.group(2)))
    for match in _X_CASHTAG.finditer(text):
        if not in_url(match.start()):
            spans.append(("cashtag", match.start(), match.end(), match.group(1)))
    spans.sort(key=lambda span: span[1])
    return spans


# --- Mastodon and the rest ----------------------------------------------------------------

_MASTODON_MENTION = regex.compile(
    r"(?<![=/\w])@([a-z0-9_]+(?:[a-z0-9_.\-]+[a-z0-9_]+)?(?:@[\w.\-]+\w+)?)", regex.IGNORECASE
)
_GENERIC_MENTION = regex.compile(r"(?<![\w@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)")
_GENERIC_HASHTAG = regex.compile(r"(?<![\w&#])[#＃]([\w\p{M}]*[\p{L}\p{M}][\w\p{M}]*)")


def _generic_spans(text: str, mention: regex.Pattern[str]) -> list[tuple[EntityKind, int, int, str]]:
    # URLs with a protocol (as Mastodon links them), @mentions and #hashtags outside URLs.
    spans: list[tuple[EntityKind, int, int, str]] = []
    urls = [
        (u["indices"][0], u["indices"][1], u["url"])
        for u in twitter_lib.load().extract_urls_with_indices(text, extract_urls_without_protocol=False)
    ]
    spans.extend(("link", s, e, url) for s, e, url in urls)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e, _ in urls)

    for match in mention.finditer(text):
        if free(match.start(), match.end()):
            spans.append(("mention", match.start(), match.end(), match.group(1)))
    for match in _GENERIC_HASHTAG.finditer(text):
        if free(match.start(), match.end()):
            spans.append(("hashtag", match.start(), match.end(), match.group(1)))
    spans.sort(key=lambda span: span[1])
    return spans


def entities(text: str, network: str | Network) -> list[Entity]:
    """Find the spans a network would highlight.

    X: twitter-text extraction (URLs also without protocol, @mentions, #hashtags, $cashtags).
    Bluesky: its facet detection. Mastodon: URLs with protocol, @user and @user@domain, #tags.
    Others (no public rules): URLs with protocol, @mentions, #hashtags — an approximation.

    Args:
        text: the text.
        network: the network or its key.

    Returns:
        Entities in text order, with str indices.
    """
    net = Network(network)
    if net is Network.X:
        spans = _x_spans(text)
    elif net is Network.BLUESKY:
        spans = _bluesky_spans(text)
    elif net is Network.MASTODON:
        spans = _generic_spans(text, _MASTODON_MENTION)
    else:
        spans = _generic_spans(text, _GENERIC_MENTION)
    return [Entity(kind, start, end, value) for kind, start, end, value in spans]
