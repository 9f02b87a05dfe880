"""The calendar's three item views: month grid, week hour grid, agenda list.

They turn mouse and keyboard gestures into signals the pane acts on; they never decide what a
gesture means for the schedule. Keys: arrows move the current cell (Qt's own), PageUp/PageDown
page the period (in the list: Ctrl+PageUp/PageDown, since PageUp/PageDown scroll it), T goes to
today, Enter opens the first post of the cell or composes there, Space opens the whole day (as
a click on "+N more" does), the menu key opens the menu.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDrag, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QToolTip, QWidget

from postdesk.core.calendar import CalendarEntry
from postdesk.ui.calendar.delegates import _CellDelegate
from postdesk.ui.calendar.model_roles import full_text_tip
from postdesk.ui.calendar.models import ENTRY_ROLE, AgendaModel, _GridModel, encode_post
from postdesk.ui.calendar.paint import CHIP_HEIGHT, card_layout, paint_chip
from postdesk.ui.calendar.wording import format_day, format_time
from postdesk.ui.look.tokens import Space


def _when_samples() -> list[str]:
    """The When column's text for a week of days in long-named months, at a wide time."""
    days = [date(2025, 9, 22) + timedelta(days=n) for n in range(7)] + [date(2025, 12, 28)]
    return [f"{format_day(day, long=False)} {format_time(datetime(2025, 1, 1, 23, 58))}" for day in days]


class CalendarGridView(QTableView):
    """A grid of cells holding entry chips (month or week).

    Signals:
        entry_activated: (CalendarEntry) double-click or Enter on a post or slot.
        empty_activated: (date, hour or None) double-click or Enter on empty space.
        menu_requested: (list[CalendarEntry], date, hour or None, QPoint global) right-click.
        page_requested: (int) -1 / +1 for the previous / next period.
        today_requested: () T was pressed.
        day_requested: (date) "+N more" was clicked, or Space pressed on a cell: show the day.
    """

    entry_activated = Signal(object)
    empty_activated = Signal(object, object)
    menu_requested = Signal(object, object, object, QPoint)
    page_requested = Signal(int)
    today_requested = Signal()
    day_requested = Signal(object)

    def __init__(self, delegate: _CellDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setShowGrid(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self._press_pos: QPoint | None = None

    def grid_model(self) -> _GridModel:
        model = self.model()
        assert isinstance(model, _GridModel)
        return model

    def entry_at(self, pos: QPoint) -> CalendarEntry | None:
        """The entry whose chip is under a viewport position, or None."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        entries = self.grid_model().entries_at(index)
        chip = self._delegate.chip_index_at(self.visualRect(index), entries, pos)
        return entries[chip] if chip is not None else None

    def chip_center(self, index: QModelIndex, position: int) -> QPoint:
        """The viewport point at the middle of a cell's n-th chip (tests and accessibility)."""
        from postdesk.ui.calendar.paint import chip_rects

        rect = self.visualRect(index)
        count, delegate = len(self.grid_model().entries_at(index)), self._delegate
        rects, _ = chip_rects(rect, count, delegate.chips_top, delegate.card_height)
        return rects[position].center()

    def viewportEvent(self, event: QEvent) -> bool:
        # Hovering a card shows that post's full text; elsewhere the cell's summary (its tooltip).
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self.entry_at(event.pos())
            zone = self._delegate.zone
            if entry is not None and zone is not None:
                model = self.grid_model()
                tip = full_text_tip(entry, zone, model.hold_of(entry.post_id), model.warnings_of(entry.post_id))
                QToolTip.showText(event.globalPos(), tip, self.viewport())
                return True
        return super().viewportEvent(event)

    def _cell_of(self, index: QModelIndex) -> tuple[date, int | None]:
        model = self.grid_model()
        return model.cell_date(index.row(), index.column()), model.cell_hour(index.row())

    def more_center(self, index: QModelIndex) -> QPoint | None:
        """The viewport point at the middle of a cell's "+N more" line, or None (all fit)."""
        model = self.grid_model()
        _, more, _ = card_layout(
            self.visualRect(index),
            len(model.entries_at(index)),
            model.total_at(index),
            self._delegate.chips_top,
            self._delegate.card_height,
        )
        return more.center() if more is not None else None

    # mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = pos = event.position().toPoint()
        index = self.indexAt(pos)
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            model = self.grid_model()
            loaded, total = len(model.entries_at(index)), model.total_at(index)
            if self._delegate.more_at(self.visualRect(index), loaded, total, pos):
                self.setCurrentIndex(index)
                self.day_requested.emit(model.cell_date(index.row(), index.column()))
                return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return
        entry = self.entry_at(pos)
        if entry is not None:
            self.entry_activated.emit(entry)
        else:
            self.empty_activated.emit(*self._cell_of(index))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            entries = self.grid_model().entries_at(index)
            pos = self.visualRect(index).center()
        else:
            pos = event.pos()
            index = self.indexAt(pos)
            picked = self.entry_at(pos)
            entries = [picked] if picked is not None else []
        if not index.isValid():
            return
        day, hour = self._cell_of(index)
        self.menu_requested.emit(entries, day, hour, self.viewport().mapToGlobal(pos))

    def startDrag(self, supported: Qt.DropAction) -> None:
        # Qt's default drags the selected cell; we drag the one chip under the press.
        entry = self.entry_at(self._press_pos) if self._press_pos is not None else None
        if entry is None or not entry.movable or entry.post_id is None:
            return
        drag = QDrag(self)
        drag.setMimeData(encode_post(entry.post_id))
        index = self.indexAt(self._press_pos)  # type: ignore[arg-type]
        width = max(80, self.visualRect(index).width() - 6)
        pixmap = QPixmap(width, CHIP_HEIGHT)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_chip(
            painter,
            QRect(0, 0, width, CHIP_HEIGHT),
            entry,
            self._delegate.zone,
            self.palette(),
            with_time=True,
            slot_word="",
            direction=self.layoutDirection(),
        )
        painter.end()
        drag.setPixmap(pixmap)
        drag.exec(Qt.DropAction.MoveAction)

    # keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.page_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        if key == Qt.Key.Key_T and mods == Qt.KeyboardModifier.NoModifier:
            self.today_requested.emit()
            return
        if key == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.NoModifier and self.currentIndex().isValid():
            index = self.currentIndex()
            self.day_requested.emit(self.grid_model().cell_date(index.row(), index.column()))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                entries = self.grid_model().entries_at(index)
                if entries:
                    self.entry_activated.emit(entries[0])
                else:
                    self.empty_activated.emit(*self._cell_of(index))
            return
        super().keyPressEvent(event)


class MonthView(CalendarGridView):
    """The month grid: six stretched rows of seven days."""

    def __init__(self, delegate: _CellDelegate, parent: QWidget | None = None) -> None:
        super().__init__(delegate, parent)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class WeekView(CalendarGridView):
    """The week grid: seven day columns by 24 hour rows, scrolled to the working day."""

    ROW_HEIGHT = 50  # two one-line cards

    def __init__(self, delegate: _CellDelegate, parent: QWidget | None = None) -> None:
        super().__init__(delegate, parent)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.ROW_HEIGHT)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class AgendaView(QTableView):
    """The list of entries of the period, in time order.

    A table, not a tree: a tree view walks every row (several calls into the Python model
    each) whenever the model is refilled, which is tens of milliseconds for a busy month; a
    table asks only for the rows it shows.

    Signals:
        entry_activated: (CalendarEntry) double-click or Enter on a row.
        menu_requested: (list[CalendarEntry], date | None, None, QPoint global) right-click.
        page_requested: (int) Ctrl+PageUp / Ctrl+PageDown.
        today_requested: () T was pressed.
    """

    entry_activated = Signal(object)
    menu_requested = Signal(object, object, object, QPoint)
    page_requested = Signal(int)
    today_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: rows are not measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + Space.S)
        self.setShowGrid(False)
        self.setWordWrap(False)
        # The post's text takes the width the other columns leave and is elided; only when even
        # the narrowest columns do not fit (a long language at 1024 px with the counts) does the
        # list scroll sideways rather than hide a column.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doubleClicked.connect(self._activate)
        self._status_width = 0  # the Status column's width when there is room (the user's, once dragged)
        self._fitting = False
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def header(self) -> QHeaderView:
        """The column header (a tree view's name for it)."""
        return self.horizontalHeader()

    def _header_width(self, column: int) -> int:
        """The width the column's title needs, with the header's margins."""
        header = self.horizontalHeader()
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return header.fontMetrics().horizontalAdvance(title) + 2 * margin + Space.M

    def _cell_width(self, text: str) -> int:
        """The width a cell needs to show `text` whole."""
        return self.fontMetrics().horizontalAdvance(text) + 2 * Space.S + 2

    def size_columns(self) -> None:
        """Measure the columns in the language shown: When, Networks and the counts fixed to their
        titles and widest values, Status at a default width, Post the rest (`fit_columns`).

        Measured, not `ResizeToContents`: that asks the Python model for every row on each refill.
        """
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(Space.L)
        when = max(self._cell_width(text) for text in _when_samples())
        widths = {
            AgendaModel.WHEN: max(self._header_width(AgendaModel.WHEN), when),
            AgendaModel.NETWORKS: max(self._header_width(AgendaModel.NETWORKS), 96),  # three marks and "+N"
        }
        number = self._cell_width(QLocale().toString(888_888))
        for column in range(AgendaModel.TEXT + 1, AgendaModel.COLUMNS):
            widths[column] = max(self._header_width(column), number)
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(AgendaModel.STATUS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaModel.TEXT, QHeaderView.ResizeMode.Fixed)
        # Room for "Waiting for a connection"; longer statuses end in "…" (the tooltip has them whole).
        self._status_width = max(self._header_width(AgendaModel.STATUS), 210)
        self.fit_columns()

    def status_minimum(self) -> int:
        """The narrowest the Status column is made to fit: the badge and a few letters."""
        return max(self._header_width(AgendaModel.STATUS), 20 + self.fontMetrics().horizontalAdvance("x" * 8))

    def post_minimum(self) -> int:
        """The narrowest the Post column is made: a few words of the post."""
        return self.fontMetrics().horizontalAdvance("x" * 22)

    def fit_columns(self) -> None:
        """Give Post the width the other columns leave, narrowing Status first when room is short."""
        if self.model() is None or self._status_width == 0:
            return
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(AgendaModel.COLUMNS)
            if column not in (AgendaModel.STATUS, AgendaModel.TEXT) and not self.isColumnHidden(column)
        )
        width = self.viewport().width()
        room = width - others
        # Post keeps about a third of the list before Status gives up its default width.
        wanted = max(self.post_minimum(), width * 3 // 10)
        status = max(self.status_minimum(), min(self._status_width, room - wanted))
        self._fitting = True
        try:
            header.resizeSection(AgendaModel.STATUS, status)
            header.resizeSection(AgendaModel.TEXT, max(self.post_minimum(), room - status))
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column != AgendaModel.STATUS:
            return
        self._status_width = new  # the user dragged it: keep their width while there is room
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Also fits a table resized while hidden (another view shown in the stack).
        self.fit_columns()

    def _entry(self, index: QModelIndex) -> CalendarEntry | None:
        return index.siblingAtColumn(0).data(ENTRY_ROLE) if index.isValid() else None

    def _activate(self, index: QModelIndex) -> None:
        entry = self._entry(index)
        if entry is not None:
            self.entry_activated.emit(entry)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            pos = self.visualRect(index).center()
        else:
            pos = event.pos()
            index = self.indexAt(pos)
        entry = self._entry(index)
        if entry is None:
            return
        self.menu_requested.emit([entry], None, None, self.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and mods == Qt.KeyboardModifier.ControlModifier:
            self.page_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        if key == Qt.Key.Key_T and mods == Qt.KeyboardModifier.NoModifier:
            self.today_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def agenda_model(self) -> AgendaModel:
        model = self.model()
        assert isinstance(model, AgendaModel)
        return model
