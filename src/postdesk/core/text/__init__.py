"""Text measuring: how long a text is, counted the way each network counts it.

twitter-text (X's and Mastodon's URL and emoji rules) is loaded on first use, not on import:
`warm_up()` pays that once, and the app calls it off the UI thread after the window shows.
"""

from __future__ import annotations

from postdesk.core.text.graphemes import grapheme_count, graphemes
from postdesk.core.text.measure import (
    TextMeasure,
    count,
    measure,
    measure_field,
    measure_mastodon,
)
from postdesk.core.text.urls import url_spans
from postdesk.core.text.x_weighted import weigh


def warm_up() -> None:
    """Load twitter-text and build the patterns derived from it, ahead of the first use.

    Without it the first X or Mastodon measure (or `richtext.entities`) pauses for about half a
    second. Safe to call from any thread, any number of times; later calls are cheap.
    """
    # Running the real code paths builds every lazily made pattern they use.
    weigh("warm up https://example.com \U0001f642")
    url_spans("warm up https://example.com", without_protocol=False)


__all__ = [
    "TextMeasure",
    "count",
    "grapheme_count",
    "graphemes",
    "measure",
    "measure_field",
    "measure_mastodon",
    "warm_up",
]
