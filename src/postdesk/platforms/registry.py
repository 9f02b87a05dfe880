"""Which adapter serves which network: factories registered by network, built per engine.

Real network modules register themselves here as they land. No global adapter instances: the
engine calls `build` on its own loop, so each engine (and each test) gets fresh HTTP clients.
Extra adapter modules can be loaded by name (`load_plugin`), which is how a headless instance
is pointed at a different implementation (for instance a local test network) without a global
patch.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from postdesk.core.networks import Network
from postdesk.platforms.base import Adapter

#: Builds an adapter; called on the engine loop.
AdapterFactory = Callable[[], Adapter]


@dataclass
class Registry:
    """Adapter factories by network.

    Attributes:
        factories: the registered factories.
    """

    factories: dict[Network, AdapterFactory] = field(default_factory=dict)

    def register(self, network: Network, factory: AdapterFactory) -> None:
        """Serve `network` with adapters made by `factory` (replacing any earlier one)."""
        self.factories[network] = factory

    def networks(self) -> frozenset[Network]:
        """The networks that have an adapter."""
        return frozenset(self.factories)

    def build(self) -> dict[Network, Adapter]:
        """One fresh adapter per registered network."""
        return {network: factory() for network, factory in self.factories.items()}

    def load_plugin(self, module_name: str) -> None:
        """Import `module_name` and call its `register(registry)` function.

        Raises:
            ImportError: the module cannot be imported.
            TypeError: the module has no callable `register`.
        """
        module = importlib.import_module(module_name)
        register = getattr(module, "register", None)
        if not callable(register):
            raise TypeError(f"{module_name} has no register(registry) function")
        register(self)


def default_registry() -> Registry:
    """The registry of the networks shipped with Postdesk (none yet: adapters are issue 5)."""
    return Registry()
