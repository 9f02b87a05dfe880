"""The content-addressed blob store: each imported file kept once, named by its SHA-256.

Blobs live at `paths.media/<sha[:2]>/<sha>`. A blob is written to a temporary file in the same
directory and renamed into place, so a crash or a full disk never leaves a half-written blob
under a real name, and two imports of the same content agree on one file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from postdesk.media.problems import ImportProblem, MediaError

_CHUNK = 1 << 20


def blob_path(media_dir: Path, sha256: str) -> Path:
    """Where the blob with this digest lives."""
    return media_dir / sha256[:2] / sha256


def os_error_problem(exc: OSError) -> ImportProblem:
    """Map a write failure to what the user can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ImportProblem.DISK_FULL
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ImportProblem.READ_ONLY
    return ImportProblem.UNREADABLE


def _write_atomically(target: Path, write: Callable[[int], None]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    try:
        write(fd)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def store_bytes(media_dir: Path, sha256: str, data: bytes) -> Path:
    """Keep `data` under its digest (a no-op when the blob exists).

    Raises:
        MediaError: DISK_FULL or READ_ONLY (nothing is left behind).
    """
    target = blob_path(media_dir, sha256)
    if target.exists() and target.stat().st_size == len(data):
        return target

    def write(fd: int) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]

    try:
        _write_atomically(target, write)
    except OSError as exc:
        raise MediaError(os_error_problem(exc), exc.strerror or "") from exc
    return target


def store_chunks(media_dir: Path, sha256: str, size: int, chunks: Callable[[], Iterable[bytes]]) -> Path:
    """Keep a large file under its digest by streaming it (a no-op when the blob exists).

    Args:
        media_dir: the blob store root.
        sha256: the digest, computed beforehand.
        size: the expected size, to recognise a complete existing blob.
        chunks: yields the file's content; it may raise MediaError(CANCELLED) to stop.

    Raises:
        MediaError: DISK_FULL, READ_ONLY or CANCELLED (nothing is left behind).
    """
    target = blob_path(media_dir, sha256)
    if target.exists() and target.stat().st_size == size:
        return target

    def write(fd: int) -> None:
        for chunk in chunks():
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view) :]

    try:
        _write_atomically(target, write)
    except OSError as exc:
        raise MediaError(os_error_problem(exc), exc.strerror or "") from exc
    return target


def read_chunks(path: Path, should_stop: Callable[[], bool]) -> Iterable[bytes]:
    """Yield a file in 1 MiB chunks, stopping with CANCELLED when asked to."""
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            if should_stop():
                raise MediaError(ImportProblem.CANCELLED)
            yield chunk


def remove_blob(media_dir: Path, sha256: str) -> None:
    """Delete a blob if present (used when its asset is deleted)."""
    with contextlib.suppress(FileNotFoundError):
        blob_path(media_dir, sha256).unlink()


def disk_usage_bytes(directory: Path) -> int:
    """Bytes used by the files under a directory (0 if it does not exist)."""
    total = 0
    for root, _dirs, files in os.walk(directory):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(root, name)).st_size
    return total
