"""What the composer and the store say to each other: the data types and the `ComposerServices` Protocol.

Every method of the Protocol takes callbacks and answers on the UI thread; the real implementation
(`services.StoreComposerServices`) runs its work on a `BackgroundRunner` worker. Tests pass a fake
that records calls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtGui import QImage

from postdesk.core.entities import Post
from postdesk.core.media_info import MediaInfo
from postdesk.store.repositories.insights import Counts
from postdesk.store.snapshots import FrozenSend

OnError = Callable[[BaseException], None]


class SaveError(Exception):
    """Saving failed; `reason` says why in a word the UI can translate.

    Attributes:
        reason: "disk_full", "database", "conflict" (the post changed elsewhere since the
            composer read it; nothing was written) or "unknown".
        stored: with "conflict", the post as stored now (None when it is gone).
    """

    def __init__(self, reason: str, stored: Post | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.stored = stored


@dataclass(frozen=True)
class AttachedMedia:
    """An imported image as the composer shows it.

    Attributes:
        info: what validation needs to know about the file.
        image: a downscaled copy for thumbnails and previews (may be null if unreadable).
        name: the original file name.
    """

    info: MediaInfo
    image: QImage
    name: str = ""


@dataclass(frozen=True)
class AccountChoice:
    """A connected account a target can be bound to.

    Attributes:
        id: the account id.
        network: the network key.
        label: what the user recognises it by (handle or display name).
        display_name: the name shown in previews.
        handle: the handle shown in previews.
        max_characters: the instance's own text limit (Mastodon), or None.
        status: the account's `AccountStatus` value ("connected", "needs_reconnect" ...).
        instance_limits: the limits the account's server advertised at sign-in (Mastodon's
            `instance_limits`: max_media_attachments, image_size_limit ...), as pairs.
        avatar_url: the account's picture as the network gave it at sign-in ("": a monogram).
    """

    id: int
    network: str
    label: str
    display_name: str = ""
    handle: str = ""
    max_characters: int | None = None
    status: str = "connected"
    instance_limits: tuple[tuple[str, int], ...] = ()
    avatar_url: str = ""

    @property
    def needs_reconnect(self) -> bool:
        """Whether the user must sign in again before this account can publish."""
        return self.status == "needs_reconnect"


@dataclass(frozen=True)
class ImportResult:
    """The outcome of importing files.

    Attributes:
        items: the files that were imported.
        failed: names of the files that could not be imported (or, when attaching library
            assets, the ids of assets that are gone).
    """

    items: tuple[AttachedMedia, ...] = ()
    failed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Session:
    """What the composer reopens: the post and where the cursor was.

    Attributes:
        post: the draft, or None for a fresh start.
        media: the attachments of that draft, in order.
        cursor: the editor cursor position.
        part: the thread part that had the cursor.
        accounts: accounts the user has connected.
    """

    post: Post | None = None
    media: tuple[AttachedMedia, ...] = ()
    cursor: int = 0
    part: int = 0
    accounts: tuple[AccountChoice, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class TargetActivity:
    """Where one target of the open post stands with the engine.

    Attributes:
        network: the network key.
        account_id: the bound account, or None.
        state: the `TargetState` value.
        remote_url: the published post's link, or None.
        reason_code: the engine's code for the last failure or hold, or None.
        reason_text: the network's own words, or None.
        reason_params: the parameters of a problem Postdesk itself found (the reason code's
            activity entry's "params": attachment index and name, sizes ...), empty otherwise.
        next_attempt_at: when the engine tries again (aware UTC), or None.
        sent: exactly what it sends or sent, once it left `scheduled` (None before).
        handed_off: the network's own scheduler holds it.
        metrics: its newest counts once published and read (`InsightsRepository.latest`), or None.
    """

    network: str
    account_id: int | None
    state: str
    remote_url: str | None = None
    reason_code: str | None = None
    reason_text: str | None = None
    next_attempt_at: datetime | None = None
    sent: FrozenSend | None = None
    handed_off: bool = False
    metrics: Counts | None = None
    reason_params: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class ActivityLine:
    """One entry of the post's activity log.

    Attributes:
        at: the aware UTC instant.
        network: the network of the target concerned, or None for the whole post.
        kind: the kind of entry ("delivery" for the engine's).
        code: the message code the UI words.
        detail: the JSON detail (network_message, http_status, remote_id ...).
    """

    at: datetime
    network: str | None
    kind: str
    code: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PostActivity:
    """What the engine did with a post: each target's state and the log, oldest first.

    Attributes:
        post_id: the post.
        targets: one line per stored target.
        lines: the activity log.
    """

    post_id: int
    targets: tuple[TargetActivity, ...] = ()
    lines: tuple[ActivityLine, ...] = ()


class ComposerServices(Protocol):
    """The narrow set of operations the composer uses; every one answers on the UI thread."""

    def load_session(self, on_done: Callable[[Session], None], on_error: OnError) -> None:
        """Find the draft to reopen, its media, the cursor position and the accounts."""

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
        """Save `post` (insert or update) and remember it as the open one with its cursor.

        Errors arrive as SaveError. `key` scopes the answer: `cancel(key)` withdraws it.
        """

    def cancel(self, key: str) -> None:
        """Withdraw the request under `key` (`BackgroundRunner.cancel`): its answer is dropped."""

    def import_images(self, files: Sequence[str], on_done: Callable[[ImportResult], None], on_error: OnError) -> None:
        """Import image files through the media library's importer (one import path for the app)."""

    def load_assets(self, asset_ids: Sequence[int], on_done: Callable[[ImportResult], None], on_error: OnError) -> None:
        """Load library assets (MediaInfo and a preview image) to attach them.

        Ids that are not in the library come back in `ImportResult.failed`.
        """

    def set_alt_text(self, asset_id: int, text: str, on_error: OnError) -> None:
        """Store the alt text of an asset."""

    def load_post(self, post_id: int, on_done: Callable[[Session], None], on_error: OnError) -> None:
        """Load one post with its media and the accounts, and remember it as the open one.

        A post that does not exist arrives as `Session(post=None)`.
        """

    def load_accounts(self, on_done: Callable[[tuple[AccountChoice, ...]], None], on_error: OnError) -> None:
        """Load the connected accounts (with their status)."""

    def load_activity(self, post_id: int, on_done: Callable[[PostActivity], None], on_error: OnError) -> None:
        """Load each target's engine state and the post's activity log."""

    def load_stored(self, post_id: int, on_done: Callable[[Post | None], None], on_error: OnError) -> None:
        """Load the post as stored now (with its version), without touching the session."""

    def duplicate_post(self, post_id: int, on_done: Callable[[int | None], None], on_error: OnError) -> None:
        """Copy a post as a new unscheduled draft; answers with the new id (None: gone)."""
