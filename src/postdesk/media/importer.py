"""Import media files into the library: check, hash, keep once, probe, thumbnail, record.

Each file is handled on its own, so one bad file (truncated, lying about its type, a
decompression bomb, too big, a full or read-only disk) gets its problem code and the rest of the
import carries on. A file is only recorded after its blob and thumbnails are safely written, so
nothing already imported is lost when a later file fails; a blob written for a file that then
fails (a full database, an unforeseen error) is removed again unless an asset records it, so no
blob is ever orphaned. File names that are not valid UTF-8 (bytes on Linux, PEP 383 escapes in
Python) are kept and shown with U+FFFD where the bad bytes were.

`ImportBatch` runs many files in a thread pool: Pillow and FFmpeg release the GIL while they
decode, and hashlib and file I/O do too, so threads scale without the pickling a process pool
would need (benchmarks/bench_media_import.py measures it). No Qt here: the UI wraps the
callbacks in signals.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PIL import Image

from postdesk.core.media_info import NewAsset
from postdesk.core.text.scrub import display_name
from postdesk.log import get_logger
from postdesk.media import formats, probe, storage, thumbnails
from postdesk.media.formats import Format, MediaKind
from postdesk.media.problems import ERRORS, ImportProblem, MediaError
from postdesk.paths import Paths

_log = get_logger("media.importer")

#: The largest file Postdesk imports. No network in PLATFORMS.md takes more than this for a
#: post video except YouTube; a bigger file is refused with TOO_LARGE before a byte is read.
DEFAULT_MAX_BYTES = 4 * 1024**3
#: Files up to this size are read once into memory (hash, decode and copy from one read).
_IN_MEMORY_LIMIT = 64 * 1024**2
# Pillow's own guess would happily open a format we did not sniff; pin it to the sniffed one.
_PILLOW_FORMATS = {
    "image/jpeg": ["JPEG"],
    "image/png": ["PNG"],
    "image/gif": ["GIF"],
    "image/webp": ["WEBP"],
    "image/heic": ["HEIF"],
}


class AssetSink(Protocol):
    """Where the importer records assets (the media repository implements it)."""

    def find_by_sha(self, sha256: str) -> int | None:
        """The id of the asset with this digest, if any."""

    def add_asset(self, asset: NewAsset) -> int:
        """Record a new asset (or return the existing one's id for the same digest)."""


@dataclass(frozen=True, slots=True)
class ImportSource:
    """One thing to import: a file on disk, or bytes (a browser drag, the clipboard).

    Attributes:
        name: the name shown to the user and kept as the original name.
        path: the file, when it is one.
        data: the bytes, when there is no file.
    """

    name: str
    path: Path | None = None
    data: bytes | None = None

    @classmethod
    def from_path(cls, path: Path) -> ImportSource:
        return cls(name=display_name(path.name), path=path)

    @classmethod
    def from_bytes(cls, data: bytes, name: str) -> ImportSource:
        return cls(name=display_name(name), data=data)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one source.

    Attributes:
        source: the source.
        asset_id: the library id (new or existing), or None when it failed.
        sha256: the digest when it got that far.
        problems: error codes (it failed) and notices (it is in, but ...).
        detail: a technical detail for the log.
    """

    source: ImportSource
    asset_id: int | None = None
    sha256: str | None = None
    problems: tuple[ImportProblem, ...] = ()
    detail: str = ""

    @property
    def ok(self) -> bool:
        """Whether the file is in the library now."""
        return self.asset_id is not None and not ERRORS.intersection(self.problems)

    @property
    def error(self) -> ImportProblem | None:
        """The error that kept it out, if any."""
        return next((p for p in self.problems if p in ERRORS), None)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files to import from dropped files and folders, in a stable order.

    Folders are walked without following symbolic links: hidden entries and linked folders are
    skipped (so a link loop cannot trap the walk), and a linked file is taken only when it
    points inside the dropped folder (a link to ~/.ssh or /etc is not imported). A file dropped
    by itself is taken as the user chose it.
    """
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = Path(os.path.realpath(path))
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    file = Path(root) / name
                    if name.startswith("."):
                        continue
                    if file.is_symlink() and not Path(os.path.realpath(file)).is_relative_to(inside):
                        _log.info("Skipped %s: it links outside the dropped folder", display_name(str(file)))
                        continue
                    out.append(file)
        else:
            out.append(path)
    return out


class Importer:
    """Imports single sources; safe to call from several threads at once.

    Args:
        paths: the data directory (blobs go to `paths.media`, thumbnails to `paths.thumbnails`).
        sink: the repository recording assets.
        now: the clock (aware UTC).
        max_bytes: files bigger than this are refused with TOO_LARGE.
    """

    def __init__(
        self,
        paths: Paths,
        sink: AssetSink,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._paths = paths
        self._sink = sink
        self._now = now
        self._max_bytes = max_bytes
        # One writer at a time into the repository: two workers importing identical bytes must
        # agree on one asset, and SQLite serialises writers anyway.
        self._record_lock = threading.Lock()
        # Imports past the blob write, per digest (guarded by _record_lock): a failed import
        # removes its blob only when no other import of the same content is under way.
        self._writing: Counter[str] = Counter()
        probe.ensure_heif_support()

    def import_one(
        self,
        source: ImportSource,
        *,
        folder: str | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> ImportOutcome:
        """Import one source; never raises: every failure is this source's problem code."""
        try:
            return self._import(source, folder, should_stop)
        except MediaError as exc:
            _log.info("Import of %s failed: %s", display_name(source.name), exc)
            return ImportOutcome(source, problems=(exc.problem,), detail=exc.detail)
        except Exception as exc:
            # Not a problem we know of, but still one file's problem: the batch carries on.
            _log.exception("Import of %s failed unexpectedly", display_name(source.name))
            return ImportOutcome(source, problems=(ImportProblem.FAILED,), detail=f"{type(exc).__name__}: {exc}"[:200])

    # -- the steps ------------------------------------------------------------------------

    def _import(self, source: ImportSource, folder: str | None, should_stop: Callable[[], bool]) -> ImportOutcome:
        if should_stop():
            raise MediaError(ImportProblem.CANCELLED)
        size, mtime = self._check_size(source)
        head = self._head(source)
        fmt = formats.sniff(head)
        if fmt is None:
            raise MediaError(ImportProblem.UNSUPPORTED_TYPE, head[:12].hex())
        notices: list[ImportProblem] = []
        if formats.extension_mismatch(source.name, fmt):
            notices.append(ImportProblem.TYPE_MISMATCH)

        data = self._read_all(source) if size <= _IN_MEMORY_LIMIT else None
        sha = hashlib.sha256(data).hexdigest() if data is not None else self._hash_stream(source, should_stop)
        with self._record_lock:
            existing = self._sink.find_by_sha(sha)
        if existing is not None:
            self._repair(sha, source, data, size, fmt, should_stop)
            return ImportOutcome(source, existing, sha, (ImportProblem.DUPLICATE, *notices))

        facts, encoded = self._decode(source, data, fmt)
        if should_stop():
            raise MediaError(ImportProblem.CANCELLED)
        with self._record_lock:
            self._writing[sha] += 1
        try:
            asset_id = self._keep_and_record(sha, source, data, (size, fmt, mtime), facts, encoded, folder, should_stop)
        except BaseException:
            self._forget_unrecorded(sha)
            raise
        finally:
            with self._record_lock:
                self._writing[sha] -= 1
                if not self._writing[sha]:
                    del self._writing[sha]
        if facts.has_location:
            notices.append(ImportProblem.HAS_LOCATION)
        return ImportOutcome(source, asset_id, sha, tuple(notices))

    def _keep_and_record(
        self,
        sha: str,
        source: ImportSource,
        data: bytes | None,
        file: tuple[int, Format, datetime | None],
        facts: probe.MediaFacts,
        encoded: dict[int, bytes],
        folder: str | None,
        should_stop: Callable[[], bool],
    ) -> int:
        size, fmt, mtime = file
        self._keep(sha, source, data, size, should_stop)
        try:
            thumbnails.write_all(self._paths.thumbnails, sha, encoded)
        except OSError as exc:
            raise MediaError(storage.os_error_problem(exc), exc.strerror or "") from exc
        asset = NewAsset(
            sha256=sha,
            original_name=display_name(source.name),
            mime=fmt.mime,
            kind=facts.kind,
            size_bytes=size,
            width=facts.width,
            height=facts.height,
            duration_s=facts.duration_s,
            created_at=facts.created_at or mtime,
            imported_at=self._now(),
            has_location=facts.has_location,
            folder=None if folder is None else display_name(folder),
        )
        return self._record(asset)

    def _forget_unrecorded(self, sha: str) -> None:
        """After a failure past the blob write: remove the blob and thumbnails unless an asset
        records them or another import of the same content is still writing them."""
        with self._record_lock:
            if self._writing[sha] > 1:
                return
            try:
                known = self._sink.find_by_sha(sha) is not None
            except Exception:
                # The store cannot say: keep the blob (a later import of the file records it).
                _log.warning("Kept unrecorded blob %s: the library could not be read", sha[:12])
                return
            if known:
                return
            try:
                storage.remove_blob(self._paths.media, sha)
                for size in thumbnails.SIZES:
                    thumbnails.thumbnail_path(self._paths.thumbnails, sha, size).unlink(missing_ok=True)
            except OSError as exc:
                _log.warning("Could not remove unrecorded blob %s: %s", sha[:12], exc.strerror)

    def _check_size(self, source: ImportSource) -> tuple[int, datetime | None]:
        if source.path is None:
            size = len(source.data or b"")
            mtime = None
        else:
            try:
                st = source.path.stat()
            except FileNotFoundError as exc:
                raise MediaError(ImportProblem.NOT_FOUND) from exc
            except OSError as exc:
                raise MediaError(ImportProblem.UNREADABLE, exc.strerror or "") from exc
            if not source.path.is_file():
                raise MediaError(ImportProblem.UNREADABLE, "not a regular file")
            size = st.st_size
            mtime = datetime.fromtimestamp(st.st_mtime, UTC)
        if size == 0:
            raise MediaError(ImportProblem.EMPTY)
        if size > self._max_bytes:
            raise MediaError(ImportProblem.TOO_LARGE, str(size))
        return size, mtime

    @staticmethod
    def _head(source: ImportSource) -> bytes:
        if source.data is not None:
            return source.data[: formats.SNIFF_BYTES]
        assert source.path is not None
        try:
            with source.path.open("rb") as handle:
                return handle.read(formats.SNIFF_BYTES)
        except OSError as exc:
            raise MediaError(ImportProblem.UNREADABLE, exc.strerror or "") from exc

    @staticmethod
    def _read_all(source: ImportSource) -> bytes:
        if source.data is not None:
            return source.data
        assert source.path is not None
        try:
            return source.path.read_bytes()
        except OSError as exc:
            raise MediaError(ImportProblem.UNREADABLE, exc.strerror or "") from exc

    @staticmethod
    def _hash_stream(source: ImportSource, should_stop: Callable[[], bool]) -> str:
        assert source.path is not None
        digest = hashlib.sha256()
        try:
            for chunk in storage.read_chunks(source.path, should_stop):
                digest.update(chunk)
        except OSError as exc:
            raise MediaError(ImportProblem.UNREADABLE, exc.strerror or "") from exc
        return digest.hexdigest()

    def _decode(
        self, source: ImportSource, data: bytes | None, fmt: Format
    ) -> tuple[probe.MediaFacts, dict[int, bytes]]:
        if fmt.kind is MediaKind.VIDEO:
            return self._decode_video(source, data)
        fp = io.BytesIO(data) if data is not None else source.path
        try:
            with Image.open(fp, formats=_PILLOW_FORMATS[fmt.mime]) as im:
                facts = probe.image_facts(im, fmt.mime)
                small = thumbnails.prepare(im, facts.orientation)
                return facts, thumbnails.encode_all(small)
        except Image.DecompressionBombError as exc:
            raise MediaError(ImportProblem.DECOMPRESSION_BOMB, str(exc)[:200]) from exc
        except MemoryError as exc:
            raise MediaError(ImportProblem.DECOMPRESSION_BOMB, "out of memory") from exc
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError) as exc:
            # Pillow reports truncated and damaged files through all of these.
            raise MediaError(ImportProblem.CORRUPT, f"{type(exc).__name__}: {exc}"[:200]) from exc

    def _decode_video(self, source: ImportSource, data: bytes | None) -> tuple[probe.MediaFacts, dict[int, bytes]]:
        target = io.BytesIO(data) if data is not None else source.path
        container = probe.open_video(target)  # type: ignore[arg-type]
        try:
            facts = probe.video_facts(container)
            poster = probe.poster_frame(container, facts.duration_s)
        finally:
            container.close()
        poster.thumbnail((thumbnails.SIZES[-1],) * 2, Image.Resampling.BILINEAR)
        return facts, thumbnails.encode_all(thumbnails.flatten(poster))

    def _keep(
        self,
        sha: str,
        source: ImportSource,
        data: bytes | None,
        size: int,
        should_stop: Callable[[], bool],
    ) -> Path:
        if data is not None:
            return storage.store_bytes(self._paths.media, sha, data)
        assert source.path is not None
        path = source.path
        return storage.store_chunks(self._paths.media, sha, size, lambda: storage.read_chunks(path, should_stop))

    def _repair(
        self,
        sha: str,
        source: ImportSource,
        data: bytes | None,
        size: int,
        fmt: Format,
        should_stop: Callable[[], bool],
    ) -> None:
        """A known asset: put back its blob or thumbnails if someone deleted them."""
        self._keep(sha, source, data, size, should_stop)
        if not thumbnails.have_all(self._paths.thumbnails, sha):
            _facts, encoded = self._decode(source, data, fmt)
            try:
                thumbnails.write_all(self._paths.thumbnails, sha, encoded)
            except OSError as exc:
                raise MediaError(storage.os_error_problem(exc), exc.strerror or "") from exc

    def _record(self, asset: NewAsset) -> int:
        from postdesk.store.errors import StorageFull

        with self._record_lock:
            try:
                return self._sink.add_asset(asset)
            except StorageFull as exc:
                # The blob is removed again (_forget_unrecorded): on a full disk it only takes room.
                raise MediaError(ImportProblem.DISK_FULL, "database full") from exc
            except OSError as exc:
                raise MediaError(storage.os_error_problem(exc), exc.strerror or "") from exc


@dataclass
class BatchProgress:
    """Counts of an import batch so far.

    Attributes:
        total: sources in the batch.
        done: sources finished (imported, duplicate, failed or cancelled).
        imported: new assets.
        duplicates: sources already in the library.
        failed: sources that failed (not counting cancelled ones).
        outcomes: every outcome so far, in completion order.
    """

    total: int
    done: int = 0
    imported: int = 0
    duplicates: int = 0
    failed: int = 0
    outcomes: list[ImportOutcome] = field(default_factory=list)


class ImportBatch:
    """Imports many sources on a thread pool, reporting each outcome as it finishes.

    Args:
        importer: the importer.
        sources: what to import.
        workers: threads (at least 1).
        folder: the library folder for the new assets.
        on_outcome: called from a worker thread after each source, with the outcome and the
            progress so far; must be quick and thread-safe (the UI emits a queued signal).
    """

    def __init__(
        self,
        importer: Importer,
        sources: Sequence[ImportSource],
        *,
        workers: int | None = None,
        folder: str | None = None,
        on_outcome: Callable[[ImportOutcome, BatchProgress], None] | None = None,
    ) -> None:
        self._importer = importer
        self._sources = list(sources)
        self._workers = max(1, workers or os.cpu_count() or 2)
        self._folder = folder
        self._on_outcome = on_outcome
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self.progress = BatchProgress(total=len(self._sources))
        self._pool: ThreadPoolExecutor | None = None
        self._futures: list[Future[ImportOutcome]] = []

    def start(self) -> None:
        """Queue every source on the pool and return at once."""
        self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="postdesk-import")
        for source in self._sources:
            future = self._pool.submit(self._run_one, source)
            self._futures.append(future)
        self._pool.shutdown(wait=False)

    def cancel(self) -> None:
        """Stop: files not started are reported CANCELLED, files in progress stop at their next
        check and leave nothing behind; files already imported stay."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self) -> BatchProgress:
        """Block until every source is done (for tests and the benchmark, never the UI thread)."""
        for future in self._futures:
            future.result()
        return self.progress

    def _run_one(self, source: ImportSource) -> ImportOutcome:
        outcome = self._importer.import_one(source, folder=self._folder, should_stop=self._cancel.is_set)
        with self._lock:
            p = self.progress
            p.done += 1
            if outcome.ok:
                if ImportProblem.DUPLICATE in outcome.problems:
                    p.duplicates += 1
                else:
                    p.imported += 1
            elif outcome.error is not ImportProblem.CANCELLED:
                p.failed += 1
            p.outcomes.append(outcome)
            snapshot = BatchProgress(p.total, p.done, p.imported, p.duplicates, p.failed, [])
        if self._on_outcome is not None:
            try:
                self._on_outcome(outcome, snapshot)
            except Exception:
                _log.exception("Import progress callback failed")
        return outcome
