"""Paths of dropped or pasted files, byte for byte.

`QUrl.toLocalFile()` decodes a file URL's percent-encoded path as UTF-8, so on Linux a file
whose name is not valid UTF-8 (`caf%E9.jpg`, written by an old Latin-1 tool) comes back with
U+FFFD in its name: a path that does not exist. Here the path's bytes are decoded the way
Python names files (`os.fsdecode`, PEP 383), so the file opens; the importer shows the name
with U+FFFD.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QUrl


def local_path(url: QUrl) -> Path:
    """The file a local `file:` URL names (Windows paths are Unicode: Qt's answer is right)."""
    if os.name == "nt" or url.host():
        return Path(url.toLocalFile())
    encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
    return Path(os.fsdecode(unquote_to_bytes(encoded)))
