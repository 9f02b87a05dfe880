"""Logging: named loggers under `postdesk`, a file in the data directory, and a redacting filter.

Secrets must never reach a log line (ARCHITECTURE.md). Code should not log them in the first
place; the filter is the second line of defence: it masks anything shaped like a bearer token,
an OAuth code or token parameter, or a value registered with `register_secret`.

Every record is written as one line: control characters, Unicode line and paragraph separators,
bidirectional overrides and lone surrogates in it are escaped (`\\n`, `\\x1b`, `\\u2028` ...), so
text from outside (a file name with a newline, a network's error body) cannot forge a log line
or hide one, and a name that is not valid UTF-8 cannot make the log file's encoder fail.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

_SECRET_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)(dpop\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(
        r"(?i)((?:access_token|refresh_token|id_token|code|code_verifier|client_secret|"
        r"password|token)[\"']?\s*[=:]\s*[\"']?)[^\s&\"',}]+"
    ),
)
_MASK = "[redacted]"
# What must not reach a log line as is: C0 and C1 controls, DEL, NEL, the Unicode line and
# paragraph separators, bidirectional embeddings, overrides and isolates (they can make a line
# read as something else), and surrogates (PEP 383 escapes of undecodable bytes).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

_known_secrets: set[str] = set()
_known_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Mask this exact value wherever it would appear in a log record from now on."""
    if value and len(value) >= 6:
        with _known_lock:
            _known_secrets.add(value)


def redact(text: str) -> str:
    """Return text with every known or token-shaped secret masked."""
    with _known_lock:
        known = sorted(_known_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, _MASK)
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + _MASK, text)
    return text


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """Return text with every character that could break or disguise a log line escaped."""
    return _UNSAFE.sub(_escape_char, text)


class OneLineFormatter(logging.Formatter):
    """Formats a record (message, traceback and stack included) as exactly one escaped line."""

    def format(self, record: logging.LogRecord) -> str:
        return one_line(super().format(record))


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and exception text) with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def get_logger(name: str) -> logging.Logger:
    """A logger under the `postdesk` namespace."""
    return logging.getLogger(name if name.startswith("postdesk") else f"postdesk.{name}")


def configure(log_dir: Path | None, level: int = logging.INFO) -> None:
    """Send `postdesk` logs to stderr and, when given, to a rotating file in `log_dir`."""
    root = logging.getLogger("postdesk")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    fmt = OneLineFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_dir / "postdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        )
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
