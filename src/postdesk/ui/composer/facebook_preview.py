"""The Facebook Page preview: a post card as a Page's post shows in the feed.

The Page's name in bold with its round picture, "Just now · 🌐" under it, the text (links,
hashtags and mentions in Facebook's blue), the photos in Facebook's grid (one wide; two side by
side; three as one large and two small; four or more as a 2×2 grid whose last tile says "+N"),
a link preview bar when the post carries a link and no photo, and the Like · Comment · Share row.
It has `PreviewCard`'s interface (`show_post`, `data`, `part_count`, `part_text_html`), so the
target panel uses it in place of the generic card for Facebook. Pages have no threads: only the
first part is shown (validation reports the others).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.ui.composer.preview import PreviewData, render_html
from postdesk.ui.composer.preview_text import plain_text
from postdesk.ui.composer.previews.readout import OnePostCard
from postdesk.ui.look.network_cards import ON_MEDIA, card_colours
from postdesk.ui.look.style import is_dark

EntityFinder = Callable[[str, Network], Sequence[Any]]
WIDTH = 360
GRID_HEIGHT = 240
GAP = 2


def _cover(painter: QPainter, image: QImage, rect: QRect) -> None:
    """Draw `image` filling `rect`, cropped to it and centred (Facebook's grid crops the same way)."""
    scaled = image.scaled(
        rect.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    x = (scaled.width() - rect.width()) // 2
    y = (scaled.height() - rect.height()) // 2
    painter.drawImage(rect, scaled, QRect(x, y, rect.width(), rect.height()))


def grid_tiles(count: int, width: int = WIDTH, height: int = GRID_HEIGHT) -> list[QRect]:
    """Where each shown photo goes in Facebook's grid (at most four tiles)."""
    half_w, half_h = (width - GAP) // 2, (height - GAP) // 2
    if count <= 0:
        return []
    if count == 1:
        return [QRect(0, 0, width, height)]
    if count == 2:
        return [QRect(0, 0, half_w, height), QRect(half_w + GAP, 0, width - half_w - GAP, height)]
    if count == 3:
        return [
            QRect(0, 0, width, half_h),
            QRect(0, half_h + GAP, half_w, height - half_h - GAP),
            QRect(half_w + GAP, half_h + GAP, width - half_w - GAP, height - half_h - GAP),
        ]
    return [
        QRect(0, 0, half_w, half_h),
        QRect(half_w + GAP, 0, width - half_w - GAP, half_h),
        QRect(0, half_h + GAP, half_w, height - half_h - GAP),
        QRect(half_w + GAP, half_h + GAP, width - half_w - GAP, height - half_h - GAP),
    ]


def photo_grid(images: Sequence[QImage], width: int = WIDTH, height: int = GRID_HEIGHT, gaps: str = "") -> QPixmap:
    """Facebook's photo grid for `images` ("+N" on the fourth tile when there are more), `gaps` between."""
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor(gaps or card_colours(Network.FACEBOOK, False).card))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    tiles = grid_tiles(len(images), width, height)
    for image, rect in zip(images, tiles, strict=False):
        if not image.isNull():
            _cover(painter, image, rect)
    if len(images) > 4:
        last = tiles[-1]
        painter.fillRect(last, QColor(0, 0, 0, 110))
        font = QFont(painter.font())
        font.setPointSize(22)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(ON_MEDIA))
        painter.drawText(last, Qt.AlignmentFlag.AlignCenter, f"+{len(images) - 4}")
    painter.end()
    return pixmap


class FacebookPreviewCard(OnePostCard, QFrame):
    """A Facebook Page post.

    Args:
        find_entities: finds links, hashtags and mentions (`core.richtext.entities`).
        parent: the parent widget.
    """

    def __init__(self, find_entities: EntityFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find_entities
        self._data: PreviewData | None = None
        self._link = ""
        self._width = WIDTH
        self._dark = False
        self.setObjectName("facebookPreview")
        self.setFixedWidth(WIDTH + 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 10, 1, 6)
        layout.setSpacing(8)
        header = QHBoxLayout()
        header.setContentsMargins(12, 0, 12, 0)
        self.avatar = QLabel(self)
        self.avatar.setFixedSize(40, 40)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        facebook = card_colours(Network.FACEBOOK, False)
        self.avatar.setStyleSheet(
            f"QLabel {{ background: {facebook.accent}; color: {facebook.on_accent}; border-radius: 20px;"
            " font-weight: 700; font-size: 15pt; }"
        )
        names = QVBoxLayout()
        names.setSpacing(0)
        self.page_name = QLabel(self)
        self.page_name.setStyleSheet("QLabel { font-weight: 700; }")
        self.when = QLabel(self.tr("Just now \u00b7 \U0001f310"), self)
        self.when.setObjectName("muted")
        names.addWidget(self.page_name)
        names.addWidget(self.when)
        header.addWidget(self.avatar)
        header.addLayout(names, 1)
        self.more = QLabel("\u2026", self)
        self.more.setObjectName("more")
        header.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setContentsMargins(12, 0, 12, 0)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.photos = QLabel(self)
        self.photos.setFixedSize(WIDTH, GRID_HEIGHT)
        layout.addWidget(self.photos)
        self.link_bar = QLabel(self)
        self.link_bar.setWordWrap(True)
        self.link_bar.setObjectName("linkBar")
        layout.addWidget(self.link_bar)
        self.actions_row = QLabel(self.tr("\U0001f44d Like      \U0001f4ac Comment      \u2197 Share"), self)
        self.actions_row.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.actions_row.setObjectName("actionsRow")
        self._apply_theme()
        layout.addWidget(self.actions_row)

    def _apply_theme(self) -> None:
        self._dark = is_dark(QGuiApplication.palette())
        colours = card_colours(Network.FACEBOOK, self._dark)
        card, text, muted, border, bar = colours.card, colours.text, colours.muted_text, colours.border, colours.bar
        self.setStyleSheet(
            f"#facebookPreview {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}"
            f" #facebookPreview QLabel {{ color: {text}; background: transparent; border: none; }}"
            f" #facebookPreview QLabel#muted {{ color: {muted}; font-size: 9pt; }}"
            f" #facebookPreview QLabel#more {{ color: {muted}; font-weight: 700; }}"
            f" #facebookPreview QLabel#linkBar {{ background: {bar}; color: {muted}; padding: 8px 12px; }}"
            f" #facebookPreview QLabel#actionsRow {{ color: {muted}; font-weight: 600;"
            f" border-top: 1px solid {border}; padding-top: 6px; }}"
        )

    def set_card_width(self, width: int) -> None:
        """Lay the post out `width` pixels wide (the photo grid keeps Facebook's 3:2 shape)."""
        self._width = width
        self.setFixedWidth(width + 2)
        self.photos.setFixedSize(width, width * GRID_HEIGHT // WIDTH)
        if self._data is not None:
            self.show_post(self._data)

    def set_link(self, link: str) -> None:
        """The post's link option (shown as a link preview bar when there is no photo)."""
        self._link = link.strip()

    def show_post(self, data: PreviewData) -> None:
        """Show `data` as Facebook would show the Page's post."""
        self._data = data
        self._apply_theme()
        blue = card_colours(Network.FACEBOOK, self._dark).link
        name = data.display_name or data.handle or self.tr("Your Page")
        self.page_name.setText(name)
        self.avatar.setText(next((c for c in name if c.isalnum()), "?").upper())
        text = data.parts[0] if data.parts else ""
        found = self._find(text, Network.FACEBOOK)
        self.text.setText(render_html(text, found, blue) if text else "")
        self.text.setVisible(bool(text))
        images = list(data.images)
        self.photos.setVisible(bool(images))
        if images:
            self.photos.setPixmap(
                photo_grid(
                    images, self.photos.width(), self.photos.height(), card_colours(Network.FACEBOOK, self._dark).card
                )
            )
        host = urlsplit(self._link).hostname or ""
        self.link_bar.setVisible(bool(host) and not images)
        self.link_bar.setText(host.upper())
        # Photos and the link bar come and go: the card is as tall as its wrapped text and rows.
        layout = self.layout()
        height = layout.heightForWidth(self.width()) if layout is not None and layout.hasHeightForWidth() else -1
        self.setFixedHeight(height if height > 0 else self.sizeHint().height())

    def part_text_html(self, index: int) -> str:
        """The post text's rich text (for tests)."""
        return self.text.text()

    def media_count(self) -> int:
        """How many photos the post carries (the grid's "+N" counts the ones not drawn)."""
        return len(self._data.images) if self._data is not None and self.photos.isVisibleTo(self) else 0

    def link_card_url(self) -> str:
        """The link preview bar's site ("" without one)."""
        return self.link_bar.text().lower() if self.link_bar.isVisibleTo(self) else ""

    def part_plain(self, index: int) -> str:
        """The post text as it reads (a Page post has one part)."""
        return self.text_plain()

    def text_plain(self) -> str:
        """The post text as it reads on the card."""
        return plain_text(self.text.text())
