"""X's weighted length (twitter-text v2/v3), computed like `twitter_text.parse_tweet` but faster.

The rule (https://docs.x.com/fundamentals/counting-characters): the text is NFC-normalised,
code points in the configured light ranges weigh 100, everything else 200, each URL weighs
23 × 100, and with v3's emoji parsing each emoji sequence weighs 200; the sum is divided by
the scale (100) and compared with 280.

`parse_tweet` runs twitter-text's emoji regex over the whole text, which costs ~1.5 ms for a
300-character post. An emoji sequence never contains a plain Latin, Arabic, Hebrew ... code
point, so here the regex only runs over the short stretches between those; the result is
checked against `parse_tweet` by the conformance and property tests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import regex
from twitter_text import extract_urls_with_indices
from twitter_text.config import config as _TT_CONFIG
from twitter_text.regexp.emoji import emoji as _EMOJI_RE
from twitter_text.regexp.invalid_chars import invalid_chars as _INVALID_RE

from postdesk.core.text.graphemes import utf16_length

#: twitter-text config v3 (the library default): emoji sequences weigh 2.
CONFIG_V3: dict[str, Any] = dict(_TT_CONFIG["version3"])
#: twitter-text config v2: plain weighted code points, no emoji discount.
CONFIG_V2: dict[str, Any] = {**_TT_CONFIG["version2"], "emoji_parsing_enabled": False}

# Code points that can never be part of an emoji sequence: below U+2000 except # * 0-9 © ®
# (keycap and text-style emoji bases), and the light punctuation block except ZWJ and ‼.
_NOT_EMOJI_RUN = re.compile(
    "[^\x00-\x22\x24-\x29\x2b-\x2f\x3a-\xa8\xaa-\xad\xaf-\u200c\u200e-\u203b]+"
)
_LINE_ENDING = re.compile(r"\r\n|\r")


@dataclass(frozen=True, slots=True)
class WeightedResult:
    """The outcome of weighing one text.

    Attributes:
        weighted_length: the length X shows (weight sum // scale).
        valid: fits the limit, is not empty and has no invalid character.
        valid_range_end: twitter-text's validRangeEnd (UTF-16, inclusive) in the original text.
        display_range_end: twitter-text's displayRangeEnd.
    """

    weighted_length: int
    valid: bool
    valid_range_end: int
    display_range_end: int


def _light_class(cfg: dict[str, Any]) -> regex.Pattern[str]:
    parts = "".join(f"\\U{r['start']:08x}-\\U{r['end']:08x}" for r in cfg["ranges"])
    return regex.compile(f"[^{parts}]")


# Both published configs give every light range the same weight; the fast path relies on it.
_LIGHT_WEIGHT = 100
assert all(r["weight"] == _LIGHT_WEIGHT for c in (CONFIG_V2, CONFIG_V3) for r in c["ranges"])

_HEAVY = {id(CONFIG_V2): _light_class(CONFIG_V2), id(CONFIG_V3): _light_class(CONFIG_V3)}


def _emoji_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for run in _NOT_EMOJI_RUN.finditer(text):
        base = run.start()
        for match in _EMOJI_RE.finditer(run.group()):
            spans.append((base + match.start(), base + match.end()))
    return spans


def weigh(text: str, cfg: dict[str, Any] = CONFIG_V3) -> WeightedResult:
    """Weigh a text the way twitter-text's parseTweet does.

    Args:
        text: the post text.
        cfg: CONFIG_V3 (default) or CONFIG_V2.

    Returns:
        The weighted length, validity and ranges.
    """
    scale: int = cfg["scale"]
    max_weight: int = cfg["max_weighted_tweet_length"] * scale
    default_weight: int = cfg["default_weight"]
    url_weight: int = cfg["transformed_url_length"] * scale
    heavy = _HEAVY.get(id(cfg)) or _light_class(cfg)

    norm = _LINE_ENDING.sub("\n", unicodedata.normalize("NFC", text))
    # (start, end, weight) of each unit that is not weighed code point by code point.
    units: list[tuple[int, int, int]] = [
        (u["indices"][0], u["indices"][1], url_weight) for u in extract_urls_with_indices(norm)
    ]
    if cfg.get("emoji_parsing_enabled"):
        taken = {start for start, _, _ in units}
        ends = sorted(units)
        for start, end in _emoji_spans(norm):
            if start in taken or any(s <= start < e for s, e, _ in ends):
                continue
            units.append((start, end, default_weight))
        units.sort()

    invalid = _INVALID_RE.search(norm)
    first_invalid = invalid.start() if invalid else len(norm)

    def plain_weight(segment: str) -> int:
        heavy_count = len(heavy.findall(segment))
        return (len(segment) - heavy_count) * _LIGHT_WEIGHT + heavy_count * default_weight

    total = 0
    pos = 0
    for start, end, weight in units:
        total += plain_weight(norm[pos:start]) + weight
        pos = end
    total += plain_weight(norm[pos:])

    if total <= max_weight and invalid is None:
        valid_display_index = len(norm) - 1
    else:
        valid_display_index = _valid_index(norm, units, cfg, max_weight, first_invalid)

    weighted_length = total // scale
    norm_prefix_units = utf16_length(norm[: valid_display_index + 1])
    normalization_offset = utf16_length(text) - utf16_length(norm)
    display_end = utf16_length(text) - 1
    return WeightedResult(
        weighted_length=weighted_length,
        valid=invalid is None and 0 < weighted_length <= cfg["max_weighted_tweet_length"],
        valid_range_end=norm_prefix_units - 1 + normalization_offset,
        display_range_end=max(display_end, 0),
    )


def _char_weight(char: str, cfg: dict[str, Any]) -> int:
    code = ord(char)
    for r in cfg["ranges"]:
        if r["start"] <= code <= r["end"]:
            return int(r["weight"])
    return int(cfg["default_weight"])


def _valid_index(
    norm: str,
    units: list[tuple[int, int, int]],
    cfg: dict[str, Any],
    max_weight: int,
    first_invalid: int,
) -> int:
    # Same walk as parse_tweet, only when the text does not fit: the last index (of the last
    # code point of a unit) whose running weight still fits and which precedes any invalid char.
    by_start = {start: (end, weight) for start, end, weight in units}
    total = 0
    index = 0
    last_valid = 0
    while index < len(norm):
        if index in by_start:
            end, weight = by_start[index]
            total += weight
            index = end - 1
        else:
            total += _char_weight(norm[index], cfg)
        if index >= first_invalid:
            break
        if total <= max_weight:
            last_valid = index
        index += 1
    return last_valid
