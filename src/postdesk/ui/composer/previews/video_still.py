"""A video's still in a preview: the picture the media strip shows, marked as a video.

The preview cards take pictures (`QImage`s); a video attached to the post reaches them as a
`VideoStill`, a `QImage` that knows it stands for a video and how long it runs, so a card can
draw the play mark and the length where the network does (Threads' row, an Instagram Reel).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath

from postdesk.core.media_info import MediaInfo, MediaKind


class VideoStill(QImage):
    """A video's still (a copy of `image`), with the video's length.

    Args:
        image: the still.
        duration_s: the video's length in seconds, or None when unknown.
    """

    def __init__(self, image: QImage, duration_s: float | None) -> None:
        super().__init__(image)
        self.duration_s = duration_s


def mark_videos(images: Sequence[QImage], ids: Sequence[int], infos: Mapping[int, MediaInfo]) -> list[QImage]:
    """`images` (the stills of the assets `ids`, in order) with each video's still a `VideoStill`."""
    marked: list[QImage] = []
    for image, asset_id in zip(images, ids, strict=False):
        info = infos.get(asset_id)
        if info is not None and info.kind is MediaKind.VIDEO:
            marked.append(VideoStill(image, info.duration_s))
        else:
            marked.append(image)
    return marked


def length_words(seconds: float | None) -> str:
    """ "0:42", "12:05" (the length as video players write it; "" when unknown)."""
    if seconds is None or seconds < 0:
        return ""
    total = round(seconds)
    locale = QLocale()
    return f"{locale.toString(total // 60)}:{total % 60:02d}"


def paint_video_mark(painter: QPainter, rect: QRectF, still: VideoStill) -> None:
    """Draw the play mark in the middle of `rect` and the length in its lower corner."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(44.0, rect.width() / 3, rect.height() / 3)
    centre = rect.center()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 140))
    painter.drawEllipse(centre, side / 2, side / 2)
    triangle = QPainterPath()
    triangle.moveTo(centre.x() - side * 0.14, centre.y() - side * 0.2)
    triangle.lineTo(centre.x() + side * 0.22, centre.y())
    triangle.lineTo(centre.x() - side * 0.14, centre.y() + side * 0.2)
    triangle.closeSubpath()
    painter.setBrush(QColor(255, 255, 255))
    painter.drawPath(triangle)
    words = length_words(still.duration_s)
    if words:
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(words) + 10
        height = painter.fontMetrics().height() + 4
        badge = QRectF(rect.left() + 8, rect.bottom() - height - 8, width, height)
        painter.setBrush(QColor(0, 0, 0, 160))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, words)
    painter.restore()
