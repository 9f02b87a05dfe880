"""Logging: named loggers under `postdesk`, a file in the data directory, and a redacting filter.

Secrets must never reach a log line (ARCHITECTURE.md). Code should not log them in the first
place; the filter is the second line of defence: it masks anything shaped like a bearer token,
an OAuth code or token parameter, or a value registered with `register_secret`.
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
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
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
