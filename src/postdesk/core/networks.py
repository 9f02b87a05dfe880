"""The networks Postdesk knows, by their stable keys."""

from __future__ import annotations

from enum import StrEnum


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
)

#: Networks on which a post can be a thread (a chain of replies to oneself).
THREAD_NETWORKS: frozenset[Network] = frozenset(
    {Network.X, Network.BLUESKY, Network.MASTODON, Network.THREADS}
)


def parse_network(key: str) -> Network:
    """Return the network for a stable key.

    Raises:
        ValueError: the key names no network.
    """
    return Network(key.strip().lower())
