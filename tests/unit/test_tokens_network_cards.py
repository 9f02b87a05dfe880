"""Network preview-card palettes (`ui.look.network_cards`): WCAG contrast of every text pair.

Each network's own card colours (Facebook, Instagram, TikTok, Telegram) are checked in light and
dark, every declared text colour on every fill it is drawn on, like the app's tokens
(tests/unit/test_tokens.py); Reddit's tags and the white-on-black media text too.
"""

from __future__ import annotations

import re

import pytest

from postdesk.core.networks import Network
from postdesk.ui.look.network_cards import CARD_TEXT_PAIRS, NETWORK_CARDS, TAG_PAIRS, CardColours, card_colours
from postdesk.ui.look.tokens import colours, contrast

_HEX = re.compile(r"#[0-9a-f]{6}")
CASES = [(network, dark) for network in NETWORK_CARDS for dark in (False, True)]


def _id(case: tuple[Network, bool]) -> str:
    return f"{case[0].value}-{'dark' if case[1] else 'light'}"


@pytest.mark.parametrize("case", CASES, ids=_id)
@pytest.mark.parametrize("pair", CARD_TEXT_PAIRS, ids="{0[0]}-on-{0[1]}".format)
def test_every_card_text_pair_reads_at_4_5_to_1(case: tuple[Network, bool], pair: tuple[str, str]) -> None:
    card = card_colours(*case)
    fg, bg = getattr(card, pair[0]), getattr(card, pair[1])
    assert contrast(fg, bg) >= 4.5, f"{_id(case)}: {pair[0]} {fg} on {pair[1]} {bg} is {contrast(fg, bg):.2f}:1"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_instagram_links_read_on_the_apps_surface(dark: bool) -> None:
    """Instagram's caption is drawn on the app's own surface, in Instagram's link colour."""
    link, surface = card_colours(Network.INSTAGRAM, dark).link, colours(dark).surface
    assert contrast(link, surface) >= 4.5, f"link {link} on surface {surface}"


@pytest.mark.parametrize("pair", TAG_PAIRS, ids="{0[0]}-on-{0[1]}".format)
def test_tags_read_at_4_5_to_1(pair: tuple[str, str]) -> None:
    assert contrast(*pair) >= 4.5


def test_every_colour_is_lower_case_rrggbb_and_themes_differ_where_the_app_differs() -> None:
    for network, (light, dark) in NETWORK_CARDS.items():
        for card in (light, dark):
            assert isinstance(card, CardColours)
            for value in vars(card).values():
                assert _HEX.fullmatch(value), f"{network.value}: {value!r}"
        if network is not Network.TIKTOK:  # TikTok's frame is black in both of its modes
            assert light.card != dark.card, network
    with pytest.raises(KeyError):
        card_colours(Network.BLUESKY, False)  # drawn in the app's theme: no palette of its own
