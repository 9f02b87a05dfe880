"""Counting functions, one per way a network counts (pure; no network knowledge here).

Each returns (length, overflow_start): overflow_start is the str index from which the text no
longer fits `limit`, or None when it fits.
"""

from __future__ import annotations

import regex
from twitter_text import extract_urls_with_indices

from postdesk.core.text.graphemes import (
    grapheme_count,
    grapheme_overflow,
    graphemes,
    utf8_to_index,
    utf16_length,
    utf16_to_index,
)

#: Mastodon counts every auto-linked URL as this many characters (characters_reserved_per_url).
MASTODON_URL_LENGTH = 23

# Mastodon's Account::MENTION_RE (app/models/account.rb), re-expressed: @user or @user@domain
# not preceded by a word character, '=' or '/'.
_MASTODON_MENTION = regex.compile(
    r"(?<![=/\w])@([a-z0-9_]+(?:[a-z0-9_.\-]+[a-z0-9_]+)?)(?:@[\w.\-]+\w+)?", regex.IGNORECASE
)
_EMOJI_CLUSTER = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")


def count_graphemes(text: str, limit: int) -> tuple[int, int | None]:
    """Count extended grapheme clusters.

    Args:
        text: the text.
        limit: the allowed number of clusters.

    Returns:
        (length, overflow_start).
    """
    length = grapheme_count(text)
    return length, (grapheme_overflow(text, limit) if length > limit else None)


def count_utf16(text: str, limit: int) -> tuple[int, int | None]:
    """Count UTF-16 code units (JavaScript/Java string length).

    Args:
        text: the text.
        limit: the allowed number of code units.

    Returns:
        (length, overflow_start).
    """
    length = utf16_length(text)
    return length, (utf16_to_index(text, limit) if length > limit else None)


def count_code_points(text: str, limit: int) -> tuple[int, int | None]:
    """Count Unicode code points (Python's ``len``).

    Args:
        text: the text.
        limit: the allowed number of code points.

    Returns:
        (length, overflow_start).
    """
    return len(text), (limit if len(text) > limit else None)


def count_utf8_bytes(text: str, limit: int) -> tuple[int, int | None]:
    """Count UTF-8 bytes.

    Args:
        text: the text.
        limit: the allowed number of bytes.

    Returns:
        (length, overflow_start).
    """
    length = len(text.encode("utf-8", "surrogatepass"))
    return length, (utf8_to_index(text, limit) if length > limit else None)


def count_threads(text: str, limit: int) -> tuple[int, int | None]:
    """Count the way Meta documents for Threads: characters, with emoji as their UTF-8 bytes.

    "Text posts are limited to 500 characters. Emojis are counted as the number of UTF-8
    bytes." (https://developers.facebook.com/documentation/threads/posts, "Limitations").
    The doc does not define "character"; we count a grapheme cluster as one, and a cluster
    that is an emoji (holds an Extended_Pictographic, a regional indicator or a keycap) as its
    UTF-8 byte length.

    Args:
        text: the text.
        limit: the allowed count.

    Returns:
        (length, overflow_start).
    """
    if text.isascii():
        return count_graphemes(text, limit)
    total = 0
    overflow: int | None = None
    index = 0
    for cluster in graphemes(text):
        if _EMOJI_CLUSTER.search(cluster):
            total += len(cluster.encode("utf-8", "surrogatepass"))
        else:
            total += 1
        if overflow is None and total > limit:
            overflow = index
        index += len(cluster)
    return total, overflow


def _plausible_domain(mention: str) -> bool:
    # A remote mention only gets its concession when the domain could be a host name
    # (labels of 1-63 characters, 253 in all); otherwise it is counted in full.
    _, _, domain = mention[1:].partition("@")
    if not domain:
        return True
    return len(domain) <= 253 and all(0 < len(label) <= 63 for label in domain.split("."))


def _mastodon_units(text: str) -> list[tuple[int, int, int]]:
    # (start, end, counted length) for each entity Mastodon rewrites before counting.
    units: list[tuple[int, int, int]] = []
    if ":" in text:
        for url in extract_urls_with_indices(text, extract_urls_without_protocol=False):
            units.append((url["indices"][0], url["indices"][1], MASTODON_URL_LENGTH))
    if "@" in text:
        for match in _MASTODON_MENTION.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e, _ in units) or not _plausible_domain(
                match.group(0)
            ):
                continue
            units.append((start, end, 1 + grapheme_count(match.group(1))))
    units.sort()
    return units


def count_mastodon(text: str, limit: int, spoiler_text: str = "") -> tuple[int, int | None]:
    """Count like Mastodon's StatusLengthValidator.

    The length is the grapheme count of spoiler_text + text, where every auto-linkable URL
    (with protocol) counts 23 and ``@user@domain`` counts as ``@user``.

    Args:
        text: the status text.
        limit: the instance's max_characters.
        spoiler_text: the content warning, which counts too.

    Returns:
        (length, overflow_start) — overflow_start indexes `text` (0 when the content warning
        alone is already too long).
    """
    units = _mastodon_units(text)
    total = grapheme_count(spoiler_text)
    overflow: int | None = 0 if total > limit else None
    pos = 0
    pieces = [(s, e, n) for s, e, n in units] + [(len(text), len(text), 0)]
    for start, end, counted in pieces:
        plain = text[pos:start]
        plain_count = grapheme_count(plain)
        if overflow is None and total + plain_count > limit:
            found = grapheme_overflow(plain, limit - total)
            overflow = pos + (found if found is not None else len(plain))
        total += plain_count
        if overflow is None and total + counted > limit:
            overflow = start
        total += counted
        pos = end
    return total, overflow
