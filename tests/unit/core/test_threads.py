"""`threads.split_thread`: scripts, clusters, URLs, numbering, and a property over Unicode."""

from __future__ import annotations

from itertools import accumulate

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from postdesk.core.text import measure
from postdesk.core.text.urls import url_spans
from postdesk.core.threads import number_parts, split_thread

_X = regex.compile(r"\X")


def boundaries(text: str) -> set[int]:
    return {m.start() for m in _X.finditer(text)} | {len(text)}


def _atom(part: str) -> bool:
    # A single cluster or URL longer than a part is kept whole (split_thread's contract): a part
    # with no whitespace and no cluster boundary outside a URL (a URL may end inside a cluster).
    urls = url_spans(part)
    clusters = _X.findall(part)
    inner = list(accumulate(len(c) for c in clusters))[:-1]
    return not any(c.isspace() for c in clusters) and all(any(u.start < b < u.end for u in urls) for b in inner)


def assert_split(text: str, parts: list[str], network: str, max_chars: int | None) -> None:
    """Each part fits; parts are the text with only whitespace removed between them, and
    every cut is a grapheme boundary."""
    # Whole whitespace clusters are stripped: " \u0301" and "\u0600 " are not whitespace.
    clusters = _X.findall(text)
    kept = [i for i, c in enumerate(clusters) if not c.isspace()]
    original = "".join(clusters[kept[0] : kept[-1] + 1]) if kept else ""
    cuts = boundaries(original)
    pos = 0
    for index, part in enumerate(parts):
        assert part, parts
        assert original.startswith(part, pos), (pos, part)
        assert pos in cuts and pos + len(part) in cuts
        pos += len(part)
        gap_start = pos
        while pos < len(original) and (cluster := _X.match(original, pos)).group().isspace():
            pos = cluster.end()
        assert pos in cuts
        if index < len(parts) - 1:
            assert original[gap_start:pos].isspace() or gap_start == pos
        m = measure(part, network, max_chars=max_chars)
        assert m.fits or _atom(part), (part, m)
    assert pos == len(original)


def test_fits_in_one_part_and_blank() -> None:
    assert split_thread("  Hello world  ", "x") == ["Hello world"]
    assert split_thread(" \n\t ", "x") == []
    assert number_parts(["only"]) == ["only"]
    assert number_parts(["a", "b"]) == ["a 1/2", "b 2/2"]


def test_sentences_first_and_line_breaks_kept() -> None:
    text = "First sentence.\nSecond sentence is here! Third one?"
    parts = split_thread(text, "bluesky", max_chars=30)
    assert parts == ["First sentence.", "Second sentence is here!", "Third one?"]
    two = split_thread("Line one\nline two. " + "x" * 10, "bluesky", max_chars=20)
    assert two[0] == "Line one\nline two."


def test_arabic_rtl() -> None:
    text = ("مرحبا بالعالم. هذا نص عربي طويل للاختبار؟ " * 12).strip()
    parts = split_thread(text, "x", max_chars=60)
    assert len(parts) > 3
    assert_split(text, parts, "x", 60)
    assert all(p.endswith((".", "؟")) for p in parts[:-1])


def test_hebrew_rtl_with_niqqud() -> None:
    text = " ".join(["שָׁלוֹם", "עוֹלָם", "זֶה", "טֶקְסְט", "אָרוֹךְ"] * 30)
    parts = split_thread(text, "mastodon", max_chars=50)
    assert_split(text, parts, "mastodon", 50)


def test_cjk_without_spaces() -> None:
    text = "日本語のテキストです" * 40
    parts = split_thread(text, "bluesky", max_chars=50)
    assert "".join(parts) == text
    assert_split(text, parts, "bluesky", 50)
    assert [len(p) for p in parts[:-1]] == [50] * (len(parts) - 1)


def test_cjk_cuts_after_full_stop() -> None:
    text = "これは最初の文です。" + "二番目の文はもっと長いです。" * 3
    parts = split_thread(text, "threads", max_chars=30)
    assert "".join(parts) == text
    assert all(p.endswith("。") for p in parts)


def test_emoji_zwj_sequences_are_never_split() -> None:
    family = "👩‍👩‍👧‍👦"
    text = family * 100
    parts = split_thread(text, "bluesky", max_chars=30)
    assert all(p == family * (len(p) // len(family)) for p in parts)
    assert_split(text, parts, "bluesky", 30)
    threads_parts = split_thread(text, "threads", max_chars=60)  # 25 bytes each
    assert all(p == family * 2 for p in threads_parts)


def test_combining_marks_stay_on_their_base() -> None:
    text = "e\u0301\u0323" * 200 + " " + "a\u0308" * 50
    parts = split_thread(text, "mastodon", max_chars=40)
    assert_split(text, parts, "mastodon", 40)
    assert not any(regex.match(r"\p{M}", p) for p in parts)
    # A space with a combining mark is one cluster: it is not a place to cut.
    odd = "word" * 20 + " \u0301" + "word" * 20
    assert_split(odd, split_thread(odd, "bluesky", max_chars=30), "bluesky", 30)


def test_urls_are_never_split() -> None:
    urls = [f"https://example.com/path/{i}/page?q={i}" for i in range(12)]
    text = " ".join(f"see {u}" for u in urls)
    for network, limit in (("x", 40), ("mastodon", 40), ("bluesky", 45)):
        parts = split_thread(text, network, max_chars=limit)
        assert_split(text, parts, network, limit)
        found = [u.url for p in parts for u in url_spans(p)]
        assert found == urls, network


def test_monster_url_is_kept_whole() -> None:
    url = "https://example.com/" + "a" * 80
    parts = split_thread(f"before {url} after", "bluesky", max_chars=30)
    assert url in parts


def test_monster_word_is_cut_between_graphemes() -> None:
    word = "Donaudampfschifffahrtsgesellschaftskapitän" * 5
    parts = split_thread(word, "bluesky", max_chars=25)
    assert "".join(parts) == word
    assert all(len(p) <= 25 for p in parts)


def _words_for(n_parts: int) -> str:
    # Ten-character words, two per 25-character part once a suffix is added.
    return " ".join(f"word{i:05d}." for i in range(2 * n_parts))


def test_numbering_nine_parts() -> None:
    parts = split_thread(_words_for(9), "bluesky", numbering=True, max_chars=28)
    assert len(parts) == 9
    assert [p.rsplit(" ", 1)[1] for p in parts] == [f"{i}/9" for i in range(1, 10)]
    assert all(measure(p, "bluesky", max_chars=28).fits for p in parts)


def test_numbering_grows_from_nine_to_ten_parts() -> None:
    # With one-digit suffixes this text takes nine parts; " 10/10" is two characters
    # longer than " 9/9", so the split has to be redone with room for two digits.
    text = _words_for(9) + " tail."
    assert len(split_thread(text, "bluesky", max_chars=24)) == 10
    parts = split_thread(text, "bluesky", numbering=True, max_chars=28)
    assert [p.rsplit(" ", 1)[1] for p in parts] == [f"{i}/{len(parts)}" for i in range(1, len(parts) + 1)]
    assert len(parts) >= 10
    assert all(measure(p, "bluesky", max_chars=28).fits for p in parts)
    bare = [p.rsplit(" ", 1)[0] for p in parts]
    assert " ".join(bare) == text


_ALPHABET = st.characters(
    categories=["Lu", "Ll", "Lo", "Lm", "Mn", "Mc", "Me", "Nd", "Po", "Ps", "Pe", "Sm", "So", "Sk", "Zs", "Cc", "Cf"],
    exclude_characters="\x00",
)
_PIECES = st.one_of(
    st.text(_ALPHABET, min_size=1, max_size=8),
    st.sampled_from(
        [
            "👩‍👩‍👧",
            "🇯🇵",
            "1️⃣",
            "🏳️‍🌈",
            "日本語",
            "中文字",
            "مرحبا",
            "שלום",
            "e\u0301",
            " ",
            "\n",
            ". ",
            "。",
            "https://example.com/x",
            "\u200d",
            "\u0600",
        ]
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_PIECES, max_size=40).map("".join),
    st.sampled_from(["x", "bluesky", "mastodon", "threads", "linkedin"]),
    st.integers(30, 80),
    st.booleans(),
)
def test_parts_fit_and_keep_every_grapheme(text: str, network: str, limit: int, numbering: bool) -> None:
    parts = split_thread(text, network, numbering=numbering, max_chars=limit)
    if numbering and len(parts) > 1:
        assert all(p.endswith(f" {i}/{len(parts)}") for i, p in enumerate(parts, 1))
        assert all(measure(p, network, max_chars=limit).fits or _atom(p.rsplit(" ", 1)[0]) for p in parts)
        parts = [p.rsplit(" ", 1)[0] for p in parts]
        limit = limit - (2 * len(str(len(parts))) + 2)
    assert_split(text, parts, network, limit)
