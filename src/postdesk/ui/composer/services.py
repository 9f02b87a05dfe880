"""The real `ComposerServices`: the composer's disk work over the store, on a `BackgroundRunner`.

The pane never touches the disk itself: every method here takes callbacks and runs its work
on a worker; the answers come back on the UI thread. The types and the Protocol live in
`ui.composer.service_types` (re-exported here).
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable, Sequence
from concurrent.futures import Future, InvalidStateError
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from postdesk.core.entities import Post
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.log import get_logger
from postdesk.media.storage import blob_path
from postdesk.media.thumbnails import SIZES as THUMB_SIZES
from postdesk.media.thumbnails import thumbnail_path
from postdesk.paths import Paths
from postdesk.store.errors import StorageFull, StoreError
from postdesk.store.post_writes import PostConflict
from postdesk.store.repositories.insights import InsightsRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.service_types import (
    AccountChoice,
    ActivityLine,
    AttachedMedia,
    ComposerServices,
    ImportResult,
    OnError,
    PostActivity,
    SaveError,
    Session,
    TargetActivity,
)

__all__ = [
    "PREVIEW_SIZE",
    "SESSION_KEY",
    "AccountChoice",
    "ActivityLine",
    "AttachedMedia",
    "ComposerServices",
    "ImportResult",
    "OnError",
    "PostActivity",
    "SaveError",
    "Session",
    "StoreComposerServices",
    "TargetActivity",
    "classify_save_error",
    "media_file",
]

_log = get_logger("ui.composer.services")

#: Longest side of the preview image kept in memory per attachment.
PREVIEW_SIZE = 640
#: Settings key under which the composer remembers where the user was.
SESSION_KEY = "composer.session"


def classify_save_error(exc: BaseException) -> SaveError:
    """Turn a store failure into a SaveError the pane can word."""
    if isinstance(exc, SaveError):
        return exc
    if isinstance(exc, PostConflict):
        return SaveError("conflict")
    if isinstance(exc, StorageFull) or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return SaveError("disk_full")
    if isinstance(exc, StoreError):
        return SaveError("database")
    return SaveError("unknown")


def _preview_image(path: Path) -> QImage:
    # QImage (unlike QPixmap) may be created and scaled on a worker thread.
    image = QImage(str(path))
    if image.isNull():
        return image
    if max(image.width(), image.height()) > PREVIEW_SIZE:
        image = image.scaled(
            PREVIEW_SIZE,
            PREVIEW_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def media_file(paths: Paths, sha256: str) -> Path:
    """Where the content-addressed copy of a file with this SHA-256 lives (the library's blob)."""
    return blob_path(paths.media, sha256)


class StoreComposerServices:
    """ComposerServices over the store repositories, run on a BackgroundRunner.

    Args:
        database: an open `postdesk.store.db.Database`.
        paths: the data directory (media files are copied under `paths.media`).
        runner: the worker (one thread keeps saves in order).
        now: the clock (aware UTC), for import times.
    """

    def __init__(self, database: Any, paths: Paths, runner: BackgroundRunner, now: Callable[[], datetime]) -> None:
        from postdesk.store.repositories import (
            AccountRepository,
            MediaRepository,
            PostRepository,
            SettingsRepository,
        )

        self._paths = paths
        self._runner = runner
        self._now = now
        from postdesk.store.repositories.activity import (
            ActivityRepository,
        )

        self._posts = PostRepository(database)
        self._activity = ActivityRepository(database)
        self._settings = SettingsRepository(database)
        self._accounts = AccountRepository(database)
        self._media = MediaRepository(database)
        self._database = database
        self._importer_obj: Any = None

    # -- worker-side functions -----------------------------------------------------------

    def _load_session(self) -> Session:
        accounts = self._load_accounts()
        state = self._settings.get(SESSION_KEY, None) or {}
        post = None
        post_id = state.get("post_id")
        if isinstance(post_id, int):
            post = self._posts.get(post_id)
        if post is None:
            post = self._posts.most_recent()
            state = {}
        media = tuple(m for m in (self._attached(i) for i in post.media) if m) if post else ()
        return Session(
            post=post,
            media=media,
            cursor=int(state.get("cursor", 0)),
            part=int(state.get("part", 0)),
            accounts=accounts,
        )

    def _load_post(self, post_id: int) -> Session:
        accounts = self._load_accounts()
        post = self._posts.get(post_id)
        if post is None or self._posts.is_deleted(post_id):
            return Session(post=None, accounts=accounts)
        media = tuple(m for m in (self._attached(i) for i in post.media) if m)
        # Opened from the calendar: this is the post to reopen after a restart, even unedited.
        self._settings.set(SESSION_KEY, {"post_id": post_id, "part": 0, "cursor": 0})
        return Session(post=post, media=media, accounts=accounts)

    def _load_accounts(self) -> tuple[AccountChoice, ...]:
        return tuple(self._account_choice(a) for a in self._accounts.list())

    def _load_activity(self, post_id: int) -> PostActivity:
        deliveries = self._posts.deliveries(post_id)
        networks = {d.target_id: d.network.value for d in deliveries}
        latest = InsightsRepository(self._database).latest(d.target_id for d in deliveries)
        entries = self._activity.list_for_post(post_id)
        # A problem Postdesk found keeps its parameters on its activity entry (oldest first here,
        # so the newest entry of the target's reason wins); older rows have none.
        params: dict[int, dict[str, Any]] = {}
        reasons = {d.target_id: d.reason_code for d in deliveries}
        for e in entries:
            found = e.detail.get("params") if e.target_id is not None else None
            if isinstance(found, dict) and e.message_code == reasons.get(e.target_id):
                params[e.target_id] = found
        targets = tuple(
            TargetActivity(
                network=d.network.value,
                account_id=d.account_id,
                state=d.state.value,
                remote_url=d.remote_url,
                reason_code=d.reason_code,
                reason_text=d.reason_text,
                next_attempt_at=d.next_attempt_at,
                sent=d.frozen,
                handed_off=d.handed_off,
                metrics=latest[d.target_id].counts if d.target_id in latest else None,
                reason_params=params.get(d.target_id, {}),
            )
            for d in deliveries
        )
        lines = tuple(
            ActivityLine(
                at=e.at,
                network=networks.get(e.target_id) if e.target_id is not None else None,
                kind=e.kind,
                code=e.message_code,
                detail=dict(e.detail),
            )
            for e in entries
        )
        return PostActivity(post_id=post_id, targets=targets, lines=lines)

    @staticmethod
    def _account_choice(account: Any) -> AccountChoice:
        options = getattr(account, "default_options", None) or {}
        # What a Mastodon instance advertised at sign-in (auth.profiles.mastodon.instance_limits).
        facts = ((options.get("_client") or {}).get("facts") or {}).get("instance_limits") or {}
        limit = getattr(account, "max_characters", None) or options.get("max_characters") or facts.get("max_characters")
        handle = getattr(account, "handle", "") or ""
        display = getattr(account, "display_name", "") or handle
        return AccountChoice(
            id=account.id,
            network=str(account.network),
            label=handle or display,
            display_name=display,
            handle=handle,
            max_characters=int(limit) if limit else None,
            status=str(getattr(account, "status", "connected") or "connected"),
            instance_limits=tuple(sorted((str(k), int(v)) for k, v in facts.items() if isinstance(v, int))),
            avatar_url=getattr(account, "avatar_path", None) or "",  # the picture's URL (see `Account`)
        )

    def _attached(self, asset_id: int) -> AttachedMedia | None:
        asset = self._media.get(asset_id)
        if asset is None:
            return None
        info = MediaInfo(
            asset_id=asset_id,
            kind=MediaKind(str(asset.kind)),
            mime=asset.mime,
            width=asset.width or 0,
            height=asset.height or 0,
            size_bytes=asset.size_bytes,
            duration_s=asset.duration_s,
            alt_text=asset.alt_text or "",
        )
        image = _preview_image(media_file(self._paths, asset.sha256))
        if image.isNull():
            # Videos (and blobs Qt cannot decode) show the library's cached thumbnail.
            image = _preview_image(thumbnail_path(self._paths.thumbnails, asset.sha256, THUMB_SIZES[-1]))
        return AttachedMedia(info=info, image=image, name=asset.original_name or "")

    def _importer(self) -> Any:
        if self._importer_obj is None:
            from postdesk.media.importer import Importer
            from postdesk.store.repositories.media_library import (
                MediaLibraryRepository,
            )

            self._importer_obj = Importer(self._paths, MediaLibraryRepository(self._database), now=self._now)
        return self._importer_obj

    def _save(self, post: Post, now: datetime, cursor: tuple[int, int]) -> Post:
        try:
            saved = self._posts.save(post, now=now)
            self._settings.set(SESSION_KEY, {"post_id": saved.id, "part": cursor[0], "cursor": cursor[1]})
        except PostConflict as exc:
            # Nothing was written: hand the newer stored post back so the pane merges over it.
            raise SaveError("conflict", self._posts.get(exc.post_id)) from exc
        except Exception as exc:
            raise classify_save_error(exc) from exc
        return saved

    def _duplicate(self, post_id: int) -> int | None:
        from postdesk.store.repositories.calendar import CalendarRepository

        return CalendarRepository(self._database).duplicate(post_id, now=self._now())

    def _load_assets(self, asset_ids: Sequence[int]) -> ImportResult:
        items = []
        missing = []
        for asset_id in asset_ids:
            item = self._attached(asset_id)
            if item is None:
                missing.append(str(asset_id))
            else:
                items.append(item)
        return ImportResult(tuple(items), tuple(missing))

    def _import(self, files: Sequence[str]) -> ImportResult:
        from postdesk.media.importer import ImportSource

        items: list[AttachedMedia] = []
        failed: list[str] = []
        for name in files:
            source = ImportSource.from_path(Path(name))
            # The library's importer: the same checks, content addressing and thumbnails as a
            # drop on the media library, so a file is kept once whichever pane imported it.
            outcome = self._importer().import_one(source)
            item = self._attached(outcome.asset_id) if outcome.ok and outcome.asset_id else None
            if item is None:
                _log.info("Could not import %s: %s", source.name, outcome.error)
                failed.append(source.name)
            else:
                items.append(item)
        return ImportResult(tuple(items), tuple(failed))

    # -- the protocol ----------------------------------------------------------------------

    def load_session(self, on_done: Callable[[Session], None], on_error: OnError) -> None:
        self._runner.submit(self._load_session, on_done=on_done, on_error=on_error)

    def save_post(
        self,
        post: Post,
        now: datetime,
        cursor: tuple[int, int],
        on_done: Callable[[Post], None],
        on_error: OnError,
        *,
        key: str | None = None,
    ) -> None:
        if key is None:
            self._runner.submit(self._save, post, now, cursor, on_done=on_done, on_error=on_error)
            return
        # The write must finish (a draft), so it carries no key; its answer does: `cancel(key)`
        # drops the answer (keyed newest-wins) and never the write (docs/ARCHITECTURE-NOTES.md, rule 7).
        answer: Future[Post] = Future()

        def write() -> None:
            try:
                saved = self._save(post, now, cursor)
            except BaseException as exc:  # delivered through the answer (dropped if withdrawn)
                with contextlib.suppress(InvalidStateError):
                    answer.set_exception(exc)
                return
            with contextlib.suppress(InvalidStateError):  # withdrawn before it finished
                answer.set_result(saved)

        self._runner.submit(write)
        self._runner.watch(answer, on_done=on_done, on_error=on_error, key=key)

    def cancel(self, key: str) -> None:
        self._runner.cancel(key)

    def import_images(self, files: Sequence[str], on_done: Callable[[ImportResult], None], on_error: OnError) -> None:
        self._runner.submit(self._import, list(files), on_done=on_done, on_error=on_error)

    def load_assets(self, asset_ids: Sequence[int], on_done: Callable[[ImportResult], None], on_error: OnError) -> None:
        self._runner.submit(self._load_assets, list(asset_ids), on_done=on_done, on_error=on_error)

    def set_alt_text(self, asset_id: int, text: str, on_error: OnError) -> None:
        self._runner.submit(self._media.set_alt_text, asset_id, text, on_error=on_error)

    def load_post(self, post_id: int, on_done: Callable[[Session], None], on_error: OnError) -> None:
        self._runner.submit(self._load_post, post_id, on_done=on_done, on_error=on_error)

    def load_accounts(self, on_done: Callable[[tuple[AccountChoice, ...]], None], on_error: OnError) -> None:
        self._runner.submit(self._load_accounts, on_done=on_done, on_error=on_error)

    def load_activity(self, post_id: int, on_done: Callable[[PostActivity], None], on_error: OnError) -> None:
        self._runner.submit(self._load_activity, post_id, on_done=on_done, on_error=on_error)

    def load_stored(self, post_id: int, on_done: Callable[[Post | None], None], on_error: OnError) -> None:
        self._runner.submit(self._posts.get, post_id, on_done=on_done, on_error=on_error)

    def duplicate_post(self, post_id: int, on_done: Callable[[int | None], None], on_error: OnError) -> None:
        self._runner.submit(self._duplicate, post_id, on_done=on_done, on_error=on_error)
