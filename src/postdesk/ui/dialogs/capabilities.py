"""What each shipped network's adapter can do, read from the adapter classes themselves.

The composer offers a hand-off only where the adapter schedules natively, says which networks
cannot look a post up, and the delete dialog offers "Delete from <network> too" only where the
adapter can delete. Read once per process, from the modules `platforms.shipped` names.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import cache

from postdesk.core.networks import Network
from postdesk.platforms.base import Capability


@cache
def shipped_capabilities() -> dict[Network, Capability]:
    """Each shipped network's declared capabilities (networks without an adapter left out)."""
    from postdesk.platforms.shipped import SHIPPED_MODULES

    found: dict[Network, Capability] = {}
    for name in SHIPPED_MODULES:
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        for value in vars(module).values():
            network = getattr(value, "network", None)
            capabilities = getattr(value, "capabilities", None)
            if (
                isinstance(value, type)
                and isinstance(network, Network)
                and isinstance(capabilities, Capability)
                and network.value == name.rsplit(".", 1)[1]
            ):
                found[network] = capabilities
    return found


def can(network: Network | str, capability: Capability) -> bool:
    """Whether the shipped adapter of `network` declares `capability`."""
    try:
        key = Network(network)
    except ValueError:
        return False
    return capability in shipped_capabilities().get(key, Capability(0))
