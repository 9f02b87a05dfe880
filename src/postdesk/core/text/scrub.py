"""Make text safe to store, log and show: no lone surrogates, no control characters in a line.

Python strings can hold code points that UTF-8 cannot encode: a lone UTF-16 surrogate
(`"\\ud800"`, as a Qt widget or a pasted buffer can hand over) or a byte of a file name that was
not UTF-8 (`os.fsdecode(b"caf\\xe9")` gives `"caf\\udce9"`, PEP 383). SQLite, JSON files and the
log would refuse them with a UnicodeEncodeError, so text is scrubbed where it enters storage.
"""

from __future__ import annotations

REPLACEMENT = "\ufffd"


def scrub_surrogates(text: str) -> str:
    """Return text with each lone surrogate replaced by U+FFFD.

    A high surrogate followed by a low one (a pair left split in a Python string) is joined into
    the character it encodes; everything else is kept as it is.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # UTF-16 with surrogatepass writes each code unit as is; decoding joins the valid pairs
        # and replaces every unpaired one.
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def display_name(name: str | bytes) -> str:
    """A file name as a person can read it and the store can keep it.

    Bytes that are not UTF-8 (in a str, kept by Python as surrogate escapes) become U+FFFD.
    """
    if isinstance(name, bytes):
        return name.decode("utf-8", "replace")
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        # Surrogates that are not escapes of bytes (a Windows name with a lone surrogate).
        return scrub_surrogates(name)
