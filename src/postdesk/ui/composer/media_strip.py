"""The strip of attached images: thumbnails, alt text, remove, attach, reorder.

Order matters (networks show the first image biggest): an image is moved by dragging it
within the strip or with Alt+Left / Alt+Right on the selected one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.ui.composer.models import ASSET_ROLE, MIME_STRIP_ROW, THUMB_SIZE, MediaStripModel


class StripView(QListView):
    """The thumbnails; moves an image on an internal drop or Alt+Left / Alt+Right.

    Signals:
        moved: (from row, to row) after an image was moved.
    """

    moved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QListView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def move_current(self, step: int) -> bool:
        """Move the selected image `step` places (negative: towards the start)."""
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or not isinstance(model, MediaStripModel):
            return False
        row, to = index.row(), index.row() + step
        if not 0 <= to < model.rowCount() or not model.move(row, to):
            return False
        self.setCurrentIndex(model.index(to, 0))
        self.moved.emit(row, to)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            step = -1 if key == Qt.Key.Key_Left else 1
            # Left is "towards the start" only when the strip runs left to right.
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                step = -step
            self.move_current(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_STRIP_ROW):
            event.acceptProposedAction()
        else:
            # Library assets and files are the composer's to take, not the strip's.
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_STRIP_ROW):
            super().dragMoveEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        model = self.model()
        if not mime.hasFormat(MIME_STRIP_ROW) or not isinstance(model, MediaStripModel):
            event.ignore()
            return
        try:
            row = int(bytes(mime.data(MIME_STRIP_ROW).data()).decode("ascii"))
        except ValueError:
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint())
        to = target.row() if target.isValid() else model.rowCount() - 1
        if model.move(row, to):
            self.setCurrentIndex(model.index(min(max(to, 0), model.rowCount() - 1), 0))
            self.moved.emit(row, to)
        # Copy, not Move: the row is already where it belongs, the view must not delete it.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()


class MediaStrip(QWidget):
    """Thumbnails of the attached images with an alt-text field for the selected one.

    Args:
        parent: the parent widget.

    Signals:
        attach_requested: the user wants to pick files.
        removed: an image was removed (its asset id).
        reordered: the images changed order.
        alt_text_edited: (asset id, text) when the user finishes editing a description.
        alt_text_changed: the description of some image changed (live, for validation).
    """

    attach_requested = Signal()
    removed = Signal(int)
    reordered = Signal()
    alt_text_edited = Signal(int, str)
    alt_text_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MediaStripModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        row = QHBoxLayout()
        self.view = StripView(self)
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setIconSize(THUMB_SIZE)
        self.view.setGridSize(QSize(THUMB_SIZE.width() + 12, THUMB_SIZE.height() + 26))
        self.view.setFixedHeight(THUMB_SIZE.height() + 34)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Attached images"))
        self.view.setAccessibleDescription(self.tr("Alt+Left and Alt+Right move the selected image"))
        self.view.setToolTip(self.tr("Drag an image, or press Alt+Left / Alt+Right, to change the order"))
        self.view.moved.connect(lambda *_: self.reordered.emit())
        self.view.selectionModel().currentChanged.connect(self._on_current)
        row.addWidget(self.view, 1)
        buttons = QVBoxLayout()
        self.attach_button = QPushButton(self.tr("A&ttach images…"), self)
        self.attach_button.setAccessibleName(self.tr("Attach images"))
        self.attach_button.clicked.connect(self.attach_requested)
        self.remove_button = QPushButton(self.tr("Re&move image"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected image"))
        self.remove_button.clicked.connect(self._on_remove)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)

        alt_row = QHBoxLayout()
        self.alt_label = QLabel(self.tr("Descr&iption (alt text):"), self)
        self.alt_edit = QLineEdit(self)
        self.alt_edit.setAccessibleName(self.tr("Description of the selected image, for people who cannot see it"))
        self.alt_edit.setPlaceholderText(self.tr("What is in the picture?"))
        self.alt_label.setBuddy(self.alt_edit)
        self.alt_edit.textEdited.connect(self._on_alt_edited)
        self.alt_edit.editingFinished.connect(self._on_alt_finished)
        alt_row.addWidget(self.alt_label)
        alt_row.addWidget(self.alt_edit, 1)
        layout.addLayout(alt_row)
        self.model.modelReset.connect(self._sync)
        self.model.rowsInserted.connect(self._sync)
        self.model.rowsRemoved.connect(self._sync)
        self._sync()

    def _sync(self, *_args: object) -> None:
        has = self.model.rowCount() > 0
        self.view.setVisible(has)
        self.remove_button.setVisible(has)
        self.alt_label.setVisible(has)
        self.alt_edit.setVisible(has)
        if has and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self._on_current()

    def _on_current(self, *_args: object) -> None:
        index = self.view.currentIndex()
        self.alt_edit.setEnabled(index.isValid())
        self.alt_edit.setText(index.data(Qt.ItemDataRole.EditRole) or "" if index.isValid() else "")

    def _on_alt_edited(self, text: str) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.setData(index, text)
            self.alt_text_changed.emit()

    def _on_alt_finished(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.alt_text_edited.emit(index.data(ASSET_ROLE), self.alt_edit.text())

    def _on_remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            asset_id = index.data(ASSET_ROLE)
            self.model.remove(index.row())
            self.removed.emit(asset_id)
