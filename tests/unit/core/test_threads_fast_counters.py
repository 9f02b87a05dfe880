"""The counters sped up for splitting 1 MB threads give the same answers as before.

The thread splitter measures a window around each cut about twice, so a 1 MB text is measured
in thousands of windows (benchmarks/bench_thread_split.py times it; no test here times
anything). These properties pin what the faster counters must not change: the split equals
the reference splitter's (tests/unit/core/threads_reference.py, the splitter as it was) on
texts with URLs, emoji, CJK and line breaks for every network, every part fits its limit, and
the X, Threads and emoji-scan fast paths agree with twitter-text and a cluster walk on the
characters the old tests did not draw (astral letters that are not emoji, long CJK runs).
"""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from twitter_text.regexp.emoji import emoji as EMOJI_RE

from postdesk.core.networks import Network
from postdesk.core.text import measure
from postdesk.core.text.counters import _EMOJI_CLUSTER, count_threads
from postdesk.core.text.urls import url_spans
from postdesk.core.text.x_weighted import CONFIG_V2, CONFIG_V3, _emoji_spans, weigh
from postdesk.core.threads import split_thread
from tests.unit.core import threads_reference as reference
from tests.unit.core.test_threads import assert_split

_X = regex.compile(r"\X")
_EMOJI_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")
_BARE_TEXT_DEFAULT = regex.compile(r"(?<![\u200d])[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199](?!\ufe0f)")

_WORDS = st.sampled_from(
    [
        "post",
        "thread",
        "morning",
        "harbour",
        "créateur",
        "naïve",
        "e\u0301",
        "Donaudampfschiff",
        "日本語のテキスト",
        "写真",
        "中文字",
        "한국어",
        "مرحبا",
        "שָׁלוֹם",
        "𝐁𝐨𝐥𝐝",
        "𠀋𠂉",
        "𓀀",
    ]
)
_UNITS = st.sampled_from(
    [
        "https://example.com/a/b?q=1",
        "http://t.co/xyz",
        "example.com",
        "www.example.org/page",
        "@alice@mastodon.social",
        "#tag",
        "🎉",
        "👩‍👩‍👧‍👦",
        "🇯🇵🇫🇷",
        "1️⃣",
        "🏳️‍🌈",
        "©",
        "©️",
        "👍🏽",
        "ipfs://bafy/x",
        "gemini://example.net/",
    ]
)
# URLs and mentions end with a space here: glued to the next word, a URL grows with it, so a
# counter stops being monotone and the hinted and the reference splitter may both be right and
# differ (see test_threads_big); those texts are checked for fitting parts only.
_SPACED_UNITS = _UNITS.map(lambda unit: unit + " " if "." in unit or ":" in unit else unit)
_GAPS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u3000", ". ", "! ", "。", "？", "… ", ".” "])
_PIECE = st.one_of(_WORDS, _WORDS, _SPACED_UNITS, _GAPS)
_GLUED_PIECE = st.one_of(_WORDS, _WORDS, _UNITS, _GAPS)
_NETWORKS = [network.value for network in Network]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_PIECE, min_size=1, max_size=120).map("".join),
    st.sampled_from(_NETWORKS),
    st.one_of(st.none(), st.integers(40, 120)),
)
def test_the_split_equals_the_reference_and_every_part_fits(text: str, network: str, limit: int | None) -> None:
    parts = split_thread(text, network, max_chars=limit)
    assert parts == reference.split_thread(text, network, max_chars=limit)
    assert_split(text, parts, network, limit)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(_PIECE, min_size=200, max_size=600).map("".join),
    st.sampled_from(["x", "mastodon", "threads", "bluesky"]),
    st.booleans(),
)
def test_long_texts_split_as_the_reference_with_default_limits(text: str, network: str, numbering: bool) -> None:
    # Long enough for many parts at the networks' own limits (280, 300, 500).
    parts = split_thread(text, network, numbering=numbering)
    assert parts == reference.split_thread(text, network, numbering=numbering)
    if not numbering:
        assert_split(text, parts, network, None)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_GLUED_PIECE, min_size=1, max_size=300).map("".join),
    st.sampled_from(_NETWORKS),
    st.one_of(st.none(), st.integers(40, 120)),
)
def test_every_part_fits_with_urls_glued_to_words(text: str, network: str, limit: int | None) -> None:
    assert_split(text, split_thread(text, network, max_chars=limit), network, limit)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            _WORDS, _UNITS, _GAPS, st.sampled_from(["𝔸", "\U0001f1e6", "\ufe0f", "\u20e3", "#", "9", "\U000e0067"])
        ),
        max_size=40,
    ).map("".join)
)
def test_emoji_spans_match_the_full_scan_with_astral_letters(text: str) -> None:
    # Astral characters that are not emoji (math letters, CJK extension B, hieroglyphs) are
    # let through by the quick scan and must still give no emoji.
    expected = [
        m.span()
        for m in EMOJI_RE.finditer(text)
        if not (len(m.group()) == 1 and not _EMOJI_PRESENTATION.match(m.group()))
    ]
    assert _emoji_spans(text) == expected


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(_WORDS, _UNITS, _GAPS), min_size=20, max_size=120).map("".join), st.booleans())
def test_x_weight_of_cjk_and_astral_text_matches_parse_tweet(text: str, v3: bool) -> None:
    from twitter_text import parse_tweet

    # The two departures x_weighted documents (bare ©/®, CR LF) are left out, as in
    # test_x_overflow.
    assume("\r" not in text and not _BARE_TEXT_DEFAULT.search(unicodedata.normalize("NFC", text)))
    cfg = CONFIG_V3 if v3 else CONFIG_V2
    r, p = weigh(text, cfg), parse_tweet(text, cfg)
    assert (r.weighted_length, r.valid, r.valid_range_end) == (p.weightedLength, p.valid, p.validRangeEnd)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, _UNITS, _GAPS), max_size=80).map("".join), st.integers(0, 600))
def test_threads_count_matches_a_cluster_walk_on_long_texts(text: str, limit: int) -> None:
    # The overflow skips the clusters between two emoji in the regex engine: the same index
    # as walking every cluster, for limits reached before, on and after an emoji.
    total, overflow, index = 0, None, 0
    for cluster in _X.findall(text):
        total += len(cluster.encode()) if _EMOJI_CLUSTER.search(cluster) else 1
        if overflow is None and total > limit:
            overflow = index
        index += len(cluster)
    assert count_threads(text, limit) == (total, overflow)


def test_threads_overflow_on_an_emoji_and_right_after_one() -> None:
    # "🎉" counts 4: with 3 before it, a limit of 6 is passed by the emoji itself, 7 fits it,
    # and with 7 the next letter passes.
    assert count_threads("abc🎉d", 6) == (8, 3)
    assert count_threads("abc🎉d", 7) == (8, 4)
    assert count_threads("日🎉🎉", 5) == (9, 1 + 1)
    assert count_threads("日🎉🎉", -1) == (9, 0)


def test_url_spans_are_the_same_when_asked_again() -> None:
    # URL extraction is remembered per token: a second call, and the same token in another
    # text, give the same spans at their own positions.
    text = "see https://example.com/a and example.org."
    first = url_spans(text)
    assert url_spans(text) == first
    shifted = url_spans("well, " + text)
    assert [(u.start - 6, u.end - 6, u.url) for u in shifted] == [tuple(u) for u in first]
    assert [u.url for u in first] == ["https://example.com/a", "example.org"]
    assert url_spans(text, without_protocol=False) == [first[0]]


def test_a_long_cjk_window_weighs_two_per_character() -> None:
    text = "日本語のテキスト" * 50
    assert weigh(text).weighted_length == 800
    assert measure(text, "x").overflow_start == 140
