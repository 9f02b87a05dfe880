"""The calendar's bar: previous / today / next, the shown period, the view buttons, the zone,
the filter menu and the search field. It says what the user chose; the pane decides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from postdesk.core.calendar import CalendarFilter, DateRange, EntryStatus, ViewKind
from postdesk.core.networks import NETWORK_ORDER
from postdesk.store.repositories.calendar import AccountChoice
from postdesk.ui.calendar.wording import format_day, network_name, status_word
from postdesk.ui.local_format import DatePattern, format_pattern, format_year
from postdesk.ui.look.tokens import Space


class FittingTitle(QLabel):
    """A label given its text in several lengths, longest first: it shows the longest that fits.

    A week at 1024 px does not have room for "Mon 17 Mar – Sun 23 Mar 2025" beside the bar's
    buttons; the shorter "17 Mar – 23 Mar 2025" says the same period. The full text stays the
    tooltip and the accessible description, so nothing is lost when a short one is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = [""]
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_texts(self, texts: Sequence[str]) -> None:
        """The texts to choose from, longest first."""
        self._texts = list(texts) or [""]
        self.setToolTip(self._texts[0] if len(self._texts) > 1 else "")
        self.setAccessibleDescription(self._texts[0])
        self._fit()
        self.updateGeometry()

    def _width_of(self, text: str) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin()

    def _fit(self) -> None:
        chosen = next((t for t in self._texts if self._width_of(t) <= self.width()), None)
        if chosen is None:  # not even the shortest fits (long translations): end it with "…", never cut it
            room = self.width() - self._width_of("")
            chosen = self.fontMetrics().elidedText(self._texts[-1], Qt.TextElideMode.ElideRight, room)
        if chosen != self.text():
            self.setText(chosen)

    def sizeHint(self) -> QSize:
        return QSize(self._width_of(self._texts[0]), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width_of(self._texts[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


#: The view buttons in order, with their shortcuts (the pane binds the shortcuts).
VIEW_KEYS = ((ViewKind.MONTH, "Ctrl+1"), (ViewKind.WEEK, "Ctrl+2"), (ViewKind.LIST, "Ctrl+3"))


class CalendarToolbar(QWidget):
    """The row of controls above the calendar.

    Attributes:
        title: the shown period ("June 2025").
        search: the search field.
        filter_menu: the filter button's menu (rebuilt by `rebuild_filter_menu`).

    Signals:
        page_requested: (int) previous / next.
        today_requested: () Today.
        view_chosen: (ViewKind) a view button.
        zone_chosen: (str) an IANA zone name picked in the zone box.
        filter_changed: (CalendarFilter) the search text or a filter menu item changed.
    """

    page_requested = Signal(int)
    today_requested = Signal()
    view_chosen = Signal(object)
    zone_chosen = Signal(str)
    filter_changed = Signal(object)

    def __init__(self, zone_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = CalendarFilter()
        self._accounts: Sequence[AccountChoice] = ()
        self._tags: Sequence[str] = ()
        # The angle quotes below are bidi-mirrored characters: in a right-to-left window Qt draws them turned, so
        # "Previous" (on the right there) points right without swapping them here.
        self._prev = self._tool(self.tr("Previous"), "calendarPrevious", "‹")
        self._today = self._tool(self.tr("Today"), "calendarToday", self.tr("Today"))
        self._next = self._tool(self.tr("Next"), "calendarNext", "›")
        self.title = FittingTitle(self)
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Shown period"))

        self._view_buttons = QButtonGroup(self)
        self._view_buttons.setExclusive(True)
        labels = {ViewKind.MONTH: self.tr("Month"), ViewKind.WEEK: self.tr("Week"), ViewKind.LIST: self.tr("List")}
        self._view_button: dict[ViewKind, QToolButton] = {}
        for i, (kind, keys) in enumerate(VIEW_KEYS):
            label = labels[kind]
            button = self._tool(label, f"calendarView{kind.value.title()}", label)
            button.setCheckable(True)
            button.setToolTip(f"{label} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            self._view_buttons.addButton(button, i)
            self._view_button[kind] = button
        self._view_button[ViewKind.MONTH].setChecked(True)

        self.zone_box = QComboBox(self)
        self.zone_box.setObjectName("calendarZone")
        self.zone_box.setAccessibleName(self.tr("Time zone shown"))
        self.zone_box.setToolTip(self.tr("Show times in another time zone"))
        self.zone_box.addItem(zone_key)
        self.zone_box.setMinimumContentsLength(8)  # the week title needs the room at 1024 px
        # Sized by those 8 letters, not by the longest of ~600 zone names once the list is loaded
        # (which took 145 px for "UTC" and, arriving after the first layout, moved the bar under a test).
        self.zone_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self._filter_button = self._tool(self.tr("Filter"), "calendarFilter", self.tr("Filter"))
        self._filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self)
        self.filter_menu.setObjectName("calendarFilterMenu")
        self._filter_button.setMenu(self.filter_menu)

        self.search = QLineEdit(self)
        self.search.setObjectName("calendarSearch")
        self.search.setPlaceholderText(self.tr("Search posts"))
        self.search.setAccessibleName(self.tr("Search posts"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(240)
        # A 1024 px window squeezed it to "Sear…": keep its whole hint, or ten letters of a long one
        # (the week's title needs the rest in German); given room, it grows to its 17 x's.
        metrics = self.search.fontMetrics()
        frame = self.search.sizeHint().width() - 17 * metrics.horizontalAdvance("x") + 2  # Qt's hint: 17 x's
        hint = metrics.horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(frame + min(hint, 10 * metrics.averageCharWidth()))

        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self._prev, self._today, self._next):
            bar.addWidget(widget)
        bar.addSpacing(Space.S)
        bar.addWidget(self.title, 1)
        for kind, _keys in VIEW_KEYS:
            bar.addWidget(self._view_button[kind])
        bar.addSpacing(Space.S)
        bar.addWidget(self.zone_box)
        bar.addWidget(self._filter_button)
        bar.addWidget(self.search)

        self._prev.clicked.connect(lambda: self.page_requested.emit(-1))
        self._next.clicked.connect(lambda: self.page_requested.emit(1))
        self._today.clicked.connect(self.today_requested)
        self._view_buttons.idClicked.connect(lambda i: self.view_chosen.emit(VIEW_KEYS[i][0]))
        self.search.textChanged.connect(lambda text: self._choose(replace(self.chosen, text=text)))
        self.zone_box.activated.connect(self._on_zone_activated)

    def _tool(self, accessible: str, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoRaise(True)
        return button

    def show_period(self, kind: ViewKind, days: DateRange, anchor: date) -> None:
        """Name the shown period: "June 2025", or a week's first and last day."""
        if kind is ViewKind.WEEK:
            last = days.end - timedelta(days=1)
            # Longest first; the title shows the longest that fits (a narrow window drops the weekdays).
            texts = [
                self.tr("{first} – {last} {year}").format(
                    first=format_day(days.start, long=False), last=format_day(last, long=False), year=format_year(last)
                )
            ]
            short = [format_pattern(d, DatePattern.DAY_MONTH) for d in (days.start, last)]
            texts.append(
                self.tr("{first} – {last} {year}").format(first=short[0], last=short[1], year=format_year(last))
            )
            if days.start.month == last.month:
                day = format_pattern(days.start, DatePattern.DAY)
                texts.append(
                    self.tr("{first} – {last} {year}").format(first=day, last=short[1], year=format_year(last))
                )
        else:
            texts = [format_pattern(anchor.replace(day=1), DatePattern.MONTH_YEAR)]
        self.title.set_texts(texts)

    def show_view(self, kind: ViewKind) -> None:
        """Check the button of the shown view."""
        self._view_button[kind].setChecked(True)

    def set_filter(self, chosen: CalendarFilter) -> None:
        """Show `chosen` as the filter in force (search text and menu), without reporting it."""
        self.chosen = chosen
        if self.search.text() != chosen.text:
            self.search.blockSignals(True)
            self.search.setText(chosen.text)
            self.search.blockSignals(False)
        self.rebuild_filter_menu(self._accounts, self._tags)

    def _choose(self, chosen: CalendarFilter) -> None:
        self.chosen = chosen
        self.filter_changed.emit(chosen)

    def _toggle_facet(self, facet: str, value: Any, on: bool) -> None:
        current: frozenset[Any] = getattr(self.chosen, facet)
        updated = current | {value} if on else current - {value}
        chosen = replace(self.chosen, **{facet: frozenset(updated)})
        self._filter_button.setText(self.tr("Filter (on)") if chosen.active else self.tr("Filter"))
        self._choose(chosen)

    def show_zone(self, key: str) -> None:
        """Show `key` as the chosen zone (added to the box if missing)."""
        if self.zone_box.findText(key) < 0:
            self.zone_box.addItem(key)
        self.zone_box.setCurrentText(key)

    def fill_zones(self, keys: list[str], current: str) -> None:
        """Offer every zone in `keys`, keeping `current` chosen."""
        self.zone_box.blockSignals(True)
        self.zone_box.clear()
        self.zone_box.addItems(keys)
        if current not in keys:
            self.zone_box.insertItem(0, current)
        self.zone_box.setCurrentText(current)
        self.zone_box.blockSignals(False)

    def _on_zone_activated(self, row: int) -> None:
        self.zone_chosen.emit(self.zone_box.itemText(row))

    def rebuild_filter_menu(self, accounts: Sequence[AccountChoice], tags: Sequence[str]) -> None:
        """Offer these accounts and tags (and every network and status), the chosen ones checked."""
        self._accounts, self._tags, chosen = accounts, tags, self.chosen
        menu = self.filter_menu
        menu.clear()
        sub = menu.addMenu(self.tr("Accounts"))
        for account in accounts:
            label = f"{network_name(account.network)} · {account.handle}"
            self._filter_action(sub, label, "accounts", account.id, chosen)
        sub = menu.addMenu(self.tr("Networks"))
        for network in NETWORK_ORDER:
            self._filter_action(sub, network_name(network), "networks", network, chosen)
        sub = menu.addMenu(self.tr("Statuses"))
        for status in EntryStatus:
            self._filter_action(sub, status_word(status), "statuses", status, chosen)
        sub = menu.addMenu(self.tr("Tags"))
        for tag in tags:
            self._filter_action(sub, tag, "tags", tag, chosen)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Show everything"))
        clear.triggered.connect(self._clear)

    def _filter_action(self, menu: QMenu, label: str, facet: str, value: Any, chosen: CalendarFilter) -> QAction:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(value in getattr(chosen, facet))
        action.setObjectName(f"filter:{facet}:{value}")
        action.toggled.connect(lambda on, f=facet, v=value: self._toggle_facet(f, v, on))
        return action

    def _clear(self) -> None:
        # "Show everything": every facet off, the search kept.
        self.set_filter(CalendarFilter(text=self.chosen.text))
        self._filter_button.setText(self.tr("Filter"))
        self.filter_changed.emit(self.chosen)
