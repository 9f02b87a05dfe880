"""The time picker's "Suggested times" button: the creator's own best weekdays and hours (issue 13.9).

The ranking is `core.insights.best_times` over the stored metrics (`InsightsRepository.engagement_history`,
read on the disk worker); `core.best_time_suggest` decides when there is enough to go on and finds the
next such time. Each entry reads "Tuesday at 18:00 (next: Tue 3 Mar 2026)" in the app's zone, in the
user's locale; choosing one sets the picker, exactly as if the user had typed that time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from postdesk.core.best_time_suggest import Suggestions, next_occurrence, suggest
from postdesk.core.insights import PublishedEngagement
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.local_format import format_clock, format_date, format_number

LOAD_KEY = "composer-best-times"

History = Callable[[], Sequence[PublishedEngagement]]


def slot_words(weekday: int, hour: int, upcoming: datetime, zone: str) -> str:
    """ "Tuesday at 18:00 (next: Tue 3 Mar 2026)", in the user's locale (Qt numbers days 1 = Monday)."""
    local = upcoming.astimezone(ZoneInfo(zone))
    day = QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
    at = format_clock(time(hour, 0))
    date = format_date(local.date())
    return QCoreApplication.translate("BestTimes", "{day} at {hour} (next: {date})").format(day=day, hour=at, date=date)


class BestTimesPart(QObject):
    """The button beside the time picker and its menu of suggested times.

    Args:
        zone: the zone times are picked in, now (the schedule bar's).
        pick: sets the picker to a wall-clock time in that zone, as a user edit would.
        picker: the time picker (the button is off while it is).
        parent: the widget the button lives in.

    Signals:
        loaded: the suggestions were read (or found too few).

    Attributes:
        button: "Suggested times" (its menu opens with Enter, Space or a click).
        menu: the suggestions, or why there are none yet.
        suggestions: the last answer, or None before the first.
    """

    loaded = Signal()

    def __init__(
        self, zone: Callable[[], str], pick: Callable[[datetime], None], picker: QWidget, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._picker = picker
        # Suggestions are offered only while a time can be picked (not on a published or locked post).
        picker.installEventFilter(self)
        self._zone = zone
        self._pick = pick
        self._history: History | None = None
        self._runner: BackgroundRunner | None = None
        self._now: Callable[[], datetime] | None = None
        self.suggestions: Suggestions | None = None
        self.button = QToolButton(parent)
        self.button.setObjectName("composerSuggestedTimes")
        self.button.setText(self.tr("Suggested times"))
        self.button.setAccessibleName(self.tr("Suggested times: your best weekdays and hours to publish"))
        self.button.setToolTip(self.tr("When your own posts did best, from their likes, reposts and replies"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.menu.setObjectName("composerSuggestedTimesMenu")
        self.menu.aboutToShow.connect(self._about_to_show)
        # Metrics arrive while the app runs: read them again once the menu closes, for the next look.
        self.menu.aboutToHide.connect(self.reload)
        self.button.setMenu(self.menu)
        self._sync()  # off until the app gives it the metrics
        self._fill()

    def set_source(self, history: History, runner: BackgroundRunner, now: Callable[[], datetime]) -> None:
        """Read suggestions from `history` (blocking: runs on `runner`); the app calls this once."""
        self._history, self._runner, self._now = history, runner, now
        self._sync()
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._picker and event.type() == QEvent.Type.EnabledChange:
            self._sync()
        return False

    def _sync(self) -> None:
        self.button.setEnabled(self._history is not None and self._picker.isEnabled())

    def reload(self) -> None:
        """Read the metrics again (new ones arrived, or the zone changed)."""
        history, runner = self._history, self._runner
        if history is None or runner is None:
            return
        zone = ZoneInfo(self._zone())

        def read() -> Suggestions:
            return suggest(history(), zone)

        runner.submit(read, key=LOAD_KEY, on_done=self._loaded)

    def _loaded(self, found: Suggestions) -> None:
        self.suggestions = found
        self._fill()
        self.loaded.emit()

    def _about_to_show(self) -> None:
        # The next occurrences move with the clock: worked out each time the menu opens.
        self._fill()

    def _fill(self) -> None:
        self.menu.clear()
        found = self.suggestions
        if found is None:
            self._note(self.tr("Reading your posts' results\u2026"))
            return
        if not found.enough:
            self._note(
                self.tr(
                    "Not enough to go on yet: Postdesk suggests times once it has read the likes and replies of"
                    " {needed} of your published posts ({posts} so far)."
                ).format(needed=format_number(found.needed), posts=format_number(found.posts))
            )
            return
        if not found.best:
            self._note(self.tr("Your posts have no likes or replies to learn from yet."))
            return
        zone = self._zone()
        self._note(
            self.tr("Your best times, from {posts} published posts ({zone}):").format(
                posts=format_number(found.posts), zone=zone
            )
        )
        now = self._now() if self._now is not None else None
        for best in found.best:
            if now is None:
                continue
            upcoming = next_occurrence(best.weekday, best.hour, now, ZoneInfo(zone))
            action = self.menu.addAction(slot_words(best.weekday, best.hour, upcoming, zone))
            action.triggered.connect(lambda _checked=False, at=upcoming: self._chosen(at, zone))

    def _note(self, text: str) -> None:
        note = self.menu.addAction(text)
        note.setEnabled(False)

    def _chosen(self, instant: datetime, zone: str) -> None:
        self._pick(instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None))

    def entries(self) -> list[str]:
        """The menu's texts, the note first (tests and screen readers)."""
        return [a.text() for a in self.menu.actions()]
