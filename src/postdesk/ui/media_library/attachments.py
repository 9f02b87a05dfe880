"""The strip of media attached to a post: drop assets from the library, reorder, remove.

App-agnostic apart from the drag format: it holds asset ids in order and says when they
change; the composer decides what they mean (the base list or one network's override).
Keyboard: Alt+Left / Alt+Right move the current item, Delete removes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from postdesk.ui.media_library.models import MIME_ASSET_IDS, decode_asset_ids

_ID = Qt.ItemDataRole.UserRole + 1


class AttachmentStrip(QListWidget):
    """Ordered attached assets.

    Args:
        thumbnail: returns a pixmap for an asset id (or None while it loads).
        label: returns the accessible label of an asset id.

    Signals:
        changed(list): the ordered asset ids after any change.
    """

    changed = Signal(list)

    def __init__(
        self,
        thumbnail: Callable[[int], QPixmap | None],
        label: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._thumbnail, self._label = thumbnail, label
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(72, 72))
        self.setFixedHeight(112)
        self.setMovement(QListWidget.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Attached media"))
        self.setAccessibleDescription(self.tr("Alt+Left and Alt+Right reorder, Delete removes."))
        QShortcut(
            QKeySequence("Alt+Left"), self, lambda: self.move_current(-1), context=Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(
            QKeySequence("Alt+Right"), self, lambda: self.move_current(1), context=Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(QKeySequence.StandardKey.Delete, self, self.remove_current, context=Qt.ShortcutContext.WidgetShortcut)
        self.model().rowsMoved.connect(lambda *_: self._emit())

    def asset_ids(self) -> list[int]:
        return [int(self.item(r).data(_ID)) for r in range(self.count())]

    def set_asset_ids(self, asset_ids: Sequence[int]) -> None:
        self.clear()
        for asset_id in asset_ids:
            self._append(asset_id)

    def add_assets(self, asset_ids: Sequence[int]) -> None:
        """Attach assets at the end (ones already attached are not doubled)."""
        have = set(self.asset_ids())
        for asset_id in asset_ids:
            if asset_id not in have:
                self._append(asset_id)
                have.add(asset_id)
        self._emit()

    def refresh_icons(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            pixmap = self._thumbnail(int(item.data(_ID)))
            if pixmap is not None:
                item.setIcon(QIcon(pixmap))

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self._emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.takeItem(row)
            self._emit()

    def _append(self, asset_id: int) -> None:
        item = QListWidgetItem(self._label(asset_id))
        item.setData(_ID, asset_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, self._label(asset_id))
        pixmap = self._thumbnail(asset_id)
        if pixmap is not None:
            item.setIcon(QIcon(pixmap))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.addItem(item)

    def _emit(self) -> None:
        self.changed.emit(self.asset_ids())

    # Drops from the library ------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME_ASSET_IDS) and event.source() is not self:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME_ASSET_IDS) and event.source() is not self:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        ids = decode_asset_ids(event.mimeData()) if event.source() is not self else []
        if ids:
            self.add_assets(ids)
            event.acceptProposedAction()
            return
        super().dropEvent(event)
