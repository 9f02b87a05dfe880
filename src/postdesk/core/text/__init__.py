"""Text measuring: how long a text is, counted the way each network counts it."""

from __future__ import annotations

from postdesk.core.text.graphemes import grapheme_count, graphemes
from postdesk.core.text.measure import (
    TextMeasure,
    count,
    measure,
    measure_field,
    measure_mastodon,
)

__all__ = [
    "TextMeasure",
    "count",
    "grapheme_count",
    "graphemes",
    "measure",
    "measure_field",
    "measure_mastodon",
]
