"""The fast thread splitter: the same parts as the reference splitter it replaced, and the
expected structure on a big input (its speed is measured by benchmarks/bench_thread_split.py,
not here)."""

from __future__ import annotations

import random
import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from postdesk.core import threads
from postdesk.core.text import measure
from postdesk.core.threads import split_thread
from tests.unit.core import threads_reference as reference
from tests.unit.core.test_threads import _PIECES, assert_split

_NETWORKS = ["x", "bluesky", "mastodon", "threads", "linkedin"]
_HOSTILE = st.sampled_from(
    [
        "\u0600 ",
        " \u0301",
        "\r\n",
        "。」",
        "。 ",
        ".” ",
        "?!) ",
        "… ",
        "\u3000",
        "\u00a0\u0301",
        "https://example.com/path?q=1 ",
        "#tag ",
        "🇯🇵🇫🇷",
        "\u0915\u094d\u0937",
        "\t",
        "\x1c",
        "\u2028",
        "e\u0301\u0323",
        "日本語のテキストです。",
        "👩‍👩‍👧‍👦",
        "1️⃣",
        "ᄀ",
        "한국어",
    ]
)
# Where a counter is not monotone the two splitters may both be right and differ: a domain cut
# short can become a URL ("todon.so" is one for X, "todon.socia" is not), so the old bisection
# could stop at "todon.s" where the new one takes "todon.socia". Those pieces are checked for
# fitting parts only.
_NOT_MONOTONE = st.sampled_from(["example.com", "@alice@mastodon.social ", "mastodon.social", "a.b.co"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, _HOSTILE), max_size=60).map("".join),
    st.sampled_from(_NETWORKS),
    st.integers(20, 90),
    st.booleans(),
)
def test_same_parts_as_the_reference_splitter(text: str, network: str, limit: int, numbering: bool) -> None:
    expected = reference.split_thread(text, network, numbering=numbering, max_chars=limit)
    assert split_thread(text, network, numbering=numbering, max_chars=limit) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, _NOT_MONOTONE), max_size=60).map("".join),
    st.sampled_from(_NETWORKS),
    st.integers(30, 90),
)
def test_parts_fit_where_the_counter_is_not_monotone(text: str, network: str, limit: int) -> None:
    parts = split_thread(text, network, max_chars=limit)
    stripped = threads._strip(text)
    starts = {m.start() for m in regex.finditer(r"\X", stripped)} | {len(stripped)}
    position = 0
    for part in parts:
        assert stripped.startswith(part, position) and position in starts
        position += len(part)
        assert position in starts
        assert measure(part, network, max_chars=limit).fits or regex.fullmatch(r"\X", part) or "." in part
        while position < len(stripped) and (cluster := regex.match(r"\X", stripped, pos=position)).group().isspace():
            position = cluster.end()
    assert position == len(stripped)


def _prose(size: int, seed: int) -> str:
    rng = random.Random(seed)
    words = [
        "post",
        "schedule",
        "thread",
        "morning",
        "light",
        "harbour",
        "creator",
        "network",
        "draft",
        "publish",
        "media",
        "video",
        "picture",
        "friends",
        "weekend",
        "coffee",
        "market",
        "city",
    ]
    out: list[str] = []
    while sum(map(len, out)) < size:
        if rng.random() < 0.15:
            sentence = "".join(rng.choice("日本語のテキスト写真朝光港町") for _ in range(rng.randint(8, 60)))
            out.append(sentence + rng.choice("。！？"))
            continue
        sentence = [rng.choice(words) for _ in range(rng.randint(3, 70))]
        if rng.random() < 0.1:
            sentence.insert(1, f"https://example.com/{rng.randint(1, 10**6)}")
        if rng.random() < 0.1:
            sentence.insert(1, rng.choice(["🎉", "👩‍👩‍👧", "🇫🇷", "café", "e\u0301"]))
        if rng.random() < 0.02:
            sentence.insert(1, "Donaudampfschifffahrtsgesellschaftskapitän" * rng.randint(2, 12))
        out.append(" ".join(sentence).capitalize() + rng.choice([".", "!", "?", "…", ".”"]))
        out.append("\n\n" if rng.random() < 0.1 else " ")
    return "".join(out)


def test_same_parts_as_the_reference_on_a_long_mixed_text() -> None:
    text = _prose(12_000, seed=3)
    for network in _NETWORKS:
        for numbering in (False, True):
            expected = reference.split_thread(text, network, numbering=numbering)
            assert split_thread(text, network, numbering=numbering) == expected, (network, numbering)


def test_a_200_kb_text_splits_at_the_expected_sentence_ends() -> None:
    # ASCII sentences shorter than a part: Bluesky counts them by characters, so the expected
    # split packs as many whole sentences as fit in 300 characters into each part.
    rng = random.Random(7)
    sentences = [
        f"Sentence {i} says {' '.join('word' + str(rng.randint(0, 99)) for _ in range(rng.randint(1, 40)))}."
        for i in range(5200)
    ]
    text = " ".join(sentences)
    assert len(text) > 200_000
    expected: list[str] = []
    current = ""
    for sentence in sentences:
        candidate = f"{current} {sentence}" if current else sentence
        if len(candidate) <= 300:
            current = candidate
        else:
            expected.append(current)
            current = sentence
    expected.append(current)
    parts = split_thread(text, "bluesky")
    assert parts == expected
    numbered = split_thread(text, "bluesky", numbering=True)
    total = len(numbered)
    assert total >= len(expected)
    assert all(p.endswith(f" {i}/{total}") and measure(p, "bluesky").fits for i, p in enumerate(numbered, 1))
    assert " ".join(p.rsplit(" ", 1)[0] for p in numbered) == text


def test_a_200_kb_mixed_text_keeps_every_cluster_and_every_part_fits() -> None:
    text = _prose(200_000, seed=11)
    for network in ("x", "bluesky", "mastodon"):
        parts = split_thread(text, network)
        assert_split(text, parts, network, None)
        assert len(parts) > 300


def test_a_200_kb_text_without_spaces_is_cut_between_clusters() -> None:
    text = "".join(random.Random(5).choice("日本語のテキスト写真👩‍👩‍👧e\u0301") for _ in range(200_000))
    parts = split_thread(text, "bluesky")
    assert "".join(parts) == text
    assert all(measure(p, "bluesky").fits for p in parts)
    starts = {m.start() for m in regex.finditer(r"\X", text)}
    position = 0
    for part in parts[:-1]:
        position += len(part)
        assert position in starts
        # The furthest cluster boundary that fits: one more cluster would not.
        nxt = regex.match(r"\X", text, pos=position).group()
        assert not measure(part + nxt, "bluesky").fits


def test_the_whitespace_classes_match_python_and_unicode() -> None:
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert spaces == set(threads._CONTROL_SPACES) | set(threads._OTHER_SPACES)
    control = regex.compile(
        r"[\p{Grapheme_Cluster_Break=Control}\p{Grapheme_Cluster_Break=CR}"
        r"\p{Grapheme_Cluster_Break=LF}]"
    )
    assert all(control.match(c) for c in threads._CONTROL_SPACES)
    assert not any(control.match(c) for c in threads._OTHER_SPACES)
    other = regex.compile(r"\p{Grapheme_Cluster_Break=Other}")
    assert all(other.match(c) for c in threads._OTHER_SPACES)
