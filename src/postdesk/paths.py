"""Where Postdesk keeps its files.

One base directory holds everything (database, media, logs, backups). It is the platform's
user data directory unless `POSTDESK_HOME` or `--data-dir` says otherwise, so tests and
portable installs can point it anywhere.

The data directory is private to the user: on POSIX, `Paths.ensure` makes its directories 0700,
takes group and other permissions off anything already inside it (a directory made by an older
version), and sets the process umask to 077 so every file created afterwards (the database and
its WAL, logs, media, backups) is 0600. On Windows the user's profile folders are private already.
"""

from __future__ import annotations

import os
import stat
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

    @property
    def vault_file(self) -> Path:
        """The encrypted sign-in file, when the user chose it instead of the system keyring."""
        return self.base / "vault.enc"

    def ensure(self) -> Paths:
        """Create the directories (not the files), private to the user; return self.

        On POSIX this also sets the process umask to 077 (keeping any stricter bits the user had)
        and removes group/other permissions from what the data directory already holds.
        """
        if os.name == "posix":
            os.umask(os.umask(0o077) | 0o077)
        for directory in (self.base, self.backups, self.media, self.thumbnails, self.logs):
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            make_private(self.base)
        return self


def make_private(base: Path) -> int:
    """Take group and other permissions off `base` and everything under it; return how many changed.

    Symbolic links are neither followed nor changed (what they point to is not ours to change).
    """
    changed = 0
    for root, _dirs, files in os.walk(base, followlinks=False):
        for entry in [root, *(os.path.join(root, name) for name in files)]:
            try:
                info = os.lstat(entry)
            except OSError:
                continue
            if stat.S_ISLNK(info.st_mode) or not stat.S_IMODE(info.st_mode) & 0o077:
                continue
            try:
                os.chmod(entry, stat.S_IMODE(info.st_mode) & 0o700)
                changed += 1
            except OSError:
                continue
    return changed


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Pick the data directory: the argument, then `POSTDESK_HOME`, then the platform default."""
    if data_dir:
        return Paths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return Paths(Path(env).expanduser().resolve())
    return Paths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)))
