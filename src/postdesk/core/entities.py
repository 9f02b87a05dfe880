"""Domain entities passed between layers: plain, immutable data.

ORM rows never leave `store/`; repositories turn them into these, so a widget or the engine
never holds a live database object (STYLE.md: no ORM objects across threads).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from postdesk.core.networks import Network


class TargetState(StrEnum):
    """Where one target of a post stands in the publishing state machine (ARCHITECTURE.md)."""

    DRAFT = "draft"
    SCHEDULED = "scheduled"
    DUE = "due"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED_RETRYABLE = "failed_retryable"
    FAILED = "failed"
    PAUSED = "paused"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Target:
    """One destination of a post: a network, optionally bound to a connected account.

    Attributes:
        network: the network this target publishes to.
        account_id: the connected account, or None while drafting without one.
        override_enabled: whether this target uses its own text instead of the base text.
        override_parts: the override's thread parts (one part for a single post).
        media_override: asset ids used instead of the post's media, or None for "same as post".
        options: network options (title, privacy, first comment, content warning ...).
        state: the publishing state of this target.
    """

    network: Network
    account_id: int | None = None
    override_enabled: bool = False
    override_parts: tuple[str, ...] = ("",)
    media_override: tuple[int, ...] | None = None
    options: dict[str, Any] = field(default_factory=dict)
    state: TargetState = TargetState.DRAFT

    def effective_parts(self, base_parts: tuple[str, ...]) -> tuple[str, ...]:
        """The thread parts this target will publish."""
        return self.override_parts if self.override_enabled else base_parts

    def effective_media(self, base_media: tuple[int, ...]) -> tuple[int, ...]:
        """The media asset ids this target will publish (on its first part)."""
        return base_media if self.media_override is None else self.media_override

    def first_comment(self) -> str:
        """The comment posted under the published post (`options["first_comment"]`), or ""."""
        return str(self.options.get("first_comment") or "").strip()


@dataclass(frozen=True, slots=True)
class Post:
    """A post as the composer and the calendar see it.

    Attributes:
        id: the stored id, or None before the first save.
        parts: the base text, split in thread parts; a single post has one part.
        media: attached media asset ids, in order (they go with the first part).
        targets: where the post goes.
        scheduled_at: the UTC instant chosen, or None for an unscheduled draft.
        scheduled_zone: the IANA zone the user chose the time in (kept so that wall-clock
            intent survives DST changes), or None.
        updated_at: the UTC instant of the last save, or None before the first save.
        version: the stored version this copy was read at (None: not read from the store, or a
            write that does not check); a save naming an older version than the stored one is
            refused as a conflict. Not part of equality: two copies with the same content are
            the same post.
    """

    id: int | None = None
    parts: tuple[str, ...] = ("",)
    media: tuple[int, ...] = ()
    targets: tuple[Target, ...] = ()
    scheduled_at: datetime | None = None
    scheduled_zone: str | None = None
    updated_at: datetime | None = None
    version: int | None = field(default=None, compare=False)

    @property
    def text(self) -> str:
        """The first part of the base text."""
        return self.parts[0] if self.parts else ""


class AccountStatus(StrEnum):
    """Whether a connected account can publish now."""

    CONNECTED = "connected"
    NEEDS_RECONNECT = "needs_reconnect"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True, slots=True)
class Account:
    """A social account the user connected. Its tokens live in the keyring, never here.

    Attributes:
        id: the stored id.
        network: the account's network.
        handle: the handle as the network shows it (without a leading @ where it has none).
        display_name: the account's display name.
        status: whether it can publish now.
        created_at: the UTC instant it was first connected.
        avatar_path: the account's picture: the http(s) URL the network gave at sign-in (the app's
            avatar cache fetches it once and keeps it on disk), or None (a monogram is drawn).
        instance_url: the server for federated networks (Mastodon, a Bluesky PDS), or None.
        remote_user_id: the network's own id for the user (a DID, a numeric id ...), or None.
        token_expires_at: the UTC instant the access token expires, or None when unknown.
        keyring_backend: the keyring backend the tokens were stored with (so a change of
            backend can be told apart from a logout), or None.
        default_options: network options pre-filled for new targets on this account.
    """

    id: int
    network: Network
    handle: str
    display_name: str
    status: AccountStatus
    created_at: datetime
    avatar_path: str | None = None
    instance_url: str | None = None
    remote_user_id: str | None = None
    token_expires_at: datetime | None = None
    keyring_backend: str | None = None
    default_options: dict[str, Any] = field(default_factory=dict)
