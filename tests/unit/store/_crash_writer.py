"""Child process of the crash test: save one draft, say so, then wait to be killed."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.store.db import open_database
from postdesk.store.repositories import PostRepository


def main() -> None:
    database = open_database(Paths(Path(sys.argv[1])).ensure())
    post = PostRepository(database).save(
        Post(parts=(sys.argv[2],), targets=(Target(Network.BLUESKY),)),
        now=datetime(2025, 3, 1, tzinfo=UTC),
    )
    print(post.id, flush=True)
    # Keep the connection open (no checkpoint, no clean close) until the parent kills us.
    sys.stdin.read()


if __name__ == "__main__":
    main()
