"""The app's X counter against the fake X's own, independent counter (tests/fakes/x_counting.py).

Both must give X's published conformance results, and agree on random text. Where they part,
the docs decide which is right (see the module docstrings and the cases below).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postdesk.core.text.x_weighted import weigh
from tests.fakes import x_counting

SPECS = Path("/work/shared/specs/twitter-text")
_VALIDATE = yaml.safe_load((SPECS / "conformance_validate.yml").read_text())["tests"]
# Config v3 (emoji weigh 2) is what X runs and what both counters implement.
_CASES = [
    c
    for section in ("WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest")
    for c in _VALIDATE[section]
]


@pytest.mark.parametrize("case", _CASES, ids=[c["description"][:50] for c in _CASES])
def test_both_counters_give_the_published_weighted_length(case: dict) -> None:
    expected = case["expected"]["weightedLength"]
    assert x_counting.weighted_length(case["text"]) == expected
    assert weigh(case["text"]).weighted_length == expected


@functools.cache
def _fully_qualified_emoji() -> list[str]:
    # Unicode's emoji-test.txt as shipped with twitter-text (Emoji 12.0): the emoji both sides
    # must know. Used only to draw test input.
    found = importlib.util.find_spec("twitter_text")
    assert found is not None and found.submodule_search_locations
    path = Path(next(iter(found.submodule_search_locations))) / "regexp" / "emoji-test.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "; fully-qualified" in line:
            codes = line.split(";")[0].split()
            out.append("".join(chr(int(c, 16)) for c in codes))
    return out


# Characters that only ever appear inside an emoji sequence are drawn as part of whole emoji,
# never alone: ZWJ, VS16, skin tones, regional indicators, tag characters. Dots are left out so
# no URL can form (URLs are checked by the conformance cases and the examples below).
_EXCLUDED = (
    "\u200d\ufe0f.\uff0e\u3002\uff61"
    + "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
    + "".join(chr(c) for c in range(0x1F1E6, 0x1F200))
)
_PLAIN = st.characters(blacklist_categories=("Cs", "Cn", "Co"), blacklist_characters=_EXCLUDED).filter(
    lambda c: not 0xE0000 <= ord(c) <= 0xE007F
)
_TOKEN = st.one_of(
    _PLAIN,
    _PLAIN,
    st.sampled_from(["\r\n", "\r", "\n", "©", "®", "™", "‼", "#", "1"]),
    st.builds(lambda: None).flatmap(lambda _: st.sampled_from(_fully_qualified_emoji())),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TOKEN, max_size=60).map("".join))
def test_counters_agree_on_random_text_without_urls(text: str) -> None:
    assert x_counting.weighted_length(text) == weigh(text).weighted_length


_LINKS = st.sampled_from(
    [
        "https://example.com/path",
        "http://a.b.example.org/x?y=1#z",
        "example.com",
        "x.jp",
        "foo.baz",
        "t.co/abc",
        "www.twitter.com/jack",
        "https://t.co/x",
        "mail@example.com",
        "$example.com",
        "#a.com",
        "https://ex.com/a.b,c",
        "example.com/a?b=c",
        "https://example.com:8080/x-",
        "https://en.wikipedia.org/wiki/Foo_(bar)",
        "http://例え.テスト/パス",
        "word",
        "字",
        "😷",
        "©",
        "(",
        ")",
    ]
)
_SEPARATORS = st.sampled_from([" ", "\n", ". ", ", ", "! ", "? ", ": ", " (", ") ", " '", "' "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_LINKS, _SEPARATORS).map("".join), min_size=1, max_size=8).map("".join))
def test_counters_agree_on_links_in_prose(text: str) -> None:
    # Links, bare domains, e-mail addresses and look-alikes between ordinary punctuation.
    assert x_counting.weighted_length(text) == weigh(text).weighted_length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Decided edge cases (x_weighted docstring; X's config: U+0000-10FF weigh 1).
        ("©", 1),
        ("®", 1),
        ("©\ufe0f", 2),
        ("a\r\nb", 4),
        ("a\rb", 3),
        ("😷\ufe0f", 4),
        # URLs: 23 each, with or without a scheme; trailing punctuation is not part of the link;
        # a bare ccTLD domain is a link (twitter-text conformance, "Extract short URLs without
        # protocol on ccTLD domains without path"); an unknown TLD is no link.
        ("see https://example.com/a.", 28),
        ("example.com", 23),
        ("(https://example.com/x)", 25),
        ("mail me at me@example.com", 25),
        ("x.jp", 23),
        ("x.jp/a", 23),
        ("foo.baz", 7),
        ("https://example.com.zzz", 27),
        ("example.com/a?b=c#d!", 24),
        ("gemini://example.com/x", 22),
    ],
)
def test_edge_cases_agree(text: str, expected: int) -> None:
    assert x_counting.weighted_length(text) == expected
    assert weigh(text).weighted_length == expected


@pytest.mark.parametrize(
    ("text", "fake", "app"),
    [
        # Emoji newer than the emoji list the app's twitter-text ships (Emoji 12.0): X counts what
        # twemoji supports as 2 (docs.x.com/fundamentals/counting-characters), the app counts the
        # parts. The app over-counts, so X never refuses what the composer lets through.
        ("❤\ufe0f\u200d🔥", 2, 5),
        ("🧑\u200d🧑\u200d🧒", 2, 8),
    ],
)
def test_newer_emoji_the_app_over_counts(text: str, fake: int, app: int) -> None:
    assert x_counting.weighted_length(text) == fake
    assert weigh(text).weighted_length == app
