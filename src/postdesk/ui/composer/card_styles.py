"""How each network's post card looks in the preview: accent, layout, what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from postdesk.core.networks import Network


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
    """

    name: str
    accent_light: str
    accent_dark: str
    layout: CardLayout
    link_card: bool = True
    handle_prefix: str = "@"
    image_aspect: float = 0.5625


STYLES: dict[Network, CardStyle] = {
    Network.BLUESKY: CardStyle("Bluesky", "#0a7aff", "#4da3ff", CardLayout.SOCIAL),
    Network.MASTODON: CardStyle("Mastodon", "#563acc", "#a394ff", CardLayout.SOCIAL),
    Network.X: CardStyle("X", "#1d9bf0", "#1d9bf0", CardLayout.SOCIAL),
    Network.THREADS: CardStyle("Threads", "#0064e0", "#5aa7ff", CardLayout.SOCIAL),
    Network.LINKEDIN: CardStyle("LinkedIn", "#0a66c2", "#70b5f9", CardLayout.WIDE),
    Network.TELEGRAM: CardStyle("Telegram", "#168acd", "#6ab3f3", CardLayout.BUBBLE),
    Network.INSTAGRAM: CardStyle(
        "Instagram", "#c13584", "#e86bb0", CardLayout.MEDIA_FIRST, link_card=False, image_aspect=1.0
    ),
    Network.FACEBOOK: CardStyle("Facebook", "#1877f2", "#5aa0ff", CardLayout.WIDE),
    Network.YOUTUBE: CardStyle(
        "YouTube", "#cc0000", "#ff5c5c", CardLayout.TITLED, link_card=False
    ),
    Network.TIKTOK: CardStyle(
        "TikTok", "#e0244a", "#ff5c7c", CardLayout.MEDIA_FIRST, link_card=False, image_aspect=1.33
    ),
    Network.PINTEREST: CardStyle(
        "Pinterest", "#d0021b", "#ff6070", CardLayout.TITLED, link_card=False, image_aspect=1.25
    ),
    Network.REDDIT: CardStyle(
        "Reddit", "#d93a00", "#ff7a45", CardLayout.TITLED, link_card=False, handle_prefix="u/"
    ),
}


def style_for(network: Network) -> CardStyle:
    """Return the card style of `network`."""
    return STYLES[network]
