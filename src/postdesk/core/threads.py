"""Split a long text into thread parts that each fit a network's counter."""

from __future__ import annotations

import regex
from twitter_text import extract_urls_with_indices

from postdesk.core.networks import Network
from postdesk.core.text.graphemes import grapheme_starts
from postdesk.core.text.measure import measure

# A sentence ends after . ! ? (and their CJK/Arabic forms) plus closing quotes, then spaces.
_SENTENCE_END = regex.compile(r"(?<=[.!?。！？؟…][\"'”’)\]]*)\s+|(?<=[。！？])")
_SPACE = regex.compile(r"\s+")


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


def _fits(text: str, network: Network, max_chars: int | None, suffix: str) -> bool:
    return measure(text + suffix, network, max_chars=max_chars).fits


def _atoms(text: str) -> list[str]:
    # Pieces never to be cut: URLs stay whole; the rest may be cut at grapheme boundaries.
    pieces: list[str] = []
    pos = 0
    for url in extract_urls_with_indices(text):
        start, end = url["indices"]
        pieces.append(text[pos:start])
        pieces.append(text[start:end])
        pos = end
    pieces.append(text[pos:])
    return pieces


def _hard_cut(word: str, network: Network, max_chars: int | None, suffix: str) -> list[str]:
    out: list[str] = []
    rest = word
    while rest and not _fits(rest, network, max_chars, suffix):
        starts = grapheme_starts(rest) + [len(rest)]
        low, high = 1, len(starts) - 1
        while low < high:  # the longest grapheme prefix that fits
            mid = (low + high + 1) // 2
            if _fits(rest[: starts[mid]], network, max_chars, suffix):
                low = mid
            else:
                high = mid - 1
        cut = starts[low]
        url_ranges = [u["indices"] for u in extract_urls_with_indices(rest)]
        for start, end in url_ranges:
            if start < cut < end:  # never inside a URL: cut before it, or keep it whole
                cut = start if start > 0 else end
        out.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        out.append(rest)
    return out


def _split(text: str, network: Network, max_chars: int | None, suffix_len: int) -> list[str]:
    suffix = " " + "9" * suffix_len if suffix_len else ""
    units: list[str] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        if not sentence:
            continue
        if _fits(sentence, network, max_chars, suffix):
            units.append(sentence)
            continue
        for word in _SPACE.split(sentence):
            if word:
                units.extend(_hard_cut(word, network, max_chars, suffix) if not _fits(
                    word, network, max_chars, suffix) else [word])
    parts: list[str] = []
    current = ""
    for unit in units:
        candidate = f"{current} {unit}" if current else unit
        if _fits(candidate, network, max_chars, suffix):
            current = candidate
        else:
            if current:
                parts.append(current)
            current = unit
    if current:
        parts.append(current)
    return parts


def split_thread(
    text: str,
    network: str | Network,
    *,
    numbering: bool = False,
    max_chars: int | None = None,
) -> list[str]:
    """Split a text into parts that each fit the network's limit.

    Cuts at sentence ends first, then between words, then — for a word longer than a part —
    between grapheme clusters, never inside a URL. Whitespace between parts is dropped.

    Args:
        text: the whole text.
        network: the network or its key.
        numbering: append " i/n" to each part (the suffix counts towards the limit).
        max_chars: a limit replacing the network's default.

    Returns:
        The parts (one part if the text fits; [] for blank text).
    """
    net = Network(network)
    if not text.strip():
        return []
    if _fits(text.strip(), net, max_chars, ""):
        return [text.strip()]
    if not numbering:
        return _split(text, net, max_chars, 0)
    # " i/n" takes 2*digits(n)+1 characters at most; iterate until n's digit count is stable.
    digits = 1
    while True:
        parts = _split(text, net, max_chars, 2 * digits + 1)
        if len(str(len(parts))) <= digits:
            return number_parts(parts)
        digits = len(str(len(parts)))
