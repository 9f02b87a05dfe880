"""The one way to run work off the UI thread and get the answer back on it.

The UI thread never waits on the disk or the network (ARCHITECTURE.md). A pane hands a callable
to a `BackgroundRunner` (`submit`), or a future made elsewhere — the engine's loop, a sign-in
thread — (`watch`); the result or the error comes back on the UI thread. The rules
(docs/ARCHITECTURE-NOTES.md):

- A request that a newer one makes pointless carries a `key`: the newer request with the same
  key cancels the older one if it has not started, and drops its answer if it has ("newest
  wins"). No pane keeps its own request counter.
- `cancel(key)` withdraws a request the same way (a closed dialog, a pane that moved on).
- An error with no `on_error` goes to the one error reporter (`set_error_reporter`), which the
  app wires to a message the user sees; a cancelled request is not an error and is dropped.
- A worker that reports progress calls `call_soon` (runs a callable on the UI thread); no pane
  writes its own queued signal or bridge object.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from postdesk.log import get_logger

T = TypeVar("T")
_log = get_logger("ui.background")


def log_error(error: BaseException) -> None:
    """The default error reporter: log it (the app replaces it with a message to the user)."""
    _log.error("Background task failed: %s", type(error).__name__, exc_info=error)


@dataclass
class _Job:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    key: str | None
    future: Future[Any] | None = None


class BackgroundRunner(QObject):
    """A small pool of worker threads whose results come back on the UI thread.

    Args:
        workers: worker threads; 1 keeps submissions in order (what draft saving needs).
        name: thread name prefix, for debugging.
        report: where errors without an `on_error` go (default: the log).

    Signals:
        _finished: internal; carries (ticket, result, error) back to the UI thread.
        _call: internal; carries a callable and its arguments to the UI thread.
    """

    _finished = Signal(int, object, object)
    _call = Signal(object, object)

    def __init__(
        self,
        workers: int = 1,
        name: str = "postdesk-worker",
        parent: QObject | None = None,
        report: Callable[[BaseException], None] = log_error,
    ):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._tickets = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._newest: dict[str, int] = {}
        self._report = report
        self._finished.connect(self._deliver)
        self._call.connect(self._run_call)
        self._closed = False

    def set_error_reporter(self, report: Callable[[BaseException], None]) -> None:
        """Send errors that no caller handles to `report` (the app shows them to the user)."""
        self._report = report

    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> Future[T]:
        """Run `fn(*args)` on a worker; call `on_done(result)` or `on_error(exc)` on the UI thread.

        Args:
            key: newest wins: a later request with the same key cancels this one (not started)
                or drops its answer (already running).

        Returns:
            The worker's future (for tests and for code that wants to wait off the UI thread).
        """
        if self._closed:
            # The window is closing: a late timer must not raise into the Qt event loop.
            _log.warning("Dropped %s submitted after shutdown", getattr(fn, "__qualname__", fn))
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        ticket = self._register(on_done, on_error, key)

        def work() -> T:
            try:
                result = fn(*args)
            except BaseException as exc:  # delivered to on_error on the UI thread
                self._emit(ticket, None, exc)
                raise
            self._emit(ticket, result, None)
            return result

        future = self._pool.submit(work)
        self._jobs[ticket].future = future
        return future

    def watch(
        self,
        future: Future[T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> None:
        """Deliver a future made elsewhere (the engine's loop, a sign-in thread) on the UI thread.

        Same rules as `submit`: `key` makes the newest request win; a cancelled future is dropped.
        """
        if self._closed:
            return
        ticket = self._register(on_done, on_error, key)
        self._jobs[ticket].future = future

        def done(finished: Future[Any]) -> None:
            result: object = None
            error: BaseException | None = None
            try:
                result = finished.result()
            except BaseException as exc:  # CancelledError too: `_deliver` drops it
                error = exc
            self._emit(ticket, result, error)

        future.add_done_callback(done)

    def cancel(self, key: str) -> bool:
        """Withdraw the request under `key`: not started, it never runs; running, its answer is dropped.

        Returns:
            Whether there was such a request.
        """
        ticket = self._newest.pop(key, None)
        if ticket is None:
            return False
        job = self._jobs.pop(ticket, None)
        if job is not None and job.future is not None:
            job.future.cancel()
        return True

    @property
    def _callbacks(self) -> dict[int, _Job]:
        """The requests still waiting for their answer (tests wait for it to empty)."""
        return self._jobs

    def pending(self, key: str) -> bool:
        """Whether a request under `key` is waiting for its answer."""
        return key in self._newest

    def call_soon(self, fn: Callable[..., object], *args: Any) -> None:
        """Run `fn(*args)` on the UI thread, from any thread (a worker reporting progress)."""
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the QObject was deleted meanwhile (window closed)
            self._call.emit(fn, args)

    # -- plumbing -----------------------------------------------------------------------

    def _register(
        self, on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None, key: str | None
    ) -> int:
        ticket = next(self._tickets)
        if key is not None:
            self.cancel(key)
            self._newest[key] = ticket
        self._jobs[ticket] = _Job(on_done, on_error, key)
        return ticket

    def _emit(self, ticket: int, result: object, error: object) -> None:
        # The QObject may have been deleted while the worker ran (window closed): nobody listens.
        with contextlib.suppress(RuntimeError):
            self._finished.emit(ticket, result, error)

    @Slot(object, object)
    def _run_call(self, fn: Callable[..., object], args: tuple[Any, ...]) -> None:
        if not self._closed:
            fn(*args)

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result: object, error: object) -> None:
        job = self._jobs.pop(ticket, None)
        if job is None:
            return  # superseded by a newer request with its key, or cancelled
        if job.key is not None and self._newest.get(job.key) == ticket:
            del self._newest[job.key]
        if self._closed or isinstance(error, CancelledError):
            return  # shut down (a callback that submits would raise), or withdrawn elsewhere
        if isinstance(error, BaseException):
            (job.on_error or self._report)(error)
        elif job.on_done is not None:
            job.on_done(result)

    def shutdown(self, wait: bool = True) -> None:
        """Finish queued work (when `wait`) and stop the threads; later submits are dropped (logged)."""
        if not self._closed:
            self._closed = True
            self._pool.shutdown(wait=wait)
