"""The networks Postdesk knows, by their stable keys, and how each is named and drawn."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Network(StrEnum):
    """A social network. The value is the stable key used in storage and APIs."""

    X = "x"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    THREADS = "threads"
    LINKEDIN = "linkedin"
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    PINTEREST = "pinterest"
    REDDIT = "reddit"
    TELEGRAM = "telegram"
    GOOGLE_BUSINESS = "google_business"


#: Networks in the order the product cares about them (ARCHITECTURE.md, "Platforms").
NETWORK_ORDER: tuple[Network, ...] = (
    Network.BLUESKY,
    Network.MASTODON,
    Network.X,
    Network.THREADS,
    Network.LINKEDIN,
    Network.TELEGRAM,
    Network.INSTAGRAM,
    Network.FACEBOOK,
    Network.YOUTUBE,
    Network.TIKTOK,
    Network.PINTEREST,
    Network.REDDIT,
    Network.GOOGLE_BUSINESS,
)

#: Networks on which a post can be a thread (a chain of replies to oneself).
THREAD_NETWORKS: frozenset[Network] = frozenset({Network.X, Network.BLUESKY, Network.MASTODON, Network.THREADS})


def parse_network(key: str) -> Network:
    """Return the network for a stable key.

    Raises:
        ValueError: the key names no network.
    """
    return Network(key.strip().lower())


@dataclass(frozen=True)
class NetworkLook:
    """How a network is named and drawn, the same in every pane.

    Attributes:
        name: the brand name (not translated), as chips, previews and the calendar show it.
        full_name: the name where it must be unmistakable (the accounts pane: "X (Twitter)").
        badge: the short mark drawn in the network's colour where there is room for no name
            (the calendar's badges); the network's icon, drawn in code.
        colour: the brand colour on a light background, darkened where the brand's own is too
            light to read: as text on the light theme's backgrounds, and as a badge's fill under
            `on_colour`, it reaches 4.5:1 (WCAG; tests/unit/test_tokens_networks.py).
        colour_dark: the colour on a dark background (lighter where the brand colour is dark),
            4.5:1 as text on the dark theme's backgrounds and under `on_colour_dark`.
        mark: the network's mark, drawn for Postdesk (no copied logo): SVG path data in a
            24 × 24 box, filled with the non-zero rule (`ui.look.marks` draws it at any size).
        on_colour: text or a mark drawn on a badge filled with `colour`.
        on_colour_dark: text or a mark drawn on a badge filled with `colour_dark`.
        link: links, mentions and hashtags in the network's preview card on a light background,
            where the network draws them in another colour than its mark (empty: `colour`).
        link_dark: the same on a dark background (empty: `colour_dark`).
    """

    name: str
    full_name: str
    badge: str
    colour: str
    colour_dark: str
    mark: str
    on_colour: str = "#ffffff"
    on_colour_dark: str = "#111318"
    link: str = ""
    link_dark: str = ""

    def colour_on(self, dark: bool) -> str:
        """The colour to draw with on a dark (True) or light background."""
        return self.colour_dark if dark else self.colour

    def on_badge(self, dark: bool) -> str:
        """The text colour on a badge filled with `colour_on(dark)`."""
        return self.on_colour_dark if dark else self.on_colour


# Marks: simple geometric glyphs, one idea per network (a cloud for Bluesky, a megaphone for
# Telegram's channels, a storefront for a business profile ...). Holes wind the other way.
_MARK_BLUESKY = "M6.5 20a5 5 0 0 1-.7-9.95A6.5 6.5 0 0 1 18.2 9.6 5.2 5.2 0 0 1 17.5 20Z"
_MARK_MASTODON = "M5 3h14a3 3 0 0 1 3 3v9a3 3 0 0 1-3 3h-8l-5 4v-4H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3Z"
_MARK_X = "M7 3.5 12 8.5 17 3.5 20.5 7 15.5 12 20.5 17 17 20.5 12 15.5 7 20.5 3.5 17 8.5 12 3.5 7Z"
_MARK_THREADS = (
    "M12 2.5a9.5 9.5 0 1 1 0 19a9.5 9.5 0 1 1 0-19Z"
    "M12 5.8a6.2 6.2 0 1 0 0 12.4a6.2 6.2 0 1 0 0-12.4Z"
    "M12 8.8a3.2 3.2 0 1 1 0 6.4a3.2 3.2 0 1 1 0-6.4Z"
)
_MARK_LINKEDIN = (
    "M5 8h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2Z"
    "M3 12.5v1.5h18v-1.5Z"
    "M9 4h6a1 1 0 0 1 1 1v3h-2V6h-4v2H8V5a1 1 0 0 1 1-1Z"
)
_MARK_TELEGRAM = "M3 9.5h4l10-5.5v16l-10-5.5H3ZM6 15h3.2l1.3 5H7.3Z"
_MARK_INSTAGRAM = (
    "M7 3h10a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4H7a4 4 0 0 1-4-4V7a4 4 0 0 1 4-4Z"
    "M7.5 6A1.5 1.5 0 0 0 6 7.5v9A1.5 1.5 0 0 0 7.5 18h9a1.5 1.5 0 0 0 1.5-1.5v-9A1.5 1.5 0 0 0 16.5 6Z"
    "M7.5 16.5l3-4 2.5 3 1.5-1.5 2 2.5Z"
    "M15 7.8a1.4 1.4 0 1 1 0 2.8a1.4 1.4 0 1 1 0-2.8Z"
)
_MARK_FACEBOOK = "M4.5 3h2.5v18H4.5ZM8.5 4H20l-2.5 4.25L20 12.5H8.5Z"
_MARK_YOUTUBE = "M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18ZM10 8v8l6-4Z"
_MARK_TIKTOK = (
    "M8.5 13a4 4 0 1 1 0 8a4 4 0 1 1 0-8ZM10 3.5h3V17h-3ZM13 3.5c.6 2.4 2.7 4 5.5 4.3v3c-2.2-.2-4.1-1.1-5.5-2.5Z"
)
_MARK_PINTEREST = (
    "M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7ZM12 6.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5Z"
)
_MARK_REDDIT = "M12 3l8 9h-5v8H9v-8H4Z"
_MARK_GOOGLE_BUSINESS = "M4 4h16l1.5 5H2.5ZM4 10.5h16V20H4ZM10 20h4v-5h-4Z"


#: X's and Threads' link blue in their preview cards.
_LINK_BLUE = {"link": "#1565c0", "link_dark": "#1d9bf0"}

#: The one table of network names, colours and marks; every pane reads it (a test checks that
#: no other module keeps its own map of names or colours).
NETWORK_LOOKS: Mapping[Network, NetworkLook] = MappingProxyType(
    {
        Network.BLUESKY: NetworkLook("Bluesky", "Bluesky", "B", "#0169d6", "#4da3ff", _MARK_BLUESKY),
        Network.MASTODON: NetworkLook("Mastodon", "Mastodon", "M", "#4f50ff", "#a394ff", _MARK_MASTODON),
        # X and Threads: black marks, blue links (X draws #1d9bf0; darkened on light to read at 4.5:1).
        Network.X: NetworkLook("X", "X (Twitter)", "X", "#000000", "#e7e9ea", _MARK_X, **_LINK_BLUE),
        Network.THREADS: NetworkLook("Threads", "Threads", "@", "#000000", "#f5f5f5", _MARK_THREADS, **_LINK_BLUE),
        Network.LINKEDIN: NetworkLook("LinkedIn", "LinkedIn", "in", "#0a66c2", "#70b5f9", _MARK_LINKEDIN),
        Network.TELEGRAM: NetworkLook("Telegram", "Telegram", "T", "#19739d", "#6ab3f3", _MARK_TELEGRAM),
        Network.INSTAGRAM: NetworkLook("Instagram", "Instagram", "Ig", "#c7266e", "#e86bb0", _MARK_INSTAGRAM),
        Network.FACEBOOK: NetworkLook("Facebook", "Facebook Pages", "f", "#0c67dc", "#5aa0ff", _MARK_FACEBOOK),
        # YouTube writes links and hashtags in a description in its own blue.
        Network.YOUTUBE: NetworkLook(
            "YouTube", "YouTube", "Y", "#d80000", "#ff5c5c", _MARK_YOUTUBE, link="#065fd4", link_dark="#3ea6ff"
        ),
        Network.TIKTOK: NetworkLook("TikTok", "TikTok", "Tk", "#010101", "#25f4ee", _MARK_TIKTOK),
        Network.PINTEREST: NetworkLook("Pinterest", "Pinterest", "P", "#d90021", "#ff6070", _MARK_PINTEREST),
        Network.REDDIT: NetworkLook("Reddit", "Reddit", "R", "#c73600", "#ff7a45", _MARK_REDDIT),
        Network.GOOGLE_BUSINESS: NetworkLook(
            "Google Business Profile", "Google Business Profile", "G", "#1568d6", "#8ab4f8", _MARK_GOOGLE_BUSINESS
        ),
    }
)


def look(network: Network) -> NetworkLook:
    """The name, colours and badge of `network`."""
    return NETWORK_LOOKS[network]


def display_name(network: Network | str) -> str:
    """The brand name of a network given as a `Network` or its stable key (an unknown key, titled)."""
    try:
        return NETWORK_LOOKS[Network(network)].name
    except ValueError:
        return str(network).title()
