"""What the CSV dialogs need from the app (kept apart so the calendar's button costs no import of the dialogs)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from postdesk.paths import Paths
    from postdesk.store.db import Database
    from postdesk.ui.background import BackgroundRunner


@dataclass(frozen=True)
class CsvServices:
    """What the CSV dialogs need from the app.

    Attributes:
        database: the store.
        paths: the data directory (the media library's files).
        runner: the disk worker.
        now: the clock.
        zone: the app's IANA zone now.
        relay: whether a media relay is set up (blocking: runs on the worker).
    """

    database: Database
    paths: Paths
    runner: BackgroundRunner
    now: Callable[[], datetime]
    zone: Callable[[], str]
    relay: Callable[[], bool] = lambda: False
