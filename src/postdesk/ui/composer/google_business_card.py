"""The Google Business Profile preview: a local post as Search and Maps show it.

The business's name over the photo (4:3), then for an event or offer its title and dates, an
offer's coupon code and terms, the post's text, and the button ("Order online", "Call now" ...).
It has `PreviewCard`'s interface (`show_post`, `data`, `part_count`, `part_text_html`), so the
target panel uses it in place of the generic card; `set_local_post` gives it the target's
options (kind of post, button, event, offer) before each `show_post`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from postdesk.core import google_business_posts as gbp
from postdesk.core.networks import Network
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.preview import PreviewData, render_html
from postdesk.ui.local_format import format_clock, format_date
from postdesk.ui.widgets.avatar import AvatarCircle
from postdesk.ui.widgets.image_grid import ImageGrid

EntityFinder = Callable[[str, Network], Sequence[Any]]


def _when(value: str) -> str:
    parsed = gbp.parse_when(value)
    if parsed is None:
        return ""
    day, moment = parsed
    text = format_date(day)
    return text + (f", {format_clock(moment)}" if moment is not None else "")


class GoogleBusinessPreviewCard(QFrame):
    """A Business Profile post: name, photo, event or offer, text, button.

    Args:
        find_entities: finds links in the text (`core.richtext.entities`).
        parent: the parent widget.
    """

    def __init__(self, find_entities: EntityFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find_entities
        self._data: PreviewData | None = None
        self._options: dict[str, Any] = {}
        self.setObjectName("googleBusinessPreview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        header = QHBoxLayout()
        self.avatar = AvatarCircle(36, self)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        header.addWidget(self.avatar)
        header.addWidget(self.header, 1)
        layout.addLayout(header)
        self.grid = ImageGrid(parent=self)
        layout.addWidget(self.grid)
        self.photo_hint = QLabel(self)
        self.photo_hint.setWordWrap(True)
        layout.addWidget(self.photo_hint)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("QLabel { font-size: 13pt; font-weight: 700; }")
        layout.addWidget(self.title)
        self.dates = QLabel(self)
        self.dates.setWordWrap(True)
        layout.addWidget(self.dates)
        self.coupon = QLabel(self)
        self.coupon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.coupon)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.terms = QLabel(self)
        self.terms.setWordWrap(True)
        layout.addWidget(self.terms)
        self.button = QLabel(self)
        self.button.setObjectName("ctaButton")
        self.button.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_local_post(self, options: Mapping[str, Any]) -> None:
        """The target's options (kind of post, location name, button, event, offer)."""
        self._options = dict(options)

    def _labels(self) -> dict[str, str]:
        # What Google writes on each button (the Business Profile post editor's names).
        return {
            "BOOK": self.tr("Book"),
            "ORDER": self.tr("Order online"),
            "SHOP": self.tr("Buy"),
            "LEARN_MORE": self.tr("Learn more"),
            "SIGN_UP": self.tr("Sign up"),
            "CALL": self.tr("Call now"),
        }

    def button_text(self) -> str:
        """The button's words as shown ("" when the post has none)."""
        return self.button.text() if self.button.isVisibleTo(self) else ""

    def show_post(self, data: PreviewData) -> None:
        """Render `data` with the options given by `set_local_post`."""
        self._data = data
        style = style_for(Network.GOOGLE_BUSINESS)
        palette = QGuiApplication.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        accent = style.accent_dark if dark else style.accent_light
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        border = palette.color(QPalette.ColorRole.Mid).name()
        text_colour = palette.color(QPalette.ColorRole.Text).name()
        self.setStyleSheet(
            f"QFrame#googleBusinessPreview {{ background: {palette.color(QPalette.ColorRole.Base).name()};"
            f" border: 1px solid {border}; border-radius: 12px; }}"
            f" QFrame#googleBusinessPreview QLabel {{ color: {text_colour}; background: transparent; }}"
            f" QFrame#googleBusinessPreview QLabel#ctaButton {{ color: {accent}; border: 1px solid {border};"
            " border-radius: 16px; padding: 6px 16px; font-weight: 600; }"
        )
        options = self._options
        kind = gbp.post_type(options)
        business = str(options.get("location_title") or data.display_name or self.tr("Your business"))
        self.avatar.set_person(business, QColor(accent))
        self.header.setText(
            f"<b>{html.escape(business)}</b><br><span style='color:{muted}; font-size:small'>"
            f"{html.escape(self.tr('Just now'))}</span>"
        )
        images = list(data.images[:1])
        self.grid.set_images(images, aspect=style.image_aspect)
        self.grid.setVisible(bool(images))
        self.photo_hint.setText(
            f"<span style='color:{muted}'>"
            + html.escape(self.tr("Add a photo: Google shows it above the post"))
            + "</span>"
        )
        self.photo_hint.setVisible(not images)
        titled = kind in (gbp.EVENT, gbp.OFFER)
        title = str(options.get("event_title") or "")
        self.title.setText(title or (self.tr("(No title yet)") if titled else ""))
        self.title.setVisible(titled)
        start, end = _when(str(options.get("event_start") or "")), _when(str(options.get("event_end") or ""))
        self.dates.setText(f"<span style='color:{muted}'>{html.escape(start)} – {html.escape(end)}</span>")
        self.dates.setVisible(titled and bool(start or end))
        code = str(options.get("offer_coupon") or "")
        self.coupon.setText(
            f"<span style='color:{muted}'>{html.escape(self.tr('Show this code at the store'))}"
            f"</span><br><b style='font-size:14pt'>{html.escape(code)}</b>"
        )
        self.coupon.setStyleSheet(f"QLabel {{ border: 1px dashed {border}; border-radius: 8px; padding: 6px; }}")
        self.coupon.setVisible(kind == gbp.OFFER and bool(code))
        body = data.parts[0] if data.parts else ""
        found = self._find(body, Network.GOOGLE_BUSINESS) if body else []
        self.text.setText(render_html(body, found, accent))
        self.text.setVisible(bool(body))
        terms = str(options.get("offer_terms") or "")
        self.terms.setText(
            f"<span style='color:{muted}; font-size:small'>"
            f"{html.escape(self.tr('Terms: {terms}').format(terms=terms))}</span>"
        )
        self.terms.setVisible(kind == gbp.OFFER and bool(terms))
        cta = str(options.get("cta_type") or "").upper()
        if kind == gbp.OFFER:
            label = self.tr("Redeem online") if options.get("offer_url") else ""
        else:
            label = self._labels().get(cta, "")
        self.button.setText(label)
        self.button.setVisible(bool(label))

    def data(self) -> PreviewData | None:
        """What the card last showed."""
        return self._data

    def part_count(self) -> int:
        """One: a local post is never a thread."""
        return 1

    def part_text_html(self, index: int) -> str:
        """The rich text of the post's text (for tests)."""
        return self.text.text()
