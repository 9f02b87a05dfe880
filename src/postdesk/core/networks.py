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
        colour: the brand colour, on a light background.
        colour_dark: the colour on a dark background (lighter where the brand colour is dark).
    """

    name: str
    full_name: str
    badge: str
    colour: str
    colour_dark: str

    def colour_on(self, dark: bool) -> str:
        """The colour to draw with on a dark (True) or light background."""
        return self.colour_dark if dark else self.colour


#: The one table of network names, colours and icons; every pane reads it (a test checks that
#: no other module keeps its own map of names or colours).
NETWORK_LOOKS: Mapping[Network, NetworkLook] = MappingProxyType(
    {
        Network.BLUESKY: NetworkLook("Bluesky", "Bluesky", "B", "#1185fe", "#4da3ff"),
        Network.MASTODON: NetworkLook("Mastodon", "Mastodon", "M", "#6364ff", "#a394ff"),
        Network.X: NetworkLook("X", "X (Twitter)", "X", "#000000", "#e7e9ea"),
        Network.THREADS: NetworkLook("Threads", "Threads", "@", "#000000", "#f5f5f5"),
        Network.LINKEDIN: NetworkLook("LinkedIn", "LinkedIn", "in", "#0a66c2", "#70b5f9"),
        Network.TELEGRAM: NetworkLook("Telegram", "Telegram", "T", "#229ed9", "#6ab3f3"),
        Network.INSTAGRAM: NetworkLook("Instagram", "Instagram", "Ig", "#d62976", "#e86bb0"),
        Network.FACEBOOK: NetworkLook("Facebook", "Facebook Pages", "f", "#1877f2", "#5aa0ff"),
        Network.YOUTUBE: NetworkLook("YouTube", "YouTube", "Y", "#e00000", "#ff5c5c"),
        Network.TIKTOK: NetworkLook("TikTok", "TikTok", "Tk", "#010101", "#25f4ee"),
        Network.PINTEREST: NetworkLook("Pinterest", "Pinterest", "P", "#e60023", "#ff6070"),
        Network.REDDIT: NetworkLook("Reddit", "Reddit", "R", "#ff4500", "#ff7a45"),
        Network.GOOGLE_BUSINESS: NetworkLook(
            "Google Business Profile", "Google Business Profile", "G", "#1a73e8", "#8ab4f8"
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
