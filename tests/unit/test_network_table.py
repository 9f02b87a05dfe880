"""One table of network names, colours and badges (`core.networks.NETWORK_LOOKS`), read by every pane."""

from __future__ import annotations

import re
from pathlib import Path

from postdesk.core.networks import NETWORK_LOOKS, Network, display_name, look

SRC = Path(__file__).resolve().parents[2] / "src" / "postdesk"
TABLE = SRC / "core" / "networks.py"

# A dict entry keyed by a network whose value holds a colour or a brand name: a private map.
_ENTRY = re.compile(r"Network\.[A-Z_]+(?:\.value)?\s*:\s*(?P<value>[^\n]*)")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
_BRANDS = (
    "Bluesky",
    "Mastodon",
    "Threads",
    "LinkedIn",
    "Instagram",
    "Facebook",
    "YouTube",
    "TikTok",
    "Pinterest",
    "Reddit",
    "Telegram",
)


def test_every_network_has_one_look() -> None:
    assert set(NETWORK_LOOKS) == set(Network)
    for network, info in NETWORK_LOOKS.items():
        assert info.name and info.full_name and info.badge
        assert _COLOUR.fullmatch(info.colour) and _COLOUR.fullmatch(info.colour_dark), network
        assert look(network) is info
    assert display_name("bluesky") == "Bluesky" == display_name(Network.BLUESKY)
    assert display_name("friendica") == "Friendica"


def test_no_other_module_keeps_its_own_network_names_or_colours() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if path == TABLE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = _ENTRY.search(line)
            if match is None:
                continue
            value = match["value"]
            if _COLOUR.search(value) or any(f'"{brand}' in value for brand in _BRANDS):
                offenders.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert not offenders, "network names or colours outside core/networks.py:\n" + "\n".join(offenders)


def test_calendar_badges_and_composer_cards_agree() -> None:
    from postdesk.ui.calendar.wording import network_name
    from postdesk.ui.composer.card_styles import style_for

    for network in Network:
        card = style_for(network)
        assert (card.name, card.accent_light, card.accent_dark) == (
            look(network).name,
            look(network).colour,
            look(network).colour_dark,
        )
        assert network_name(network) == look(network).name
        # Links in a card: the table's link colours where it has them, else the brand colour.
        assert (card.link(False), card.link(True)) == (
            look(network).link or look(network).colour,
            look(network).link_dark or look(network).colour_dark,
        )
    assert look(Network.YOUTUBE).link and look(Network.X).link_dark
