"""Run blocking work (disk, keyring, Pillow) off the UI thread and get the answer back on it.

The UI thread never waits on the disk or the network (ARCHITECTURE.md). Widgets hand a
callable to a `BackgroundRunner`; it runs on a worker thread, and the result or the error is
delivered back on the UI thread through a queued Qt signal.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from postdesk.log import get_logger

T = TypeVar("T")
_log = get_logger("ui.background")


class BackgroundRunner(QObject):
    """A small pool of worker threads whose results come back on the UI thread.

    Args:
        workers: worker threads; 1 keeps submissions in order (what draft saving needs).
        name: thread name prefix, for debugging.

    Signals:
        _finished: internal; carries (ticket, result, error) back to the UI thread.
    """

    _finished = Signal(int, object, object)

    def __init__(self, workers: int = 1, name: str = "postdesk-worker", parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._tickets = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]] = {}
        self._finished.connect(self._deliver)
        self._closed = False

    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """Run `fn(*args)` on a worker; call `on_done(result)` or `on_error(exc)` on the UI thread.

        Returns:
            The worker's future (for tests and for code that wants to wait off the UI thread).
        """
        if self._closed:
            # The window is closing: a late timer must not raise into the Qt event loop.
            _log.warning("Dropped %s submitted after shutdown", getattr(fn, "__qualname__", fn))
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        ticket = next(self._tickets)
        self._callbacks[ticket] = (on_done, on_error)

        def work() -> T:
            try:
                result = fn(*args)
            except BaseException as exc:  # delivered to on_error on the UI thread
                self._emit(ticket, None, exc)
                raise
            self._emit(ticket, result, None)
            return result

        return self._pool.submit(work)

    def _emit(self, ticket: int, result: object, error: object) -> None:
        try:
            self._finished.emit(ticket, result, error)
        except RuntimeError:
            # The QObject was deleted while the worker ran (window closed): nobody is listening.
            pass

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result: object, error: object) -> None:
        on_done, on_error = self._callbacks.pop(ticket, (None, None))
        if self._closed:
            return  # shut down: the widgets are closing, and a callback that submits would raise
        if error is not None:
            if on_error is not None:
                on_error(error)  # type: ignore[arg-type]
            else:
                _log.error("Background task failed: %s", type(error).__name__, exc_info=error)  # type: ignore[arg-type]
        elif on_done is not None:
            on_done(result)

    def shutdown(self, wait: bool = True) -> None:
        """Finish queued work (when `wait`) and stop the threads; later submits are dropped (logged)."""
        if not self._closed:
            self._closed = True
            self._pool.shutdown(wait=wait)
