"""Network marks live in the one table (`core.networks.NETWORK_LOOKS`): one per network, plain path data."""

from __future__ import annotations

import re

import pytest

from postdesk.core.networks import NETWORK_LOOKS, Network

# SVG path data: commands and numbers only (no markup can ride in a mark).
_PATH = re.compile(r"[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+")


@pytest.mark.parametrize("network", list(Network))
def test_every_network_has_a_mark_of_plain_path_data(network: Network) -> None:
    mark = NETWORK_LOOKS[network].mark
    assert mark.startswith("M") and mark.rstrip().endswith("Z"), network
    assert _PATH.fullmatch(mark), network
    numbers = [float(n) for n in re.findall(r"-?\d*\.?\d+", mark)]
    assert numbers and max(numbers) <= 24, network  # the 24 x 24 box


def test_marks_differ() -> None:
    marks = [info.mark for info in NETWORK_LOOKS.values()]
    assert len(set(marks)) == len(marks) == len(Network)
