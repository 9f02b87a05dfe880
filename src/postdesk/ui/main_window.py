"""The main window: a sidebar of panes (Calendar, Composer, Media, Accounts, Settings) and a stack.

Panes are built by the composition root and handed in; the window only arranges them, keeps
the sidebar's icons in step with the theme, and remembers its geometry and the open pane.

The window can be shown before any pane exists (start-up paints it first, then loads): a pane
given without a widget shows a calm loading state until `set_panes` hands the real ones in. A
pane given as a `build` function is built on its first visit (or when `pane()` asks for it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QLocale, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.ui import assets, theme

#: How long a problem stays in the status bar.
PROBLEM_SHOWN_MS = 20_000


@dataclass
class PaneSpec:
    """One entry of the sidebar.

    Attributes:
        key: stable id ("calendar", "composer", ...), used to restore the open pane.
        title: the translated title shown in the sidebar.
        icon: the name of the bundled SVG icon.
        widget: the pane itself; None while it is still loading or not built yet.
        build: builds the pane on its first visit (when `widget` is None).
    """

    key: str
    title: str
    icon: str
    widget: QWidget | None = None
    build: Callable[[], QWidget] | None = None


class LoadingPane(QLabel):
    """What a pane's place shows until the pane exists: one calm line, no spinner.

    Signals:
        painted(): the first time it was painted (start-up loads the rest after that).
    """

    painted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoadingPane")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(self.tr("Opening your posts…"))
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.tr("Postdesk is opening your posts. This takes a moment."))
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._was_painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._was_painted:
            self._was_painted = True
            self.painted.emit()


class MainWindow(QMainWindow):
    """The application window.

    Args:
        panes: the panes, in sidebar order.
        settings: where geometry and the open pane are remembered.

    Signals:
        pane_changed(str): the key of the pane now shown.
        closing(): the window is about to close (the app decides whether to go to the tray).
        first_painted(): a loading state was painted for the first time (start-up goes on then).
    """

    pane_changed = Signal(str)
    closing = Signal()
    first_painted = Signal()

    def __init__(self, panes: list[PaneSpec], settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._panes = list(panes)
        self._settings = settings
        self._keeps_state = True
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Postdesk"))
        self.setMinimumSize(QSize(720, 480))

        self._sidebar = QListWidget()
        self._sidebar.setObjectName("Sidebar")
        self._sidebar.setAccessibleName(self.tr("Sections"))
        self._sidebar.setAccessibleDescription(
            self.tr("Choose a section. Ctrl+1 to Ctrl+{last} jump straight to one.").format(last=len(panes))
        )
        self._sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self._sidebar.setIconSize(QSize(20, 20))
        self._sidebar.setSpacing(2)
        self._sidebar.setUniformItemSizes(True)
        self._sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._stack = QStackedWidget()
        self._stack.setObjectName("PaneStack")
        for index, pane in enumerate(panes):
            item = QListWidgetItem(pane.title)
            item.setData(Qt.ItemDataRole.UserRole, pane.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, pane.title)
            item.setToolTip(f"{pane.title} (Ctrl+{index + 1})")
            item.setSizeHint(QSize(0, 40))
            self._sidebar.addItem(item)
            self._stack.addWidget(self._widget_or_loading(pane))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_pane_at(i))
        self._sidebar.currentRowChanged.connect(self._on_row_changed)
        # F6 moves focus between the sidebar and the pane, as in most desktop apps.
        QShortcut(QKeySequence(Qt.Key.Key_F6), self).activated.connect(self._toggle_focus)

        brand = QLabel(self.tr("Postdesk"))
        brand.setObjectName("Brand")
        brand.setAccessibleName(self.tr("Postdesk"))
        font = brand.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        brand.setFont(font)

        side = QWidget()
        side.setObjectName("SidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 16, 8, 12)
        side_layout.setSpacing(12)
        side_layout.addWidget(brand)
        side_layout.addWidget(self._sidebar, 1)
        side.setMinimumWidth(170)
        side.setMaximumWidth(260)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setObjectName("SideDivider")
        layout.addWidget(divider)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._restyle()
        self._restore()

    # -- panes ---------------------------------------------------------------------------

    def _widget_or_loading(self, pane: PaneSpec) -> QWidget:
        if pane.widget is None:
            loading = LoadingPane(pane.title)
            loading.painted.connect(self.first_painted)
            return loading
        if not pane.widget.accessibleName():
            pane.widget.setAccessibleName(pane.title)
        return pane.widget

    def set_panes(self, panes: list[PaneSpec]) -> None:
        """Put the real panes in the places shown while loading (same keys, same order).

        Titles are taken again (the language may have changed once the settings were read).
        """
        if [pane.key for pane in panes] != self.pane_keys():
            raise ValueError("set_panes needs the panes the window was shown with, in the same order")
        for row, pane in enumerate(panes):
            self._panes[row] = pane
            item = self._sidebar.item(row)
            item.setText(pane.title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, pane.title)
            item.setToolTip(f"{pane.title} (Ctrl+{row + 1})")
            self._replace(row, self._widget_or_loading(pane))
        current = max(self._sidebar.currentRow(), 0)
        self._ensure_built(current)
        self._stack.setCurrentIndex(current)

    def loading_keys(self) -> list[str]:
        """The keys of the panes that show a loading state (not there yet, or built on first visit)."""
        return [pane.key for row, pane in enumerate(self._panes) if isinstance(self._stack.widget(row), LoadingPane)]

    def is_built(self, key: str) -> bool:
        """Whether the pane with this key exists (a lazily built pane exists after its first visit)."""
        return self._panes[self.pane_keys().index(key)].widget is not None

    def _ensure_built(self, row: int) -> None:
        pane = self._panes[row]
        if pane.widget is not None or pane.build is None:
            return
        pane.widget = pane.build()
        self._replace(row, self._widget_or_loading(pane))

    def _replace(self, row: int, widget: QWidget) -> None:
        old = self._stack.widget(row)
        if old is widget:
            return
        shown = self._stack.currentIndex() == row
        self._stack.insertWidget(row, widget)
        self._stack.removeWidget(old)
        if isinstance(old, LoadingPane):
            old.deleteLater()
        if shown:
            self._stack.setCurrentIndex(row)

    def pane_keys(self) -> list[str]:
        """The keys of the panes, in sidebar order."""
        return [pane.key for pane in self._panes]

    def current_pane(self) -> str:
        """The key of the pane on show."""
        return self._panes[self._stack.currentIndex()].key

    def show_pane(self, key: str) -> None:
        """Show the pane with this key."""
        self.show_pane_at(self.pane_keys().index(key))

    def show_pane_at(self, index: int) -> None:
        if 0 <= index < len(self._panes):
            self._sidebar.setCurrentRow(index)

    def pane(self, key: str) -> QWidget:
        """The pane widget with this key (built now if it is built on first visit)."""
        row = self.pane_keys().index(key)
        self._ensure_built(row)
        widget = self._panes[row].widget
        if widget is None:
            raise LookupError(f"the {key} pane is still loading")
        return widget

    def add_shortcut(self, keys: QKeySequence, slot: Callable[[], object]) -> QShortcut:
        """A key that works from every pane of this window (e.g. Ctrl+N for a new post)."""
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def remember_splitter(self, key: str, splitter: QSplitter) -> None:
        """Restore `splitter`'s sizes from window.ini and save them whenever the user moves it
        (the composer's text/preview split): Qt's own state, kept beside the geometry."""
        state = self._settings.value(f"splitters/{key}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)

        def save(_pos: int, _index: int) -> None:
            self._settings.setValue(f"splitters/{key}", splitter.saveState())

        splitter.splitterMoved.connect(save)

    def show_problem(self, text: str) -> None:
        """Say, in the status bar, that something the user asked for did not work (the app's one
        message for errors no pane handles; see `BackgroundRunner.set_error_reporter`)."""
        self.statusBar().showMessage(text, PROBLEM_SHOWN_MS)

    def problem(self) -> str:
        """The problem on show, or ""."""
        return self.statusBar().currentMessage()

    def set_badge(self, key: str, count: int) -> None:
        """Show a count after a pane's title in the sidebar (unread items); 0 hides it."""
        row = self.pane_keys().index(key)
        title = self._panes[row].title
        text = title if count <= 0 else f"{title}  ({QLocale().toString(count)})"
        item = self._sidebar.item(row)
        item.setText(text)
        spoken = title if count <= 0 else self.tr("{title}, %n unread", "", count).format(title=title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._ensure_built(row)
        self._stack.setCurrentIndex(row)
        self.pane_changed.emit(self._panes[row].key)

    def _toggle_focus(self) -> None:
        if self._sidebar.hasFocus():
            self._stack.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._stack.currentWidget().focusNextChild()
        else:
            self._sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- theme ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        selected = palette.color(QPalette.ColorRole.HighlightedText)
        for row, pane in enumerate(self._panes):
            self._sidebar.item(row).setIcon(assets.icon(pane.icon, text, selected))
        window = palette.color(QPalette.ColorRole.Window)
        side = window.darker(104) if not theme.is_dark(palette) else window.lighter(112)
        mid = palette.color(QPalette.ColorRole.Mid).name()
        self.setStyleSheet(
            f"#SidePanel {{ background: {side.name()}; }}"
            f"#Sidebar {{ background: transparent; outline: 0; }}"
            f"#Sidebar::item {{ padding: 6px 10px; border-radius: 8px; }}"
            f"#Sidebar::item:hover:!selected {{ background: {palette.color(QPalette.ColorRole.Midlight).name()}; }}"
            f"#Sidebar::item:selected {{ background: {palette.color(QPalette.ColorRole.Highlight).name()};"
            f" color: {palette.color(QPalette.ColorRole.HighlightedText).name()}; }}"
            f"#SideDivider {{ color: {mid}; }}"
        )

    # -- state ---------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        key = self._settings.value("window/pane", "composer")
        keys = self.pane_keys()
        self.show_pane_at(keys.index(key) if key in keys else 0)

    def save_state(self) -> None:
        """Remember geometry and the open pane."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/pane", self.current_pane())
        self._settings.sync()

    def forget_state(self) -> None:
        """Close without writing window.ini (start-up failed: the data directory stays as it was)."""
        self._keeps_state = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keeps_state:
            self.save_state()
        self.closing.emit()
        super().closeEvent(event)
