"""Is the network there? A real probe of the networks' hosts, plus hints from the OS.

The OS hint (QNetworkInformation, fed in by `qt_bridge`) is fast but can be wrong (a captive
portal is "online"); the probe asks the API hosts themselves. "Offline" from either is believed at
once; "online" from the OS only triggers a probe, and the probe decides.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from postdesk.log import get_logger

_log = get_logger("engine.connectivity")

Probe = Callable[[], Awaitable[bool]]
Listener = Callable[[bool], None]


class Connectivity:
    """The engine's belief about the network.

    Attributes:
        online: the current belief.
    """

    def __init__(self, probe: Probe, *, online: bool = True) -> None:
        self._probe = probe
        self.online = online
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(online)` on every change (on the engine loop)."""
        self._listeners.append(listener)

    def _set(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            _log.info("network %s", "back" if online else "lost")
            for listener in list(self._listeners):
                listener(online)

    async def check(self) -> bool:
        """Probe now; update and return the belief."""
        try:
            reachable = await self._probe()
        except Exception:  # a probe that fails in any way means "not reachable"
            _log.debug("probe failed", exc_info=True)
            reachable = False
        self._set(reachable)
        return reachable

    async def os_hint(self, online: bool) -> None:
        """Take the OS's word for "offline"; verify its "online" with a probe."""
        if not online:
            self._set(False)
        else:
            await self.check()

    def lost(self) -> None:
        """A request failed to connect: believe we are offline until a probe says otherwise."""
        self._set(False)
