"""A larger preview of one asset, with what each network receives side by side.

Each network's tile shows the picture as that network receives it (the real fitter's answer:
pixels, size, whether it goes as it is or re-encoded, whether it fits), with the network's own
frame from the crop presets (`media.crop.PRESETS`, the shapes the crop editor offers) drawn over
it the way the crop editor draws a crop: what falls outside the frame is shaded. Networks with
no preset show the whole picture.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.networks import NETWORK_ORDER, Network, display_name, look
from postdesk.media import crop as crop_mod
from postdesk.store.repositories.media_library import LibraryItem
from postdesk.ui.local_format import format_size
from postdesk.ui.look import marks
from postdesk.ui.look.style import text_font
from postdesk.ui.look.tokens import IconSize, Space, TextRole
from postdesk.ui.media_library.services import NetworkPreview
from postdesk.ui.media_library.wording import badge_words, duration_text
from postdesk.ui.theme import is_dark
from postdesk.ui.widgets.flow_layout import FlowLayout

_TILE_IMAGE = QSize(168, 112)
_TILE_WIDTH = 184
#: The larger picture's box: the tiles below it are what the dialog is for, so it stays modest.
_PICTURE = QSize(860, 260)


def frame_preset(network: Network) -> crop_mod.AspectPreset | None:
    """The network's frame: the first crop preset that names it (None: shown whole)."""
    return next((p for p in crop_mod.PRESETS if network in p.networks), None)


class _FramedImage(QWidget):
    """Paints an image fitted into the widget, shaded outside a centred frame of `ratio`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._ratio: float | None = None
        self.setFixedSize(_TILE_IMAGE)

    def set_image(self, pixmap: QPixmap, ratio: float | None) -> None:
        self._pixmap, self._ratio = pixmap, ratio
        self.update()

    def image_rect(self) -> QRectF:
        """Where the picture is drawn (fitted, centred)."""
        if self._pixmap.isNull():
            return QRectF()
        ratio = self._pixmap.devicePixelRatio()
        w, h = self._pixmap.width() / ratio, self._pixmap.height() / ratio
        scale = min(self.width() / w, self.height() / h)
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2, w * scale, h * scale)

    def frame_rect(self) -> QRectF:
        """The network's frame over the picture (the whole picture when it has none)."""
        image = self.image_rect()
        if image.isEmpty():
            return image
        left, top, right, bottom = crop_mod.centered_box(int(image.width()), int(image.height()), self._ratio)
        return QRectF(
            image.x() + left * image.width(),
            image.y() + top * image.height(),
            (right - left) * image.width(),
            (bottom - top) * image.height(),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().alternateBase())
        image = self.image_rect()
        if not image.isEmpty():
            painter.drawPixmap(image, self._pixmap, QRectF(self._pixmap.rect()))
            frame = self.frame_rect()
            if self._ratio is not None:
                outside = QPainterPath()
                outside.addRect(image)
                inner = QPainterPath()
                inner.addRect(frame)
                painter.fillPath(outside.subtracted(inner), QColor(0, 0, 0, 150))
                painter.setPen(QPen(QColor(255, 255, 255), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(frame)
        painter.end()


class NetworkTile(QFrame):
    """One network: its mark and name, the framed picture, and what it receives.

    Args:
        network: the network.
    """

    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.preset = frame_preset(network)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(_TILE_WIDTH)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches each tile
        self.mark = QLabel(self)  # the network's mark, in its colour (see `_paint_mark`)
        self.mark.setFixedSize(IconSize.S, IconSize.S)
        self.title = QLabel(display_name(network), self)
        self.title.setWordWrap(True)  # "Google Business Profile" takes two lines, not an ellipsis
        # A wrapped label aligns by its text's own direction, and brand names are Latin: keep the
        # name at the reading start in a right-to-left layout too.
        self.title.setAlignment(QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeft))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        header = QHBoxLayout()
        header.setSpacing(Space.XS)
        header.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 1)
        self._paint_mark()
        self.image = _FramedImage(self)
        self.shape = QLabel(self)
        self.shape.setWordWrap(True)
        if self.preset is None:
            self.shape.setText(self.tr("Any shape"))
        else:
            self.shape.setText(self.tr("Best shape {ratio}").replace("{ratio}", self.preset.label))
            self.shape.setToolTip(
                self.tr(
                    "The shaded part falls outside the shape {network} shows best. Crop or rotate… makes a copy in it."
                ).replace("{network}", display_name(network))
            )
        self.fit = QLabel(self.tr("Checking…"), self)
        self.fit.setWordWrap(True)
        self.fit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.S, Space.S, Space.S, Space.S)
        layout.setSpacing(Space.XS)
        layout.addLayout(header)
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.shape)
        layout.addWidget(self.fit)
        self._describe()

    def set_image(self, pixmap: QPixmap) -> None:
        self.image.set_image(pixmap, None if self.preset is None else self.preset.ratio)

    def set_fit(self, preview: NetworkPreview | None, note: str = "") -> None:
        """Say what the network receives (None: `note` says why there is nothing to say)."""
        if preview is None:
            self.fit.setText(note)
        else:
            how = self.tr("original") if not preview.reencoded else self.tr("re-encoded")
            text = f"{preview.width} × {preview.height} · {format_size(preview.size_bytes)} ({how})"
            if not preview.fits:
                text += "\n" + self.tr("Too large for {network}").replace("{network}", display_name(self.network))
            self.fit.setText(text)
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleName(display_name(self.network))
        self.setAccessibleDescription(f"{self.shape.text()}. {self.fit.text()}")

    def _paint_mark(self) -> None:
        colour = QColor(look(self.network).colour_on(is_dark(self.palette())))
        ratio = self.devicePixelRatioF()
        self.mark.setPixmap(marks.mark_pixmap(self.network, IconSize.S, colour, ratio))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: the mark's colour too
            self._paint_mark()


class MediaPreviewDialog(QDialog):
    """The larger preview and the networks' tiles.

    Args:
        item: the asset shown.
        on_close: called when the dialog closes (the pane forgets it).
    """

    def __init__(self, item: LibraryItem, parent: QWidget | None = None, on_close: Callable[[], None] | None = None):
        super().__init__(parent)
        self.item = item
        self._on_close = on_close
        asset = item.asset
        self.setWindowTitle(self.tr("Preview of “{name}”").replace("{name}", asset.original_name))
        self.setAccessibleName(self.windowTitle())
        self.picture = QLabel(self.tr("Loading the picture…"), self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(160)
        self.picture.setAccessibleName(self.tr("Picture"))
        facts = [f"{asset.width or '?'} × {asset.height or '?'}", format_size(asset.size_bytes)]
        if asset.duration_s:
            facts.append(duration_text(asset.duration_s))
        facts.extend(badge_words(asset.kind, None, asset.alt_text))
        self.facts = QLabel(" · ".join(facts), self)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facts.setWordWrap(True)
        heading = QLabel(self.tr("What each network receives"), self)
        heading.setFont(text_font(TextRole.SUBTITLE, heading.font()))

        self.tiles = {network: NetworkTile(network) for network in NETWORK_ORDER}
        holder = QWidget()
        flow = FlowLayout(holder, spacing=Space.S)
        for tile in self.tiles.values():
            flow.addWidget(tile)
        scroll = QScrollArea(self)
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("What each network receives"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.L, Space.L, Space.L, Space.L)
        layout.setSpacing(Space.S)
        layout.addWidget(self.picture)
        layout.addWidget(self.facts)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _r: self._on_close() if self._on_close else None)

    def set_image(self, image: QImage) -> None:
        """Show the picture (upright, at most a couple of thousand pixels) in every tile."""
        if image.isNull():
            self.picture.setText(self.tr("No preview"))
            return
        ratio = self.devicePixelRatioF()
        big = QPixmap.fromImage(
            image.scaled(
                _PICTURE * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        big.setDevicePixelRatio(ratio)
        self.picture.setPixmap(big)
        small = QPixmap.fromImage(
            image.scaled(
                _TILE_IMAGE * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        small.setDevicePixelRatio(ratio)
        for tile in self.tiles.values():
            tile.set_image(small)

    def set_previews(self, previews: list[NetworkPreview]) -> None:
        """Say what each network receives (the fitter's answers)."""
        for preview in previews:
            tile = self.tiles.get(preview.network)
            if tile is not None:
                tile.set_fit(preview)

    def set_no_previews(self, note: str) -> None:
        """Nothing to measure (a video): every tile says `note`."""
        for tile in self.tiles.values():
            tile.set_fit(None, note)

    def checked(self) -> bool:
        """Whether every tile has its answer (tests wait for it)."""
        waiting = self.tr("Checking…")
        return all(tile.fit.text() != waiting for tile in self.tiles.values())
