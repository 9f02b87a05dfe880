"""One part of the common preview card (`ui.composer.preview.PreviewCard`): its widgets.

The card places them by the network's layout family and fills them; this holds them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from postdesk.ui.composer.previews.carousel import Carousel
from postdesk.ui.widgets.avatar import Avatar
from postdesk.ui.widgets.avatar_cache import AvatarCache
from postdesk.ui.widgets.image_grid import ImageGrid


class PartView(QWidget):
    """One part of a card: optional header, title, warning, text, images and link card."""

    def __init__(self, parent: QWidget | None = None, avatars: AvatarCache | None = None) -> None:
        super().__init__(parent)
        self._avatars = avatars
        self.avatar = Avatar(None, "", 40, avatars, self)  # the account's picture, or its monogram
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.spoiler = QLabel(self)
        self.spoiler.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.grid = ImageGrid(parent=self)
        self.grid.hide()
        self.carousel = Carousel(parent=self)  # a Threads post's row of photos and videos
        self.link = QFrame(self)
        self.link.setObjectName("linkCard")
        link_layout = QVBoxLayout(self.link)
        link_layout.setContentsMargins(10, 8, 10, 8)
        link_layout.setSpacing(2)
        self.link_title = QLabel(self.link)
        self.link_url = QLabel(self.link)
        self.link_url.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        link_layout.addWidget(self.link_title)
        link_layout.addWidget(self.link_url)
        self.link.hide()
        self.footer = QLabel(self)
        self.footer.hide()
        self.connector = QFrame(self)
        self.connector.setFixedWidth(2)
        self.connector.hide()

    def resize_avatar(self, diameter: int) -> None:
        """Paint the avatar `diameter` pixels wide (before it is placed in a layout)."""
        old, self.avatar = self.avatar, Avatar(None, "", diameter, self._avatars, self)
        old.hide()
        old.deleteLater()
