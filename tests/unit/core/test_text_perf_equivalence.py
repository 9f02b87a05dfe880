"""The fast paths of the text core give the same answers as the slow, obvious ones."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from twitter_text import extract_urls_with_indices
from twitter_text.regexp.emoji import emoji as EMOJI_RE

from postdesk.core.text.counters import _EMOJI_CLUSTER, count_threads
from postdesk.core.text.urls import url_spans
from postdesk.core.text.x_weighted import _emoji_spans

graphemes_mod = importlib.import_module("postdesk.core.text.graphemes")
_X = regex.compile(r"\X")
_EMOJI_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")

# Pieces that make URLs, emoji sequences, keycaps and cluster edge cases likely.
_PIECES = st.sampled_from(
    [
        "a",
        "1",
        "#",
        "*",
        " ",
        "\n",
        "\r\n",
        "\u3000",
        ".",
        ":",
        "/",
        "-",
        "_",
        "@",
        "$",
        "?",
        "=",
        "é",
        "日本",
        "مرحبا",
        "\u0301",
        "\u0600",
        "\u200d",
        "\ufe0f",
        "\u20e3",
        "😀",
        "👩‍👩‍👧",
        "🇫🇷",
        "©",
        "http://",
        "https://",
        "example.com",
        "t.co/abc",
        "www.",
        ".jp",
        "xn--p1ai",
        "\u202a",
        "ー",
        "🏳️‍🌈",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.booleans())
def test_url_spans_match_twitter_text(text: str, without_protocol: bool) -> None:
    expected = [(u["indices"][0], u["indices"][1], u["url"]) for u in extract_urls_with_indices(text, without_protocol)]
    assert [tuple(u) for u in url_spans(text, without_protocol=without_protocol)] == expected


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_emoji_spans_match_the_full_scan(text: str) -> None:
    # The full scan less a lone text-default character (bare ©): twemoji, which X's config v3
    # counts, takes those only with U+FE0F (see x_weighted's docstring).
    expected = [
        m.span()
        for m in EMOJI_RE.finditer(text)
        if not (len(m.group()) == 1 and not _EMOJI_PRESENTATION.match(m.group()))
    ]
    assert _emoji_spans(text) == expected


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 40))
def test_threads_count_matches_cluster_walk(text: str, limit: int) -> None:
    total, overflow, index = 0, None, 0
    for cluster in _X.findall(text):
        total += len(cluster.encode()) if _EMOJI_CLUSTER.search(cluster) else 1
        if overflow is None and total > limit:
            overflow = index
        index += len(cluster)
    assert count_threads(text, limit) == (total, overflow)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=20), st.integers(-2, 60))
def test_offset_conversions_match_the_code_point_walk(text: str, offset: int) -> None:
    def walk(width: Callable[[str], int]) -> int:
        used = 0
        for index, char in enumerate(text):
            size = width(char)
            if used + size > offset:
                return index
            used += size
        return len(text)

    assert graphemes_mod.utf16_to_index(text, offset) == walk(lambda c: 2 if ord(c) > 0xFFFF else 1)
    assert graphemes_mod.utf8_to_index(text, offset) == walk(lambda c: len(c.encode("utf-8", "surrogatepass")))
    assert graphemes_mod.utf16_length(text) == len(text.encode("utf-16-le", "surrogatepass")) // 2
    assert graphemes_mod.grapheme_count(text) == len(_X.findall(text))
