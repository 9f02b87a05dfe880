"""The UI's requests to the publishing engine, by post: the calendar's and the tray's actions.

The calendar speaks in posts; the engine acts on targets. `EngineActions` looks the post's
targets up on the disk worker, then hands the engine call to the engine's own loop. Every call
returns at once: the engine reports what happened as events (the app then reloads the views).
The engine refuses targets in the wrong state itself, so every target of the post is passed.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from typing import Any, Protocol

from postdesk.core.states import CatchUpMode
from postdesk.log import get_logger
from postdesk.store.repositories.holds import HoldsRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.engine_status import EngineStatus

_log = get_logger("ui.engine_actions")


class EngineCalls(Protocol):
    """The engine's user actions (`postdesk.engine.engine.Engine`; tests pass a recorder)."""

    async def pause(self, target_ids: Iterable[int]) -> Any: ...

    async def resume(self, target_ids: Iterable[int]) -> Any: ...

    async def retry(self, target_ids: Iterable[int]) -> Any: ...

    async def run_due(self) -> None: ...

    async def resolve_catch_up(self, target_ids: Iterable[int], publish: bool) -> Any: ...

    async def set_publishing_paused(self, paused: bool) -> None: ...

    async def refresh_metrics(self, target_ids: Iterable[int]) -> Any: ...

    async def publish_now(self, target_ids: Iterable[int]) -> Any: ...

    async def cancel(self, target_ids: Iterable[int]) -> Any: ...

    async def resolve_unknown(
        self, target_id: int, published: bool, remote_url: str | None = None, remote_id: str | None = None
    ) -> Any: ...

    async def delete_published(self, target_id: int) -> int: ...

    async def hand_off(self, target_id: int) -> bool: ...

    async def add_to_queue(self, post_id: int, schedule_id: int) -> Any: ...

    async def edit_published(
        self, target_id: int, parts: Sequence[str], options: Mapping[str, Any] | None = None
    ) -> Any: ...

    async def comment(self, target_id: int, text: str) -> Any: ...


class Submitter(Protocol):
    """Runs a coroutine function on the engine loop (`postdesk.engine.runner.EngineRunner`)."""

    def submit(
        self, fn: Callable[..., Coroutine[Any, Any, Any]], *args: Any, name: str | None = None
    ) -> concurrent.futures.Future[Any]: ...


class EngineActions:
    """`CalendarActions` (and the tray's and catch-up dialog's requests) over the engine.

    Args:
        engine: the engine whose actions are called.
        submitter: runs them on the engine loop.
        disk: the UI's disk worker (store reads and writes).
        targets_of: the target ids of a post (a store read, called on `disk`).
        set_catch_up_policy: stores the catch-up policy (called on `disk`).
        holds: the store reads behind the engine controls (what holds a post, where to look,
            how a queued deletion went); None: the panes show states only.

    Attributes:
        status: the engine's online state and the global pause, as the UI last heard them.
    """

    def __init__(
        self,
        engine: EngineCalls,
        submitter: Submitter,
        disk: BackgroundRunner,
        targets_of: Callable[[int], Sequence[int]],
        set_catch_up_policy: Callable[[CatchUpMode, float], None],
        *,
        holds: HoldsRepository | None = None,
    ) -> None:
        self._engine = engine
        self._submitter = submitter
        self._disk = disk
        self._targets_of = targets_of
        self._set_policy = set_catch_up_policy
        self.holds = holds
        self.status = EngineStatus()

    # -- CalendarActions ----------------------------------------------------------------

    def pause(self, post_id: int) -> None:
        """Hold every scheduled target of the post."""
        self._for_post(post_id, self._engine.pause)

    def resume(self, post_id: int) -> None:
        """Release a paused post back to its schedule."""
        self._for_post(post_id, self._engine.resume)

    def retry(self, post_id: int) -> None:
        """Try the failed targets of the post again now."""
        self._for_post(post_id, self._engine.retry)

    def schedule_changed(self, post_id: int) -> None:
        """Wake the engine to read the schedule again (it re-arms its alarm on every pass).

        The wake goes through the disk worker first, so it runs after the edit that caused it
        has been written (the worker runs jobs in order).
        """
        self._disk.submit(_nothing, on_done=lambda _: self._submit(self._engine.run_due, name="schedule-changed"))

    # -- the rest of the UI -------------------------------------------------------------

    def resolve_catch_up(self, target_ids: Sequence[int], publish: bool) -> None:
        """The user's answer about posts that fell due while Postdesk was not running."""
        self._submit(self._engine.resolve_catch_up, tuple(target_ids), publish)

    def set_publishing_paused(self, paused: bool) -> None:
        """Hold (or release) all sending."""
        self.status.set_publishing_paused(paused)
        self._submit(self._engine.set_publishing_paused, paused, name="publishing-paused")

    def set_catch_up_policy(self, mode: CatchUpMode, skip_after_minutes: float) -> None:
        """Store the catch-up policy, then let the engine apply it to what is late now."""
        self._disk.submit(
            self._set_policy,
            mode,
            skip_after_minutes,
            on_done=lambda _: self._submit(self._engine.run_due, name="schedule-changed"),
            on_error=lambda e: _log.error("saving the catch-up policy failed: %s", type(e).__name__),
        )

    def refresh_metrics(self, target_ids: Sequence[int]) -> concurrent.futures.Future[Any] | None:
        """Read the counts of these published targets now (Insights' "Refresh now").

        Returns:
            The engine's future (the pane reloads when it is done), or None when the engine is
            not running.
        """
        try:
            future = self._submitter.submit(self._engine.refresh_metrics, tuple(target_ids), name="refresh-metrics")
        except RuntimeError:
            _log.warning("the engine is not running; metrics refresh dropped")
            return None
        future.add_done_callback(_log_failure)
        return future

    # -- reach: every engine operation has a control (issue 13) ------------------------

    @property
    def disk(self) -> BackgroundRunner:
        """The UI's disk worker (the panes read `holds` on it)."""
        return self._disk

    def publish_now(self, post_id: int) -> None:
        """Send every target of the post now (the composer validated it first)."""
        self._for_post(post_id, self._engine.publish_now)

    def cancel(self, post_id: int) -> None:
        """Never send the post's waiting targets (a hand-off is taken back from the network)."""
        self._for_post(post_id, self._engine.cancel)

    def resolve_unknown(
        self,
        target_id: int,
        published: bool,
        remote_url: str | None = None,
        remote_id: str | None = None,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """The user's answer about a post whose answer was lost: it's there, or send it again."""
        self._watch(
            self._engine.resolve_unknown,
            (target_id, published, remote_url, remote_id),
            f"resolve-unknown-{target_id}",
            on_done,
            on_error,
        )

    def delete_published(
        self,
        target_id: int,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue the deletion of a published post from its network (answers the outbox action id)."""
        self._watch(self._engine.delete_published, (target_id,), f"delete-published-{target_id}", on_done, on_error)

    def hand_off(self, target_id: int, *, on_done: Callable[[Any], None] | None = None) -> None:
        """Give a scheduled target to the network's own scheduler now."""
        self._watch(self._engine.hand_off, (target_id,), f"hand-off-{target_id}", on_done, None)

    def edit_published(
        self,
        target_id: int,
        parts: Sequence[str],
        options: Mapping[str, Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Edit a published post on its network (answers the engine's `EditResult`)."""
        self._watch(
            self._engine.edit_published,
            (target_id, tuple(parts), dict(options)),
            f"edit-published-{target_id}",
            on_done,
            on_error,
        )

    def comment(
        self,
        target_id: int,
        text: str,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue a comment under a published post, through the engine's outbox (answers the action id)."""
        self._watch(self._engine.comment, (target_id, text), f"comment-{target_id}", on_done, on_error)

    def add_to_queue(
        self,
        post_id: int,
        schedule_id: int,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Give the post the next free slot of a queue (answers the slot, or None when the queue is full)."""
        self._watch(self._engine.add_to_queue, (post_id, schedule_id), f"add-to-queue-{post_id}", on_done, on_error)

    def _watch(
        self,
        fn: Callable[..., Coroutine[Any, Any, Any]],
        args: tuple[Any, ...],
        key: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        try:
            future = self._submitter.submit(fn, *args, name=key)
        except RuntimeError as error:
            _log.warning("the engine is not running; %s dropped", key)
            if on_error is not None:
                on_error(error)
            return
        future.add_done_callback(_log_failure)
        self._disk.watch(future, on_done=on_done, on_error=on_error, key=key)

    # -- plumbing -----------------------------------------------------------------------

    def _for_post(self, post_id: int, call: Callable[..., Coroutine[Any, Any, Any]]) -> None:
        def looked_up(ids: Sequence[int]) -> None:
            if ids:
                self._submit(call, tuple(ids))

        self._disk.submit(
            self._targets_of,
            post_id,
            on_done=looked_up,
            on_error=lambda e: _log.error("looking up post %s failed: %s", post_id, type(e).__name__),
        )

    def _submit(self, fn: Callable[..., Coroutine[Any, Any, Any]], *args: Any, name: str | None = None) -> None:
        try:
            future = self._submitter.submit(fn, *args, name=name)
        except RuntimeError:
            # Starting or stopping: the engine's next pass reads the database anyway.
            _log.warning("the engine is not running; %s dropped", getattr(fn, "__name__", fn))
            return
        future.add_done_callback(_log_failure)


def _nothing() -> None:
    return None


def _log_failure(future: concurrent.futures.Future[Any]) -> None:
    if future.cancelled():
        return
    error = future.exception()
    if error is not None:
        _log.error("engine action failed", exc_info=error)
