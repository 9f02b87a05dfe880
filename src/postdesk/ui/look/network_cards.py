"""Preview-card palettes: the colours a network's own app draws a post in, light and dark.

Most preview cards are drawn in the app's theme (`ui.look.tokens`) with the network's colours from
the one network table (`core.networks.NETWORK_LOOKS`). A few networks' posts are only recognisable
in their own app's colours (Facebook's card and link bar, Instagram's link blue, TikTok's black
frame, Telegram's tinted chat, Reddit's tags): those colours live here, per network and per theme,
so the cards read them instead of keeping raw colours. Every text colour is declared with the
background it is drawn on (`CARD_TEXT_PAIRS`); tests/unit/test_tokens_network_cards.py checks each
pair reaches 4.5:1 (WCAG) in both themes.

Usage:
    card = card_colours(Network.FACEBOOK, dark)
    sheet = f"QFrame {{ background: {card.card}; color: {card.text}; }}"
    render_html(text, found, card.link)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from postdesk.core.networks import Network


@dataclass(frozen=True)
class CardColours:
    """One network's post card in one theme, as "#rrggbb".

    Attributes:
        card: the card's background.
        text: the post's text on `card`.
        muted_text: names' handles, times, counts on `card` and on `bar`.
        border: the card's edge and separators (not text).
        bar: a secondary fill inside the card (Facebook's link bar; Telegram's message bubble),
            with `text` and `muted_text` on it.
        link: links, mentions and hashtags on `card`.
        accent: the network's own fill for a badge or avatar (with `on_accent` on it).
        on_accent: text on `accent`.
    """

    card: str
    text: str
    muted_text: str
    border: str
    bar: str
    link: str
    accent: str
    on_accent: str


#: Photos and videos are framed in black, with white text over them (Reels, TikTok, "+N" tiles).
MEDIA_BACKDROP: Final = "#000000"
ON_MEDIA: Final = "#ffffff"
#: A quieter text over the black frame (TikTok's "your video goes here").
ON_MEDIA_MUTED: Final = "#bbbbbb"

#: Reddit's title tags: (text, fill) for NSFW, for other tags (Spoiler), and for the flair chip.
REDDIT_NSFW: Final = ("#ffffff", "#d93a00")
REDDIT_TAG: Final = ("#ffffff", "#555555")
REDDIT_FLAIR: Final = ("#1a1a1b", "#e5ebee")

_FACEBOOK_BLUE: Final = "#0866ff"

#: Each network with a card palette of its own: (light, dark).
NETWORK_CARDS: Final[dict[Network, tuple[CardColours, CardColours]]] = {
    Network.FACEBOOK: (
        CardColours("#ffffff", "#050505", "#65676b", "#dddfe2", "#f0f2f5", _FACEBOOK_BLUE, _FACEBOOK_BLUE, "#ffffff"),
        CardColours("#242526", "#e4e6eb", "#b0b3b8", "#3e4042", "#3a3b3c", "#4599ff", _FACEBOOK_BLUE, "#ffffff"),
    ),
    Network.INSTAGRAM: (
        CardColours("#ffffff", "#000000", "#6b6b6b", "#dbdbdb", "#efefef", "#00376b", "#000000", "#ffffff"),
        CardColours("#000000", "#f5f5f5", "#a8a8a8", "#262626", "#262626", "#e0f1ff", "#ffffff", "#000000"),
    ),
    Network.TIKTOK: (
        CardColours(MEDIA_BACKDROP, ON_MEDIA, ON_MEDIA_MUTED, "#333333", "#1f1f1f", ON_MEDIA, "#fe2c55", "#000000"),
        CardColours(MEDIA_BACKDROP, ON_MEDIA, ON_MEDIA_MUTED, "#333333", "#1f1f1f", ON_MEDIA, "#fe2c55", "#000000"),
    ),
    Network.TELEGRAM: (
        CardColours("#dfe9f2", "#000000", "#4a5560", "#c5d3df", "#ffffff", "#16639a", "#2aabee", "#000000"),
        CardColours("#17212b", "#f5f5f5", "#8d9aa6", "#0e1621", "#182533", "#71baf5", "#2aabee", "#000000"),
    ),
}

#: (text token, background token) pairs of `CardColours` that must reach 4.5:1.
CARD_TEXT_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    ("text", "card"),
    ("muted_text", "card"),
    ("text", "bar"),
    ("muted_text", "bar"),
    ("link", "card"),
    ("on_accent", "accent"),
)

#: Tags drawn as (text, fill) pairs: each must reach 4.5:1 too.
TAG_PAIRS: Final[tuple[tuple[str, str], ...]] = (REDDIT_NSFW, REDDIT_TAG, REDDIT_FLAIR, (ON_MEDIA, MEDIA_BACKDROP))


def card_colours(network: Network, dark: bool) -> CardColours:
    """`network`'s card palette in the dark (True) or light theme (KeyError: it has none)."""
    light, dark_colours = NETWORK_CARDS[network]
    return dark_colours if dark else light
