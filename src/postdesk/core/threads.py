"""Split a long text into thread parts that each fit a network's counter.

A part ends at the furthest break that still fits: a sentence end, else a space, else a grapheme
cluster boundary. Finding it costs a few measures however long the text is: one measure of a
window a little longer than the part tells where the text stops fitting
(`TextMeasure.overflow_start`); the last break before that point is checked with one more
measure, and stepped back from while it does not fit (the " i/n" suffix takes room too). Breaks
are looked for with regexes around each cut only, so the text is never walked cluster by cluster
in Python, and no part measures the rest of the text: a 1 MB text splits in a fraction of a
second (benchmarks/bench_thread_split.py). When the hint and the checks disagree (a counter that
is not additive near a break), the part is found the thorough way, as before: every break of the
window listed, and bisected.
"""

from __future__ import annotations

import functools
import sys
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

import regex

from postdesk.core import rules
from postdesk.core.networks import Network
from postdesk.core.text import twitter_lib
from postdesk.core.text.measure import measure
from postdesk.core.text.urls import UrlSpan, url_spans

_GRAPHEME = regex.compile(r"\X")
# Matches (empty) where a sentence has just ended: after . ! ? … (and the Arabic and
# full-width forms) plus closing quotes.
_AFTER_SENTENCE = regex.compile(r"(?<=[.!?。！？؟…][\"'”’)\]»]*)")
# The same ends, as a match: a gap right after one is a sentence break.
_SENTENCE_MARK = regex.compile(r"[.!?。！？؟…][\"'”’)\]»]*")
# These end a sentence even without a space after them (CJK is written without spaces).
_CJK_SENTENCE_END = frozenset("。！？")

# The characters str.isspace() accepts, by grapheme break property (a test checks both lists
# against Python and Unicode): controls always stand alone as a cluster; the others join a
# following combining mark (GB9, GB9a) or a preceding prepended concatenation mark (GB9b).
_CONTROL_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_OTHER_SPACES = " \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _char_class(chars: str) -> str:
    return "[" + "".join(f"\\u{ord(c):04x}" for c in chars) + "]"


_JOINS_PREVIOUS = (
    r"[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}"
    r"\p{Grapheme_Cluster_Break=SpacingMark}]"
)
_SPACE_CLUSTER = f"(?:{_char_class(_CONTROL_SPACES)}|{_char_class(_OTHER_SPACES)}(?!{_JOINS_PREVIOUS}))"
# A maximal run of clusters that are all whitespace (what the old cluster walk called a gap).
_SPACE_RUN = regex.compile(
    f"(?:{_char_class(_CONTROL_SPACES)}"
    rf"|(?<!\p{{Grapheme_Cluster_Break=Prepend}}){_char_class(_OTHER_SPACES)}(?!{_JOINS_PREVIOUS}))"
    f"{_SPACE_CLUSTER}*"
)
_SPACE_RUN_AT_END = regex.compile(f"(?:{_SPACE_RUN.pattern})\\Z")
_SPACE_RUN_BACK = regex.compile(_SPACE_RUN.pattern, flags=regex.REVERSE)
# Any whitespace character: a quick scan before the exact patterns above.
_ANY_SPACE = regex.compile(_char_class(_CONTROL_SPACES + _OTHER_SPACES))
_ANY_SPACE_BACK = regex.compile(_ANY_SPACE.pattern, flags=regex.REVERSE)
_SENTENCE_MARK_BACK = regex.compile(_SENTENCE_MARK.pattern, flags=regex.REVERSE)
# Characters that join a neighbour into one cluster (a boundary next to one needs the cluster
# walk to be sure of) and carriage return (CR LF is one cluster).
_JOINING = (
    r"[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}\p{Grapheme_Cluster_Break=SpacingMark}"
    r"\p{Grapheme_Cluster_Break=Prepend}\p{Grapheme_Cluster_Break=Regional_Indicator}"
    r"\p{Grapheme_Cluster_Break=L}\p{Grapheme_Cluster_Break=V}\p{Grapheme_Cluster_Break=T}"
    r"\p{Grapheme_Cluster_Break=LV}\p{Grapheme_Cluster_Break=LVT}\r]"
)
_ANY_JOINING = regex.compile(_JOINING)
# A position between two characters that are clusters of their own: surely a boundary.
_PLAIN_BOUNDARY = regex.compile(f"(?<!{_JOINING})(?={_JOINING[0]}^{_JOINING[1:]})")
# A CJK full stop that is a cluster of its own.
_CJK_END = regex.compile(rf"(?<!\p{{Grapheme_Cluster_Break=Prepend}})[。！？](?!{_JOINS_PREVIOUS})")

# How many breaks of one kind are checked from the hint back before the thorough way is taken.
_STEP_BACKS = 4
# How far around a grapheme break URLs are looked for (a URL longer than this is not expected).
_URL_REACH = 8192

Cut = tuple[int, int]
Fits = Callable[[int], bool]


@dataclass(frozen=True, slots=True)
class _Breaks:
    # Where a part may end, by preference. Each break is (end of the part, start of the next
    # part): the whitespace between them is dropped; a cut without whitespace has end == start.
    sentence: list[Cut]
    word: list[Cut]
    grapheme: list[Cut]


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


def _strip(text: str) -> str:
    # str.strip() could take the space off " \u0301" and leave a bare combining mark: strip
    # whole whitespace clusters only.
    lead = _SPACE_RUN.match(text)
    begin = lead.end() if lead else 0
    tail = _SPACE_RUN_AT_END.search(text, max(begin, len(text.rstrip())))
    end = tail.start() if tail else len(text)
    return text[begin:end] if begin < end else ""


class _Text:
    """Break finding around a position of one text (all positions are str indices)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)

    # -- URLs ----------------------------------------------------------------------------

    def urls_near(self, lo: int, hi: int) -> list[UrlSpan]:
        """URLs that touch [lo, hi], found as url_spans finds them in the whole text."""
        a = max(0, lo - _URL_REACH)
        b = min(self.n, hi + _URL_REACH)
        if self.text.find(".", a, b) < 0:
            return []  # every URL url_spans finds holds a dot
        # url_spans works per run of non-space characters: give it the whole runs around.
        forward, backward = _twitter_spaces()
        before = backward.search(self.text, a, lo)
        after = forward.search(self.text, hi, b)
        a = before.start() if before else a
        b = after.end() if after else b
        return [UrlSpan(u.start + a, u.end + a, u.url) for u in url_spans(self.text[a:b])]

    # -- the breaks of one kind, last one first ----------------------------------------------

    def last_sentence(self, lo: int, hi: int) -> Cut | None:
        """The last sentence break whose part end lies in (lo, hi]."""
        # From the right: the first mark that makes a break makes the last one. A mark may
        # start a little before lo (closing quotes), so the scan starts a little earlier.
        for mark in _SENTENCE_MARK_BACK.finditer(self.text, max(0, lo - 256), min(self.n, hi + 1)):
            end = mark.end()
            if end <= lo:
                return None
            if end <= hi and (gap := _SPACE_RUN.match(self.text, end)):
                return (end, gap.end())
            p = mark.start()
            if (
                lo < p + 1 <= hi
                and self.text[p] in _CJK_SENTENCE_END
                and p + 1 < self.n
                and _CJK_END.match(self.text, p)
                and not _SPACE_RUN.match(self.text, p + 1)
            ):
                return (p + 1, p + 1)
        return None

    def last_gap(self, lo: int, hi: int) -> Cut | None:
        """The last run of whitespace clusters that starts in (lo, hi]."""
        if _ANY_SPACE_BACK.search(self.text, lo + 1, min(self.n, hi + 1)) is None:
            return None
        # One character past hi, so that the look-ahead at hi sees the real next character.
        for match in _SPACE_RUN_BACK.finditer(self.text, lo + 1, min(self.n, hi + 2)):
            if match.start() <= hi:
                run = _SPACE_RUN.match(self.text, match.start())
                assert run is not None
                return (run.start(), run.end())
        return None

    def grapheme_breaks(self, lo: int, hi: int) -> tuple[list[str], list[int]]:
        """The clusters from lo (a cluster boundary) to a little past hi, and their ends."""
        clusters = _GRAPHEME.findall(self.text, lo, min(self.n, hi + 64))
        return clusters, list(accumulate(map(len, clusters), initial=lo))

    def last_grapheme(self, lo: int, hi: int) -> Cut | None:
        """The last boundary in (lo, hi] between two clusters that are not whitespace, outside
        any URL."""
        clusters, ends = self.grapheme_breaks(lo, hi)
        urls: list[UrlSpan] | None = None
        i = bisect_right(ends, hi) - 1
        while i >= 1 and ends[i] > lo:
            end = ends[i]
            if end < self.n and not clusters[i - 1].isspace() and not _SPACE_RUN.match(self.text, end):
                if urls is None:
                    urls = self.urls_near(lo, hi)
                if not any(u.start < end < u.end for u in urls):
                    return (end, end)
            i -= 1
        return None

    def window_end(self, start: int, at_least: int) -> int:
        """A place at or after `at_least` to end a measuring window: a space, else a cluster
        boundary outside URLs, else the end of the text."""
        if at_least >= self.n:
            return self.n
        space = _ANY_SPACE.search(self.text, at_least, min(self.n, at_least + 256))
        gap = _SPACE_RUN.search(self.text, space.start(), min(self.n, at_least + 256)) if space else None
        if gap is not None:
            return gap.start()
        plain = _PLAIN_BOUNDARY.search(self.text, at_least, min(self.n, at_least + 64))
        if plain is not None:
            end = plain.start()
        else:
            _clusters, ends = self.grapheme_breaks(start, at_least)
            end = ends[min(bisect_right(ends, at_least - 1), len(ends) - 1)]
        for url in self.urls_near(end, end):
            if url.start < end < url.end:
                end = url.end
        return min(max(end, at_least), self.n)

    def hint_holds(self, start: int, frontier: int, network: Network, max_chars: int | None) -> bool:
        """Whether the text from start stops fitting at `frontier` for certain.

        An overflow index next to a cluster of several characters may come from a counter that
        weighs the cluster's beginning more than the whole (X weighs a partial emoji sequence
        per character): then the text up to the end of that cluster is measured.
        """
        if not _ANY_JOINING.search(self.text, max(start, frontier - 1), min(self.n, frontier + 2)):
            return True
        _clusters, ends = self.grapheme_breaks(start, frontier)
        after = bisect_right(ends, frontier)
        if after == len(ends):
            return True
        return not measure(self.text[start : ends[after]], network, max_chars=max_chars).fits

    # -- the thorough way: every break of a window -----------------------------------------

    def breaks_in(self, lo: int, hi: int) -> _Breaks:
        """Every break whose part end lies in [lo, hi], listed cluster by cluster."""
        urls = self.urls_near(lo, hi)
        sentence: list[Cut] = []
        word: list[Cut] = []
        grapheme: list[Cut] = []
        found = _GRAPHEME.finditer(self.text, lo)
        current = next(found, None)
        while current is not None and current.start() <= hi:
            start, end = current.span()
            following = next(found, None)
            if current.group().isspace():
                run_end = end
                while following is not None and following.group().isspace():
                    run_end = following.end()
                    following = next(found, None)
                word.append((start, run_end))
                if _AFTER_SENTENCE.match(self.text, start):
                    sentence.append((start, run_end))
            elif following is not None and not following.group().isspace():
                if not any(u.start < end < u.end for u in urls):
                    grapheme.append((end, end))
                if current.group() in _CJK_SENTENCE_END:
                    sentence.append((end, end))
            current = following
        return _Breaks(sentence, word, grapheme)


@functools.cache
def _twitter_spaces() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    # twitter-text's spaces, which bound the runs url_spans looks at (forward, backward).
    spaces = twitter_lib.load().spaces_group
    return regex.compile(f"[{spaces}]"), regex.compile(f"[{spaces}]", flags=regex.REVERSE)


def _furthest(candidates: list[Cut], start: int, fits: Fits) -> Cut | None:
    # The last break after `start` whose part still fits. The length is monotone in the end
    # index, so search exponentially then bisect: few measures even for a long text.
    low = bisect_right(candidates, (start, sys.maxsize))
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


def _thorough_cut(t: _Text, start: int, stop: int, fits: Fits) -> Cut:
    # Every break up to `stop` (no break after it fits), then the furthest that fits by kind.
    breaks = t.breaks_in(start, stop)
    cut = (
        _furthest(breaks.sentence, start, fits)
        or _furthest(breaks.word, start, fits)
        or _furthest(breaks.grapheme, start, fits)
    )
    if cut is not None:
        return cut
    # Not even one cluster (or one URL) fits: keep that atom whole, over the limit.
    while True:
        every = sorted(breaks.word + breaks.grapheme)
        atom = next(((end, nxt) for end, nxt in every if end > start), None)
        if atom is not None:
            return atom
        if stop >= t.n:
            return (t.n, t.n)
        stop = min(t.n, start + 2 * (stop - start) + 64)
        breaks = t.breaks_in(start, stop)


def _hinted_cut(t: _Text, start: int, frontier: int, fits: Fits) -> Cut | None:
    # No break ending after `frontier` fits. The last break of the preferred kind up to it is
    # checked, and the ones before it while they do not fit; None: take the thorough way.
    for last_of_kind in (t.last_sentence, t.last_gap, t.last_grapheme):
        high = frontier
        for _ in range(_STEP_BACKS):
            cut = last_of_kind(start, high)
            if cut is None:
                break  # no break of this kind fits: the next kind
            if fits(cut[0]):
                return cut
            high = cut[0] - 1
        else:
            return None
    return None


def _split(text: str, network: Network, max_chars: int | None, suffix: str) -> list[str]:
    t = _Text(text)
    limit = rules.get(network).text_limit if max_chars is None else max_chars
    span = max(limit, 16) + len(suffix) + 16  # characters to measure first
    parts: list[str] = []
    start = 0
    while start < t.n:

        def fits(end: int, start: int = start) -> bool:
            return measure(text[start:end] + suffix, network, max_chars=max_chars).fits

        end = t.window_end(start, start + span)
        measured = measure(text[start:end] + suffix, network, max_chars=max_chars)
        while measured.fits and end < t.n:
            span *= 2
            end = t.window_end(start, start + span)
            measured = measure(text[start:end] + suffix, network, max_chars=max_chars)
        if measured.fits:
            parts.append(text[start:])
            break
        overflow = measured.overflow_start
        cut = None
        if overflow is not None:
            frontier = start + overflow if overflow < end - start else end - 1
            if not t.hint_holds(start, frontier, network, max_chars):
                overflow = None
        if overflow is not None:
            cut = _hinted_cut(t, start, frontier, fits)
        if cut is None:
            cut = _thorough_cut(t, start, end, fits)
        parts.append(text[start : cut[0]])
        # The next window: the limit in characters, at the rate the text counts at.
        rate = (end - start) / max(measured.length, 1)
        span = int(limit * rate * 1.1) + len(suffix) + 16
        start = cut[1]
    return parts


def _fits_whole(text: str, network: Network, max_chars: int | None) -> bool:
    # measure(text).fits without measuring a megabyte: a window that does not fit settles it.
    t = _Text(text)
    span = max(rules.get(network).text_limit if max_chars is None else max_chars, 16) + 16
    while True:
        end = t.window_end(0, span)
        if not measure(text[:end], network, max_chars=max_chars).fits:
            return False
        if end >= t.n:
            return True
        span *= 2


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
    if not numbering:
        return _split(text, net, max_chars, "")
    if _fits_whole(text, net, max_chars):
        return [text]
    # " i/n" takes 2*digits(n)+2 characters at most; iterate until n's digit count is stable
    # (a longer suffix only makes more parts, so this ends).
    digits = 1
    while True:
        parts = _split(text, net, max_chars, " " + "9" * (2 * digits + 1))
        if len(str(len(parts))) <= digits:
            return number_parts(parts)
        digits = len(str(len(parts)))
