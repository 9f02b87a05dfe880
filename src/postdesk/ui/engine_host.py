"""The publishing engine in its own thread, as the desktop app hosts it.

The engine starts on a helper thread: its start probes the networks, which can take seconds
offline, and the window must not wait for that.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from postdesk import log

if TYPE_CHECKING:  # the engine is imported after the first window is painted (start-up time)
    from postdesk.engine.engine import Engine
    from postdesk.engine.inbox_sync import InboxSync
    from postdesk.engine.runner import EngineRunner

_log = log.get_logger("ui.engine_host")


class EngineHost:
    """The engine, the thread that owns its loop, and the inbox sync that runs on it.

    Attributes:
        engine: the engine.
        runner: the thread that owns the engine's loop.
        inbox: the inbox sync started and stopped with the engine, if any.
    """

    def __init__(self, engine: Engine, runner: EngineRunner) -> None:
        self.engine = engine
        self.runner = runner
        self.inbox: InboxSync | None = None
        self._starter: threading.Thread | None = None

    def start(self) -> None:
        """Start the engine in the background."""
        self._starter = threading.Thread(target=self._start, name="postdesk-engine-start", daemon=True)
        self._starter.start()

    def _start(self) -> None:
        try:
            self.runner.start()
            if self.inbox is not None:
                self.runner.submit(self.inbox.start).result(30)
        except (RuntimeError, concurrent.futures.TimeoutError):
            _log.exception("The publishing engine did not start")

    def wait_started(self, timeout: float | None = None) -> None:
        """Block until the start attempt has finished (tests, and before stopping)."""
        if self._starter is not None:
            self._starter.join(timeout)

    def submit(self, fn: Callable[..., Any], *args: Any, name: str | None = None) -> Any:
        """Run an engine coroutine on its loop (see `EngineRunner.submit`)."""
        return self.runner.submit(fn, *args, name=name)

    def stop(self) -> None:
        """Stop the engine (in-flight sends get a short grace) and its thread."""
        self.wait_started(60)
        if self.inbox is not None:
            try:
                self.runner.submit(self.inbox.stop).result(10)
            except (RuntimeError, concurrent.futures.TimeoutError):
                _log.warning("The inbox sync did not stop cleanly")
        self.runner.stop()
