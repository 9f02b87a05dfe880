"""One network adapter's calls, run on the engine loop and answered on the UI thread.

The composer's pickers (Pinterest boards, Reddit subreddits, TikTok creator info, Google Business
Profile locations) read from the engine's own adapter: its HTTP client lives on the engine loop.
`EngineAdapterSource` submits a call of the adapter there and brings its answer (or its error)
back through the `BackgroundRunner`; each picker's `Engine…Source` keeps its own cache on top.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from postdesk.core.networks import Network

OnError = Callable[[BaseException], None]
#: A call of the adapter, e.g. `lambda a: a.boards(account_id)` (made once `usable` said yes).
AdapterCall = Callable[[Any], Awaitable[Any]]


class Submitter(Protocol):
    """Runs a coroutine function on the engine loop (`ui.engine_host.EngineHost`)."""

    def submit(self, fn: Callable[..., Any], *args: Any, name: str | None = None) -> concurrent.futures.Future[Any]: ...


class Watcher(Protocol):
    """Brings a future's answer back to the UI thread (`ui.background.BackgroundRunner.watch`)."""

    def watch(
        self,
        future: concurrent.futures.Future[Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: OnError | None = None,
        key: str | None = None,
    ) -> None: ...


class EngineAdapterSource:
    """Calls one network's adapter on the engine loop; answers arrive on the UI thread.

    Args:
        submitter: runs coroutines on the engine loop.
        watcher: delivers their answers on the UI thread.
        adapter: the engine's adapter for a network, or None (`Engine.adapter`, called on the
            engine loop, where the adapter's HTTP client lives; the engine closes it).
        network: whose adapter to call.
        usable: whether the adapter the engine gave can answer (False: the engine has not started).
        service: the service's name for the "cannot reach" error ("Pinterest", "Google" ...).
    """

    def __init__(
        self,
        submitter: Submitter,
        watcher: Watcher,
        adapter: Callable[[Network], Any],
        network: Network,
        usable: Callable[[Any], bool],
        service: str,
    ) -> None:
        self._submitter = submitter
        self._watcher = watcher
        self._adapter = adapter
        self._network = network
        self._usable = usable
        self._service = service

    async def _call(self, call: AdapterCall) -> Any:
        adapter = self._adapter(self._network)
        if not self._usable(adapter):
            raise RuntimeError(
                f"Postdesk cannot reach {self._service} right now (the publishing engine has not started)"
            )
        return await call(adapter)

    def run(self, key: str, on_done: Callable[[Any], None], on_error: OnError, call: AdapterCall) -> None:
        """Run `call(adapter)` on the engine loop; `on_done`/`on_error` on the UI thread.

        `key` names the task (a newer call with the same key replaces the older one's answer).
        """
        try:
            future = self._submitter.submit(self._call, call, name=key)
        except RuntimeError as error:  # the engine is not running
            on_error(error)
            return
        self._watcher.watch(future, on_done=on_done, on_error=on_error, key=key)
