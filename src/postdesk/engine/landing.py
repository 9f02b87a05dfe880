"""Committing a network's answer that exists only in memory: retried until the store takes it.

Once a network has accepted a post (or a lookup found it), the only record of that is the answer
in memory. If the commit fails because the store cannot write just now (a full disk, an I/O
error, another program's lock: `store.errors.StoreUnavailable`), dropping the answer would leave
the target `publishing` until the next start, and an `--exit-when-idle` run would never see the
engine idle. So the same commit is retried, with growing pauses, until it lands; nothing is
sent to the network meanwhile (the target stays `publishing` in the database, which nobody
resends). Should the process die first, start-up recovery turns the target `unknown` and looks
the post up: never a blind resend.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from postdesk.log import get_logger
from postdesk.store.errors import StoreUnavailable

_log = get_logger("engine.landing")
T = TypeVar("T")

#: The first pause before retrying a commit, in seconds; it doubles up to `MAX_PAUSE_S`.
FIRST_PAUSE_S = 0.05
#: The longest pause between two tries of a commit, in seconds.
MAX_PAUSE_S = 5.0
#: `NeedsAttention` code of a network's answer waiting for the store to take it.
CANNOT_SAVE = "cannot_save"


async def land(
    db: Callable[..., Awaitable[Any]],
    fn: Callable[..., T],
    *args: Any,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    on_wait: Callable[[StoreUnavailable], object] | None = None,
) -> T:
    """Run `db(fn, *args)` until it does not fail with `StoreUnavailable`; return its result.

    Args:
        db: runs a store call on the engine's database thread (`Engine._db`).
        fn: the store call (e.g. `Ledger.move`); it must be a whole transaction that either
            commits or rolls back, so that trying it again is safe.
        args: its arguments, kept in memory across tries (timestamps included: the record says
            when the network answered, not when the disk had room again).
        sleep: waits between tries (tests may pass a fake).
        on_wait: called once, at the first refusal (to tell the user the disk needs room).

    Raises:
        Whatever `fn` raises other than `StoreUnavailable` (a stale state, a damaged database),
        and CancelledError when the engine stops first (then recovery takes over at next start).
    """
    pause = FIRST_PAUSE_S
    failures = 0
    while True:
        try:
            result: T = await db(fn, *args)
        except StoreUnavailable as error:
            failures += 1
            if failures == 1:
                _log.warning(
                    "could not save a network's answer (%s: %s); retrying until it is saved",
                    type(error).__name__,
                    error,
                )
                if on_wait is not None:
                    try:
                        on_wait(error)
                    except Exception:
                        _log.exception("telling about a commit that waits failed")
            try:
                await sleep(pause)
            except asyncio.CancelledError:
                _log.error(
                    "stopped before a network's answer could be saved (%d tries); the next start "
                    "looks the post up instead of sending it again",
                    failures,
                )
                raise
            pause = min(pause * 2, MAX_PAUSE_S)
            continue
        if failures:
            _log.info("saved a network's answer after %d failed tries", failures)
        return result
