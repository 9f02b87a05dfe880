"""Where Postdesk keeps its files.

One base directory holds everything (database, media, logs, backups). It is the platform's
user data directory unless `POSTDESK_HOME` or `--data-dir` says otherwise, so tests and
portable installs can point it anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Postdesk"
ENV_HOME = "POSTDESK_HOME"


@dataclass(frozen=True)
class Paths:
    """The directories and files of one Postdesk data directory.

    Attributes:
        base: the data directory itself.
    """

    base: Path

    @property
    def database(self) -> Path:
        return self.base / "postdesk.sqlite3"

    @property
    def backups(self) -> Path:
        return self.base / "backups"

    @property
    def media(self) -> Path:
        return self.base / "media"

    @property
    def thumbnails(self) -> Path:
        return self.base / "thumbnails"

    @property
    def logs(self) -> Path:
        return self.base / "logs"

    def ensure(self) -> Paths:
        """Create the directories (not the files); return self."""
        for directory in (self.base, self.backups, self.media, self.thumbnails, self.logs):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Pick the data directory: the argument, then `POSTDESK_HOME`, then the platform default."""
    if data_dir:
        return Paths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return Paths(Path(env).expanduser().resolve())
    return Paths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)))
