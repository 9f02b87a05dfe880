"""What the CSV dialogs run on the disk worker (`BackgroundRunner.submit`): read and check a file,
import its rows, and write an export. Nothing here touches a widget.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from postdesk.core import csv_posts
from postdesk.core.calendar import CalendarFilter
from postdesk.core.csv_posts import CheckContext, CsvAccount, CsvRow, ExportPost, FileProblem
from postdesk.core.media_info import MediaInfo
from postdesk.core.networks import Network, display_name
from postdesk.core.validation import PublishContext
from postdesk.log import get_logger
from postdesk.paths import Paths
from postdesk.store.csv_posts_store import ImportedPost, posts_for_export, save_imported, scheduled_state
from postdesk.store.db import Database

_log = get_logger("ui.csv_import")


@dataclass(frozen=True)
class Preview:
    """A file read and checked, for the preview table.

    Attributes:
        path: the file.
        rows: every row with its problems.
        problem: why the whole file is refused, or None.
        params: that problem's numbers.
        ignored_columns: header names Postdesk does not read.
        media: each media cell's resolved file, by the cell's text.
        labels: account id → how the table names it ("Bluesky @alice").
    """

    path: str
    rows: tuple[CsvRow, ...] = ()
    problem: FileProblem | None = None
    params: dict[str, int] = field(default_factory=dict)
    ignored_columns: tuple[str, ...] = ()
    media: dict[str, str] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)


class MediaImportFailed(Exception):
    """A media file of the import could not be put in the library; nothing was saved.

    Attributes:
        path: the file.
    """

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def probe_file(path: Path) -> MediaInfo | None:
    """What validation needs to know about a picture or video on disk, or None when there is none to read."""
    from PIL import Image

    from postdesk.media import formats, probe

    try:
        with path.open("rb") as handle:
            head = handle.read(64)
        fmt = formats.sniff(head)
        if fmt is None:
            return None
        size = path.stat().st_size
        if fmt.mime.startswith("video/"):
            container = probe.open_video(path)
            try:
                facts = probe.video_facts(container)
            finally:
                container.close()
        else:
            with Image.open(path) as im:
                facts = probe.image_facts(im, fmt.mime)
    except Exception:  # an unreadable file is this row's problem, not the dialog's
        _log.info("Could not read a media file named in a CSV", exc_info=True)
        return None
    return MediaInfo(0, facts.kind, fmt.mime, facts.width, facts.height, size, facts.duration_s, "")


def resolve_media(csv_path: Path, cell: str) -> Path:
    """A media cell's file: absolute as written, or relative to the CSV file's folder (`~` expanded)."""
    path = Path(cell).expanduser()
    return path if path.is_absolute() else csv_path.parent / path


def first_comment_networks() -> frozenset[Network]:
    """The networks whose shipped adapter posts a first comment (`SupportsFirstComment`)."""
    from postdesk.platforms.capabilities import SupportsFirstComment, network_supports

    return frozenset(n for n in Network if network_supports(n, SupportsFirstComment))


def read_preview(path: str, database: Database, zone: str, now: datetime, relay: bool = False) -> Preview:
    """Read `path`, check every row the way the composer checks a post (runs on the disk worker)."""
    from postdesk.store.repositories.accounts import AccountRepository
    from postdesk.ui.composer.services import StoreComposerServices
    from postdesk.ui.composer.target_status import shipped_networks

    file = Path(path)
    try:
        size = file.stat().st_size
        if size > csv_posts.MAX_BYTES:  # refused before reading it
            return Preview(path, problem=FileProblem.TOO_BIG, params={"size": size, "limit": csv_posts.MAX_BYTES})
        data = file.read_bytes()
    except OSError:
        _log.info("Could not read the CSV file", exc_info=True)
        return Preview(path, problem=FileProblem.EMPTY, params={"unreadable": 1})
    parsed = csv_posts.parse(data)
    if parsed.problem is not None:
        return Preview(path, problem=parsed.problem, params=dict(parsed.params), ignored_columns=parsed.ignored_columns)
    # The composer's own reading of each account (its server's text and media limits).
    choices = [StoreComposerServices._account_choice(a) for a in AccountRepository(database).list()]
    accounts = [
        CsvAccount(c.id, Network(c.network), c.handle, c.status, c.max_characters, c.instance_limits) for c in choices
    ]
    cells = {m for _line, row, _extra in parsed.rows for m in csv_posts.split_list(row.get("media", ""))}
    resolved = {cell: resolve_media(file, cell) for cell in cells}
    media = {cell: probe_file(target) for cell, target in resolved.items()}
    context = CheckContext(
        accounts=accounts,
        media=media,
        now=now,
        zone=zone,
        publish=PublishContext(shipped_networks(), relay, {a.id: a.status for a in accounts}),
        first_comment_networks=first_comment_networks(),
    )
    rows = csv_posts.check(parsed, context)
    return Preview(
        path,
        rows=tuple(rows),
        ignored_columns=parsed.ignored_columns,
        media={cell: str(target) for cell, target in resolved.items()},
        labels={a.id: f"{display_name(a.network)} @{a.handle.lstrip('@')}" for a in accounts},
    )


def import_rows(
    database: Database,
    paths: Paths,
    preview: Preview,
    rows: Sequence[CsvRow],
    scheduled: bool,
    now: Callable[[], datetime],
) -> list[int]:
    """Put the rows' media in the library, then save every row's post in one transaction.

    Raises:
        MediaImportFailed: a media file could not be imported (nothing was saved).
    """
    from postdesk.media.importer import Importer, ImportSource
    from postdesk.store.repositories.media import MediaRepository
    from postdesk.store.repositories.media_library import MediaLibraryRepository

    importer = Importer(paths, MediaLibraryRepository(database), now=now)
    asset_of: dict[str, int] = {}
    for row in rows:
        for cell, alt in zip(row.media_paths, row.alt_texts or ("",) * len(row.media_paths), strict=True):
            if cell not in asset_of:
                outcome = importer.import_one(ImportSource.from_path(Path(preview.media.get(cell, cell))))
                if not outcome.ok or not outcome.asset_id:
                    raise MediaImportFailed(cell)
                asset_of[cell] = outcome.asset_id
            if alt:  # the file's description, as the library keeps it (one per file)
                MediaRepository(database).set_alt_text(asset_of[cell], alt)
    items = [
        ImportedPost(
            scheduled_state(scheduled, replace(row.post, media=tuple(asset_of[c] for c in row.media_paths))), row.tags
        )
        for row in rows
    ]
    return save_imported(database, items, now())


def export_posts(
    database: Database,
    paths: Paths,
    target: str,
    zone: str,
    span: tuple[datetime, datetime] | None,
    shown: CalendarFilter | None = None,
) -> int:
    """Write the posts of `span` (all posts when None), only those `shown` matches if given, to `target`.

    The file is UTF-8 with a BOM (spreadsheets then read accents right), written whole or not at all.

    Returns:
        How many posts were written.
    """
    from postdesk.store.repositories.calendar import CalendarRepository
    from postdesk.ui.composer.services import media_file

    ids: Collection[int] | None = None
    if shown is not None and shown.active and span is not None:
        entries = CalendarRepository(database).entries_between(*span)
        ids = {e.post_id for e in entries if e.post_id is not None and shown.matches(e)}
    start, end = span if span is not None else (None, None)
    stored = posts_for_export(database, start, end, post_ids=ids)
    items = [
        ExportPost(s.post, s.tags, tuple(str(media_file(paths, sha)) for sha in s.media_shas), s.handles, s.media_alts)
        for s in stored
    ]
    text = csv_posts.export_csv(items, zone)
    folder = Path(target).parent
    handle, temporary = tempfile.mkstemp(prefix=".postdesk-export-", suffix=".csv", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            out.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(items)
