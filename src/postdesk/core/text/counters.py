"""Counting functions, one per way a network counts (pure; no network knowledge here).

Each returns (length, overflow_start): overflow_start is the str index from which the text no
longer fits `limit`, or None when it fits.
"""

from __future__ import annotations

import functools

import regex

from postdesk.core.text.graphemes import (
    grapheme_count,
    grapheme_overflow,
    graphemes,
    utf8_to_index,
    utf16_length,
    utf16_to_index,
)
from postdesk.core.text.urls import url_spans

#: Mastodon counts every auto-linked URL as this many characters (characters_reserved_per_url).
MASTODON_URL_LENGTH = 23
_MASTODON_URL_PLACEHOLDER = "x" * MASTODON_URL_LENGTH

# Mastodon's Account::MENTION_RE (app/models/account.rb), re-expressed: @user or @user@domain
# not preceded by a word character, '=' or '/'.
_MASTODON_MENTION = regex.compile(
    r"(?<![=/\w])@([a-z0-9_]+(?:[a-z0-9_.\-]+[a-z0-9_]+)?)(?:@[\w.\-]+\w+)?", regex.IGNORECASE
)
_MASTODON_OTHER_SCHEME_URL = regex.compile(
    r"(?<![\w/])(?:dat|dweb|ipfs|ipns|ssb|gopher|gemini)://[^\s<>\"]*[^\s<>\".,;:!?)\]'\"]", regex.IGNORECASE
)
# What may not follow a mention (twitter-text's end_mention_match): an at sign, a Latin accented
# letter, or "://".
_MASTODON_END_MENTION = regex.compile(
    "[@\uff20\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259"
    "\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff]|://"
)
#: Mastodon's Extractor::MAX_DOMAIN_LENGTH (app/lib/extractor.rb).
_MASTODON_MAX_DOMAIN = 253
_EMOJI_CLUSTER = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")
# Non-ASCII text with the lone ASCII characters inside it and the one before it.
_NON_ASCII_RUN = regex.compile(r"(?:[\x00-\x7f]?[^\x00-\x7f]+)+")


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
    total = grapheme_count(text)
    # (start, end, UTF-8 length) of each cluster that is an emoji.
    emoji: list[tuple[int, int, int]] = []
    if _EMOJI_CLUSTER.search(text):
        # Emoji are rare: only the non-ASCII runs holding one are split into clusters. A run
        # is bounded by two ASCII characters in a row (or the text's ends) and takes the one
        # just before it (a keycap's base). An ASCII character joins a neighbour only as
        # CR LF, or by GB9/GB9b to the non-ASCII character next to it, which the run keeps
        # (an ASCII character after a run's last Prepend is no emoji): so the run's clusters
        # that hold an emoji are exactly the whole text's.
        for run in _NON_ASCII_RUN.finditer(text):
            if _EMOJI_CLUSTER.search(run.group()):
                position = run.start()
                for cluster in graphemes(run.group()):
                    if _EMOJI_CLUSTER.search(cluster):
                        size = len(cluster.encode("utf-8", "surrogatepass"))
                        total += size - 1
                        emoji.append((position, position + len(cluster), size))
                    position += len(cluster)
    if total <= limit:
        return total, None
    return total, _threads_overflow(text, limit, emoji)


def _threads_overflow(text: str, limit: int, emoji: list[tuple[int, int, int]]) -> int | None:
    # Where the running count first passes `limit`: the clusters between two emoji count one
    # each, so they are skipped in the regex engine (as grapheme_overflow does), not walked in
    # Python; the count passes the limit within the first limit+1 clusters.
    running = 0
    position = 0
    for start, end, size in [*emoji, (len(text), len(text), 0)]:
        after = _skip_clusters(text, position, limit - running)
        if after is None or after > start:
            # Fewer than `limit - running` clusters before this emoji: they all fit.
            running += grapheme_count(text[position:start])
        elif after < start:
            return after  # a cluster that counts one starts there and passes the limit
        else:
            running = limit  # exactly as many as fit
        if start >= len(text):
            return None
        running += size
        if running > limit:
            return start
        position = end
    return None  # unreachable: the sentinel returns


def _skip_clusters(text: str, position: int, count: int) -> int | None:
    # The index after `count` clusters from `position` (a cluster boundary), matched in the
    # whole text from there as a walk from the start would; None if the text ends first.
    if count <= 0:
        return position
    bit = 0
    while count >> bit:
        if count >> bit & 1:
            skipped = _cluster_run(bit).match(text, position)
            if skipped is None:
                return None
            position = skipped.end()
        bit += 1
    return position


@functools.cache
def _cluster_run(bit: int) -> regex.Pattern[str]:
    return regex.compile(rf"\X{{{1 << bit}}}")


def _with_other_schemes(text: str, units: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    # Mastodon also links dat, dweb, ipfs, ipns, ssb, gopher and gemini URLs
    # (config/initializers/twitter_regex.rb widens valid_url_protocol), and counts each as 23.
    # twitter-text's extractor knows only http(s), so these are found here: the scheme, then
    # everything up to white space, less trailing punctuation (as twitter-text ends a path).
    taken = [(start, end) for start, end, _ in units]
    extra = [
        (m.start(), m.end(), _MASTODON_URL_PLACEHOLDER)
        for m in _MASTODON_OTHER_SCHEME_URL.finditer(text)
        if not any(start < m.end() and m.start() < end for start, end in taken)
    ]
    return sorted(units + extra) if extra else units


def _mastodon_units(text: str) -> list[tuple[int, int, str]]:
    # (start, end, replacement) for each entity Mastodon rewrites before counting.
    units: list[tuple[int, int, str]] = [
        (url.start, url.end, _MASTODON_URL_PLACEHOLDER) for url in url_spans(text, without_protocol=False)
    ]
    if "://" in text:
        units = _with_other_schemes(text, units)
    if "@" in text:
        mentions: list[tuple[int, int, str]] = []
        url_index = 0
        for match in _MASTODON_MENTION.finditer(text):
            start, end = match.span()
            # Both lists are in text order, so one pass finds the URLs a mention overlaps.
            while url_index < len(units) and units[url_index][1] <= start:
                url_index += 1
            if url_index < len(units) and units[url_index][0] < end:
                continue
            if _MASTODON_END_MENTION.match(text, end):
                continue  # Twitter::Regex[:end_mention_match]: "@a@b@c", "@anna@exampleé", "@x://"
            # Mastodon's Extractor skips a mention whose domain is longer than MAX_DOMAIN_LENGTH
            # (253), which is then counted in full; it has no rule on a label's length.
            domain = match.group(0)[1:].partition("@")[2]
            if len(domain) <= _MASTODON_MAX_DOMAIN:
                mentions.append((start, end, "@" + match.group(1)))
        if mentions:
            units = sorted(units + mentions)
    return units


def count_mastodon(text: str, limit: int, spoiler_text: str = "") -> tuple[int, int | None]:
    """Count like Mastodon's StatusLengthValidator.

    The length is the grapheme count of spoiler_text + text, where every auto-linkable URL
    (with protocol) is replaced by 23 characters and ``@user@domain`` by ``@user``; a text of
    whitespace only counts 0 (Mastodon's `countable_text` returns '' for a blank text).

    Args:
        text: the status text.
        limit: the instance's max_characters.
        spoiler_text: the content warning, which counts too.

    Returns:
        (length, overflow_start) — overflow_start indexes `text` (0 when the content warning
        alone is already too long).
    """
    if text.isspace():
        # countable_text returns '' for a blank text (Ruby's `blank?`: whitespace only), so a
        # whitespace-only status counts 0 beside its content warning.
        text = ""
    units = _mastodon_units(text)
    pieces: list[str] = [spoiler_text]
    pos = 0
    for start, end, replacement in units:
        pieces.append(text[pos:start])
        pieces.append(replacement)
        pos = end
    pieces.append(text[pos:])
    total = grapheme_count("".join(pieces))
    if total <= limit:
        return total, None
    return total, _mastodon_overflow(text, limit, spoiler_text, units)


def _mastodon_overflow(text: str, limit: int, spoiler_text: str, units: list[tuple[int, int, str]]) -> int:
    # Walk piece by piece; the walk stops at the first piece past the limit, which lies within
    # the first limit+1 clusters, so it costs little even for a long text.
    used = grapheme_count(spoiler_text)
    if used > limit:
        return 0
    pos = 0
    for start, end, replacement in [*units, (len(text), len(text), "")]:
        plain = text[pos:start]
        found = grapheme_overflow(plain, limit - used)
        if found is not None:
            return pos + found
        used += grapheme_count(plain)
        if used + len(replacement) > limit:
            return start
        used += len(replacement)
        pos = end
    return len(text)
