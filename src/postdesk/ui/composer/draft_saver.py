"""Save the draft as the user types: debounced, on the worker, retried when the disk is full.

A save starts 400 ms after the last change, or 1 s after the first unsaved change while the
user keeps typing, so the stored draft is never more than about a second behind. Only one
save is in flight at a time (the next one waits for its answer, so a new post gets its id
before it is saved again). A failed save keeps everything in memory and retries.

Answers are scoped to the post they were made for by the runner's keyed "newest wins"
(`ui.background`, docs/ARCHITECTURE-NOTES.md): every save carries `SAVE_KEY`, and switching to
another post withdraws the answer of a save still on its way (`ComposerServices.cancel`), so it
no longer updates the pane. No counter of our own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum

import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from postdesk.core.entities import Post
from postdesk.log import get_logger
from postdesk.ui.composer.service_types import ComposerServices, SaveError

_log = get_logger("ui.composer.drafts")

IDLE_MS = 400
MAX_DELAY_MS = 1000
RETRY_MS = (2000, 5000, 10000, 30000)
#: The runner key every draft save carries (one save is in flight at a time, so a save never
#: supersedes another save of the same post; only `switch_post` withdraws an answer).
SAVE_KEY = "composer-draft-save"

Snapshot = Callable[[], tuple[Post, tuple[int, int]]]


class SaveState(Enum):
    """Where the draft stands."""

    SAVED = "saved"
    PENDING = "pending"
    SAVING = "saving"
    FAILED = "failed"


class DraftSaver(QObject):
    """Debounces and serialises draft saves.

    Args:
        services: where to save.
        snapshot: returns the post to save and the (part, cursor) to remember.
        now: the injected clock (aware UTC).
        parent: the owning QObject.

    Signals:
        state_changed: (SaveState, failure reason or "").
        saved: the stored Post (with its id), for the post shown now only.
        conflicted: a save was refused because the post changed elsewhere since it was read
            (the stored Post, or None when it is gone). Saving is held until `resume()`: the
            pane merges its edits over the stored post first, so nothing newer is overwritten.
    """

    state_changed = Signal(object, str)
    saved = Signal(object)
    conflicted = Signal(object)

    def __init__(
        self,
        services: ComposerServices,
        snapshot: Snapshot,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._snapshot = snapshot
        self._now = now
        self._dirty = False
        self._in_flight = False
        self._failures = 0
        self._held = False
        self.state = SaveState.SAVED
        self.reason = ""
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._max = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._retry = QTimer(self, singleShot=True)
        # How long the oldest unsaved change has waited (a monotonic timer, not the clock).
        self._dirty_age = QElapsedTimer()
        for timer in (self._idle, self._max, self._retry):
            timer.timeout.connect(self.flush)

    def _set_state(self, state: SaveState, reason: str = "") -> None:
        if (state, reason) != (self.state, self.reason):
            self.state = state
            self.reason = reason
            self.state_changed.emit(state, reason)

    def mark_dirty(self) -> None:
        """Something changed: save soon."""
        if not self._dirty:
            self._dirty_age.start()
        self._dirty = True
        self._idle.start()
        if not self._max.isActive() and not self._in_flight:
            self._max.start(MAX_DELAY_MS)
        if self.state is not SaveState.FAILED:
            self._set_state(SaveState.PENDING if not self._in_flight else SaveState.SAVING)

    def is_idle(self) -> bool:
        """Whether nothing is waiting to be saved and nothing is being saved."""
        return not self._dirty and not self._in_flight

    def switch_post(self) -> None:
        """Another post is shown: answers about the previous one no longer update the pane.

        A save still on its way has its answer withdrawn (the runner's keyed newest-wins). The
        pane switches only once nothing is left to save (`is_idle`), or when the post was removed.
        """
        if self._in_flight:
            self._services.cancel(SAVE_KEY)
            self._in_flight = False
        self._dirty = False
        self._held = False
        self._failures = 0
        for timer in (self._idle, self._max, self._retry):
            timer.stop()
        self._set_state(SaveState.SAVED)

    def flush(self) -> None:
        """Save now if there are unsaved changes (returns at once; the save runs on the worker)."""
        self._idle.stop()
        self._max.stop()
        if not self._dirty or self._in_flight or self._held:
            return
        self._retry.stop()
        post, cursor = self._snapshot()
        self._dirty = False
        self._in_flight = True
        if self.state is not SaveState.FAILED:
            self._set_state(SaveState.SAVING)
        self._services.save_post(
            post,
            self._now(),
            cursor,
            self._on_saved,
            self._on_failed,
            key=SAVE_KEY,
        )

    def _on_saved(self, saved: Post) -> None:
        if not shiboken6.isValid(self):
            return  # the answer came after the composer was closed: the post is saved, nobody to tell
        self._in_flight = False
        self._failures = 0
        self.saved.emit(saved)
        if self._dirty:
            # Not at once: while the user keeps typing, back-to-back saves would keep the
            # worker (and the GIL) busy and cost every keystroke. The usual debounce applies,
            # still bounded by the age of the oldest unsaved change.
            self._set_state(SaveState.PENDING)
            self._idle.start()
            self._max.start(max(0, MAX_DELAY_MS - self._dirty_age.elapsed()))
        else:
            self._set_state(SaveState.SAVED)

    def resume(self) -> None:
        """The pane merged over the stored post after a conflict: save again (if dirty)."""
        self._held = False
        self.flush()

    def _on_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._in_flight = False
        reason = exc.reason if isinstance(exc, SaveError) else "unknown"
        if reason == "conflict":
            # Not a failure: the store refused to overwrite a newer version. Keep the edits,
            # hold saving until the pane has merged them over the stored post.
            self._dirty = True
            self._held = True
            self._set_state(SaveState.PENDING)
            self.conflicted.emit(getattr(exc, "stored", None))
            return
        _log.warning("Draft save failed (%s); keeping the text in memory and retrying", reason)
        # The unsaved state must be saved again: nothing was stored.
        self._dirty = True
        delay = RETRY_MS[min(self._failures, len(RETRY_MS) - 1)]
        self._failures += 1
        self._set_state(SaveState.FAILED, reason)
        self._retry.start(delay)
