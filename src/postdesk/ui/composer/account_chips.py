"""The composer's "Post to" chips: one per connected account, and "Connect …" for a network without one.

- `AccountChip`: a checkable pill with the account's round picture (from the app's one
  `AvatarCache`, a monogram until it arrives or when there is none), the network's mark on the
  picture's corner, and the handle. Space and a click toggle it; its accessible name says whose
  account it is, on which network, and whether it is chosen ("@studio on Bluesky, selected").
- `ConnectChip`: a plain button with the network's mark and "Connect Bluesky…"; it asks for the
  accounts pane's connect dialog for that network (`TargetsPart.connect_requested`).

Both paint from the design tokens (`ui.look`), so they follow the theme without a style sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from postdesk.core.networks import Network, look
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.look.marks import paint_mark
from postdesk.ui.look.style import colours_of, is_dark, text_font
from postdesk.ui.look.tokens import IconSize, Space, TextRole
from postdesk.ui.widgets.avatar import paint_avatar
from postdesk.ui.widgets.avatar_cache import AvatarCache

#: The picture's diameter on a chip.
AVATAR_SIDE = 22
#: The network mark's badge on the picture's corner.
BADGE_SIDE = 12


class _Pill(QAbstractButton):
    """What both chips share: size from the text, a pill outline, a focus ring, the hand cursor."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._hovered = False
        self._bold_room = True

    def _lead(self) -> int:
        """The side of what comes before the text (picture or mark)."""
        return AVATAR_SIDE

    def sizeHint(self) -> QSize:
        font = QFont(self.font())
        font.setBold(self._bold_room)  # room for the chosen chip's bold text, so choosing one never cuts it
        text = QFontMetrics(font).horizontalAdvance(self.text()) + 2
        height = max(self._lead(), self.fontMetrics().height()) + 2 * Space.XS + 2
        return QSize(Space.XS + self._lead() + Space.S + text + Space.M, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def enterEvent(self, event: QEvent) -> None:
        self._hovered = True
        self.update()
        super().enterEvent(event)  # type: ignore[arg-type]

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.EnabledChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def _paint_frame(self, painter: QPainter, on: bool, dashed: bool = False) -> tuple[QColor, QRectF]:
        """Draw the pill; return the text colour and the pill's rectangle."""
        c = colours_of(self.palette())
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = box.height() / 2
        if on:
            fill, border, text = QColor(c.accent_fill), QColor(c.accent_fill), QColor(c.on_accent)
        else:
            fill = QColor(c.raised if self._hovered and self.isEnabled() else c.surface)
            border, text = QColor(c.border), QColor(c.text if self.isEnabled() else c.disabled_text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(border, 1)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, radius, radius)
        if self.hasFocus():
            ring = QPen(QColor(c.focus_ring), 2)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), radius - 1, radius - 1)
        return text, box

    def _paint_text(self, painter: QPainter, box: QRectF, colour: QColor, bold: bool) -> None:
        font = self.font()
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(colour)
        left = Space.XS + self._lead() + Space.S
        text_box = QRectF(box)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            text_box.setRight(box.right() - left)
            text_box.setLeft(box.left() + Space.M - 2)
        else:
            text_box.setLeft(box.left() + left)
            text_box.setRight(box.right() - Space.M + 2)
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading), self._shown())

    def _shown(self) -> str:
        """The text as painted."""
        return self.text()

    def _lead_rect(self, box: QRectF) -> QRectF:
        """Where the picture or mark goes (the leading end, mirrored right to left)."""
        side = self._lead()
        top = box.center().y() - side / 2
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return QRectF(box.right() - Space.XS - side + 1, top, side, side)
        return QRectF(box.left() + Space.XS - 1, top, side, side)


class AccountChip(_Pill):
    """One connected account as a chip that chooses it as a target.

    Args:
        account: the account.
        cache: where pictures come from (None: the monogram only).
        parent: the parent widget.
    """

    def __init__(self, account: AccountChoice, cache: AvatarCache | None, parent: QWidget | None = None) -> None:
        super().__init__(account.label or account.display_name, parent)
        self.account = account
        self.network = Network(account.network)
        self._cache = cache
        self.setCheckable(True)
        self.toggled.connect(self._name_it)
        if cache is not None:
            cache.ready.connect(self._on_picture)
        self._name_it(False)

    @Slot(bool)
    def _name_it(self, on: bool) -> None:
        name = look(self.network).name
        handle = self.account.label or self.account.display_name
        if on:
            spoken = self.tr("{handle} on {network}, selected").format(handle=handle, network=name)
        else:
            spoken = self.tr("{handle} on {network}").format(handle=handle, network=name)
        self.setAccessibleName(spoken)
        tip = self.tr("Post as {handle} on {network}").format(handle=handle, network=name)
        if self.account.needs_reconnect:
            tip += "\n" + self.tr("This account must be reconnected before Postdesk can publish with it.")
        self.setToolTip(tip)

    def _shown(self) -> str:
        # A handle reads left to right in every language ("@shop@photog.social", not "shop@photog.social@"
        # in a right-to-left layout): isolate it from the chip's direction (Unicode LRI ... PDI).
        return "\u2066" + self.text() + "\u2069"

    def picture_url(self) -> str:
        """The account's picture address ("" when the network gave none: a monogram is drawn)."""
        return self.account.avatar_url or ""

    @Slot(str)
    def _on_picture(self, url: str) -> None:
        if url and url == self.picture_url():
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        on = self.isChecked()
        text, box = self._paint_frame(painter, on, dashed=self.account.needs_reconnect)
        circle = self._lead_rect(box)
        url = self.picture_url()
        pixmap = self._cache.get(url) if self._cache is not None and url else None
        paint_avatar(painter, circle, pixmap, self.account.display_name or self.account.label)
        # The network's mark on a small disc at the picture's lower trailing corner.
        c = colours_of(self.palette())
        dark = is_dark(self.palette())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = circle.left() - 3 if rtl else circle.right() - BADGE_SIDE + 3
        badge = QRectF(x, circle.bottom() - BADGE_SIDE + 3, BADGE_SIDE, BADGE_SIDE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(c.accent_fill if on else c.surface), 1.5))
        painter.setBrush(QColor(look(self.network).colour_on(dark)))
        painter.drawEllipse(badge)
        paint_mark(
            painter, badge.adjusted(2.5, 2.5, -2.5, -2.5), self.network, QColor(look(self.network).on_badge(dark))
        )
        self._paint_text(painter, box, text, on)
        painter.end()


class ConnectChip(_Pill):
    """ "Connect Bluesky…": a network with no connected account, offered once.

    Args:
        network: the network.
        parent: the parent widget.
    """

    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        name = look(network).name
        super().__init__("", parent)
        self.setText(self.tr("Connect {network}…").format(network=name))
        self.network = network
        self.setAccessibleName(self.tr("Connect an account on {network}").format(network=name))
        self.setToolTip(self.tr("Sign in to {network} to post there from Postdesk").format(network=name))
        # Quieter and smaller than the accounts: an offer, not a choice (twelve of them on a first start).
        self.setFont(text_font(TextRole.CAPTION, self.font()))
        self._bold_room = False

    def _lead(self) -> int:
        return IconSize.S

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        _text, box = self._paint_frame(painter, False, dashed=True)
        c = colours_of(self.palette())
        mark = self._lead_rect(box).adjusted(1, 1, -1, -1)
        colour = QColor(look(self.network).colour_on(is_dark(self.palette())))
        if not self.isEnabled():
            colour = QColor(c.disabled_text)
        paint_mark(painter, mark, self.network, colour)
        self._paint_text(painter, box, QColor(c.muted_text if self.isEnabled() else c.disabled_text), False)
        painter.end()
