"""The engine's only Qt: engine events become a Qt signal; UI requests become awaitables.

`EngineBridge` is created on the UI thread. Its `sink` is handed to the engine as its event
sink and is called on the engine thread; emitting a signal of an object living in the UI thread
from another thread is delivered queued, so slots run on the UI thread. `call` submits a
coroutine to the engine loop and returns an awaitable for the UI's qasync loop. OS network
reachability (QNetworkInformation, where a backend exists) is forwarded to the engine as a hint.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from postdesk.engine.events import EngineEvent
from postdesk.engine.runner import EngineRunner
from postdesk.log import get_logger

_log = get_logger("engine.qt_bridge")
T = TypeVar("T")


class EngineBridge(QObject):
    """Qt face of the engine.

    Signals:
        engine_event: an `EngineEvent` (frozen dataclass), delivered on the UI thread. (Not
            `event`: that name is QObject's event handler, which a signal must not shadow.)
    """

    engine_event = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner: EngineRunner | None = None
        self._network_info: Any = None

    def attach(self, runner: EngineRunner) -> None:
        """Use `runner` for `call` and for network hints."""
        self._runner = runner

    def sink(self, event: EngineEvent) -> None:
        """The engine's event sink (called on the engine thread)."""
        self.engine_event.emit(event)

    async def call(self, fn: Callable[..., Coroutine[Any, Any, T]], *args: Any, name: str | None = None) -> T:
        """Run an engine coroutine and await its result from the UI's qasync loop.

        Raises:
            RuntimeError: no runner attached, or the engine is not running.
        """
        if self._runner is None:
            raise RuntimeError("no engine attached")
        return await asyncio.wrap_future(self._runner.submit(fn, *args, name=name))

    def watch_network(self) -> bool:
        """Forward QNetworkInformation reachability to the engine; return whether available."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return False
        info = QNetworkInformation.instance()
        if info is None:
            return False
        self._network_info = info
        info.reachabilityChanged.connect(self._on_reachability)
        return True

    @Slot(object)
    def _on_reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if self._runner is None:
            return
        online = reachability in (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Unknown)
        try:
            self._runner.submit(self._runner.engine.connectivity.os_hint, online, name="os-network-hint")
        except RuntimeError:
            _log.debug("engine not running; network hint dropped")
