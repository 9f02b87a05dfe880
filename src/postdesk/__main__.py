"""Entry point: `postdesk` or `python -m postdesk` starts the app; `--headless` runs only the engine."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from postdesk import __version__, log
from postdesk.paths import resolve_paths


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="postdesk",
        description="Draft, schedule and publish posts to your own social accounts.",
    )
    parser.add_argument("--data-dir", help="keep the database, media and logs in this folder")
    parser.add_argument(
        "--headless",
        action="store_true",
        help="publish scheduled posts without opening a window (for an always-on machine)",
    )
    parser.add_argument("--lang", help="use this language instead of the system's (e.g. de)")
    parser.add_argument("--version", action="version", version=f"Postdesk {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Start Postdesk and return its exit code."""
    args = parse_args(argv if argv is not None else sys.argv[1:])
    paths = resolve_paths(args.data_dir).ensure()
    log.configure(paths.logs)
    if args.headless:
        from postdesk.engine.headless import main as headless_main

        return headless_main(paths, list(argv if argv is not None else sys.argv[1:]))
    from postdesk.app import run_gui

    return run_gui(paths, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
