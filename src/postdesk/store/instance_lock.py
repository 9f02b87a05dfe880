"""One publisher per data directory: an OS-level lock on the data directory.

Two Postdesk processes publishing from one data directory would each believe the other's sends
were lost at a crash, and publish them again. So every process that runs the engine (the window,
the tray copy at login, `--headless`) holds an exclusive lock on `postdesk.lock` in the data
directory for as long as it lives. The lock is the operating system's (`flock` on POSIX, a
`msvcrt.locking` byte lock on Windows), so the OS drops it when the process ends, however it
ends: a SIGKILL or a power-cut leaves no stale lock behind, and the next start never has to
guess whether a holder is still alive.

Beside the lock, `postdesk.owner.json` names the holder (its PID and whether it is the window or
the headless engine), so a refused launch can say which process holds the directory. That file
is only a label: the lock alone decides.

Within one process the lock is shared: `hold()` twice on the same directory counts, and the OS
lock is released when the last holder lets go (tests build several engines over one temporary
directory in one process).

Lives in `store/` because the data directory is the store's, and the engine's recovery (one layer
up) must be able to check it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

LOCK_NAME = "postdesk.lock"
OWNER_NAME = "postdesk.owner.json"
#: Exit status of `postdesk --headless` (and of a GUI launch that cannot hand over) when another
#: process holds the data directory. 75 is EX_TEMPFAIL of BSD's sysexits.h: try again later.
EXIT_IN_USE = 75

#: Who holds a data directory.
MODE_GUI = "gui"
MODE_HEADLESS = "headless"
#: An engine started directly (a test, a benchmark) rather than from the command line.
MODE_ENGINE = "engine"

#: How long a refused launch waits for the holder's label to appear (the holder writes it
#: right after it takes the lock).
_OWNER_WAIT_S = 1.0


@dataclass(frozen=True)
class Holder:
    """The process that holds a data directory, as its label says.

    Attributes:
        pid: its process id, or None when the label is missing or unreadable.
        mode: MODE_GUI, MODE_HEADLESS or MODE_ENGINE, or None when unknown.
    """

    pid: int | None
    mode: str | None

    @property
    def is_gui(self) -> bool:
        return self.mode == MODE_GUI


class DataDirInUse(RuntimeError):
    """Another live process holds the data directory.

    Attributes:
        base: the data directory.
        holder: who holds it, as far as its label tells.
    """

    def __init__(self, base: Path, holder: Holder) -> None:
        who = f"process {holder.pid}" if holder.pid is not None else "another process"
        super().__init__(f"{base} is in use by {who}")
        self.base = base
        self.holder = holder


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the OS lock on `handle` without waiting; False if another process holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as error:
        import errno

        if error.errno in (errno.EACCES, errno.EAGAIN):
            return False
        raise
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> IO[bytes]:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    return os.fdopen(fd, "r+b", buffering=0)


def _key(base: Path) -> str:
    return os.path.normcase(os.path.realpath(base))


def read_holder(base: Path) -> Holder:
    """The label of whoever holds (or last held) `base`; Holder(None, None) if there is none."""
    try:
        data = json.loads((Path(base) / OWNER_NAME).read_text(encoding="utf-8"))
        pid = int(data["pid"])
        mode = str(data["mode"])
    except (OSError, ValueError, KeyError, TypeError):
        return Holder(None, None)
    return Holder(pid, mode)


def _write_holder(base: Path, mode: str) -> None:
    # Written beside the lock, atomically, so a reader never sees half a label. Best effort:
    # the label only improves a message.
    target = base / OWNER_NAME
    temp = base / f".{OWNER_NAME}.{os.getpid()}.tmp"
    try:
        temp.write_text(json.dumps({"pid": os.getpid(), "mode": mode}), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()


def _pid_alive(pid: int) -> bool | None:
    """True/False where the OS can tell cheaply; None where it cannot (Windows)."""
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder_of_busy(base: Path) -> Holder:
    """Read the label of a directory whose lock another process holds.

    The holder writes its label just after taking the lock, so a label that is missing or names a
    dead process may be the previous holder's: look again for a moment.
    """
    deadline = time.monotonic() + _OWNER_WAIT_S
    while True:
        holder = read_holder(base)
        fresh = holder.pid is not None and holder.pid != os.getpid() and _pid_alive(holder.pid) is not False
        if fresh or time.monotonic() >= deadline:
            return holder if fresh else Holder(None, None)
        time.sleep(0.05)


class _Held:
    """The OS lock of one data directory in this process, shared by every `InstanceLock` on it."""

    def __init__(self, base: Path, handle: IO[bytes]) -> None:
        self.base = base
        self.handle = handle
        self.count = 0


_registry: dict[str, _Held] = {}
_registry_lock = threading.Lock()


class InstanceLock:
    """A hold on one data directory's lock.

    Constructing one does nothing; `acquire()` takes the lock (or joins this process's existing
    hold), `release()` lets go. Usable as a context manager.

    Attributes:
        base: the data directory.
        mode: how this process uses it (MODE_GUI, MODE_HEADLESS, MODE_ENGINE), written in the
            label when this hold is the one that takes the OS lock.
    """

    def __init__(self, base: Path, mode: str) -> None:
        self.base = Path(base)
        self.mode = mode
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> InstanceLock:
        """Take the lock without waiting.

        Raises:
            DataDirInUse: another live process holds it.
            OSError: the lock file cannot be created (e.g. a read-only directory).
        """
        if self._held:
            return self
        key = _key(self.base)
        with _registry_lock:
            entry = _registry.get(key)
            if entry is None:
                self.base.mkdir(parents=True, exist_ok=True)
                handle = _open_lock_file(self.base / LOCK_NAME)
                if _try_lock(handle):
                    entry = _registry[key] = _Held(self.base, handle)
                    _write_holder(self.base, self.mode)
                else:
                    handle.close()
            if entry is not None:
                entry.count += 1
                self._held = True
                return self
        raise DataDirInUse(self.base, _holder_of_busy(self.base))

    def release(self) -> None:
        """Let go; the OS lock goes when the last hold in this process lets go."""
        if not self._held:
            return
        key = _key(self.base)
        with _registry_lock:
            self._held = False
            entry = _registry.get(key)
            if entry is None:
                return
            entry.count -= 1
            if entry.count > 0:
                return
            del _registry[key]
            if read_holder(entry.base).pid == os.getpid():
                with contextlib.suppress(OSError):
                    (entry.base / OWNER_NAME).unlink()
            _unlock(entry.handle)
            entry.handle.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def hold(base: Path, mode: str) -> InstanceLock:
    """Take the data directory's lock for this process (see `InstanceLock.acquire`)."""
    return InstanceLock(base, mode).acquire()


def held_here(base: Path) -> bool:
    """Whether this process holds `base`'s lock."""
    with _registry_lock:
        return _key(base) in _registry
