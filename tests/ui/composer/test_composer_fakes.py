"""A recording fake of ComposerServices, shared by the composer tests (no tests here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage

from postdesk.core.entities import Post
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.ui.composer.services import (
    AccountChoice,
    AttachedMedia,
    ImportResult,
    PostActivity,
    SaveError,
    Session,
)


def image(colour: str = "#3a7bd5", width: int = 640, height: int = 400) -> QImage:
    """A solid test image."""
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(QColor(colour))
    return img


@dataclass
class FakeServices:
    """Records every call; answers on the next event-loop turn, like the real worker does.

    Attributes:
        saves: every post passed to save_post, in order.
        fail_with: when set, saves fail with SaveError(fail_with).
    """

    session: Session = field(default_factory=Session)
    saves: list[Post] = field(default_factory=list)
    cursors: list[tuple[int, int]] = field(default_factory=list)
    imports: list[list[str]] = field(default_factory=list)
    alt_texts: list[tuple[int, str]] = field(default_factory=list)
    asset_loads: list[list[int]] = field(default_factory=list)
    library: dict[int, str] = field(default_factory=dict)
    fail_with: str | None = None
    posts: dict[int, Post] = field(default_factory=dict)
    accounts: tuple[AccountChoice, ...] = ()
    activities: dict[int, PostActivity] = field(default_factory=dict)
    post_loads: list[int] = field(default_factory=list)
    account_loads: int = 0
    activity_loads: list[int] = field(default_factory=list)
    next_id: int = 1
    next_asset: int = 100
    keyed: dict[str, int] = field(default_factory=dict)
    cancels: list[str] = field(default_factory=list)
    withdrawn: int = 0
    _ticket: int = 0

    def load_session(self, on_done: Callable[[Session], None], on_error: Any) -> None:
        QTimer.singleShot(0, lambda: on_done(self.session))

    def save_post(
        self,
        post: Post,
        now: datetime,
        cursor: tuple[int, int],
        on_done: Callable[[Post], None],
        on_error: Callable[[BaseException], None],
        *,
        key: str | None = None,
    ) -> None:
        self.saves.append(post)
        self.cursors.append(cursor)
        if self.fail_with:
            reason = self.fail_with
            self._answer(key, lambda: on_error(SaveError(reason)))
            return
        saved = post if post.id is not None else replace(post, id=self.next_id)
        if post.id is None:
            self.next_id += 1
        saved = replace(saved, updated_at=now)
        self._answer(key, lambda: on_done(saved))

    def _answer(self, key: str | None, deliver: Callable[[], None]) -> None:
        """Answer on the next turn, unless `cancel(key)` withdrew it meanwhile (the runner's rule)."""
        self._ticket += 1
        ticket = self._ticket
        if key is not None:
            self.keyed[key] = ticket

        def answer() -> None:
            if key is not None and self.keyed.get(key) != ticket:
                self.withdrawn += 1
                return
            if key is not None:
                del self.keyed[key]
            deliver()

        QTimer.singleShot(0, answer)

    def cancel(self, key: str) -> None:
        self.cancels.append(key)
        self.keyed.pop(key, None)

    def import_images(self, files: Sequence[str], on_done: Callable[[ImportResult], None], on_error: Any) -> None:
        self.imports.append(list(files))
        items = []
        for name in files:
            info = MediaInfo(
                asset_id=self.next_asset,
                kind=MediaKind.IMAGE,
                mime="image/png",
                width=640,
                height=400,
                size_bytes=1000,
                duration_s=None,
                alt_text="",
            )
            self.next_asset += 1
            items.append(AttachedMedia(info=info, image=image(), name=name))
        QTimer.singleShot(0, lambda: on_done(ImportResult(tuple(items))))

    def load_assets(self, asset_ids: Sequence[int], on_done: Callable[[ImportResult], None], on_error: Any) -> None:
        """Answers with the ids found in `library` (id -> alt text); the others fail."""
        self.asset_loads.append(list(asset_ids))
        items = []
        for asset_id in asset_ids:
            if asset_id in self.library:
                info = MediaInfo(asset_id, MediaKind.IMAGE, "image/jpeg", 800, 600, 2000, None, self.library[asset_id])
                items.append(AttachedMedia(info=info, image=image("#aa5500"), name=f"{asset_id}.jpg"))
        missing = tuple(str(i) for i in asset_ids if i not in self.library)
        QTimer.singleShot(0, lambda: on_done(ImportResult(tuple(items), missing)))

    def set_alt_text(self, asset_id: int, text: str, on_error: Any) -> None:
        self.alt_texts.append((asset_id, text))

    def load_post(self, post_id: int, on_done: Callable[[Session], None], on_error: Any) -> None:
        """Answers with `posts[post_id]` (None when absent) and `accounts`."""
        self.post_loads.append(post_id)
        answer = Session(post=self.posts.get(post_id), accounts=self.accounts)
        QTimer.singleShot(0, lambda: on_done(answer))

    def load_accounts(self, on_done: Callable[[tuple[AccountChoice, ...]], None], on_error: Any) -> None:
        self.account_loads += 1
        accounts = self.accounts
        QTimer.singleShot(0, lambda: on_done(accounts))

    def load_activity(self, post_id: int, on_done: Callable[[PostActivity], None], on_error: Any) -> None:
        self.activity_loads.append(post_id)
        answer = self.activities.get(post_id, PostActivity(post_id))
        QTimer.singleShot(0, lambda: on_done(answer))

    def load_stored(self, post_id: int, on_done: Callable[[Post | None], None], on_error: Any) -> None:
        """Answers with `posts[post_id]` (None when absent)."""
        answer = self.posts.get(post_id)
        QTimer.singleShot(0, lambda: on_done(answer))

    def duplicate_post(self, post_id: int, on_done: Callable[[int | None], None], on_error: Any) -> None:
        """Copies `posts[post_id]` under a new id as a draft (None when absent)."""
        original = self.posts.get(post_id)
        new_id = None
        if original is not None:
            new_id = self.next_id
            self.next_id += 1
            self.posts[new_id] = replace(original, id=new_id, scheduled_at=None, scheduled_zone=None)
        QTimer.singleShot(0, lambda: on_done(new_id))


def account(account_id: int, network: str, handle: str, limit: int | None = None) -> AccountChoice:
    """An account choice for tests."""
    return AccountChoice(account_id, network, handle, handle.split(".")[0].title(), handle, limit)
