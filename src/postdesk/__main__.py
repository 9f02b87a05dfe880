"""Entry point: `postdesk` or `python -m postdesk` starts the app; `--headless` runs only the engine.

Options this parser does not know are passed on to the headless engine (`postdesk --headless
--help` lists them); the GUI refuses them.

One publisher per data directory: the process takes the data directory's lock
(`store.instance_lock`) before either mode starts and holds it until it exits. A second window
hands over to the running one (which comes to the front) and exits 0; otherwise it says which
process holds the folder and exits with `EXIT_IN_USE`, as `--headless` does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from postdesk import __version__, log
from postdesk.engine.autostart import TRAY_FLAG
from postdesk.paths import resolve_paths
from postdesk.store import instance_lock
from postdesk.store.instance_lock import EXIT_IN_USE, DataDirInUse

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postdesk",
        description="Draft, schedule and publish posts to your own social accounts.",
        epilog="Only one Postdesk publishes from a data directory at a time. Starting the window "
        "again brings the running one to the front. When another process holds the data directory, "
        f"--headless (and a window that cannot hand over) exits with status {EXIT_IN_USE}.",
    )
    parser.add_argument("--data-dir", help="keep the database, media and logs in this folder")
    parser.add_argument(
        "--headless",
        action="store_true",
        help="publish scheduled posts without opening a window (for an always-on machine); "
        "see `postdesk --headless --help` for its options",
    )
    parser.add_argument(
        TRAY_FLAG,
        dest="minimized",
        action="store_true",
        help="start in the system tray without showing the window (used at login)",
    )
    parser.add_argument("--lang", help="use this language instead of the system's (e.g. de)")
    parser.add_argument("--version", action="version", version=f"Postdesk {__version__}")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, list[str]]:
    """Split the command line into our options and the rest (for the headless engine).

    Raises:
        SystemExit: bad options, `--help` or `--version` (argparse's way).
    """
    parser = _parser()
    # `--help` after `--headless` belongs to the engine's parser.
    args_list = list(argv if argv is not None else sys.argv[1:])
    if "--headless" in args_list:
        front = argparse.ArgumentParser(add_help=False, parents=[_parser()], conflict_handler="resolve")
        front.add_argument("-h", "--help", action="store_true", dest="engine_help")
        args, rest = front.parse_known_args(args_list)
        if args.engine_help:
            rest.append("--help")
        return args, rest
    args, rest = parser.parse_known_args(args_list)
    if rest:
        parser.error("unrecognized arguments: " + " ".join(rest))
    return args, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Start Postdesk and return its exit code."""
    args, rest = parse_args(argv)
    paths = resolve_paths(args.data_dir).ensure()
    log.configure(paths.logs)
    if args.headless:
        from postdesk.engine.headless import main as headless_main

        # It takes the data directory's lock itself (it also runs as `-m postdesk.engine.headless`).
        return headless_main(paths, rest)
    try:
        lock = instance_lock.hold(paths.base, instance_lock.MODE_GUI)
    except DataDirInUse as busy:
        if args.minimized and busy.holder.is_gui:
            return 0  # started at login while the window already runs: it publishes; stay out of sight
        from PySide6.QtWidgets import QApplication

        from postdesk.ui.single_instance import refuse_or_hand_over

        _app = QApplication.instance() or QApplication([])
        return refuse_or_hand_over(busy)
    from postdesk.app import run_gui

    try:
        return run_gui(paths, language=args.lang, minimized=args.minimized, on_ready=_exit_after_shown())
    finally:
        lock.release()


#: Set (to 1, or to a .png path for a screenshot) to quit once the window is shown with its panes in place
#: (the store opened and migrated, every first-screen pane built): packaging smoke tests.
ENV_EXIT_AFTER_SHOWN = "POSTDESK_EXIT_AFTER_SHOWN"


def _exit_after_shown() -> Callable[[QWidget], bool] | None:
    """The `on_ready` hook of `ENV_EXIT_AFTER_SHOWN`: prints one line, saves a screenshot, quits.

    `on_ready`, not `on_shown`: the first paint is only the loading window, and a frozen bundle that lacks a
    module the panes import would still get that far.
    """
    import os

    wanted = os.environ.get(ENV_EXIT_AFTER_SHOWN)
    if not wanted:
        return None

    def shown(window: QWidget) -> bool:
        shot = window.grab()
        if wanted.endswith(".png"):
            shot.save(wanted)
        print(f"postdesk: window shown {shot.width()}x{shot.height()}", flush=True)
        return True

    return shown


if __name__ == "__main__":
    sys.exit(main())
