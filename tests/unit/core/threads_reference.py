"""The thread splitter as it was before it was made fast (commit db1c056): the reference that
tests/unit/core/test_threads_big.py compares the fast splitter with. Slow on long texts (it lists
every grapheme cluster and measures the whole rest of the text for each part); never used by the
app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from postdesk.core.networks import Network
from postdesk.core.text.measure import measure
from postdesk.core.text.urls import url_spans

_GRAPHEME = regex.compile(r"\X")
# Matches (empty) where a sentence has just ended: after . ! ? … (and the Arabic and
# full-width forms) plus closing quotes.
_AFTER_SENTENCE = regex.compile(r"(?<=[.!?。！？؟…][\"'”’)\]»]*)")
# These end a sentence even without a space after them (CJK is written without spaces).
_CJK_SENTENCE_END = frozenset("。！？")


@dataclass(frozen=True, slots=True)
class _Breaks:
    # Where a part may end, by preference. Each break is (end of the part, start of the next
    # part): the whitespace between them is dropped; a cut without whitespace has end == start.
    sentence: list[tuple[int, int]]
    word: list[tuple[int, int]]
    grapheme: list[tuple[int, int]]


def number_parts(parts: list[str]) -> list[str]:
    """Append " i/n" to each part.

    Args:
        parts: the thread parts.

    Returns:
        Numbered parts (unchanged for a single part).
    """
    if len(parts) < 2:
        return list(parts)
    total = len(parts)
    return [f"{part} {i}/{total}" for i, part in enumerate(parts, 1)]


def _breaks(text: str) -> _Breaks:
    # Work on grapheme clusters so that no cut, not even at a space, splits a cluster
    # (" \u0301" is one cluster: a space with a combining mark is part of a word).
    clusters = [(m.start(), m.end(), m.group()) for m in _GRAPHEME.finditer(text)]
    # URLs without a protocol too, on every network: cutting "example.com" helps no one.
    urls = url_spans(text)
    url_inside = bytearray(len(text) + 1)  # 1 where a cut would fall inside a URL
    for url in urls:
        url_inside[url.start + 1 : url.end] = b"\x01" * (url.end - url.start - 1)
    sentence: list[tuple[int, int]] = []
    word: list[tuple[int, int]] = []
    grapheme: list[tuple[int, int]] = []
    index = 0
    while index < len(clusters):
        start, end, cluster = clusters[index]
        if cluster.isspace():
            run_end = index
            while run_end + 1 < len(clusters) and clusters[run_end + 1][2].isspace():
                run_end += 1
            gap = (start, clusters[run_end][1])
            word.append(gap)
            if _AFTER_SENTENCE.match(text, start):
                sentence.append(gap)
            index = run_end + 1
            continue
        if index + 1 < len(clusters) and not clusters[index + 1][2].isspace():
            if not url_inside[end]:
                grapheme.append((end, end))
            if cluster in _CJK_SENTENCE_END:
                sentence.append((end, end))
        index += 1
    return _Breaks(sentence, word, grapheme)


def _strip(text: str) -> str:
    # str.strip() could take the space off " \u0301" and leave a bare combining mark.
    clusters = _GRAPHEME.findall(text)
    first = next((i for i, c in enumerate(clusters) if not c.isspace()), len(clusters))
    last = next((i for i in range(len(clusters) - 1, -1, -1) if not clusters[i].isspace()), -1)
    return "".join(clusters[first : last + 1])


def _furthest(candidates: list[tuple[int, int]], start: int, fits: Callable[[int], bool]) -> tuple[int, int] | None:
    # The last break after `start` whose part still fits. The length is monotone in the end
    # index, so search exponentially then bisect: few measures even for a long text.
    low = 0
    while low < len(candidates) and candidates[low][0] <= start:
        low += 1
    if low == len(candidates) or not fits(candidates[low][0]):
        return None
    step = 1
    high = low + step
    while high < len(candidates) and fits(candidates[high][0]):
        low = high
        step *= 2
        high = low + step
    high = min(high, len(candidates))  # candidates[low] fits; candidates[high] does not
    while high - low > 1:
        mid = (low + high) // 2
        if fits(candidates[mid][0]):
            low = mid
        else:
            high = mid
    return candidates[low]


def _split(text: str, network: Network, max_chars: int | None, suffix: str) -> list[str]:
    breaks = _breaks(text)
    every = sorted(breaks.word + breaks.grapheme)
    parts: list[str] = []
    start = 0
    while start < len(text):

        def fits(end: int, start: int = start) -> bool:
            return measure(text[start:end] + suffix, network, max_chars=max_chars).fits

        if fits(len(text)):
            parts.append(text[start:])
            break
        cut = (
            _furthest(breaks.sentence, start, fits)
            or _furthest(breaks.word, start, fits)
            or _furthest(breaks.grapheme, start, fits)
        )
        if cut is None:
            # Not even one cluster (or one URL) fits: keep that atom whole, over the limit.
            cut = next(((end, nxt) for end, nxt in every if end > start), (len(text), len(text)))
        parts.append(text[start : cut[0]])
        start = cut[1]
    return parts


def split_thread(
    text: str,
    network: str | Network,
    *,
    numbering: bool = False,
    max_chars: int | None = None,
) -> list[str]:
    """Split a text into parts that each fit the network's limit.

    A part ends at the last sentence end that fits, else at the last space that fits, else —
    for a word longer than a part — between grapheme clusters; never inside a cluster or a
    URL. The whitespace where a part ends is dropped; all other text, line breaks included,
    is kept as it is. A single cluster or URL longer than a whole part is kept whole, so
    that one part does not fit.

    Args:
        text: the whole text.
        network: the network or its key.
        numbering: append " i/n" to each part (the suffix counts towards the limit).
        max_chars: a limit replacing the network's default.

    Returns:
        The parts (one part if the text fits; [] for blank text).
    """
    net = Network(network)
    text = _strip(text)
    if not text:
        return []
    if measure(text, net, max_chars=max_chars).fits:
        return [text]
    if not numbering:
        return _split(text, net, max_chars, "")
    # " i/n" takes 2*digits(n)+2 characters at most; iterate until n's digit count is stable
    # (a longer suffix only makes more parts, so this ends).
    digits = 1
    while True:
        parts = _split(text, net, max_chars, " " + "9" * (2 * digits + 1))
        if len(str(len(parts))) <= digits:
            return number_parts(parts)
        digits = len(str(len(parts)))
