"""The Instagram preview: a feed post's square-to-portrait frame with carousel dots and the caption
under it, or a Reel's or Story's full-height 9:16 frame.

A feed post's frame takes the first photo's shape, held to what Instagram shows (from 4:5 portrait
to 1.91:1 landscape; a photo outside that is shown cropped, as `instagram_crop_to_fit` would send
it). A carousel shows one dot per item under the frame. Reels carry the caption over the lower part
of the frame; Stories show no caption (Instagram's API takes none for Stories).

It has `PreviewCard`'s interface (`show_post`, `data`, `part_count`, `part_text_html`), plus
`set_kind` (the target panel calls it with the target's options before `show_post`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from postdesk.core import instagram_posts as posts
from postdesk.core.networks import Network
from postdesk.ui.composer.preview import PreviewData, render_html
from postdesk.ui.composer.preview_text import plain_text
from postdesk.ui.composer.previews.readout import OnePostCard
from postdesk.ui.composer.previews.video_still import VideoStill, paint_video_mark
from postdesk.ui.look.network_cards import MEDIA_BACKDROP, ON_MEDIA, card_colours
from postdesk.ui.look.style import colours_of, is_dark
from postdesk.ui.widgets.avatar import Avatar
from postdesk.ui.widgets.avatar_cache import AvatarCache

EntityFinder = Callable[[str, Network], Sequence[Any]]
WIDTH = 270
TALL = WIDTH * 16 // 9  # 480: the 9:16 frame of Reels and Stories


def feed_frame_height(image: QImage | None, width: int = WIDTH) -> int:
    """The height of a feed post's frame for its first photo (square without one)."""
    if image is None or image.isNull() or image.height() <= 0:
        return width
    ratio = min(max(image.width() / image.height(), posts.FEED_MIN_RATIO), posts.FEED_MAX_RATIO)
    return round(width / ratio)


class _Frame(QWidget):
    """The media frame: the image covering it, centred (Instagram crops what does not fit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.shade = False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = self.rect()
        empty = colours_of(QGuiApplication.palette()).alternate
        painter.fillRect(frame, QColor(MEDIA_BACKDROP if self.shade else empty))
        if self.image is not None and not self.image.isNull():
            scaled = self.image.scaled(
                frame.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
            )
            x = (scaled.width() - frame.width()) // 2
            y = (scaled.height() - frame.height()) // 2
            painter.drawImage(frame, scaled, QRect(x, y, frame.width(), frame.height()))
        if isinstance(self.image, VideoStill) and not self.shade:
            paint_video_mark(painter, QRectF(frame), self.image)  # a video in the feed or a carousel
        if self.shade:
            gradient = QLinearGradient(0, frame.height() * 0.55, 0, frame.height())
            gradient.setColorAt(0, QColor(0, 0, 0, 0))
            gradient.setColorAt(1, QColor(0, 0, 0, 170))
            painter.fillRect(QRectF(frame), gradient)
        painter.end()


class InstagramPreviewCard(OnePostCard, QFrame):
    """An Instagram post as the app shows it.

    Args:
        find_entities: finds hashtags and mentions (`core.richtext.entities`).
        parent: the parent widget.
    """

    def __init__(self, find_entities: EntityFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find_entities
        self._data: PreviewData | None = None
        self._kind = posts.FEED
        self._width = WIDTH
        self._dark = False
        self.setObjectName("instagramPreview")
        self.setFixedSize(WIDTH + 2, WIDTH)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 8)
        layout.setSpacing(6)
        self.top = QWidget(self)  # the account's picture and name above the frame
        top = QHBoxLayout(self.top)
        top.setContentsMargins(8, 6, 8, 0)
        top.setSpacing(8)
        self.avatar = Avatar(None, "", 32, None, self.top)
        self.header = QLabel(self.top)
        self.header.setStyleSheet("QLabel { font-weight: 600; }")
        top.addWidget(self.avatar)
        top.addWidget(self.header, 1)
        layout.addWidget(self.top)
        self.frame = _Frame(self)
        self.frame.setFixedWidth(WIDTH)
        layout.addWidget(self.frame)
        self.overlay = QLabel(self.frame)  # a Reel's caption, over the frame's lower part
        self.overlay.setWordWrap(True)
        self.overlay.setTextFormat(Qt.TextFormat.RichText)
        self.overlay.setStyleSheet("QLabel { color: white; }")
        self.overlay.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.dots = QLabel(self)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setAccessibleName(self.tr("Carousel position"))
        layout.addWidget(self.dots)
        self.actions_row = QLabel("♡   💬   ➤", self)
        self.actions_row.setStyleSheet("QLabel { padding: 0 8px; font-size: 13pt; }")
        layout.addWidget(self.actions_row)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setStyleSheet("QLabel { padding: 0 8px; }")
        layout.addWidget(self.caption)
        self.placeholder = QLabel(self.frame)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

    def set_avatar_cache(self, cache: AvatarCache | None) -> None:
        """Where the account's picture comes from (None: its monogram)."""
        old = self.avatar
        self.avatar = Avatar(None, "", 32, cache, self.top)
        top = self.top.layout()
        if top is not None:
            top.replaceWidget(old, self.avatar)
        old.hide()
        old.deleteLater()

    def set_card_width(self, width: int) -> None:
        """Lay the post out `width` pixels wide (the frame keeps its shape)."""
        self._width = width
        self.frame.setFixedWidth(width)
        if self._data is not None:
            self.show_post(self._data)
        else:
            self.setFixedSize(width + 2, width)

    def _apply_theme(self) -> None:
        # Instagram's own light and dark modes, following the app's theme.
        self._dark = is_dark(QGuiApplication.palette())
        colours = colours_of(QGuiApplication.palette())
        self.setStyleSheet(
            f"QFrame#instagramPreview {{ background: {colours.surface}; border: 1px solid {colours.divider}; }}"
            f" QFrame#instagramPreview QLabel {{ color: {colours.text}; background: transparent; }}"
        )
        self.placeholder.setStyleSheet(f"QLabel {{ color: {colours.muted_text}; }}")
        self.overlay.setStyleSheet("QLabel { color: white; }")

    def set_kind(self, options: Mapping[str, Any]) -> None:
        """Show the post as the kind the target's options ask for (feed post, Reel or Story)."""
        self._kind = posts.kind_of(options)

    def kind(self) -> str:
        """The kind shown."""
        return self._kind

    def show_post(self, data: PreviewData) -> None:
        """Show `data` as Instagram would."""
        self._data = data
        self._apply_theme()
        width = self._width
        accent = card_colours(Network.INSTAGRAM, is_dark(QGuiApplication.palette())).link  # Instagram's link blue
        image = data.images[0] if data.images else None
        tall = self._kind in (posts.REEL, posts.STORY)
        height = width * 16 // 9 if tall else feed_frame_height(image, width)
        self.frame.setFixedHeight(height)
        self.frame.image = image
        self.frame.shade = tall
        self.placeholder.setGeometry(0, 0, width, height)
        self.placeholder.setText("" if image is not None else self.tr("Instagram shows your photo or video here"))
        handle = data.handle or data.display_name or self.tr("you")
        self.header.setText(handle)
        self.avatar.set_person(data.avatar_url, data.display_name or handle)
        self.top.setVisible(self._kind == posts.FEED)  # Reels carry the name over the frame
        count = len(data.images)
        self.dots.setText(" ".join(["●"] + ["○"] * (count - 1)) if self._kind == posts.FEED and count > 1 else "")
        self.dots.setVisible(self._kind == posts.FEED and count > 1)
        text = data.parts[0] if data.parts else ""
        found = [e for e in self._find(text, Network.INSTAGRAM) if str(getattr(e, "kind", "")) != "link"]
        if self._kind == posts.STORY:
            caption, overlay = "", ""
        elif self._kind == posts.REEL:
            caption = ""
            overlay = (
                f"<b>{_escape(handle)}</b><br>" + render_html(text, found, ON_MEDIA, bold_links=True)
                if text
                else f"<b>{_escape(handle)}</b>"
            )
        else:
            overlay = ""
            caption = _lead(f"<b>{_escape(handle)}</b> ", render_html(text, found, accent)) if text else ""
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.actions_row.setVisible(self._kind == posts.FEED)
        self.overlay.setText(overlay)
        self.overlay.setGeometry(10, height // 2, width - 20, height // 2 - 12)
        self.overlay.setVisible(bool(overlay))
        # A fixed size, like the other cards: the caption's wrapped height decides it.
        layout = self._layout
        height_for = layout.totalHeightForWidth(width + 2) if layout.hasHeightForWidth() else -1
        self.setFixedSize(width + 2, height_for if height_for > 0 else layout.totalSizeHint().height())
        self.frame.update()

    def part_text_html(self, index: int) -> str:
        """The caption's rich text, wherever it shows (for tests)."""
        return self.caption.text() or self.overlay.text()

    def media_count(self) -> int:
        """How many items the post carries (a carousel's dots count them; a Reel or Story: one)."""
        if self._data is None or not self._data.images:
            return 0
        return len(self._data.images) if self._kind == posts.FEED else 1

    def dot_count(self) -> int:
        """How many carousel dots are drawn."""
        return self.dots.text().count("●") + self.dots.text().count("○") if self.dots.isVisibleTo(self) else 0

    def part_plain(self, index: int) -> str:
        """The caption as it reads (Instagram posts have one part)."""
        return self.caption_plain()

    def link_card_url(self) -> str:
        """Instagram shows no link card (links in captions are not even clickable)."""
        return ""

    def caption_plain(self) -> str:
        """The caption as it reads on the card, without the account's name in front."""
        text = plain_text(self.part_text_html(0))
        handle = self.header.text()
        if handle and text.startswith(handle):
            # The name is followed by the space (feed) or line break (Reel) the card puts after it.
            text = text[len(handle) :]
            text = text[1:] if text[:1] == " " else text
            text = text.lstrip("\n")
        return text


def _lead(name: str, paragraphs: str) -> str:
    """`paragraphs` with `name` at the start of the first one (Instagram runs the caption on after it)."""
    start = paragraphs.find(">") + 1
    return paragraphs[:start] + name + paragraphs[start:]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
