"""The thread that owns the engine's asyncio loop (GUI mode).

The UI thread never runs engine code: it hands coroutines to `EngineRunner.submit`, which
schedules them on the engine loop with `run_coroutine_threadsafe` and returns a
`concurrent.futures.Future`; the UI awaits it through `asyncio.wrap_future` under qasync
(`qt_bridge.EngineBridge.call`). Named requests cancel the one they replace (STYLE.md rule 2).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from postdesk.engine.engine import Engine
from postdesk.log import get_logger

_log = get_logger("engine.runner")
T = TypeVar("T")


class EngineRunner:
    """Runs an `Engine` on its own thread and loop.

    Attributes:
        engine: the engine (touch it only through `submit`).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._start_error: BaseException | None = None
        self._named: dict[str, concurrent.futures.Future[Any]] = {}

    def start(self, timeout: float = 30.0) -> None:
        """Start the thread and the engine; return once the engine has started.

        Raises:
            RuntimeError: the engine failed to start (the cause is chained).
        """
        self._thread = threading.Thread(target=self._run, name="postdesk-engine", daemon=True)
        self._thread.start()
        if not self._started.wait(timeout):
            raise RuntimeError("the engine did not start in time")
        if self._start_error is not None:
            raise RuntimeError("the engine failed to start") from self._start_error

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self.engine.start())
        except BaseException as error:  # reported to start()'s caller
            self._start_error = error
            self._started.set()
            loop.close()
            return
        self._started.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def submit(
        self, fn: Callable[..., Coroutine[Any, Any, T]], *args: Any, name: str | None = None
    ) -> concurrent.futures.Future[T]:
        """Run `fn(*args)` on the engine loop; a newer request of the same `name` cancels the older.

        Raises:
            RuntimeError: the runner is not running.
        """
        if self._loop is None or not self._loop.is_running():
            raise RuntimeError("the engine is not running")
        future = asyncio.run_coroutine_threadsafe(fn(*args), self._loop)
        if name is not None:
            older = self._named.get(name)
            if older is not None and not older.done():
                older.cancel()
            self._named[name] = future
        return future

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the engine (letting in-flight sends finish briefly) and join the thread."""
        if self._loop is None or self._thread is None:
            return
        if self._loop.is_running():
            future = asyncio.run_coroutine_threadsafe(self.engine.stop(), self._loop)
            try:
                future.result(timeout)
            except Exception:
                _log.exception("engine stop failed")
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
        self._loop = None
        self._thread = None
