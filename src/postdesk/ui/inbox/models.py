"""The inbox's item model: conversations at the top level, the items answering them below.

Rows carry the store's frozen dataclasses (`Conversation`, `InboxEntry`), never ORM rows; the
model is rebuilt wholesale by `set_conversations` after each background read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPalette, QPixmap

from postdesk.core.networks import display_name
from postdesk.store.repositories.inbox import Conversation, InboxEntry
from postdesk.ui.local_format import format_clock
from postdesk.ui.widgets.avatar import monogram, name_colour
from postdesk.ui.widgets.avatar_cache import AvatarCache

#: The `Conversation` or `InboxEntry` of a row.
EntryRole = Qt.ItemDataRole.UserRole + 1

_NO_PARENT = 0xFFFFFFFF  # internalId of a top-level row
Index = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractItemModel):
    """Conversations (top level) and their items (children), newest conversation first.

    Columns: who, kind, text, when.
    """

    COLUMNS = 4
    #: The size of an author's avatar in the first column.
    AVATAR = QSize(28, 28)
    #: How many lines of an item's text a row shows (the rest is in the tooltip and the detail).
    TEXT_LINES = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conversations: list[Conversation] = []
        self._zone: ZoneInfo | None = None  # None: the system's zone
        self._clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._monograms: dict[str, QPixmap] = {}
        self._pictures: AvatarCache | None = None

    def set_avatars(self, cache: AvatarCache) -> None:
        """Show authors' pictures from `cache` (monograms until they arrive, or without one)."""
        self._pictures = cache

    def now(self) -> datetime:
        """The app's clock, as times are worded against it."""
        return self._clock()

    def set_clock(self, now: Callable[[], datetime]) -> None:
        """Word times relative to `now()` (an aware UTC instant; the app's clock)."""
        self._clock = now

    def set_zone(self, zone: ZoneInfo) -> None:
        """Show times in `zone` (the user's, from Settings)."""
        self.layoutAboutToBeChanged.emit()
        self._zone = zone
        self.layoutChanged.emit()  # every shown time is worded again

    # -- content -----------------------------------------------------------------------

    def set_conversations(self, conversations: list[Conversation]) -> None:
        """Replace the content."""
        self.beginResetModel()
        self._conversations = list(conversations)
        self.endResetModel()

    def conversations(self) -> list[Conversation]:
        """The current content."""
        return list(self._conversations)

    def index_of_item(self, item_id: int) -> QModelIndex:
        """The index (column 0) of the item with this id, or an invalid index."""
        for row, conversation in enumerate(self._conversations):
            for child, entry in enumerate(conversation.items):
                if entry.id == item_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # -- QAbstractItemModel --------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        if parent.internalId() != _NO_PARENT:
            return QModelIndex()
        return self.createIndex(row, column, parent.row())

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._conversations)
        if parent.column() != 0 or parent.internalId() != _NO_PARENT:
            return 0
        return len(self._conversations[parent.row()].items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (self.tr("From"), self.tr("Kind"), self.tr("Text"), self.tr("When"))[section]
                if 0 <= section < self.COLUMNS
                else None
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _object(self, index: Index) -> Conversation | InboxEntry | None:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            if 0 <= index.row() < len(self._conversations):
                return self._conversations[index.row()]
            return None
        parent_row = int(index.internalId())
        if not 0 <= parent_row < len(self._conversations):
            return None
        items = self._conversations[parent_row].items
        return items[index.row()] if 0 <= index.row() < len(items) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        obj = self._object(index)
        if obj is None:
            return None
        if role == EntryRole:
            return obj
        if isinstance(obj, Conversation):
            return self._conversation_data(obj, index.column(), role)
        return self._entry_data(obj, index.column(), role)

    # -- wording -------------------------------------------------------------------------

    def network_name(self, network: str) -> str:
        """A network's display name."""
        return display_name(network)

    @staticmethod
    def handle_text(e: InboxEntry) -> str:
        """The author's handle as their network writes it: "@ana.bsky.social", but "u/cy" on Reddit."""
        handle = e.author_handle
        if not handle or handle.startswith(("@", "u/", "/u/")):
            return handle
        return f"@{handle}"

    def kind_name(self, kind: str) -> str:
        """An item kind's display name."""
        names = {
            "mention": self.tr("Mention"),
            "reply": self.tr("Reply"),
            "quote": self.tr("Quote"),
            "comment": self.tr("Comment"),
            "direct_message": self.tr("Message"),
        }
        return names.get(kind, kind)

    def reply_state_name(self, state: str | None) -> str:
        """How a reply written here stands, in words ("" when none was written)."""
        return {
            "queued": self.tr("Your reply waits to be sent"),
            "sent": self.tr("You replied"),
            "failed": self.tr("Your reply could not be sent"),
        }.get(state or "", "")

    def _when(self, at: datetime) -> str:
        return self.relative_time(at, self._clock())

    def relative_time(self, at: datetime, now: datetime) -> str:
        """ "just now", "5 min ago", "3 h ago", "yesterday", a weekday, or a date, in the user's zone."""
        ago = now - at
        local, today = at.astimezone(self._zone), now.astimezone(self._zone).date()
        locale = QLocale()
        if ago < timedelta(minutes=1):
            return self.tr("just now")
        if ago < timedelta(hours=1):
            return self.tr("%n min ago", "", int(ago.total_seconds() // 60))
        if local.date() == today:
            return self.tr("%n h ago", "", int(ago.total_seconds() // 3600))
        if local.date() == today - timedelta(days=1):
            return self.tr("yesterday")
        if ago < timedelta(days=7):
            return locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        return locale.toString(local.date(), QLocale.FormatType.ShortFormat)

    def _full_time(self, at: datetime) -> str:
        local = at.astimezone(self._zone)
        return QLocale().toString(local.date(), QLocale.FormatType.LongFormat) + " " + format_clock(local)

    def avatar_pixmap(self, e: InboxEntry) -> QPixmap | None:
        """The author's picture when it has arrived (None: draw the monogram; asks for it once)."""
        if self._pictures is None or not e.author_avatar_url:
            return None
        return self._pictures.get(e.author_avatar_url)

    def _avatar(self, e: InboxEntry) -> QPixmap:
        """The author's picture, else their monogram on a colour of their own (cached per name)."""
        picture = self.avatar_pixmap(e)
        if picture is not None:
            return picture
        name = e.author_name or e.author_handle
        pixmap = self._monograms.get(name)
        if pixmap is None:
            pixmap = monogram(name, name_colour(name), self.AVATAR.width())
            self._monograms[name] = pixmap
        return pixmap

    def conversation_text(self, c: Conversation) -> str:
        """What a conversation is about: the post being answered, or why it is here."""
        if c.own_text is not None:
            return self.tr("Your post: {own_text}").format(own_text=_one_line(c.own_text))
        if len(c.items) == 1 and c.items[0].remote_id == c.key:
            return {
                "mention": self.tr("Mentioned you"),
                "quote": self.tr("Quoted your post"),
                "direct_message": self.tr("Message"),
                "comment": self.tr("Commented on your post"),
                "reply": self.tr("Replied to you"),
            }.get(c.items[0].kind, self.tr("A new conversation"))
        return self.tr("Replies to a post")

    def _conversation_data(self, c: Conversation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("{network} · {account}").format(
                    network=self.network_name(c.network), account=c.account_handle
                )
            if column == 1:
                return self.tr("%n unread", "", c.unread) if c.unread else ""
            if column == 2:
                return self.conversation_text(c)
            return self._when(c.latest)
        if role == Qt.ItemDataRole.BackgroundRole:
            # Conversation heads are tinted so threads read as blocks in light and dark themes.
            return QGuiApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("Conversation on {network}, %n unread: {text}", "", c.unread).format(
                network=self.network_name(c.network), text=self.conversation_text(c)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and c.own_text:
            return c.own_text
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self._full_time(c.latest)
        return None

    def _entry_data(self, e: InboxEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{e.author_name} {self.handle_text(e)}" if e.author_name else self.handle_text(e)
            if column == 1:
                return self.kind_name(e.kind)
            if column == 2:
                return _one_line(e.text, 300)
            return self._when(e.created_at)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._avatar(e)
        if role == Qt.ItemDataRole.SizeHintRole and column == 2:
            lines = QFontMetrics(QGuiApplication.font()).lineSpacing() * self.TEXT_LINES
            return QSize(240, max(lines, self.AVATAR.height()) + 8)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self._full_time(e.created_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            state = self.reply_state_name(e.reply_state)
            return f"{e.text}\n\n{state}" if state else e.text
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            status = self.tr("unread") if not e.is_read else self.tr("read")
            return self.tr("{kind} from {author}, {when}, {status}: {text}").format(
                kind=self.kind_name(e.kind),
                author=e.author_name or e.author_handle,
                when=self._when(e.created_at),
                status=status,
                text=e.text,
            )
        return None


def _one_line(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
