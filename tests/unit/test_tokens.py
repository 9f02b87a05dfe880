"""Design tokens (`ui.look.tokens`) and the network table's colours: WCAG contrast, checked.

Every text colour the look declares is checked on every background it is declared for, in the
light and the dark theme; the network colours as text and as badge fills; the monogram fills.
"""

from __future__ import annotations

import re

import pytest

from postdesk.core.networks import NETWORK_LOOKS, Network
from postdesk.ui.look.tokens import (
    AVATAR_FILLS,
    AVATAR_TEXT,
    CONTROL_PAIRS,
    DARK,
    LIGHT,
    MARK_PAIRS,
    TEXT_PAIRS,
    Colours,
    Radius,
    Space,
    TextRole,
    colours,
    contrast,
    readable_on,
    relative_luminance,
)

_HEX = re.compile(r"#[0-9a-f]{6}([0-9a-f]{2})?")
THEMES = {"light": LIGHT, "dark": DARK}
#: Backgrounds network colours are drawn on as text (names in previews, legends, the calendar).
BACKGROUNDS = ("background", "surface", "raised", "alternate")


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WebAIM's checker: #777777 on white is 4.48:1 (just under AA), #767676 is 4.54:1.
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#ffffff", "#767676") == contrast("#767676", "#ffffff")
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)
    with pytest.raises(ValueError):
        relative_luminance("red")


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("pair", TEXT_PAIRS, ids="{0[0]}-on-{0[1]}".format)
def test_every_text_pair_reads_at_4_5_to_1(theme: str, pair: tuple[str, str]) -> None:
    tokens = THEMES[theme]
    fg, bg = getattr(tokens, pair[0]), getattr(tokens, pair[1])
    assert contrast(fg, bg) >= 4.5, f"{theme}: {pair[0]} {fg} on {pair[1]} {bg} is {contrast(fg, bg):.2f}:1"


@pytest.mark.parametrize("theme", THEMES)
def test_focus_ring_stands_out_at_3_to_1(theme: str) -> None:
    tokens = THEMES[theme]
    for fg, bg in MARK_PAIRS:
        assert contrast(getattr(tokens, fg), getattr(tokens, bg)) >= 3.0, (theme, fg, bg)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("pair", CONTROL_PAIRS, ids="{0[0]}-on-{0[1]}".format)
def test_control_edges_and_marks_stand_out_at_3_to_1(theme: str, pair: tuple[str, str]) -> None:
    """WCAG 2.1 1.4.11: a control's edge, a check box's fill and its check mark, on what they sit on."""
    tokens = THEMES[theme]
    fg, bg = getattr(tokens, pair[0]), getattr(tokens, pair[1])
    assert contrast(fg, bg) >= 3.0, f"{theme}: {pair[0]} {fg} on {pair[1]} {bg} is {contrast(fg, bg):.2f}:1"


@pytest.mark.parametrize("theme", THEMES)
def test_control_edges_cover_every_background_and_hover_differs(theme: str) -> None:
    tokens = THEMES[theme]
    for fg in ("control_border", "control_border_hover", "indicator"):
        assert {bg for f, bg in CONTROL_PAIRS if f == fg} >= set(BACKGROUNDS), fg
    # Under the pointer the edge moves away from the background (darker in light, lighter in dark).
    for bg in BACKGROUNDS:
        back = getattr(tokens, bg)
        assert contrast(tokens.control_border_hover, back) > contrast(tokens.control_border, back) + 1.0
    # The edge at rest is no quiet divider: it is a stronger line than `border` on every background.
    for bg in BACKGROUNDS:
        back = getattr(tokens, bg)
        assert contrast(tokens.control_border, back) > contrast(tokens.border, back)


def test_the_pairs_name_real_tokens_and_cover_every_text_colour() -> None:
    names = set(LIGHT.names())
    used = {name for pair in (*TEXT_PAIRS, *MARK_PAIRS, *CONTROL_PAIRS) for name in pair}
    assert used <= names
    # Every token that is drawn as text (not a fill, border or the exempt disabled text) is checked.
    fills = {
        "background",
        "surface",
        "raised",
        "alternate",
        "border",
        "divider",
        "accent_fill",
        "selection",
        "shade",
        "shadow",
        "disabled_text",
    } | {n for n in names if n.endswith("_surface") and not n.startswith("on_")}
    assert names - fills <= {fg for fg, _bg in (*TEXT_PAIRS, *MARK_PAIRS, *CONTROL_PAIRS)}


@pytest.mark.parametrize("theme", THEMES)
def test_every_token_is_a_hex_colour_and_themes_differ(theme: str) -> None:
    tokens: Colours = THEMES[theme]
    for name in tokens.names():
        assert _HEX.fullmatch(getattr(tokens, name)), name
    assert colours(theme == "dark") is tokens
    assert (
        relative_luminance(tokens.background) < 0.2 if theme == "dark" else relative_luminance(tokens.background) > 0.8
    )


@pytest.mark.parametrize("network", list(Network))
def test_network_colours_read_as_text_and_carry_their_badge_text(network: Network) -> None:
    info = NETWORK_LOOKS[network]
    for dark, tokens in ((False, LIGHT), (True, DARK)):
        colour = info.colour_on(dark)
        for bg in BACKGROUNDS:
            ratio = contrast(colour, getattr(tokens, bg))
            assert ratio >= 4.5, f"{network} on {'dark' if dark else 'light'} {bg}: {ratio:.2f}:1"
        on_badge = info.on_badge(dark)
        assert contrast(on_badge, colour) >= 4.5, f"{network} badge text {on_badge} on {colour}"
        assert on_badge == readable_on(colour), network


def test_monogram_fills_carry_white_initials() -> None:
    assert len(set(AVATAR_FILLS)) == len(AVATAR_FILLS) >= 6
    for fill in AVATAR_FILLS:
        assert contrast(AVATAR_TEXT, fill) >= 4.5, fill


def test_scales_grow_monotonically() -> None:
    spaces = [Space.XXS, Space.XS, Space.S, Space.M, Space.L, Space.XL, Space.XXL]
    assert spaces == sorted(set(spaces)) and all(s % 2 == 0 for s in spaces)
    assert Radius.S < Radius.M < Radius.L < Radius.PILL
    roles = list(TextRole)
    assert [r.scale for r in roles] == sorted(r.scale for r in roles)
    assert TextRole.BODY.scale == 1.0 and not TextRole.BODY.bold and TextRole.TITLE.bold
