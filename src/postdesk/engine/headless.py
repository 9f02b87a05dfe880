"""`postdesk --headless`: the publishing engine without a window, for an always-on machine.

Logs go to the data directory's `logs/`. The process runs until SIGTERM/SIGINT (or, with
`--exit-when-idle`, until nothing is due, sending, or waiting for a retry — handy from cron).
It is safe to kill at any instant: every state transition is committed before the next network
call, and the next start resolves whatever was in flight.

One publisher per data directory: the process takes the data directory's lock before it opens
the database, and holds it until it exits. If another Postdesk (the window or another headless
run) holds it, this one touches nothing, prints one line naming that process and exits with
`EXIT_IN_USE` (75), so a cron job started while the previous one still runs stops quietly.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from collections.abc import Sequence

from postdesk import log
from postdesk.auth.vault import activate_file_vault
from postdesk.engine.engine import Engine
from postdesk.engine.events import EngineEvent, NeedsAttention, TargetChanged
from postdesk.engine.store_problems import EXIT_STORE, headless_message
from postdesk.paths import Paths, resolve_paths
from postdesk.platforms.registry import default_registry
from postdesk.platforms.s3_relay import stored_relay
from postdesk.platforms.shipped import VaultCredentials, register_shipped
from postdesk.store import instance_lock
from postdesk.store.db import open_database
from postdesk.store.errors import StoreError
from postdesk.store.instance_lock import EXIT_IN_USE, DataDirInUse

_log = log.get_logger("engine.headless")
#: How often an `--exit-when-idle` run checks whether it is done.
IDLE_CHECK_S = 0.2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postdesk --headless",
        add_help=True,
        epilog=f"Exit status: 0 when stopped, 2 on bad arguments, {EXIT_IN_USE} when another Postdesk "
        "(a window or another --headless) holds the data directory; then nothing is done.",
    )
    parser.add_argument(
        "--plugin",
        action="append",
        default=[],
        metavar="MODULE",
        help="import MODULE and call its register(registry) (extra adapters)",
    )
    parser.add_argument(
        "--no-shipped-adapters",
        action="store_true",
        help="serve only the networks of --plugin modules (e.g. a local test network)",
    )
    parser.add_argument(
        "--exit-when-idle", action="store_true", help="exit once nothing is due, sending, or waiting for a retry"
    )
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    return parser


def _log_event(event: EngineEvent) -> None:
    if isinstance(event, TargetChanged):
        _log.info(
            "target %s (%s) → %s%s",
            event.target_id,
            event.network,
            event.state.value,
            f" [{event.reason_code}]" if event.reason_code else "",
        )
    elif isinstance(event, NeedsAttention):
        _log.warning("target %s needs attention: %s", event.target_id, event.code)
    else:
        _log.info("%s", event)


async def _serve(engine: Engine, exit_when_idle: bool) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows: no loop signal handlers
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(stop.set))
    await engine.start()
    print("postdesk headless: engine running", flush=True)
    try:
        while not stop.is_set():
            if exit_when_idle:
                await engine.wait_idle()
                if not await engine.has_work():
                    break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), IDLE_CHECK_S if exit_when_idle else None)
    finally:
        await engine.stop()


def in_use_message(busy: DataDirInUse) -> str:
    """The one line a refused headless start prints."""
    holder = busy.holder
    what = {instance_lock.MODE_GUI: "the Postdesk window", instance_lock.MODE_HEADLESS: "postdesk --headless"}.get(
        holder.mode or "", "Postdesk"
    )
    who = f"{what} (process {holder.pid})" if holder.pid is not None else f"another {what} process"
    return (
        f"postdesk --headless: {busy.base} is in use by {who}; only one Postdesk publishes "
        f"from a data directory at a time. Nothing was done."
    )


def main(paths: Paths, argv: Sequence[str]) -> int:
    """Run the engine headless on `paths` until stopped; return the exit status.

    Args:
        paths: the data directory.
        argv: the remaining command-line arguments (see `--help`).

    Returns:
        0 on a clean stop, 2 on bad arguments or a plugin that fails to load, `EXIT_IN_USE` when
        another process holds the data directory.
    """
    args = _parser().parse_args(list(argv))
    # Before anything reads or writes the directory: a second publisher must not even migrate.
    try:
        lock = instance_lock.hold(paths.base, instance_lock.MODE_HEADLESS)
    except DataDirInUse as busy:
        print(in_use_message(busy), file=sys.stderr, flush=True)
        return EXIT_IN_USE
    try:
        return _run(paths, args)
    finally:
        lock.release()


def _run(paths: Paths, args: argparse.Namespace) -> int:
    paths.ensure()
    # Sign-ins kept in the encrypted file are read from it (locked here: there is no passphrase
    # prompt without a window, so those accounts wait, as the Accounts pane says).
    activate_file_vault(paths.vault_file)
    log.configure(paths.logs, level=10 if args.verbose else 20)
    try:
        db = open_database(paths)
    except StoreError as error:  # words, not a traceback (the window offers a restore instead)
        print(headless_message(error, paths), file=sys.stderr, flush=True)
        return EXIT_STORE
    try:
        registry = default_registry()
        if not args.no_shipped_adapters:
            # A broken shipped adapter is a crash, not a network quietly left out.
            register_shipped(registry, VaultCredentials(db), relay=stored_relay(db))
        for plugin in args.plugin:
            try:
                registry.load_plugin(plugin)
            except (ImportError, TypeError) as error:
                _log.error("cannot load plugin %s: %s", plugin, error)
                return 2
        engine = Engine(db, registry.build, emit=_log_event)
        asyncio.run(_serve(engine, args.exit_when_idle))
    finally:
        db.close()
    return 0


def _cli(argv: Sequence[str]) -> int:
    front = argparse.ArgumentParser(add_help=False)
    front.add_argument("--data-dir")
    known, rest = front.parse_known_args(list(argv))
    return main(resolve_paths(known.data_dir), rest)


if __name__ == "__main__":
    sys.exit(_cli(sys.argv[1:]))
