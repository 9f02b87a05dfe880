"""The recording adapter as a headless plugin with a long request timeout.

For tests whose fake network deliberately keeps a request unanswered for a while (the two-publisher
test holds every request until the second process has exited): with the usual 5 s timeout a
loaded machine would turn that wait into a lost answer, which is a different story.
"""

from __future__ import annotations

import os

from postdesk.core.networks import Network
from postdesk.platforms.registry import Registry
from tests.fakes.recording_adapter import ENV_URL, RecordingAdapter

#: Longer than any hold the tests script.
TIMEOUT_S = 180.0


def register(registry: Registry) -> None:
    """Serve every network with the recording fake at `$POSTDESK_FAKE_NETWORK_URL`."""
    url = os.environ[ENV_URL]
    for network in Network:
        registry.register(network, lambda n=network: RecordingAdapter(url, n, timeout=TIMEOUT_S))
