"""Log lines cannot be forged: every record is one line with control characters escaped, and
secrets are still masked."""

from __future__ import annotations

import logging

import pytest

from postdesk import log


@pytest.fixture
def log_file(tmp_path):
    log.configure(tmp_path / "logs")
    try:
        yield tmp_path / "logs" / "postdesk.log"
    finally:
        root = logging.getLogger("postdesk")
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()


def _lines(path):
    for handler in logging.getLogger("postdesk").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8").splitlines()


def test_a_newline_in_a_file_name_cannot_forge_a_log_line(log_file):
    forged = "cat.jpg\n2026-03-20 10:00:00,000 INFO postdesk.auth: Signed in as admin"
    log.get_logger("media.importer").info("Import of %s failed: %s", forged, "corrupt")
    lines = _lines(log_file)
    assert len(lines) == 1
    assert "cat.jpg\\n2026-03-20 10:00:00,000 INFO postdesk.auth" in lines[0]


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a\rb", "a\\rb"),
        ("a\x1b[31mred", "a\\x1b[31mred"),
        ("a\x85b", "a\\x85b"),
        ("a\u2028b\u2029c", "a\\u2028b\\u2029c"),
        ("evil\u202egpj.exe", "evil\\u202egpj.exe"),
        ("caf\udce9.jpg", "caf\\udce9.jpg"),
        ("tab\there", "tab\\there"),
        ("café 日本 😀", "café 日本 😀"),
    ],
    # Plain ids: a lone surrogate in a test id cannot cross to an xdist worker (UTF-8 only).
    ids=["cr", "ansi", "nel", "line-separators", "bidi-override", "lone-surrogate", "tab", "unicode"],
)
def test_control_and_invisible_characters_are_escaped(log_file, raw, escaped):
    log.get_logger("test").warning("name=%s", raw)
    lines = _lines(log_file)
    assert len(lines) == 1
    assert lines[0].endswith(f"name={escaped}")


def test_a_traceback_is_kept_on_the_same_line(log_file):
    try:
        raise ValueError("bad\nname")
    except ValueError:
        log.get_logger("test").exception("Import failed")
    lines = _lines(log_file)
    assert len(lines) == 1
    assert "Import failed\\nTraceback (most recent call last):" in lines[0]
    assert "ValueError: bad\\nname" in lines[0]


def test_secrets_are_still_redacted(log_file):
    log.register_secret("s3cr3t-value-xyz")
    log.get_logger("test").info("token=abcdef123456\nBearer qwertyuiop and s3cr3t-value-xyz")
    lines = _lines(log_file)
    assert len(lines) == 1
    assert "abcdef123456" not in lines[0] and "qwertyuiop" not in lines[0]
    assert "s3cr3t-value-xyz" not in lines[0]
    assert lines[0].count("[redacted]") == 3


def test_one_line_leaves_ordinary_text_alone():
    assert log.one_line("Published post 12 to Bluesky (at://did:plc:x/app)") == (
        "Published post 12 to Bluesky (at://did:plc:x/app)"
    )
