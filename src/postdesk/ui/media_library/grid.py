"""The library's thumbnail grid: uniform cells painted by `AssetCellDelegate`, extended
selection, a drag source of asset ids, and a drop target for files (the pane filters the
viewport's drop events and imports them).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from postdesk.ui.media_library.delegate import AssetCellDelegate, cell_size
from postdesk.ui.media_library.models import AssetGridModel
from postdesk.ui.widgets.empty_state import EmptyState

#: Space between cells, in logical pixels.
_GAP = 8


class AssetGrid(QListView):
    """The grid over an `AssetGridModel`.

    Args:
        model: the assets to show.
    """

    def __init__(self, model: AssetGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setItemDelegate(AssetCellDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        # One size for every cell, measured once: the layout of thousands of items stays cheap,
        # and a thumbnail that loads late never moves its neighbours.
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)  # the hover tint
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setAccessibleName(self.tr("Media library"))
        self.setAccessibleDescription(
            self.tr("Drop files or folders here. Drag items into a post to attach them. Space shows a larger preview.")
        )
        self._apply_cell_size()

        # The empty library's one clear action: Import… (or drop files on it). The pane shows
        # it when the library has nothing to show and connects its button.
        self.empty_hint = EmptyState(self)
        self.empty_hint.setAutoFillBackground(False)
        self.empty_hint.set_text(
            self.tr("Drop images and videos here"),
            self.tr("…or whole folders, or paste with Ctrl+V. Then drag them into a post."),
            self.tr("Import…"),
        )  # no mnemonic: the toolbar's Import… has Alt+I

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty_hint.setGeometry(self.viewport().geometry().adjusted(24, 24, -24, -24))

    def _apply_cell_size(self) -> None:
        cell = cell_size(self.fontMetrics())
        self._model.item_size = cell
        self.setGridSize(cell + QSize(_GAP, _GAP))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_cell_size()

    # Selection -----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected assets' ids, in grid order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [self._model.item(r).asset.id for r in rows if r < self._model.rowCount()]

    def select_asset(self, asset_id: int, *, add: bool = False) -> None:
        """Select an asset and make it current (keyboard users and tests)."""
        row = self._model.row_of_asset(asset_id)
        if row < 0:
            return
        selection = self.selectionModel()
        flags = selection.SelectionFlag
        index = self._model.index(row)
        # The view's own setCurrentIndex would clear an extended selection; move the current
        # item without touching the selection, then select.
        selection.setCurrentIndex(index, flags.NoUpdate)
        selection.select(index, flags.Select if add else flags.ClearAndSelect)

    def reselect(self, asset_ids: Iterable[int]) -> None:
        """Select these assets again after the rows were replaced (those still shown)."""
        selection = self.selectionModel()
        for asset_id in asset_ids:
            row = self._model.row_of_asset(asset_id)
            if row >= 0:
                selection.select(self._model.index(row), selection.SelectionFlag.Select)
