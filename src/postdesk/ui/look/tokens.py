"""Design tokens: the spacing scale, type scale, radii and the light and dark colours.

Plain data, no Qt: `ui/theme.py` builds the QPalette and the application's style sheet from
these, and panes read them for margins, spacing, fonts and the few colours a palette role does
not name (a warning banner, a danger text). Every colour that text is drawn in is declared with
the backgrounds it is drawn on (`TEXT_PAIRS`); a test computes the WCAG contrast of each pair
in both themes and fails under 4.5:1 (3:1 for the focus ring and other non-text marks).

Usage:
    layout.setContentsMargins(Space.XL, Space.L, Space.XL, Space.L)
    layout.setSpacing(Space.M)
    title.setFont(style.text_font(TextRole.TITLE, title.font()))
    colours(dark).danger
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum
from typing import Final


class Space:
    """The spacing scale, in device-independent pixels: margins, gaps, padding."""

    NONE: Final = 0
    XXS: Final = 2
    XS: Final = 4
    S: Final = 8
    M: Final = 12
    L: Final = 16
    XL: Final = 24
    XXL: Final = 32


class Radius:
    """Corner radii, in device-independent pixels."""

    S: Final = 4
    M: Final = 8
    L: Final = 12
    PILL: Final = 999


class IconSize:
    """Icon and mark sizes, in device-independent pixels."""

    S: Final = 16
    M: Final = 24
    L: Final = 32


class TextRole(Enum):
    """A step of the type scale; the value is its size relative to the system font."""

    CAPTION = 0.85
    BODY = 1.0
    SUBTITLE = 1.15
    TITLE = 1.4
    DISPLAY = 1.8

    @property
    def scale(self) -> float:
        """The size relative to the system font."""
        return float(self.value)

    @property
    def bold(self) -> bool:
        """Whether the step is set in bold (headings are)."""
        return self in (TextRole.SUBTITLE, TextRole.TITLE, TextRole.DISPLAY)


@dataclass(frozen=True)
class Colours:
    """One theme's colours, as "#rrggbb".

    Attributes:
        background: the window behind everything.
        surface: lists, tables, text fields, cards.
        raised: buttons, tooltips, popovers.
        alternate: every other row of a list.
        border: frames and separators that must be seen.
        divider: quiet separators.
        text: body text.
        muted_text: secondary text (hints, handles, placeholders).
        disabled_text: text of a control that cannot be used (WCAG exempts it from contrast).
        accent: the app's accent as text or marks on the backgrounds.
        accent_fill: the accent as a fill (default button, a selected chip), with `on_accent` on it.
        on_accent: text on `accent_fill`.
        link: links.
        link_visited: visited links.
        selection: the selected row's fill.
        on_selection: text on `selection`.
        focus_ring: the ring around the focused control (a non-text mark: 3:1).
        control_border: the edge of a control one types in, picks from or presses (text fields,
            combo and spin boxes, buttons, check boxes, radio buttons, scroll bar handles, splitter
            grips): 3:1 on every background (WCAG 2.1 1.4.11), so the control can be found.
        control_border_hover: that edge under the pointer (3:1 too, and darker/lighter than at rest).
        indicator: a state mark: a checked box's fill, a chosen radio's dot, the current tab's bar.
        on_indicator: the check mark drawn on `indicator`.
        success: success as text.
        warning: warning as text.
        danger: danger/problem as text.
        success_surface: a success banner's fill, with `on_success_surface` on it.
        on_success_surface: text on a success banner.
        warning_surface: a warning banner's fill.
        on_warning_surface: text on a warning banner.
        danger_surface: a problem banner's fill.
        on_danger_surface: text on a problem banner.
        info_surface: an information banner's fill.
        on_info_surface: text on an information banner.
        shade: the darker edge of bevels (Qt's `Dark` role).
        shadow: drop shadows ("#rrggbbaa").
    """

    background: str
    surface: str
    raised: str
    alternate: str
    border: str
    divider: str
    text: str
    muted_text: str
    disabled_text: str
    accent: str
    accent_fill: str
    on_accent: str
    link: str
    link_visited: str
    selection: str
    on_selection: str
    focus_ring: str
    control_border: str
    control_border_hover: str
    indicator: str
    on_indicator: str
    success: str
    warning: str
    danger: str
    success_surface: str
    on_success_surface: str
    warning_surface: str
    on_warning_surface: str
    danger_surface: str
    on_danger_surface: str
    info_surface: str
    on_info_surface: str
    shade: str
    shadow: str

    def names(self) -> tuple[str, ...]:
        """Every token's name."""
        return tuple(f.name for f in fields(self))


LIGHT: Final = Colours(
    background="#f6f7f9",
    surface="#ffffff",
    raised="#eef0f3",
    alternate="#f0f2f5",
    border="#c9ced6",
    divider="#e3e6eb",
    text="#1c1f24",
    muted_text="#5d6470",
    disabled_text="#9aa1ab",
    accent="#2e66d5",
    accent_fill="#2e66d5",
    on_accent="#ffffff",
    link="#1d5fd1",
    link_visited="#6d3fc0",
    selection="#2e66d5",
    on_selection="#ffffff",
    focus_ring="#2e66d5",
    control_border="#7b828d",
    control_border_hover="#565d69",
    indicator="#2e66d5",
    on_indicator="#ffffff",
    success="#1a7431",
    warning="#8a5300",
    danger="#b3261e",
    success_surface="#e6f4ea",
    on_success_surface="#14532d",
    warning_surface="#fff4e5",
    on_warning_surface="#5f3b00",
    danger_surface="#fdecea",
    on_danger_surface="#8c1d18",
    info_surface="#e8effc",
    on_info_surface="#1d3f8a",
    shade="#9aa1ab",
    shadow="#00000040",
)

DARK: Final = Colours(
    background="#1e2026",
    surface="#16181d",
    raised="#2a2d35",
    alternate="#23262d",
    border="#3a3e48",
    divider="#30333b",
    text="#e6e8ec",
    muted_text="#9aa1ae",
    disabled_text="#6b7280",
    accent="#7aa2f7",
    accent_fill="#3d63b8",
    on_accent="#ffffff",
    link="#7aa2f7",
    link_visited="#bb9af7",
    selection="#3d63b8",
    on_selection="#ffffff",
    focus_ring="#7aa2f7",
    control_border="#7c8493",
    control_border_hover="#a3aab6",
    indicator="#7aa2f7",
    on_indicator="#111318",
    success="#5fd08a",
    warning="#f0b45a",
    danger="#ff8a80",
    success_surface="#143622",
    on_success_surface="#c8f2d6",
    warning_surface="#4a3411",
    on_warning_surface="#ffe2b3",
    danger_surface="#4a1c1a",
    on_danger_surface="#ffd9d6",
    info_surface="#1d2a45",
    on_info_surface="#cfe0ff",
    shade="#101216",
    shadow="#00000080",
)

_ON_BACKGROUNDS: Final = ("background", "surface", "raised", "alternate")

#: Every (text colour, background) pair the look draws: each must reach 4.5:1 in both themes.
TEXT_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    *((fg, bg) for fg in ("text", "muted_text", "accent", "success", "warning", "danger") for bg in _ON_BACKGROUNDS),
    ("link", "background"),
    ("link", "surface"),
    ("link_visited", "surface"),
    ("on_accent", "accent_fill"),
    ("on_selection", "selection"),
    ("on_success_surface", "success_surface"),
    ("on_warning_surface", "warning_surface"),
    ("on_danger_surface", "danger_surface"),
    ("on_info_surface", "info_surface"),
)

#: Marks that are not text (the focus ring): 3:1 against what they sit on (WCAG 1.4.11).
MARK_PAIRS: Final[tuple[tuple[str, str], ...]] = tuple(("focus_ring", bg) for bg in _ON_BACKGROUNDS)

#: Control edges and state marks (WCAG 2.1 1.4.11): 3:1 against what they sit on. A check box sits
#: on any background and on a selected row; its check mark sits on the indicator's fill.
CONTROL_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    *((fg, bg) for fg in ("control_border", "control_border_hover", "indicator") for bg in _ON_BACKGROUNDS),
    ("on_indicator", "indicator"),
    ("text", "accent_fill"),  # the focus ring of the default button
    ("text", "selection"),  # the focus ring of a checked button
    ("surface", "selection"),
    ("on_selection", "selection"),
)

#: Fills of monogram avatars (initials in `AVATAR_TEXT` on them), picked by a stable hash of the name.
AVATAR_FILLS: Final[tuple[str, ...]] = (
    "#4f63d9",
    "#c0392b",
    "#1f7a70",
    "#a6561a",
    "#7d4cc8",
    "#2a6fa3",
    "#a8456f",
    "#477a34",
)
AVATAR_TEXT: Final = "#ffffff"


def colours(dark: bool) -> Colours:
    """The dark (True) or light theme's colours."""
    return DARK if dark else LIGHT


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb" (an alpha suffix is ignored)."""
    value = colour.lstrip("#")
    if len(value) not in (6, 8):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")

    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(value[i : i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours (1.0 to 21.0)."""
    high, low = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(fill: str, choices: tuple[str, ...] = ("#ffffff", "#111318")) -> str:
    """Of `choices`, the text colour with the most contrast on `fill`."""
    return max(choices, key=lambda c: contrast(c, fill))
