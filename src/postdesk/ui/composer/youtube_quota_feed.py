"""Keeps the composer's YouTube panel told how the post's Pacific day stands against YouTube's daily quota.

Whenever the picked time, the YouTube account or its options change (or a post is opened), the
feed asks `platforms.youtube_quota_store.day_plan` on the worker (it reads the database: the
stored usage and the account's other uploads scheduled that day; newest request wins) and hands
the answer to `TargetPanel.set_youtube_quota`, so validation refuses a day that cannot fit and
warns about one that runs low before the post is scheduled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject

from postdesk.core import youtube_quota as quota
from postdesk.core.networks import Network
from postdesk.platforms.youtube_quota_store import day_plan
from postdesk.store.db import Database
from postdesk.ui.composer.view import ComposerPane

#: The key of the worker requests (a newer one cancels the older).
KEY = "youtube-quota"


class Runner(Protocol):
    """`ui.background.BackgroundRunner`'s submit."""

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> Any: ...


class YouTubeQuotaFeed(QObject):
    """Feeds `pane`'s YouTube panel with its quota plan (a child of the pane: it lives as long).

    Args:
        pane: the composer.
        runner: runs the database read off the UI thread.
        database: the open database.
        now: the current instant.
    """

    def __init__(self, pane: ComposerPane, runner: Runner, database: Database, now: Callable[[], datetime]) -> None:
        super().__init__(pane)
        self._pane = pane
        self._runner = runner
        self._database = database
        self._now = now
        panel = pane.panel(Network.YOUTUBE)
        panel.changed.connect(self.update)
        pane.when_edit.dateTimeChanged.connect(self.update)
        for signal in (pane.loaded, pane.post_opened, pane.accounts_reloaded, pane.post_saved):
            signal.connect(self.update)

    def update(self, *_args: object) -> None:
        """Ask again for the plan of the post's day (or clear it when there is nothing to ask)."""
        panel = self._pane.panel(Network.YOUTUBE)
        account = panel.account_id()
        when = self._pane.picked_instant()
        if account is None or when is None or Network.YOUTUBE not in self._pane.selected_networks():
            panel.set_youtube_quota(None)
            return
        options = panel.options()
        cost = quota.publish_cost(thumbnail=bool(options.get("thumbnail")), playlist=bool(options.get("playlist_id")))
        self._runner.submit(
            self._plan,
            account,
            when,
            self._now(),
            cost,
            self._pane.current_post().id,
            on_done=self._got,
            on_error=self._failed,
            key=KEY,
        )

    def _plan(
        self, account: int, when: datetime, now: datetime, cost: quota.Cost, post_id: int | None
    ) -> quota.DayPlan:
        return day_plan(self._database, account, when, now, cost, post_id=post_id)  # on the worker

    def _got(self, plan: quota.DayPlan) -> None:
        self._pane.panel(Network.YOUTUBE).set_youtube_quota(plan)
        self._pane.refresh_now()

    def _failed(self, _error: BaseException) -> None:
        # Without the count the adapter still refuses at publish time; the composer just cannot warn.
        self._pane.panel(Network.YOUTUBE).set_youtube_quota(None)
