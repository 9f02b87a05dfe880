"""How the inbox draws its rows: conversations as a context line, each item as a message.

One delegate paints every row (no widget per row):

- a conversation's head: the network's colour mark, the account, and the post being answered
  ("Your post: …") or why the conversation is here, with its unread count;
- an item: the author's round picture (or monogram), name and handle, what it is and how long
  ago, the text wrapped over up to `TEXT_LINES` lines, the state of a reply written to it,
  and a dot in the network's accent when it is unread (rather than bold text everywhere).

Layout is computed left to right and mirrored for right-to-left languages (`QStyle.visualRect`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from postdesk.core.networks import look, parse_network
from postdesk.store.repositories.inbox import Conversation, InboxEntry
from postdesk.ui.inbox.models import EntryRole, InboxModel
from postdesk.ui.look.tokens import colours
from postdesk.ui.widgets.avatar import paint_avatar

Index = QModelIndex | QPersistentModelIndex

#: Geometry, in device-independent pixels.
PAD = 8
AVATAR = 36
INDENT = 28  # items sit under their conversation
DOT = 8
TEXT_LINES = 4


def network_colour(network: str, dark: bool) -> QColor:
    """The network's accent from the one table of network looks (grey for an unknown one)."""
    try:
        found = look(parse_network(network))
    except (KeyError, ValueError):
        return QColor(colours(dark).muted_text)
    return QColor(found.colour_dark if dark else found.colour)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _muted(palette: QPalette) -> QColor:
    """A secondary text colour that still reads on the base (between text and base)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 2 + base.red()) // 3, (text.green() * 2 + base.green()) // 3, (text.blue() * 2 + base.blue()) // 3
    )


class InboxDelegate(QStyledItemDelegate):
    """Paints the inbox's rows (column 0 carries the whole row; the other columns are hidden).

    Args:
        model: the inbox model (for its wording: kinds, times, reply states).
        parent: the view.
    """

    def __init__(self, model: InboxModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    # -- geometry ----------------------------------------------------------------------------

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QAbstractScrollArea):
            return max(200, int(view.viewport().width()))
        return max(200, option.rect.width())

    @staticmethod
    def _text_width(total: int) -> int:
        return max(80, total - INDENT - PAD - AVATAR - PAD - PAD - DOT - PAD)

    def _text_height(self, text: str, width: int, font: QFont) -> int:
        metrics = QFontMetrics(font)
        bound = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text.strip())
        return min(int(bound.height()), int(metrics.lineSpacing()) * TEXT_LINES)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        obj = index.data(EntryRole)
        font = option.font
        line = QFontMetrics(font).lineSpacing()
        width = self._width(option)
        if isinstance(obj, Conversation):
            return QSize(width, PAD + line * 2 + PAD)
        if isinstance(obj, InboxEntry):
            body = self._text_height(obj.text or " ", self._text_width(width), font)
            state = line if obj.reply_state else 0
            return QSize(width, max(PAD + line + 2 + body + state + PAD, PAD + AVATAR + PAD))
        return super().sizeHint(option, index)

    # -- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        obj = index.data(EntryRole)
        if not isinstance(obj, Conversation | InboxEntry):
            super().paint(painter, option, index)
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # The whole row, not just column 0's cell: the other columns are hidden.
        row = QRect(option.rect)
        if selected:
            painter.fillRect(row, palette.brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
        elif isinstance(obj, Conversation):
            painter.fillRect(row, palette.brush(QPalette.ColorRole.AlternateBase))
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text if selected else _muted(palette)
        if isinstance(obj, Conversation):
            self._paint_conversation(painter, option, obj, text, muted)
        else:
            self._paint_entry(painter, option, obj, text, muted)
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QColor(text)
            focus.setAlpha(90)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(row.adjusted(0, 0, -1, -1))
        painter.restore()

    @staticmethod
    def _place(option: QStyleOptionViewItem, rect: QRect) -> QRect:
        """`rect` (laid out left to right) mirrored for a right-to-left layout."""
        return QStyle.visualRect(option.direction, option.rect, rect)

    @staticmethod
    def _align(option: QStyleOptionViewItem, flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        return QStyle.visualAlignment(option.direction, flags)

    @staticmethod
    def _own_direction(painter: QPainter) -> None:
        """What people wrote (names, handles, texts) is laid out in its own direction: a handle
        stays "@ana" and an English reply keeps its full stop at the end in a right-to-left UI."""
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)

    def _paint_conversation(
        self, painter: QPainter, option: QStyleOptionViewItem, c: Conversation, text: QColor, muted: QColor
    ) -> None:
        r = option.rect
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.lineSpacing()
        dark = _is_dark(option.palette)
        # The network's mark: a small rounded bar in its colour.
        mark = QRect(r.left() + PAD, r.top() + PAD + 2, 4, line * 2 - 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(network_colour(c.network, dark))
        painter.drawRoundedRect(self._place(option, mark), 2, 2)
        left = r.left() + PAD + 4 + PAD
        when = self._model.relative_time(c.latest, self._model.now())
        unread = InboxModel.tr("%n unread", "", c.unread) if c.unread else ""
        side = " · ".join(p for p in (unread, when) if p)
        side_width = metrics.horizontalAdvance(side) + PAD
        top = QRect(left, r.top() + PAD, r.right() - PAD - left - side_width, line)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
        painter.setFont(small)
        painter.setPen(muted)
        where = QCoreApplication.translate("InboxModel", "{network} · {account}").format(
            network=self._model.network_name(c.network), account=c.account_handle
        )
        self._own_direction(painter)
        painter.drawText(
            self._place(option, top),
            int(self._align(option, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)),
            QFontMetrics(small).elidedText(where, Qt.TextElideMode.ElideRight, top.width()),
        )
        painter.setPen(text if c.unread else muted)
        painter.setFont(font)
        side_rect = QRect(r.right() - PAD - side_width, r.top() + PAD, side_width, line)
        painter.setLayoutDirection(option.direction)
        painter.drawText(
            self._place(option, side_rect),
            int(self._align(option, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)),
            side,
        )
        context = QFont(font)
        context.setItalic(c.own_text is not None)
        painter.setFont(context)
        painter.setPen(text)
        second = QRect(left, r.top() + PAD + line, r.right() - PAD - left, line)
        self._own_direction(painter)
        painter.drawText(
            self._place(option, second),
            int(self._align(option, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)),
            QFontMetrics(context).elidedText(
                self._model.conversation_text(c), Qt.TextElideMode.ElideRight, second.width()
            ),
        )

    def _paint_entry(
        self, painter: QPainter, option: QStyleOptionViewItem, e: InboxEntry, text: QColor, muted: QColor
    ) -> None:
        r = option.rect
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.lineSpacing()
        dark = _is_dark(option.palette)
        x = r.left() + INDENT
        # Unread: a dot before the picture.
        if not e.is_read:
            dot = QRect(x - DOT - 2, r.top() + PAD + (AVATAR - DOT) // 2, DOT, DOT)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(
                text if option.state & QStyle.StateFlag.State_Selected else network_colour(e.network, dark)
            )
            painter.drawEllipse(self._place(option, dot))
        avatar = QRect(x + PAD, r.top() + PAD, AVATAR, AVATAR)
        paint_avatar(
            painter, self._place(option, avatar), self._model.avatar_pixmap(e), e.author_name or e.author_handle
        )
        left = avatar.right() + 1 + PAD
        width = r.right() - PAD - left
        # First line: name (semi-bold), @handle, kind · time at the far side.
        side = " · ".join((self._model.kind_name(e.kind), self._model.relative_time(e.created_at, self._model.now())))
        side_width = metrics.horizontalAdvance(side) + PAD
        name_font = QFont(font)
        name_font.setWeight(QFont.Weight.DemiBold)
        name = e.author_name or self._model.handle_text(e)
        handle = self._model.handle_text(e) if e.author_name and e.author_name != e.author_handle else ""
        name_metrics = QFontMetrics(name_font)
        room = max(0, width - side_width)
        name_text = name_metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
        name_width = min(room, name_metrics.horizontalAdvance(name_text))
        painter.setFont(name_font)
        painter.setPen(text)
        first = QRect(left, r.top() + PAD, name_width, line)
        align_left = int(self._align(option, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
        self._own_direction(painter)
        painter.drawText(self._place(option, first), align_left, name_text)
        if handle:
            handle_rect = QRect(left + name_width + PAD // 2, r.top() + PAD, max(0, room - name_width - PAD // 2), line)
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(
                self._place(option, handle_rect),
                align_left,
                metrics.elidedText(handle, Qt.TextElideMode.ElideRight, handle_rect.width()),
            )
        painter.setFont(font)
        painter.setPen(muted)
        painter.setLayoutDirection(option.direction)
        painter.drawText(
            self._place(option, QRect(r.right() - PAD - side_width, r.top() + PAD, side_width, line)),
            int(self._align(option, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)),
            side,
        )
        # The text, wrapped; elided on its last line when longer than TEXT_LINES.
        body_width = self._text_width(r.width())
        body_height = self._text_height(e.text or " ", body_width, font)
        body = QRect(left, r.top() + PAD + line + 2, body_width, body_height)
        painter.setPen(text)
        self._own_direction(painter)
        painter.drawText(
            self._place(option, body),
            int(self._align(option, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop))
            | int(Qt.TextFlag.TextWordWrap),
            _fit(e.text.strip(), metrics, body_width, TEXT_LINES),
        )
        state = self._model.reply_state_name(e.reply_state)
        if state:
            small = QFont(font)
            small.setItalic(True)
            painter.setFont(small)
            painter.setPen(muted)
            painter.setLayoutDirection(option.direction)
            painter.drawText(
                self._place(option, QRect(left, body.bottom() + 1, width, line)),
                align_left,
                QFontMetrics(small).elidedText(state, Qt.TextElideMode.ElideRight, width),
            )


def _fit(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """`text` cut (with "…") so that it wraps into at most `lines` lines of `width`."""
    limit = metrics.lineSpacing() * lines
    flags = int(Qt.TextFlag.TextWordWrap)
    if metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height() <= limit:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        mid = (low + high + 1) // 2
        if metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text[:mid] + "…").height() <= limit:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
