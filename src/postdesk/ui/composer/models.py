"""Qt item models of the composer: problems of a target, attached media, accounts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPixmap

from postdesk.ui.composer.service_types import AccountChoice, AttachedMedia
from postdesk.ui.look.style import colours_of

_Index = QModelIndex | QPersistentModelIndex

#: Custom roles.
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
PART_ROLE = Qt.ItemDataRole.UserRole + 2
ASSET_ROLE = Qt.ItemDataRole.UserRole + 3
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 4

THUMB_SIZE = QSize(72, 72)
#: Drag format of a row of the media strip being moved within the strip (its row number).
MIME_STRIP_ROW = "application/x-postdesk-composer-media-row"


@dataclass(frozen=True)
class ProblemRow:
    """One worded problem.

    Attributes:
        text: the translated sentence.
        severity: "error" or "warning".
        part: the thread part it is about, or None.
    """

    text: str
    severity: str
    part: int | None = None


class ProblemListModel(QAbstractListModel):
    """The problems of one target, errors first; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProblemRow] = []

    def set_problems(self, rows: Sequence[ProblemRow]) -> None:
        """Replace the rows (only when they changed, to keep selection and screen readers calm)."""
        new = sorted(rows, key=lambda r: r.severity != "error")
        if new == self._rows:
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[ProblemRow]:
        """The current rows."""
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            prefix = self.tr("Error") if row.severity == "error" else self.tr("Warning")
            return f"{prefix}: {row.text}"
        if role == Qt.ItemDataRole.ForegroundRole:
            tokens = colours_of(QGuiApplication.palette())
            return QColor(tokens.danger if row.severity == "error" else tokens.warning)
        if role == Qt.ItemDataRole.DecorationRole:
            return QIcon.fromTheme("dialog-error" if row.severity == "error" else "dialog-warning")
        if role == SEVERITY_ROLE:
            return row.severity
        if role == PART_ROLE:
            return row.part
        return None


class MediaStripModel(QAbstractListModel):
    """Attached images with thumbnails; the alt text is editable (EditRole)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AttachedMedia] = []
        self._thumbs: list[QPixmap | None] = []

    def items(self) -> list[AttachedMedia]:
        """The attachments in order."""
        return list(self._items)

    def set_items(self, items: Sequence[AttachedMedia]) -> None:
        """Replace all attachments."""
        self.beginResetModel()
        self._items = list(items)
        self._thumbs = [None] * len(self._items)
        self.endResetModel()

    def append(self, items: Sequence[AttachedMedia]) -> None:
        """Add attachments at the end (duplicates of an attached asset are skipped)."""
        known = {m.info.asset_id for m in self._items}
        fresh = [m for m in items if m.info.asset_id not in known]
        if not fresh:
            return
        start = len(self._items)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        self._items.extend(fresh)
        self._thumbs.extend([None] * len(fresh))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Remove the attachment at `row`."""
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            del self._thumbs[row]
            self.endRemoveRows()
            if row < len(self._items):
                # Spoken positions ("Image 2: ...") of the following rows moved up by one.
                self.dataChanged.emit(
                    self.index(row, 0),
                    self.index(len(self._items) - 1, 0),
                    [Qt.ItemDataRole.AccessibleTextRole],
                )

    def move(self, row: int, to: int) -> bool:
        """Move the attachment at `row` so that it ends up at position `to` (clamped)."""
        to = min(max(to, 0), len(self._items) - 1)
        if not 0 <= row < len(self._items) or to == row:
            return False
        # beginMoveRows wants the destination *before* the move, hence the +1 when moving down.
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to):
            return False
        self._items.insert(to, self._items.pop(row))
        self._thumbs.insert(to, self._thumbs.pop(row))
        self.endMoveRows()
        low, high = min(row, to), max(row, to)
        # Spoken positions ("Image 2: ...") changed for every row between the two.
        self.dataChanged.emit(self.index(low, 0), self.index(high, 0), [Qt.ItemDataRole.AccessibleTextRole])
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_STRIP_ROW]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_STRIP_ROW, str(rows[0]).encode("ascii"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _thumb(self, row: int) -> QPixmap:
        thumb = self._thumbs[row]
        if thumb is None:
            image: QImage = self._items[row].image
            if image.isNull():
                thumb = QPixmap(THUMB_SIZE)
                thumb.fill(QColor(colours_of(QGuiApplication.palette()).shade))
            else:
                thumb = QPixmap.fromImage(
                    image.scaled(
                        THUMB_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            self._thumbs[row] = thumb
        return thumb

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # The file name, not the position: a row's text must not change when another goes.
            return item.name or self.tr("Image")
        if role == Qt.ItemDataRole.EditRole:
            return item.info.alt_text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumb(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.info.alt_text or self.tr("No description yet")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            alt = item.info.alt_text or self.tr("no description")
            return self.tr("Image {n}: {alt}").format(n=index.row() + 1, alt=alt)
        if role == ASSET_ROLE:
            return item.info.asset_id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        row = index.row()
        item = self._items[row]
        if item.info.alt_text == value:
            return True
        self._items[row] = replace(item, info=replace(item.info, alt_text=value))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole])
        return True


class AccountListModel(QAbstractListModel):
    """The accounts a target of one network can be bound to; row 0 is "no account"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[AccountChoice] = []

    def set_accounts(self, accounts: Sequence[AccountChoice]) -> None:
        """Replace the accounts."""
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def row_of(self, account_id: int | None) -> int:
        """The row showing `account_id` (0, "no account", when unknown)."""
        for i, account in enumerate(self._accounts, start=1):
            if account.id == account_id:
                return i
        return 0

    def account_at(self, row: int) -> AccountChoice | None:
        """The account at `row`, or None for the "no account" row."""
        return self._accounts[row - 1] if 1 <= row <= len(self._accounts) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._accounts) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._accounts):
            return None
        account = self.account_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if account is None:
                return self.tr("No account yet (draft only)")
            if account.needs_reconnect:
                return self.tr("{account} — sign in again").format(account=account.label)
            return account.label
        if role == Qt.ItemDataRole.ToolTipRole and account is not None and account.needs_reconnect:
            return self.tr("{account} needs you to sign in again (Accounts) before it can post.").format(
                account=account.label
            )
        if role == ACCOUNT_ROLE:
            return account.id if account else None
        return None
