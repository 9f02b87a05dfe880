"""`measure`: how long a text is for a network, and where it stops fitting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from postdesk.core import rules
from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind
from postdesk.core.text import counters
from postdesk.core.text.graphemes import utf16_to_index
from postdesk.core.text.x_weighted import weigh


@dataclass(frozen=True, slots=True)
class TextMeasure:
    """The length of a text as one network counts it.

    Attributes:
        length: the length in the network's unit.
        limit: the limit it is held to.
        fits: whether the text fits (every limit, bytes included).
        byte_length: UTF-8 length where the network also limits bytes (Bluesky), else None.
        byte_limit: that byte limit, else None.
        overflow_start: str index from which the text no longer fits, or None if it fits.
        counter: how it was counted.
    """

    length: int
    limit: int
    fits: bool
    byte_length: int | None = None
    byte_limit: int | None = None
    overflow_start: int | None = None
    counter: CounterKind = CounterKind.GRAPHEMES


_COUNTERS: dict[CounterKind, Callable[[str, int], tuple[int, int | None]]] = {
    CounterKind.GRAPHEMES: counters.count_graphemes,
    CounterKind.THREADS: counters.count_threads,
    CounterKind.UTF16: counters.count_utf16,
    CounterKind.CODE_POINTS: counters.count_code_points,
    CounterKind.UTF8_BYTES: counters.count_utf8_bytes,
    CounterKind.MASTODON: counters.count_mastodon,
}


def count(text: str, counter: CounterKind, limit: int) -> TextMeasure:
    """Measure a text with an explicit counter and limit.

    Args:
        text: the text.
        counter: how to count.
        limit: the limit.

    Returns:
        The measure (no byte limit).
    """
    if counter is CounterKind.X_WEIGHTED:
        result = weigh(text)
        overflow = None
        if result.weighted_length > limit or (not result.valid and result.weighted_length):
            overflow = utf16_to_index(text, result.valid_range_end + 1)
            if overflow >= len(text):
                overflow = None
        fits = result.weighted_length <= limit and (result.valid or not text)
        return TextMeasure(result.weighted_length, limit, fits, None, None, overflow, counter)
    length, overflow = _COUNTERS[counter](text, limit)
    return TextMeasure(length, limit, overflow is None, None, None, overflow, counter)


@lru_cache(maxsize=512)
def _measure(text: str, network: Network, max_chars: int | None) -> TextMeasure:
    net_rules = rules.get(network)
    limit = net_rules.text_limit if max_chars is None else max_chars
    if net_rules.counter is CounterKind.X_WEIGHTED and limit != 280:
        # twitter-text's validity is tied to its config's 280; a custom limit is counted here.
        base = count(text, CounterKind.X_WEIGHTED, 280)
        fits = base.length <= limit
        overflow = None if fits else _x_overflow(text, limit)
        measured = TextMeasure(base.length, limit, fits, None, None, overflow, base.counter)
    else:
        measured = count(text, net_rules.counter, limit)
    if net_rules.byte_limit is None:
        return measured
    byte_length, byte_overflow = counters.count_utf8_bytes(text, net_rules.byte_limit)
    overflow = measured.overflow_start
    if byte_overflow is not None:
        overflow = byte_overflow if overflow is None else min(overflow, byte_overflow)
    return TextMeasure(
        measured.length,
        limit,
        measured.fits and byte_overflow is None,
        byte_length,
        net_rules.byte_limit,
        overflow,
        measured.counter,
    )


def _x_overflow(text: str, limit: int) -> int:
    # Bisect on prefixes: the weighted length is monotone in the prefix length.
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if weigh(text[:mid]).weighted_length <= limit:
            low = mid
        else:
            high = mid - 1
    return low


def measure(text: str, network: str | Network, *, max_chars: int | None = None) -> TextMeasure:
    """Measure a post's main text the way a network counts it.

    Args:
        text: the text (one thread part).
        network: the network or its key.
        max_chars: a limit that replaces the network's default (a Mastodon instance's
            max_characters, X Premium ...).

    Returns:
        The measure. Results are cached, so measuring the same text for the same network
        again (one keystroke, many targets) is free.
    """
    return _measure(text, Network(network), max_chars)


def measure_mastodon(text: str, spoiler_text: str = "", max_chars: int = 500) -> TextMeasure:
    """Measure a Mastodon status, content warning included.

    Args:
        text: the status text.
        spoiler_text: the content warning, which counts towards the limit.
        max_chars: the instance's limit.

    Returns:
        The measure; overflow_start indexes `text`.
    """
    length, overflow = counters.count_mastodon(text, max_chars, spoiler_text)
    return TextMeasure(length, max_chars, overflow is None, None, None, overflow, CounterKind.MASTODON)


def measure_field(text: str, network: str | Network, field: str) -> TextMeasure:
    """Measure a secondary field: "title", "caption" (Telegram with media) or "text".

    Args:
        text: the field's text.
        network: the network or its key.
        field: "title", "caption" or "text".

    Returns:
        The measure.

    Raises:
        ValueError: the network has no such field.
    """
    net_rules = rules.get(network)
    if field == "text":
        return measure(text, network)
    if field == "title" and net_rules.title_limit is not None:
        return count(text, net_rules.title_counter, net_rules.title_limit)
    if field == "caption" and net_rules.caption_limit is not None:
        return count(text, net_rules.counter, net_rules.caption_limit)
    raise ValueError(f"{net_rules.network} has no field {field!r}")
