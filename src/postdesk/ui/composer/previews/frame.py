"""The frame around a target's preview card: the Phone/Desktop width toggle and the first comment.

The card is shown at the width the network's app gives a post on a phone, or on a desktop
browser's feed column; the choice is one setting (`core.settings.Preferences.preview_width`),
kept by the composer's `PreviewPart` and shown the same in every tab.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.settings import PREVIEW_WIDTHS
from postdesk.ui.composer.previews.first_comment import FirstCommentView
from postdesk.ui.widgets.avatar_cache import AvatarCache

#: The card's width in each mode (a phone's feed is ~390 px wide; a desktop feed column ~600).
CARD_WIDTHS: dict[str, int] = {"phone": 390, "desktop": 600}


@runtime_checkable
class ResizableCard(Protocol):
    """A card whose frame has its own shape (Instagram, Facebook, TikTok): it sizes itself."""

    def set_card_width(self, width: int) -> None:
        """Lay the card out `width` pixels wide."""


@runtime_checkable
class AvatarCard(Protocol):
    """A card that shows the account's picture."""

    def set_avatar_cache(self, cache: AvatarCache | None) -> None:
        """Where account pictures come from."""


def toggle_words() -> dict[str, tuple[str, str]]:
    """(label, accessible name) of each width button."""
    return {
        "phone": (
            QCoreApplication.translate("PreviewFrame", "&Phone"),
            QCoreApplication.translate("PreviewFrame", "Preview as on a phone"),
        ),
        "desktop": (
            QCoreApplication.translate("PreviewFrame", "&Desktop"),
            QCoreApplication.translate("PreviewFrame", "Preview as on a desktop"),
        ),
    }


class PreviewFrame(QWidget):
    """A preview card with the width toggle above it and the first comment below it.

    Args:
        card: the network's preview card (kept as `card`; the frame sets its width).
        network: the card's network.
        parent: the parent widget.

    Signals:
        width_chosen: the user picked "phone" or "desktop" here.
    """

    width_chosen = Signal(str)

    def __init__(self, card: QWidget, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.network = network
        self._width = "phone"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(4)
        caption = QLabel(QCoreApplication.translate("PreviewFrame", "Preview"), self)
        caption.setStyleSheet("QLabel { font-weight: 600; }")
        row.addWidget(caption)
        row.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for mode in PREVIEW_WIDTHS:
            label, spoken = toggle_words()[mode]
            button = QToolButton(self)
            button.setText(label)
            button.setAccessibleName(spoken)
            button.setToolTip(spoken)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setObjectName(f"previewWidth-{mode}")
            # The chosen width reads as chosen in both themes (the palette's selection colours).
            button.setStyleSheet(
                "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                " border-radius: 4px; padding: 2px 8px; } QToolButton { padding: 2px 8px; }"
            )
            button.clicked.connect(lambda _checked=False, m=mode: self._on_clicked(m))
            self._group.addButton(button)
            self.buttons[mode] = button
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.first_comment = FirstCommentView(network, self)
        layout.addWidget(self.first_comment, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.set_width("phone")

    def _on_clicked(self, mode: str) -> None:
        if mode != self._width:
            self.set_width(mode)
            self.width_chosen.emit(mode)

    def set_width(self, mode: str) -> None:
        """Show the card at the "phone" or "desktop" width (no signal)."""
        mode = mode if mode in CARD_WIDTHS else "phone"
        self._width = mode
        self.buttons[mode].setChecked(True)
        width = CARD_WIDTHS[mode]
        self.card_width_changed(width)

    def card_width_changed(self, width: int) -> None:
        """Give the card and the comment `width` pixels (cards with a set frame keep their shape)."""
        if isinstance(self.card, ResizableCard):
            self.card.set_card_width(width)
        else:
            self.card.setFixedWidth(width)
        self.first_comment.setFixedWidth(width)

    def set_avatar_cache(self, cache: AvatarCache | None) -> None:
        """Where account pictures come from, for the card and the first comment."""
        if isinstance(self.card, AvatarCard):
            self.card.set_avatar_cache(cache)
        self.first_comment.set_avatar_cache(cache)

    def width_mode(self) -> str:
        """ "phone" or "desktop"."""
        return self._width
