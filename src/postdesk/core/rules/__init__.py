"""Per-network publishing rules: one module per network, `get(network)` to look one up."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules import bluesky as _bluesky
from postdesk.core.rules import facebook as _facebook
from postdesk.core.rules import google_business as _google_business
from postdesk.core.rules import instagram as _instagram
from postdesk.core.rules import linkedin as _linkedin
from postdesk.core.rules import mastodon as _mastodon
from postdesk.core.rules import pinterest as _pinterest
from postdesk.core.rules import reddit as _reddit
from postdesk.core.rules import telegram as _telegram
from postdesk.core.rules import threads as _threads
from postdesk.core.rules import tiktok as _tiktok
from postdesk.core.rules import x as _x
from postdesk.core.rules import youtube as _youtube
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

__all__ = ["ALL_RULES", "CounterKind", "MediaLimits", "NetworkRules", "get"]

#: Every network's rules, by network.
ALL_RULES: dict[Network, NetworkRules] = {
    r.network: r
    for r in (
        _x.RULES,
        _bluesky.RULES,
        _mastodon.RULES,
        _threads.RULES,
        _linkedin.RULES,
        _instagram.RULES,
        _facebook.RULES,
        _youtube.RULES,
        _tiktok.RULES,
        _pinterest.RULES,
        _reddit.RULES,
        _telegram.RULES,
        _google_business.RULES,
    )
}


def get(network: str | Network) -> NetworkRules:
    """Return the rules of a network.

    Args:
        network: a Network or its stable key.

    Returns:
        The network's rules.

    Raises:
        ValueError: the key names no network.
    """
    return ALL_RULES[Network(network)]
