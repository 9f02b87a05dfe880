"""X's weighted count on texts that do not fit: where the valid range ends (what the thread
splitter and the composer's overflow highlight use) is the same as twitter-text's parse_tweet.

tests/unit/core/test_text_specs.py compares short texts (up to 120 characters, which always
fit); these are long enough to overflow 280, so the valid range's end is really computed.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from postdesk.core.text.x_weighted import CONFIG_V2, CONFIG_V3, weigh

_BARE_TEXT_DEFAULT = re.compile("[\u00a9\u00ae](?!\ufe0f)")
_PIECES = st.one_of(
    st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=12),
    st.sampled_from(
        [
            "word ",
            "日本語",
            "ᄀ",
            "🎉",
            "👩\u200d👩\u200d👧",
            "🇫🇷",
            "1\ufe0f\u20e3",
            "e\u0301",
            "https://example.com/path ",
            "example.com ",
            "\ufffe",
            "\u202e",
            " ",
            "\n",
        ]
    ),
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_PIECES, min_size=30, max_size=90).map("".join), st.booleans())
def test_the_valid_range_of_a_long_text_matches_parse_tweet(text: str, v3: bool) -> None:
    from twitter_text import parse_tweet

    # The same two documented departures as test_x_matches_parse_tweet.
    assume("\r" not in text and not _BARE_TEXT_DEFAULT.search(unicodedata.normalize("NFC", text)))
    cfg = CONFIG_V3 if v3 else CONFIG_V2
    r, p = weigh(text, cfg), parse_tweet(text, cfg)
    assert (r.weighted_length, r.valid, r.valid_range_end) == (p.weightedLength, p.valid, p.validRangeEnd)
