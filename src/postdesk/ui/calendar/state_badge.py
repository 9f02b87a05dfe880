"""A calendar entry's state as a badge: a disc in the state's token colour with a line icon, so
the state never rests on colour alone (scheduled: a clock, published: a check, publishing: an
arrow, needs attention: "!", paused or waiting: a pause, draft: a pencil stroke, ...)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from postdesk.core.calendar import EntryStatus
from postdesk.ui.look.tokens import colours, readable_on

__all__ = ["STATUS_LOOK", "paint_icon", "paint_state_badge", "ratio_of", "status_color"]

#: Each status: the token it is coloured with and the icon of its badge. Waiting (a post held
#: by a connection, a retry, the network's own scheduler ...) shares "paused": it is not sent.
STATUS_LOOK: dict[EntryStatus, tuple[str, str]] = {
    EntryStatus.DRAFT: ("muted_text", "draft"),
    EntryStatus.SCHEDULED: ("accent", "clock"),
    EntryStatus.QUEUE_SLOT: ("muted_text", "plus"),
    EntryStatus.PUBLISHING: ("warning", "send"),
    EntryStatus.PUBLISHED: ("success", "check"),
    EntryStatus.FAILED: ("danger", "alert"),
    EntryStatus.NEEDS_ATTENTION: ("danger", "alert"),
    EntryStatus.PAUSED: ("link_visited", "pause"),
    EntryStatus.CANCELLED: ("muted_text", "cross"),
}

_COLOURS: dict[tuple[EntryStatus, bool], QColor] = {}
_STATE_PIXMAPS: dict[tuple[EntryStatus, bool, int, float, bool], QPixmap] = {}


def status_color(status: EntryStatus, dark: bool) -> QColor:
    """The colour of a status on a light or dark palette, from the design tokens (shared: do
    not modify)."""
    colour = _COLOURS.get((status, dark))
    if colour is None:
        colour = _COLOURS[(status, dark)] = QColor(getattr(colours(dark), STATUS_LOOK[status][0]))
    return colour


def ratio_of(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


def paint_state_badge(painter: QPainter, rect: QRect, status: EntryStatus, dark: bool, *, held: bool = False) -> None:
    """The state as a disc of its colour with its icon (a pause when something holds the post)."""
    ratio = ratio_of(painter)
    side = min(rect.width(), rect.height())
    key = (status, dark, side, ratio, held)
    pixmap = _STATE_PIXMAPS.get(key)
    if pixmap is None:
        pixmap = _STATE_PIXMAPS[key] = _render_state(status, dark, side, ratio, held)
    painter.drawPixmap(QPoint(rect.left(), rect.top() + (rect.height() - side) // 2), pixmap)


def _render_state(status: EntryStatus, dark: bool, side: int, ratio: float, held: bool) -> QPixmap:
    fill = status_color(EntryStatus.PAUSED if held else status, dark)
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(0, 0, side, side))
    ink = QColor(readable_on(fill.name()))
    paint_icon(
        painter,
        QRectF(0, 0, side, side).adjusted(side * 0.25, side * 0.25, -side * 0.25, -side * 0.25),
        "pause" if held else STATUS_LOOK[status][1],
        ink,
    )
    painter.end()
    return pixmap


def paint_icon(painter: QPainter, box: QRectF, icon: str, colour: QColor) -> None:
    """A small line icon ("clock", "check", "send", "alert", "pause", "plus", "cross", "draft")."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.2, box.width() / 5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    cx, cy = box.center().x(), box.center().y()

    def at(fx: float, fy: float) -> QPointF:
        return QPointF(x + w * fx, y + h * fy)

    path = QPainterPath()
    if icon == "check":
        path.moveTo(at(0.05, 0.55))
        path.lineTo(at(0.4, 0.88))
        path.lineTo(at(0.95, 0.15))
    elif icon == "clock":
        pen.setWidthF(max(1.0, w / 7))
        painter.setPen(pen)
        painter.drawEllipse(box)
        path.moveTo(cx, y + h * 0.2)
        path.lineTo(cx, cy)
        path.lineTo(x + w * 0.75, cy)
    elif icon == "send":
        path.moveTo(at(0.5, 0.95))
        path.lineTo(at(0.5, 0.08))
        path.moveTo(at(0.12, 0.45))
        path.lineTo(at(0.5, 0.08))
        path.lineTo(at(0.88, 0.45))
    elif icon == "alert":
        path.moveTo(at(0.5, 0.05))
        path.lineTo(at(0.5, 0.58))
        path.moveTo(at(0.5, 0.92))
        path.lineTo(at(0.5, 0.93))
    elif icon == "pause":
        path.moveTo(at(0.28, 0.08))
        path.lineTo(at(0.28, 0.92))
        path.moveTo(at(0.72, 0.08))
        path.lineTo(at(0.72, 0.92))
    elif icon == "plus":
        path.moveTo(at(0.5, 0.05))
        path.lineTo(at(0.5, 0.95))
        path.moveTo(at(0.05, 0.5))
        path.lineTo(at(0.95, 0.5))
    elif icon == "cross":
        path.moveTo(at(0.1, 0.1))
        path.lineTo(at(0.9, 0.9))
        path.moveTo(at(0.9, 0.1))
        path.lineTo(at(0.1, 0.9))
    else:  # draft: a pencil stroke
        path.moveTo(at(0.1, 0.9))
        path.lineTo(at(0.9, 0.1))
        path.moveTo(at(0.1, 0.9))
        path.lineTo(at(0.35, 0.88))
    painter.drawPath(path)
    painter.restore()
