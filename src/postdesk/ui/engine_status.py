"""What the window believes about the engine: online or not, publishing paused or not.

Fed by the engine's events (`ConnectivityChanged`, `OutboxDrained`) and by the user's own global
pause (the tray). The calendar and the composer read it to say *why* a due post waits
(`core.waiting`): a post waiting for a connection is not "Publishing".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from postdesk.engine.events import ConnectivityChanged, EngineEvent, OutboxDrained


class EngineStatus(QObject):
    """The engine's online state and the global pause, as the UI last heard them.

    Signals:
        changed: online or paused changed.
        outbox_drained: the engine replayed queued actions (deletions, comments): their results
            can be read now.
    """

    changed = Signal()
    outbox_drained = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._online = True
        self._paused = False

    @property
    def online(self) -> bool:
        return self._online

    @property
    def publishing_paused(self) -> bool:
        return self._paused

    def set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.changed.emit()

    def set_publishing_paused(self, paused: bool) -> None:
        if paused != self._paused:
            self._paused = paused
            self.changed.emit()

    def on_engine_event(self, event: EngineEvent) -> None:
        """Follow the engine's reports (connect to `EngineBridge.event`)."""
        if isinstance(event, ConnectivityChanged):
            self.set_online(event.online)
        elif isinstance(event, OutboxDrained):
            self.outbox_drained.emit()
