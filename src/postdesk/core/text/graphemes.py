"""Extended grapheme clusters (UAX #29), the unit most networks count in.

The `regex` module's ``\\X`` is used because it is about a hundred times faster than the pure
Python alternatives that pass the full Unicode 17 test file (uniseg 0.10.1: ~190 ms vs ~1.7 ms
for 6,000 characters here). It fails 5 of the 1,093 lines of GraphemeBreakTest-17.0.0: four
where a virama (InCB=Linker) is not preceded by a consonant (regex applies GB9c without the
leading InCB=Consonant that the rule requires; mrab-regex #535 added GB9c late), and one where
U+2701 is missing from regex's Extended_Pictographic table (GB11). None of those sequences
occurs in real text. Remove this note when tests/unit/core/test_graphemes.py's xfails pass.
"""

from __future__ import annotations

import functools

import regex

_GRAPHEME = regex.compile(r"\X")
# Lone surrogates (only reachable from broken input) defeat the codec shortcuts below.
_SURROGATE = regex.compile("[\ud800-\udfff]")


def graphemes(text: str) -> list[str]:
    """Split text into extended grapheme clusters.

    Args:
        text: any text.

    Returns:
        The clusters, in order; joining them gives the text back.
    """
    return _GRAPHEME.findall(text)


def grapheme_count(text: str) -> int:
    """Count extended grapheme clusters.

    Args:
        text: any text.

    Returns:
        The number of clusters.
    """
    if text.isascii():
        # In ASCII only CR LF joins (GB3); everything else is one cluster per character.
        return len(text) - text.count("\r\n")
    # subn counts the matches without building the list of clusters (~25% faster).
    return _GRAPHEME.subn("", text)[1]


def grapheme_starts(text: str) -> list[int]:
    """Return the str index where each cluster starts.

    Args:
        text: any text.

    Returns:
        Start indices, ascending; empty for empty text.
    """
    return [m.start() for m in _GRAPHEME.finditer(text)]


def grapheme_overflow(text: str, limit: int) -> int | None:
    """Return the str index of the first cluster past `limit` clusters, or None if it fits.

    Args:
        text: any text.
        limit: how many clusters are allowed.

    Returns:
        The index where the part that does not fit starts, or None.
    """
    if limit < 0:
        return 0
    # Skip the first `limit` clusters in a few matches of 2**k clusters each (the bits of
    # limit): the regex engine counts them, not a Python loop, with a handful of patterns.
    position = 0
    bit = 0
    while limit >> bit:
        if limit >> bit & 1:
            skipped = _clusters(bit).match(text, position)
            if skipped is None:
                return None
            position = skipped.end()
        bit += 1
    return None if position >= len(text) else position


@functools.cache
def _clusters(bit: int) -> regex.Pattern[str]:
    return regex.compile(rf"\X{{{1 << bit}}}")


def utf16_length(text: str) -> int:
    """Count UTF-16 code units (what JavaScript's ``length`` and Java's ``length()`` return).

    Args:
        text: any text.

    Returns:
        The number of code units.
    """
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def utf16_to_index(text: str, utf16_offset: int) -> int:
    """Convert a UTF-16 code-unit offset into a str index.

    Args:
        text: the text the offset refers to.
        utf16_offset: an offset in UTF-16 code units; it may point into a surrogate pair,
            in which case the index of that character is returned.

    Returns:
        The str index, clamped to ``len(text)``.
    """
    if text.isascii():
        return min(max(utf16_offset, 0), len(text))
    if utf16_offset <= 0:
        return 0
    if not _SURROGATE.search(text):
        # Decoding the first code units drops a pair cut in half, as wanted.
        head = text.encode("utf-16-le")[: 2 * utf16_offset]
        return len(head.decode("utf-16-le", "ignore"))
    units = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > utf16_offset:
            return index
        units += width
    return len(text)


def utf8_to_index(text: str, byte_offset: int) -> int:
    """Convert a UTF-8 byte offset into a str index (the character holding that byte).

    Args:
        text: the text the offset refers to.
        byte_offset: an offset in UTF-8 bytes.

    Returns:
        The str index, clamped to ``len(text)``.
    """
    if text.isascii():
        return min(max(byte_offset, 0), len(text))
    if byte_offset <= 0:
        return 0
    if not _SURROGATE.search(text):
        # Decoding the first bytes drops a character cut in half, as wanted.
        return len(text.encode("utf-8")[:byte_offset].decode("utf-8", "ignore"))
    used = 0
    for index, char in enumerate(text):
        width = len(char.encode("utf-8", "surrogatepass"))
        if used + width > byte_offset:
            return index
        used += width
    return len(text)


def index_to_utf8(text: str, index: int) -> int:
    """Convert a str index into a UTF-8 byte offset.

    Args:
        text: the text the index refers to.
        index: a str index.

    Returns:
        The byte offset of that index.
    """
    return len(text[:index].encode("utf-8", "surrogatepass"))
