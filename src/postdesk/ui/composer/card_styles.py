"""How each network's post card looks in the preview: accent, layout, what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from postdesk.core.networks import Network, look


class CardLayout(Enum):
    """The families of post card the networks use."""

    SOCIAL = "social"  # avatar left, name + handle, compact text (X, Bluesky, Mastodon, Threads)
    WIDE = "wide"  # header row, full-width text and media (LinkedIn, Facebook)
    MEDIA_FIRST = "media_first"  # media on top, caption below (Instagram, TikTok)
    TITLED = "titled"  # a title above the body (YouTube, Pinterest, Reddit)
    BUBBLE = "bubble"  # a chat message bubble (Telegram)


@dataclass(frozen=True)
class CardStyle:
    """The look of one network's card.

    Attributes:
        name: the network's display name (a brand name, not translated).
        accent_light: accent colour on a light background.
        accent_dark: accent colour on a dark background (lighter, for contrast).
        layout: the card family.
        link_card: whether the network shows a card for the first link (without media).
        handle_prefix: what precedes the handle ("@", "u/" ...).
        image_aspect: height / width of the image grid.
        link_light: links, mentions and hashtags on a light background.
        link_dark: the same on a dark background.
    """

    name: str
    accent_light: str
    accent_dark: str
    layout: CardLayout
    link_card: bool = True
    handle_prefix: str = "@"
    image_aspect: float = 0.5625
    link_light: str = ""
    link_dark: str = ""

    def link(self, dark: bool) -> str:
        """The colour of links, mentions and hashtags on a dark or light card."""
        return (self.link_dark or self.accent_dark) if dark else (self.link_light or self.accent_light)


def _card(
    network: Network,
    layout: CardLayout,
    *,
    link_card: bool = True,
    handle_prefix: str = "@",
    image_aspect: float = 0.5625,
) -> CardStyle:
    """A card in the network's name and colours from the one table (`core.networks.look`).

    Links, mentions and hashtags take the table's link colours where the network draws them in
    another colour than its mark (X and Threads: black marks, blue links; YouTube's own blue).
    """
    info = look(network)
    light, dark = info.link or info.colour, info.link_dark or info.colour_dark
    return CardStyle(
        info.name, info.colour, info.colour_dark, layout, link_card, handle_prefix, image_aspect, light, dark
    )


STYLES: dict[Network, CardStyle] = {
    Network.BLUESKY: _card(Network.BLUESKY, CardLayout.SOCIAL),
    Network.MASTODON: _card(Network.MASTODON, CardLayout.SOCIAL),
    Network.X: _card(Network.X, CardLayout.SOCIAL),
    Network.THREADS: _card(Network.THREADS, CardLayout.SOCIAL),
    Network.LINKEDIN: _card(Network.LINKEDIN, CardLayout.WIDE),
    Network.TELEGRAM: _card(Network.TELEGRAM, CardLayout.BUBBLE),
    Network.INSTAGRAM: _card(Network.INSTAGRAM, CardLayout.MEDIA_FIRST, link_card=False, image_aspect=1.0),
    Network.FACEBOOK: _card(Network.FACEBOOK, CardLayout.WIDE),
    Network.YOUTUBE: _card(Network.YOUTUBE, CardLayout.TITLED, link_card=False),
    Network.TIKTOK: _card(Network.TIKTOK, CardLayout.MEDIA_FIRST, link_card=False, image_aspect=1.33),
    Network.PINTEREST: _card(Network.PINTEREST, CardLayout.TITLED, link_card=False, image_aspect=1.25),
    Network.REDDIT: _card(Network.REDDIT, CardLayout.TITLED, link_card=False, handle_prefix="u/"),
    # A Business Profile post: the photo on top (4:3), the text, the button (ui.composer.google_business_card).
    Network.GOOGLE_BUSINESS: _card(Network.GOOGLE_BUSINESS, CardLayout.MEDIA_FIRST, link_card=False, image_aspect=0.75),
}


def style_for(network: Network) -> CardStyle:
    """Return the card style of `network`."""
    return STYLES[network]
