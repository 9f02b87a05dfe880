"""Insights: metric snapshots of published targets, and the reads the Insights pane needs.

A target's publishing instant is its `target.updated_at` while it is `published`: that state is
terminal (`core.states.TERMINAL`), so the row is not moved again after the transition that
published it. Text shown is what went out (`target_snapshot`), else the post's own.

"Unknown" stays distinct from 0 all the way: a count is None when its network did not say, and
sums over posts add the known counts only (SQL's SUM over NULLs is NULL).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import bindparam, text

from postdesk.core import insights as core
from postdesk.store.db import Database
from postdesk.store.sqltypes import UTCDateTime
from postdesk.store.tables_insights import MetricSnapshotRow

_UTC = UTCDateTime()


@dataclass(frozen=True, slots=True)
class Counts:
    """A post's counts; None where the network does not say.

    Attributes:
        likes, reposts, replies, quotes, views, clicks: the counts.
    """

    likes: int | None = None
    reposts: int | None = None
    replies: int | None = None
    quotes: int | None = None
    views: int | None = None
    clicks: int | None = None

    def get(self, name: str) -> int | None:
        """A count by its name in `core.insights.METRICS`, or "engagement"."""
        if name == "engagement":
            return self.engagement
        value: int | None = getattr(self, name)
        return value

    @property
    def engagement(self) -> int | None:
        """What the audience did, of the counts known (`core.insights.engagement`)."""
        return core.engagement({name: getattr(self, name) for name in core.METRICS})

    @property
    def known(self) -> bool:
        """Whether any count is known."""
        return any(getattr(self, name) is not None for name in core.METRICS)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One fetch of one target.

    Attributes:
        fetched_at: when.
        counts: what the network said.
        gone: the network said the post no longer exists.
    """

    fetched_at: datetime
    counts: Counts
    gone: bool = False


@dataclass(frozen=True, slots=True)
class PublishedTarget:
    """A published target the engine may read metrics for.

    Attributes:
        target_id: the target.
        network: its network's value.
        account_id: the account that published it.
        remote_id: the network's id of the post.
        published_at: when it went out.
        last_fetched_at: its newest snapshot's instant, None if never read.
        gone: its newest snapshot says the post is gone.
    """

    target_id: int
    network: str
    account_id: int | None
    remote_id: str
    published_at: datetime
    last_fetched_at: datetime | None
    gone: bool


@dataclass(frozen=True, slots=True)
class PostInsight:
    """A published post (one target) with its newest known counts.

    Attributes:
        target_id, post_id: the target and its post.
        network: the network's value.
        account_id: the account.
        handle: the account's handle ("" when the account is gone).
        published_at: when it went out.
        text: the first part of what went out.
        remote_url: the link to the post, if known.
        counts: the newest known counts (all None when never read).
        fetched_at: when they were read, None if never.
        gone: the network said the post no longer exists.
    """

    target_id: int
    post_id: int
    network: str
    account_id: int | None
    handle: str
    published_at: datetime
    text: str
    remote_url: str | None
    counts: Counts
    fetched_at: datetime | None
    gone: bool


@dataclass(frozen=True, slots=True)
class Totals:
    """Counts added up over the posts of one account on one network.

    Attributes:
        network: the network's value.
        account_id: the account.
        handle: its handle.
        posts: posts published in the period.
        counts: the known counts added up (None: nothing known).
    """

    network: str
    account_id: int | None
    handle: str
    posts: int
    counts: Counts


@dataclass(frozen=True, slots=True)
class PeriodInsights:
    """Everything the Insights pane shows for one period.

    Attributes:
        posts: the posts published in the period, newest first.
        totals: per account and network.
        series: per local day.
        grid: engagement by local weekday × hour (from every published post, not only the period).
        published_ever: published targets in total (0: the pane shows its empty state).
    """

    posts: tuple[PostInsight, ...]
    totals: tuple[Totals, ...]
    series: tuple[core.DayPoint, ...]
    grid: core.Grid
    published_ever: int
    best: tuple[core.BestTime, ...] = field(default=())


_LATEST = (
    "SELECT s.target_id, s.fetched_at, s.likes, s.reposts, s.replies, s.quotes, s.views,"
    " s.clicks FROM metric_snapshot AS s JOIN (SELECT target_id, MAX(id) AS id FROM metric_snapshot"
    " WHERE gone = 0 GROUP BY target_id) AS m ON m.id = s.id"
)
_LAST_ANY = "SELECT target_id, MAX(id) AS id FROM metric_snapshot GROUP BY target_id"

_PUBLISHED = (
    text(
        "SELECT t.id AS target_id, t.post_id, t.network, t.account_id, COALESCE(a.handle, '') AS handle,"
        " t.updated_at AS published_at, COALESCE(ts.parts_json, p.parts_json) AS parts_json,"
        " t.remote_url, l.fetched_at, l.likes, l.reposts, l.replies, l.quotes, l.views, l.clicks,"
        " COALESCE(g.gone, 0) AS gone"
        " FROM target AS t JOIN post AS p ON p.id = t.post_id"
        " LEFT JOIN account AS a ON a.id = t.account_id"
        " LEFT JOIN target_snapshot AS ts ON ts.target_id = t.id"
        f" LEFT JOIN ({_LATEST}) AS l ON l.target_id = t.id"
        f" LEFT JOIN ({_LAST_ANY}) AS la ON la.target_id = t.id"
        " LEFT JOIN metric_snapshot AS g ON g.id = la.id"
        " WHERE t.state = 'published' AND p.deleted_at IS NULL"
        " AND t.updated_at >= :start AND t.updated_at < :end"
        " ORDER BY t.updated_at DESC, t.id DESC"
    )
    .bindparams(bindparam("start", type_=_UTC), bindparam("end", type_=_UTC))
    .columns(published_at=_UTC, fetched_at=_UTC)
)

_TOTALS = text(
    "SELECT t.network, t.account_id, COALESCE(a.handle, '') AS handle, COUNT(*) AS posts,"
    " SUM(l.likes), SUM(l.reposts), SUM(l.replies), SUM(l.quotes), SUM(l.views), SUM(l.clicks)"
    " FROM target AS t JOIN post AS p ON p.id = t.post_id"
    " LEFT JOIN account AS a ON a.id = t.account_id"
    f" LEFT JOIN ({_LATEST}) AS l ON l.target_id = t.id"
    " WHERE t.state = 'published' AND p.deleted_at IS NULL"
    " AND t.updated_at >= :start AND t.updated_at < :end"
    " GROUP BY t.network, t.account_id ORDER BY t.network, handle, t.account_id"
).bindparams(bindparam("start", type_=_UTC), bindparam("end", type_=_UTC))

_CANDIDATES = (
    "SELECT t.id, t.network, t.account_id, t.remote_id, t.updated_at AS published_at,"
    " g.fetched_at, COALESCE(g.gone, 0) AS gone"
    " FROM target AS t JOIN post AS p ON p.id = t.post_id"
    f" LEFT JOIN ({_LAST_ANY}) AS la ON la.target_id = t.id"
    " LEFT JOIN metric_snapshot AS g ON g.id = la.id"
    " WHERE t.state = 'published' AND p.deleted_at IS NULL AND t.remote_id IS NOT NULL"
)

_ENGAGEMENT_ALL = text(
    "SELECT t.updated_at AS published_at, l.likes, l.reposts, l.replies, l.quotes, l.views,"
    " l.clicks FROM target AS t JOIN post AS p ON p.id = t.post_id"
    f" JOIN ({_LATEST}) AS l ON l.target_id = t.id"
    " WHERE t.state = 'published' AND p.deleted_at IS NULL"
).columns(published_at=_UTC)

_PUBLISHED_COUNT = text(
    "SELECT COUNT(*) FROM target AS t JOIN post AS p ON p.id = t.post_id"
    " WHERE t.state = 'published' AND p.deleted_at IS NULL"
)

_HISTORY = text(
    "SELECT fetched_at, likes, reposts, replies, quotes, views, clicks, gone FROM metric_snapshot"
    " WHERE target_id = :target_id ORDER BY id"
).columns(fetched_at=_UTC)


def _counts(row: Any, offset: int) -> Counts:
    values = tuple(None if v is None else int(v) for v in tuple(row)[offset : offset + 6])
    return Counts(*values)


def _first_part(parts_json: str | None) -> str:
    try:
        parts = json.loads(parts_json or "[]")
    except ValueError:
        return ""
    return str(parts[0]) if isinstance(parts, list) and parts else ""


class InsightsRepository:
    """Reads and writes metric snapshots.

    Args:
        db: the database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- writes (the engine) ---------------------------------------------------------------

    def record(self, target_id: int, fetched_at: datetime, counts: Counts | None, *, gone: bool = False) -> None:
        """Add a snapshot (history is kept: earlier rows are never changed).

        Args:
            target_id: the target.
            fetched_at: when the network answered.
            counts: what it said (None with `gone`).
            gone: the network said the post no longer exists.
        """
        counts = counts or Counts()
        with self.db.session() as session:
            session.add(
                MetricSnapshotRow(
                    target_id=target_id,
                    fetched_at=fetched_at,
                    likes=counts.likes,
                    reposts=counts.reposts,
                    replies=counts.replies,
                    quotes=counts.quotes,
                    views=counts.views,
                    clicks=counts.clicks,
                    gone=gone,
                )
            )

    # -- reads for the engine --------------------------------------------------------------

    def published_targets(self, target_ids: Iterable[int] | None = None) -> list[PublishedTarget]:
        """Published targets with a remote id (all, or those of `target_ids`), with their newest fetch."""
        query = _CANDIDATES
        params: dict[str, Any] = {}
        if target_ids is not None:
            ids = sorted(set(target_ids))
            if not ids:
                return []
            query += " AND t.id IN :ids"
            params["ids"] = ids
        clause = text(query + " ORDER BY t.updated_at, t.id")
        if "ids" in params:
            clause = clause.bindparams(bindparam("ids", expanding=True))
        statement = clause.columns(published_at=_UTC, fetched_at=_UTC)
        with self.db.read_session() as session:
            rows = session.execute(statement, params).all()
        return [
            PublishedTarget(
                int(r[0]), str(r[1]), None if r[2] is None else int(r[2]), str(r[3]), r[4], r[5], bool(r[6])
            )
            for r in rows
        ]

    # -- reads for the UI -------------------------------------------------------------------

    def published(self, start: datetime, end: datetime) -> list[PostInsight]:
        """Posts (targets) published in [start, end), newest first, with their newest counts."""
        with self.db.read_session() as session:
            rows = session.execute(_PUBLISHED, {"start": start, "end": end}).all()
        return [
            PostInsight(
                target_id=int(r.target_id),
                post_id=int(r.post_id),
                network=str(r.network),
                account_id=None if r.account_id is None else int(r.account_id),
                handle=str(r.handle),
                published_at=r.published_at,
                text=_first_part(r.parts_json),
                remote_url=r.remote_url,
                counts=_counts(r, 9),
                fetched_at=r.fetched_at,
                gone=bool(r.gone),
            )
            for r in rows
        ]

    def totals(self, start: datetime, end: datetime) -> list[Totals]:
        """Counts per network and account over the posts published in [start, end)."""
        with self.db.read_session() as session:
            rows = session.execute(_TOTALS, {"start": start, "end": end}).all()
        return [
            Totals(str(r[0]), None if r[1] is None else int(r[1]), str(r[2]), int(r[3]), _counts(r, 4)) for r in rows
        ]

    def top_posts(
        self, start: datetime, end: datetime, metric: str = "engagement", limit: int = 10
    ) -> list[PostInsight]:
        """The posts of [start, end) with the highest `metric`; unknown counts come last."""
        return rank(self.published(start, end), metric)[:limit]

    def latest(self, target_ids: Iterable[int]) -> dict[int, Snapshot]:
        """The newest known counts of these targets (targets never read are left out)."""
        ids = sorted(set(target_ids))
        if not ids:
            return {}
        statement = (
            text(_LATEST + " WHERE s.target_id IN :ids")
            .bindparams(bindparam("ids", expanding=True))
            .columns(fetched_at=_UTC)
        )
        with self.db.read_session() as session:
            rows = session.execute(statement, {"ids": ids}).all()
        return {int(r[0]): Snapshot(r[1], _counts(r, 2)) for r in rows}

    def post_totals(self, post_ids: Iterable[int]) -> dict[int, Counts]:
        """The newest known counts of each post, added up over its targets (posts never read are left out).

        For the calendar's list: one row per post, whatever the number of networks.
        """
        ids = sorted(set(post_ids))
        if not ids:
            return {}
        statement = text(
            "SELECT t.post_id, SUM(l.likes), SUM(l.reposts), SUM(l.replies), SUM(l.quotes),"
            " SUM(l.views), SUM(l.clicks) FROM target AS t"
            f" JOIN ({_LATEST}) AS l ON l.target_id = t.id"
            " WHERE t.state = 'published' AND t.post_id IN :ids GROUP BY t.post_id"
        ).bindparams(bindparam("ids", expanding=True))
        out: dict[int, Counts] = {}
        with self.db.read_session() as session:
            for start in range(0, len(ids), 500):
                rows = session.execute(statement, {"ids": ids[start : start + 500]}).all()
                out.update({int(r[0]): _counts(r, 1) for r in rows})
        return out

    def best_times(self, zone: tzinfo, limit: int = 3) -> list[core.BestTime]:
        """The creator's best weekdays and hours in `zone` (what the composer's time picker suggests)."""
        return core.best_times(self.engagement_history(), zone, limit=limit)

    def history(self, target_id: int) -> list[Snapshot]:
        """Every snapshot of a target, oldest first."""
        with self.db.read_session() as session:
            rows = session.execute(_HISTORY, {"target_id": target_id}).all()
        return [Snapshot(r[0], _counts(r, 1), bool(r[7])) for r in rows]

    def engagement_history(self) -> list[core.PublishedEngagement]:
        """Every published post whose counts were read, with its engagement (for best times)."""
        with self.db.read_session() as session:
            rows = session.execute(_ENGAGEMENT_ALL).all()
        return [core.PublishedEngagement(r[0], _counts(r, 1).engagement) for r in rows]

    def published_count(self) -> int:
        """How many targets were ever published (and their posts kept)."""
        with self.db.read_session() as session:
            return int(session.execute(_PUBLISHED_COUNT).scalar_one())

    def period(self, start: datetime, end: datetime, zone: tzinfo, first_day: date, last_day: date) -> PeriodInsights:
        """Everything the Insights pane shows for [start, end), in the user's zone."""
        posts = self.published(start, end)
        history = self.engagement_history()
        series = core.daily_series(
            ((p.published_at, p.counts.engagement, p.counts.views) for p in posts), zone, first_day, last_day
        )
        return PeriodInsights(
            posts=tuple(posts),
            totals=tuple(self.totals(start, end)),
            series=tuple(series),
            grid=core.week_grid(history, zone),
            published_ever=self.published_count(),
            best=tuple(core.best_times(history, zone)),
        )


def rank(posts: Sequence[PostInsight], metric: str) -> list[PostInsight]:
    """Posts by `metric` (a name of `core.insights.METRICS` or "engagement"), highest first.

    Posts whose `metric` is unknown come after every known one, newest first among themselves.
    """

    def key(post: PostInsight) -> tuple[int, int, float]:
        value = post.counts.get(metric)
        return (1, 0, -post.published_at.timestamp()) if value is None else (0, -value, -post.published_at.timestamp())

    return sorted(posts, key=key)
