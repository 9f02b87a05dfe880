"""The TikTok preview: a vertical 9:16 card, the video's frame (or the first photo) filling it, and
the caption laid over its lower part with the @name above it, as TikTok's player shows a post.

It has `PreviewCard`'s interface (`show_post`, `data`, `part_count`, `part_text_html`), so the
target panel can use it in place of the generic card for TikTok. TikTok has no threads: only
the first part is shown (validation reports the others).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.ui.composer.preview import PreviewData, render_html
from postdesk.ui.look.network_cards import MEDIA_BACKDROP, ON_MEDIA, ON_MEDIA_MUTED

EntityFinder = Callable[[str, Network], Sequence[Any]]
WIDTH = 243
HEIGHT = WIDTH * 16 // 9  # 432: TikTok's vertical frame


class TikTokPreviewCard(QFrame):
    """A 9:16 TikTok post with its caption overlaid.

    Args:
        find_entities: finds hashtags and mentions (`core.richtext.entities`).
        parent: the parent widget.
    """

    def __init__(self, find_entities: EntityFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find_entities
        self._data: PreviewData | None = None
        self._image: QImage | None = None
        self.setObjectName("tiktokPreview")
        self.setFixedSize(WIDTH, HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 14)
        layout.setSpacing(4)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(f"QLabel {{ color: {ON_MEDIA_MUTED}; }}")
        layout.addWidget(self.placeholder, 1)
        bottom = QHBoxLayout()
        column = QVBoxLayout()
        self.handle = QLabel(self)
        self.handle.setStyleSheet(f"QLabel {{ color: {ON_MEDIA}; font-weight: 700; }}")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setStyleSheet(f"QLabel {{ color: {ON_MEDIA}; }}")
        self.caption.setMaximumHeight(HEIGHT // 3)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        column.addWidget(self.handle)
        column.addWidget(self.caption)
        bottom.addLayout(column, 1)
        self.side_icons = QLabel("♥\n\n💬\n\n↗", self)
        self.side_icons.setStyleSheet(f"QLabel {{ color: {ON_MEDIA}; font-size: 15pt; }}")
        self.side_icons.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.side_icons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)

    def set_card_width(self, width: int) -> None:
        """TikTok shows a video in its 9:16 frame on phones and desktops alike: the size stays."""

    def media_count(self) -> int:
        """How many photos or videos the post carries."""
        data = self.data()
        return len(data.images) if data is not None else 0

    def show_post(self, data: PreviewData) -> None:
        """Show `data` as TikTok would."""
        self._data = data
        self._image = data.images[0] if data.images else None
        text = data.parts[0] if data.parts else ""
        found = [e for e in self._find(text, Network.TIKTOK) if str(getattr(e, "kind", "")) != "link"]
        self.handle.setText("@" + (data.handle or data.display_name or self.tr("you")))
        self.caption.setText(render_html(text, found, ON_MEDIA, bold_links=True) if text else "")
        self.caption.setVisible(bool(text))
        self.placeholder.setText("" if self._image is not None else self.tr("TikTok shows your video or photos here"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = self.rect()
        painter.fillRect(frame, QColor(MEDIA_BACKDROP))
        if self._image is not None and not self._image.isNull():
            # Cover the frame (TikTok crops what does not fit 9:16), centred.
            scaled = self._image.scaled(
                frame.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
            )
            x = (scaled.width() - frame.width()) // 2
            y = (scaled.height() - frame.height()) // 2
            painter.drawImage(frame, scaled, QRect(x, y, frame.width(), frame.height()))
        shade = QLinearGradient(0, frame.height() * 0.5, 0, frame.height())
        shade.setColorAt(0, QColor(0, 0, 0, 0))
        shade.setColorAt(1, QColor(0, 0, 0, 170))
        painter.fillRect(QRectF(frame), shade)
        painter.end()
        super().paintEvent(event)

    def data(self) -> PreviewData | None:
        """What the card last showed."""
        return self._data

    def part_count(self) -> int:
        """How many parts the card shows (TikTok: one)."""
        return 1 if self._data is not None else 0

    def part_text_html(self, index: int) -> str:
        """The caption's rich text (for tests)."""
        return self.caption.text()

    def caption_plain(self) -> str:
        """The caption as plain text, the way it reads on the card."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.caption.text())
        return doc.toPlainText().replace("\u200b", "")
