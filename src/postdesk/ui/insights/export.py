"""Writing the Insights of a period to CSV (run on a worker, never on the UI thread).

One row per published post. Counts are plain integers; a count the network does not give is
an empty cell, never 0. Times are ISO 8601 in the user's zone, with their offset.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path

from postdesk.core.insights import METRICS
from postdesk.store.repositories.insights import PostInsight

#: The header row (stable keys, not translated: the file is for spreadsheets and scripts).
HEADER: tuple[str, ...] = ("published_at", "network", "account", "text", *METRICS, "engagement", "url")


def write_csv(path: Path, posts: Sequence[PostInsight], zone: tzinfo) -> int:
    """Write `posts` to `path` (UTF-8 with a BOM, so spreadsheet programs read the accents).

    Returns:
        How many posts were written.
    """
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for post in posts:
            counts = [post.counts.get(name) for name in (*METRICS, "engagement")]
            writer.writerow(
                [
                    post.published_at.astimezone(zone).isoformat(timespec="minutes"),
                    post.network,
                    post.handle,
                    post.text,
                    *("" if c is None else c for c in counts),
                    post.remote_url or "",
                ]
            )
    tmp.replace(path)  # a half-written file never takes the name the user chose
    return len(posts)
