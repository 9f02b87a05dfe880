"""A live preview of a post as one network would show it.

Each network has its own card (see card_styles): compact social cards, wide LinkedIn and
Facebook posts, media-first Instagram and TikTok, titled YouTube, Pinterest and Reddit posts
and a Telegram message bubble. Links, mentions and hashtags are coloured the way that network
detects them (`core.richtext.entities`). Nothing is fetched: a link card shows the domain.

Colours come from the application's theme, not from the card's own palette (its style sheet
stops palette changes from reaching it and its labels), and the card restyles itself as soon as
the theme changes, so a switch between light and dark never leaves dark text on a dark card.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.ui.composer.card_styles import CardLayout, CardStyle, style_for
from postdesk.ui.composer.preview_text import (
    EntityFinder,
    PreviewData,
    breakable_html,
    link_domain,
    paragraph_direction,
    render_html,
)
from postdesk.ui.composer.previews.part_view import PartView
from postdesk.ui.composer.previews.readout import CardReadout
from postdesk.ui.composer.previews.video_still import VideoStill
from postdesk.ui.look.network_cards import REDDIT_FLAIR, REDDIT_NSFW, REDDIT_TAG, card_colours
from postdesk.ui.widgets.avatar_cache import AvatarCache

__all__ = ["EntityFinder", "PreviewCard", "PreviewData", "link_domain", "paragraph_direction", "render_html"]


class PreviewCard(CardReadout, QFrame):
    """A network-styled card showing one target's post (a chain of cards for a thread).

    Args:
        find_entities: `core.richtext.entities`, injected so the card stays testable.
        parent: the parent widget.
    """

    def __init__(self, find_entities: EntityFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find_entities
        self._parts: list[PartView] = []
        self._key: tuple[Any, ...] | None = None
        self._styled: tuple[Any, ...] | None = None  # (network, theme colours) of the style sheet
        self._data: PreviewData | None = None
        self._avatars: AvatarCache | None = None
        self.setObjectName("previewCard")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 12, 14, 12)
        self._layout.setSpacing(10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _theme() -> QPalette:
        # The application's palette is the theme (ui/theme.py applies it). The card's own
        # palette is not: with a style sheet set, Qt no longer propagates palette changes to it.
        return QGuiApplication.palette()

    def _theme_key(self) -> tuple[str, ...]:
        theme = self._theme()
        roles = (
            QPalette.ColorRole.Window,
            QPalette.ColorRole.Base,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.Mid,
            QPalette.ColorRole.PlaceholderText,
        )
        return tuple(theme.color(role).name() for role in roles)

    def _dark(self) -> bool:
        return self._theme().color(QPalette.ColorRole.Window).lightness() < 128

    def _accent(self, style: CardStyle) -> str:
        return style.link(self._dark())

    def _muted(self) -> str:
        return self._theme().color(QPalette.ColorRole.PlaceholderText).name()

    def _apply_frame_style(self, style: CardStyle) -> None:
        dark = self._dark()
        accent = self._accent(style)
        theme = self._theme()
        base = theme.color(QPalette.ColorRole.Base)
        border = theme.color(QPalette.ColorRole.Mid).name()
        # Every label gets the theme's text colour here, so none keeps the old theme's.
        text = theme.color(QPalette.ColorRole.Text).name()
        if style.layout is CardLayout.BUBBLE:
            # Telegram draws messages as bubbles on a tinted chat background.
            telegram = card_colours(Network.TELEGRAM, dark)
            chat, bubble = telegram.card, telegram.bar
            sheet = (
                f"QFrame#previewCard {{ background: {chat}; border-radius: 12px; }}"
                f" QWidget#bubble {{ background: {bubble}; border-radius: 14px; }}"
            )
        else:
            sheet = (
                f"QFrame#previewCard {{ background: {base.name()}; border: 1px solid {border}; border-radius: 12px; }}"
            )
        tint = QColor(accent)
        tint.setAlpha(28)
        sheet += (
            f" QFrame#linkCard {{ border: 1px solid {border}; border-radius: 10px;"
            f" background: rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()}); }}"
            f" QFrame#connector {{ background: {border}; }}"
            f" QFrame#previewCard QLabel {{ color: {text}; background: transparent; }}"
        )
        self.setStyleSheet(sheet)

    # -- structure ---------------------------------------------------------------------------

    def _rebuild(self, style: CardStyle, count: int) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hidden at once: deleteLater alone would leave it painted until the next turn.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._parts = []
        for index in range(count):
            view = PartView(self, self._avatars)
            self._arrange(view, style, index, count)
            self._parts.append(view)
            self._layout.addWidget(view)

    def _arrange(self, view: PartView, style: CardStyle, index: int, count: int) -> None:
        content = QVBoxLayout()
        content.setSpacing(6)
        content.setContentsMargins(0, 0, 0, 0)
        if style.layout is CardLayout.SOCIAL:
            outer = QHBoxLayout(view)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.setSpacing(10)
            left = QVBoxLayout()
            left.setSpacing(4)
            left.addWidget(view.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
            view.connector.setObjectName("connector")
            if index < count - 1:
                # The line down to the next part's avatar, as networks draw a thread.
                view.connector.setVisible(True)
                left.addWidget(view.connector, 1, Qt.AlignmentFlag.AlignHCenter)
            else:
                left.addStretch(1)
            outer.addLayout(left)
            outer.addLayout(content, 1)
            for widget in (view.header, view.spoiler, view.text, view.grid, view.carousel, view.link):
                content.addWidget(widget)
            return
        outer = QVBoxLayout(view)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        view.resize_avatar({CardLayout.WIDE: 48, CardLayout.BUBBLE: 36}.get(style.layout, 32))
        header_row = QHBoxLayout()
        header_row.setSpacing(8)
        header_row.addWidget(view.avatar)
        header_row.addWidget(view.header, 1)
        if style.layout is CardLayout.WIDE:
            outer.addLayout(header_row)
            for widget in (view.text, view.grid, view.link, view.footer):
                outer.addWidget(widget)
        elif style.layout is CardLayout.MEDIA_FIRST:
            outer.addLayout(header_row)
            outer.addWidget(view.grid)
            outer.addWidget(view.footer)
            outer.addWidget(view.text)
        elif style.layout is CardLayout.TITLED:
            if style.name == "Reddit":
                outer.addLayout(header_row)
                outer.addWidget(view.title)
                outer.addWidget(view.text)
                outer.addWidget(view.grid)
            elif style.name == "YouTube":
                # A video's card: the thumbnail, then the channel's picture beside the title and name.
                outer.addWidget(view.grid)
                header_row.removeWidget(view.header)
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addWidget(view.title)
                column.addWidget(view.header)
                header_row.addLayout(column, 1)
                header_row.setAlignment(view.avatar, Qt.AlignmentFlag.AlignTop)
                outer.addLayout(header_row)
                outer.addWidget(view.text)
            else:
                view.grid.set_radius(16.0)  # Pins round their image more than other cards
                outer.addWidget(view.grid)
                outer.addWidget(view.title)
                outer.addLayout(header_row)
                outer.addWidget(view.text)
        else:  # Telegram bubble
            bubble = QWidget(view)
            bubble.setObjectName("bubble")
            bubble.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            inner = QVBoxLayout(bubble)
            inner.setContentsMargins(12, 8, 12, 8)
            inner.setSpacing(6)
            for widget in (view.header, view.grid, view.text, view.link, view.footer):
                inner.addWidget(widget)
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(view.avatar, 0, Qt.AlignmentFlag.AlignBottom)
            row.addWidget(bubble, 1)
            outer.addLayout(row)

    # -- content -----------------------------------------------------------------------------

    def show_post(self, data: PreviewData) -> None:
        """Render `data`; widgets are rebuilt only when the structure changes."""
        style = style_for(data.network)
        parts = data.parts or ("",)
        styled = (data.network, self._theme_key())
        if styled != self._styled:
            self._styled = styled
            self._apply_frame_style(style)
        key = (data.network, len(parts))
        if key != self._key:
            self._key = key
            self._rebuild(style, len(parts))
        self._data = data
        for index, (view, text) in enumerate(zip(self._parts, parts, strict=True)):
            self._fill(view, style, data, index, text)

    def _fill(self, view: PartView, style: CardStyle, data: PreviewData, index: int, text: str) -> None:
        accent = self._accent(style)
        muted = self._muted()
        name = html.escape(data.display_name or self.tr("Your name"))
        # Stored handles differ per network ("@ana@photog.social", "ana.bsky.social", "u/ana"): the card adds
        # the network's own prefix once, never twice ("@@ana@photog.social").
        raw_handle = data.handle or self.tr("you")
        if style.handle_prefix and raw_handle.startswith(style.handle_prefix):
            raw_handle = raw_handle[len(style.handle_prefix) :]
        handle = html.escape(raw_handle)
        first = index == 0
        found = self._find(text, data.network) if text else []
        view.avatar.set_person(data.avatar_url, data.display_name or data.handle or "?")
        view.avatar.setVisible(style.layout is not CardLayout.TITLED or style.name != "YouTube" or first)

        if data.network is Network.THREADS:
            # Threads heads a post with the username alone, then the time.
            header = f"<b>{handle}</b> <span style='color:{muted}'>{html.escape(self.tr('now'))}</span>"
        elif style.layout is CardLayout.SOCIAL:
            header = (
                f"<b>{name}</b> <span style='color:{muted}'>{style.handle_prefix}{handle}"
                f" · {html.escape(self.tr('now'))}</span>"
            )
        elif style.layout is CardLayout.WIDE:
            header = (
                f"<b>{name}</b><br><span style='color:{muted}; font-size:small'>"
                f"{html.escape(self.tr('Just now · Public'))}</span>"
            )
        elif style.layout is CardLayout.BUBBLE:
            header = f"<b style='color:{accent}'>{name}</b>"
        elif data.network is Network.YOUTUBE:
            header = f"<span style='color:{muted}'>{name} · {html.escape(self.tr('just now'))}</span>"
        elif style.name == "Reddit":
            subreddit = html.escape(data.subreddit or self.tr("subreddit"))
            header = (
                f"<b>r/{subreddit}</b> <span style='color:{muted}'>· u/{handle} · "
                f"{html.escape(self.tr('just now'))}</span>"
            )
        elif data.network is Network.PINTEREST:
            board = html.escape(data.board or self.tr("a board"))
            saved = html.escape(self.tr("Saved to"))
            header = f"<b>{name}</b><br><span style='color:{muted}; font-size:small'>{saved} <b>{board}</b></span>"
        else:
            header = f"<b>{name if style.name != 'Instagram' else handle}</b>"
        view.header.setText(header)

        spoiler = data.spoiler if data.network is Network.MASTODON and first else ""
        view.spoiler.setVisible(bool(spoiler))
        if spoiler:
            view.spoiler.setText(f"⚠ {spoiler}")
            view.spoiler.setStyleSheet(f"QLabel {{ color: {accent}; font-weight: 600; }}")

        show_title = style.layout is CardLayout.TITLED and first
        view.title.setVisible(show_title)
        if show_title and style.name == "Reddit" and (data.flair or data.marks):
            # Reddit shows NSFW/Spoiler tags and the flair chip on the title line.
            tags = "".join(
                f"<span style='color:{(REDDIT_NSFW if m == 'NSFW' else REDDIT_TAG)[0]};"
                f" background-color:{(REDDIT_NSFW if m == 'NSFW' else REDDIT_TAG)[1]};"
                f" font-size:9pt'>&nbsp;{html.escape(m)}&nbsp;</span> "
                for m in data.marks
            )
            chip = (
                f" <span style='background-color:{REDDIT_FLAIR[1]}; color:{REDDIT_FLAIR[0]};"
                " font-size:9pt; font-weight:400'>"
                f"&nbsp;{html.escape(data.flair)}&nbsp;</span>"
                if data.flair
                else ""
            )
            view.title.setTextFormat(Qt.TextFormat.RichText)
            view.title.setText(tags + html.escape(data.title or self.tr("(No title yet)")) + chip)
        elif show_title:
            view.title.setTextFormat(Qt.TextFormat.PlainText)
            view.title.setText(data.title or self.tr("(No title yet)"))
        if show_title:
            size = 12 if data.network is Network.YOUTUBE else 15  # a video's title is set smaller
            view.title.setStyleSheet(f"QLabel {{ font-size: {size}pt; font-weight: 700; }}")

        body = text
        if style.layout is CardLayout.MEDIA_FIRST:
            body_html = f"<b>{handle}</b> " + render_html(body, found, accent)
        else:
            body_html = render_html(body, found, accent, bold_links=data.network is Network.LINKEDIN)
        view.text.setText(body_html)
        view.text.setVisible(bool(text) or style.layout is not CardLayout.TITLED)

        images = list(data.images) if first else []
        if data.network in (Network.YOUTUBE, Network.PINTEREST):
            images = images[:1]  # a video's thumbnail; a Pin's first image (its others swipe in)
        media_first = style.layout is CardLayout.MEDIA_FIRST or style.name in ("YouTube", "Pinterest")
        # Threads shows several photos or videos as a row to swipe; the others as a grid.
        in_row = data.network is Network.THREADS and (len(images) > 1 or any(isinstance(i, VideoStill) for i in images))
        view.carousel.set_images(images if in_row else [])
        view.grid.set_images([] if in_row else images, aspect=style.image_aspect)
        if media_first and first and not images:
            view.footer.setText(
                f"<span style='color:{muted}'>"
                + html.escape(self.tr("{network} shows your image or video here").format(network=style.name))
                + "</span>"
            )
            view.footer.setVisible(True)
        elif style.layout is CardLayout.WIDE:
            view.footer.setText(
                f"<span style='color:{muted}'>"
                + html.escape(self.tr("Like  ·  Comment  ·  Repost  ·  Send"))
                + "</span>"
            )
            view.footer.setVisible(True)
        elif style.layout is CardLayout.BUBBLE:
            view.footer.setText(f"<span style='color:{muted}; font-size:small'>12:00</span>")
            view.footer.setAlignment(Qt.AlignmentFlag.AlignRight)
            view.footer.setVisible(True)
        else:
            view.footer.setVisible(False)

        link = next((e for e in found if str(getattr(e, "kind", "")) == "link"), None)
        show_link = style.link_card and link is not None and not images and first
        view.link.setVisible(show_link)
        if show_link and link is not None:
            domain = link_domain(link.value or text[link.start : link.end])
            view.link_title.setText(f"<b>{html.escape(domain)}</b>")
            view.link_url.setText(f"<span style='color:{muted}; font-size:small'>{breakable_html(link.value)}</span>")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The theme changed: restyle and recolour what is shown at once (not at the next
        # keystroke). Only the colours change, so no widget is rebuilt while Qt propagates.
        if (
            event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
            and self._data is not None
            and self._styled != (self._data.network, self._theme_key())
        ):
            self.show_post(self._data)

    def set_avatar_cache(self, cache: AvatarCache | None) -> None:
        """Where account pictures come from (fetched once, kept on disk; None: monograms)."""
        if cache is not self._avatars:
            self._avatars = cache
            self._key = None  # the parts are rebuilt with it at the next post shown

    def data(self) -> PreviewData | None:
        """What the card last showed."""
        return self._data
