"""Images dropped on the composer keep names that are not UTF-8 (Latin-1 bytes on Linux)."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QMimeData, QUrl

from postdesk.ui.composer.media_part import MediaPart
from postdesk.ui.composer.parts_editor import _image_files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="file names are Unicode on Windows")


def _mime_for(path: bytes) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromEncoded(b"file://" + bytes(path).replace(b"\xe9", b"%E9"))])
    return mime


def test_a_latin1_named_image_dropped_on_the_editor_is_a_real_file(qapp, tmp_path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.jpg"
    with open(raw, "wb") as handle:
        handle.write(b"\xff\xd8\xff")
    mime = _mime_for(raw)
    [editor_file] = _image_files(mime)
    [pane_file] = MediaPart.dropped_images(mime)
    assert os.path.exists(editor_file) and os.path.exists(pane_file)
    assert os.fsencode(editor_file) == raw
