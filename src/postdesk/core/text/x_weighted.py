"""X's weighted length (twitter-text v2/v3), computed like `twitter_text.parse_tweet` but faster.

The rule (https://docs.x.com/fundamentals/counting-characters): the text is NFC-normalised,
code points in the configured light ranges weigh 100, everything else 200, each URL weighs
23 × 100, and with v3's emoji parsing each emoji sequence weighs 200; the sum is divided by
the scale (100) and compared with 280.

`parse_tweet` tries twitter-text's emoji regex (an alternation of every emoji-test.txt entry)
at every position, which costs ~1.5 ms for a 300-character post. Every match is one of those
entries, so here the regex is only tried where an entry can start (found by one character
class built from the same list); URLs are found by `urls.url_spans`. The result is checked
against `parse_tweet` by the conformance and property tests.

Two edge cases where the Python port differs from X's own published twitter-text (the JS, Java
and Ruby reference implementations that X ships with config v3), decided for X's behaviour:
- Bare © and ® (U+00A9, U+00AE with no U+FE0F). Config v3 counts "emoji supported by the twemoji
  library" as 200 (twitter-text 3.0.0 release notes); twemoji's parser matches characters whose
  default presentation is text only in their fully-qualified form, with U+FE0F. A bare © or ® is
  therefore a plain code point in the 0-4351 range: weight 100 (1), while ©️ weighs 200 (2). The
  port matches emoji-test.txt's unqualified entries too and weighs bare © as 2.
- Line breaks. The reference implementations NFC-normalise and nothing more, so CR and LF are one
  code point each (weight 100) and CR LF weighs 2; the port rewrites CR LF to LF first. Counting
  as the reference does never under-counts, so a post we accept is not refused by X.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import regex

from postdesk.core.text import twitter_lib
from postdesk.core.text.graphemes import utf16_length
from postdesk.core.text.urls import url_spans


def config_v3() -> dict[str, Any]:
    """twitter-text config v3 (the library default): emoji sequences weigh 2."""
    return twitter_lib.load().config_v3


def config_v2() -> dict[str, Any]:
    """twitter-text config v2: plain weighted code points, no emoji discount."""
    return twitter_lib.load().config_v2


def __getattr__(name: str) -> dict[str, Any]:
    # CONFIG_V2 / CONFIG_V3 stay importable by name, but load twitter-text only when asked for.
    if name == "CONFIG_V3":
        return config_v3()
    if name == "CONFIG_V2":
        return config_v2()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _char_class(chars: set[str]) -> str:
    # As ranges: `re` tests a long list of astral characters one by one, but ranges quickly.
    ranges: list[list[int]] = []
    for code in sorted(ord(c) for c in chars):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return (
        "[" + "".join(f"\\U{low:08x}" if low == high else f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges) + "]"
    )


@functools.cache
def _emoji_firsts() -> frozenset[str]:
    # The first characters of twitter-text's emoji entries, less the ASCII ones that only
    # start keycaps (see _emoji_start).
    entries: list[str] = [str(entry.emoji) for entry in twitter_lib.load().emoji_list]
    return frozenset(e[0] for e in entries if not e[0].isascii() or len(e) == 1)


@functools.cache
def _emoji_start() -> re.Pattern[str]:
    # Where an emoji entry may start. The ASCII firsts (# * 0-9) only start keycaps, so they
    # count as a start only before a keycap's second character: digits are common and each
    # failed try of the big alternation is costly. Astral characters are all let through and
    # checked against _emoji_firsts() in Python: `re` tests astral ranges one by one for
    # every character of the text (~7 times slower over 1 MB of prose), and astral characters
    # that are not emoji are rare.
    entries: list[str] = [str(entry.emoji) for entry in twitter_lib.load().emoji_list]
    bmp_firsts = {c for c in _emoji_firsts() if ord(c) <= 0xFFFF}
    ascii_firsts = {e[0] for e in entries if e[0].isascii() and len(e) > 1}
    seconds = {e[1] for e in entries if e[0].isascii() and len(e) > 1}
    alternatives = [_char_class(bmp_firsts), "[\U00010000-\U0010ffff]"]
    if ascii_firsts:
        alternatives.append(f"{_char_class(ascii_firsts)}(?={_char_class(seconds)})")
    return re.compile("|".join(alternatives))


#: A single code point whose default presentation is text (©, ®, ™, ‼...): an emoji only with U+FE0F.
_TEXT_DEFAULT = regex.compile(r"\P{Emoji_Presentation}")


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


def _light_runs(cfg: dict[str, Any]) -> re.Pattern[str]:
    # Runs of light code points. The heavy ones of a text are what is left once they are
    # removed: `re` does that ~10 times faster than counting matches of the heavy class with
    # `regex` (the thread splitter weighs thousands of windows of a long CJK text).
    parts = "".join(f"\\U{r['start']:08x}-\\U{r['end']:08x}" for r in cfg["ranges"])
    return re.compile(f"[{parts}]+")


_LIGHT_WEIGHT = 100


@functools.cache
def _light_run_patterns() -> dict[int, re.Pattern[str]]:
    # Keyed by the identity of the published configs (twitter_lib builds them once).
    configs = (config_v2(), config_v3())
    # Both published configs give every light range the same weight; the fast path relies on it.
    assert all(r["weight"] == _LIGHT_WEIGHT for c in configs for r in c["ranges"])
    return {id(c): _light_runs(c) for c in configs}


def _heavy_counter(cfg: dict[str, Any]) -> Callable[[str], int]:
    # How many code points of a text are outside the config's light ranges.
    light = _light_run_patterns().get(id(cfg)) or _light_runs(cfg)

    def heavy_count(segment: str) -> int:
        return len(light.sub("", segment))

    return heavy_count


def _emoji_spans(text: str) -> list[tuple[int, int]]:
    # Same matches as twitter-text's emoji regex .finditer(text): a position where no entry starts cannot match.
    spans: list[tuple[int, int]] = []
    end = 0
    emoji = twitter_lib.load().emoji
    firsts = _emoji_firsts()
    for candidate in _emoji_start().finditer(text):
        start = candidate.start()
        if start < end or (candidate.group() > "\uffff" and candidate.group() not in firsts):
            continue
        match = emoji.match(text, start)
        if match is not None and not (match.end() - start == 1 and _TEXT_DEFAULT.match(text, start)):
            end = match.end()
            spans.append((start, end))
    return spans


def weigh(text: str, cfg: dict[str, Any] | None = None) -> WeightedResult:
    """Weigh a text the way twitter-text's parseTweet does.

    Args:
        text: the post text.
        cfg: `config_v3()` (the default, also when None) or `config_v2()`.

    Returns:
        The weighted length, validity and ranges.
    """
    if cfg is None:
        cfg = config_v3()
    scale: int = cfg["scale"]
    max_weight: int = cfg["max_weighted_tweet_length"] * scale
    default_weight: int = cfg["default_weight"]
    url_weight: int = cfg["transformed_url_length"] * scale
    heavy_count = _heavy_counter(cfg)

    norm = unicodedata.normalize("NFC", text)
    # (start, end, weight) of each unit that is not weighed code point by code point.
    units: list[tuple[int, int, int]] = [(u.start, u.end, url_weight) for u in url_spans(norm)]
    if cfg.get("emoji_parsing_enabled"):
        # An emoji that starts inside a URL is part of the URL (the URLs do not overlap).
        url_starts = [start for start, _, _ in units]
        url_ends = [end for _, end, _ in units]
        emoji_units = []
        for start, end in _emoji_spans(norm):
            i = bisect_right(url_starts, start) - 1
            if i >= 0 and start < url_ends[i]:
                continue
            emoji_units.append((start, end, default_weight))
        if emoji_units:
            units = sorted(units + emoji_units)

    invalid = twitter_lib.load().invalid_chars.search(norm)
    first_invalid = invalid.start() if invalid else len(norm)

    def plain_weight(segment: str) -> int:
        heavy = heavy_count(segment)
        return (len(segment) - heavy) * _LIGHT_WEIGHT + heavy * default_weight

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


def _valid_index(
    norm: str,
    units: list[tuple[int, int, int]],
    cfg: dict[str, Any],
    max_weight: int,
    first_invalid: int,
) -> int:
    # Same result as parse_tweet's walk, only when the text does not fit: the last index (of
    # the last code point of a unit) whose running weight still fits and which precedes any
    # invalid character. Plain text between units is weighed a segment at a time: within a
    # segment the running weight after k characters is k light weights plus one extra for each
    # heavy character among them, so the last k that fits is found by bisection, not by a
    # walk in Python (the thread splitter measures many parts that do not fit).
    heavy_count = _heavy_counter(cfg)
    extra = int(cfg["default_weight"]) - _LIGHT_WEIGHT
    total = 0
    last_valid = 0
    pos = 0
    for start, end, weight in [*units, (len(norm), len(norm), 0)]:
        if start < pos:
            continue  # inside the unit before (the walk jumps over it)
        if start > pos:
            # Each character weighs between light and light + extra, so the count that fits
            # lies between room // (light + extra) and room // light: gallop up from the lower
            # bound, then bisect (heavy characters counted in the regex engine).
            room = max(0, max_weight - total)
            high = min(max(0, min(start, first_invalid) - pos), room // _LIGHT_WEIGHT)
            low = min(high, room // (_LIGHT_WEIGHT + max(extra, 0)))
            start_low = low
            heavy_below = heavy_count(norm[pos : pos + start_low])

            def weight_of(
                k: int, pos: int = pos, base: int = start_low, heavy_below: int = heavy_below, total: int = total
            ) -> int:
                # The weight after k characters of the segment (k >= base).
                heavy = heavy_below + heavy_count(norm[pos + base : pos + k])
                return total + k * _LIGHT_WEIGHT + extra * heavy

            step = 1
            while low + step <= high and weight_of(low + step) <= max_weight:
                low += step
                step *= 2
            too_far = min(high + 1, low + step)
            while too_far - low > 1:
                mid = (low + too_far) // 2
                if weight_of(mid) <= max_weight:
                    low = mid
                else:
                    too_far = mid
            if low:
                last_valid = pos + low - 1
            if low < start - pos:
                return last_valid
            total = weight_of(start - pos)
        if start >= len(norm):
            return last_valid
        total += weight
        if end - 1 >= first_invalid or total > max_weight:
            return last_valid
        last_valid = end - 1
        pos = end
    return last_valid
