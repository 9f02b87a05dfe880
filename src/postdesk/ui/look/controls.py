"""Style sheet rules that make every standard control findable in both themes.

Fusion draws the edges of text fields, combo and spin boxes, check boxes and radio buttons in a
shade of the window colour, which in the dark theme is barely different from the window
(WCAG 2.1 1.4.11 asks 3:1 for what a person needs to see to use a control). These rules draw
those edges, the state marks, the focus ring, scroll bar handles and splitter grips from the
design tokens (`control_border`, `control_border_hover`, `indicator`, `on_indicator`,
`focus_ring`), each checked at 3:1 by `tests/unit/test_tokens.py`.

A style sheet that styles a control's frame makes Qt draw the whole control from the sheet, so
the sub-controls Fusion drew (the check mark, the radio dot, the drop-down and spin arrows, the
splitter grip) are drawn here too: small SVG images written from the tokens at run time into a
folder of this process (`images`), one file per colour, so a theme switch points at new files
and nothing keeps a stale colour.

Usage (`ui.theme.stylesheet` does this):
    rules = control_rules(colours)
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from postdesk.ui.look.tokens import Colours, Radius

#: Outer size of a check box or radio indicator, in device-independent pixels.
INDICATOR = 16

#: Thickness of a splitter handle (Fusion's), in device-independent pixels.
HANDLE = 6
#: Outer size of a check box in a list or tree row.
ITEM_INDICATOR = 13

_folder: Path | None = None


def _image_folder() -> Path:
    global _folder
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="postdesk-look-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def _write(name: str, svg: str) -> str:
    """Write an SVG once under a name that carries its content's hash; its path for `url()`."""
    digest = hashlib.sha1(svg.encode()).hexdigest()[:12]
    path = _image_folder() / f"{name}-{digest}.svg"
    if not path.exists():
        path.write_text(svg, encoding="utf-8")
    return path.as_posix()


def _svg(size: tuple[int, int], body: str) -> str:
    w, h = size
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">{body}</svg>'


def _stroke(points: str, colour: str, width: float) -> str:
    return (
        f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="{width}"'
        ' stroke-linecap="round" stroke-linejoin="round"/>'
    )


@dataclass(frozen=True)
class ControlImages:
    """Paths of the images a theme's control rules draw (check mark, radio dot, arrows, grips)."""

    check: str
    check_disabled: str
    partial: str
    radio_dot: str
    radio_dot_disabled: str
    arrow_down: str
    arrow_down_disabled: str
    arrow_up: str
    arrow_up_disabled: str
    arrow_left: str
    arrow_right: str
    grip_across: str
    grip_across_hover: str
    grip_along: str
    grip_along_hover: str


def images(colours: Colours) -> ControlImages:
    """The control images of a theme, written from its tokens (each file written once)."""
    c = colours

    def check(colour: str) -> str:
        return _svg((12, 12), _stroke("2.5,6.5 5,9 9.5,3.5", colour, 2))

    def dot(colour: str) -> str:
        return _svg((12, 12), f'<circle cx="6" cy="6" r="3.5" fill="{colour}"/>')

    def arrow(points: str, colour: str) -> str:
        return _svg((10, 10), _stroke(points, colour, 1.6))

    def grip(size: tuple[int, int], colour: str) -> str:
        w, h = size
        # Drawn 2 px thick in the middle of a box as thick as the handle, so it is not scaled up.
        if w < h:
            return _svg(
                (HANDLE, h), f'<rect x="{(HANDLE - w) / 2}" y="0" width="{w}" height="{h}" rx="1" fill="{colour}"/>'
            )
        return _svg(
            (w, HANDLE), f'<rect x="0" y="{(HANDLE - h) / 2}" width="{w}" height="{h}" rx="1" fill="{colour}"/>'
        )

    down, up = "2,3.5 5,6.5 8,3.5", "2,6.5 5,3.5 8,6.5"
    return ControlImages(
        check=_write("check", check(c.on_indicator)),
        check_disabled=_write("check", check(c.disabled_text)),
        partial=_write("partial", _svg((12, 12), _stroke("3,6 9,6", c.on_indicator, 2))),
        radio_dot=_write("dot", dot(c.indicator)),
        radio_dot_disabled=_write("dot", dot(c.disabled_text)),
        arrow_down=_write("down", arrow(down, c.text)),
        arrow_down_disabled=_write("down", arrow(down, c.disabled_text)),
        arrow_up=_write("up", arrow(up, c.text)),
        arrow_up_disabled=_write("up", arrow(up, c.disabled_text)),
        arrow_left=_write("left", arrow("6.5,2 3.5,5 6.5,8", c.text)),
        arrow_right=_write("right", arrow("3.5,2 6.5,5 3.5,8", c.text)),
        # A splitter between panes side by side has a tall grip; one between stacked panes a wide one.
        grip_across=_write("grip", grip((2, 28), c.control_border)),
        grip_across_hover=_write("grip", grip((2, 28), c.control_border_hover)),
        grip_along=_write("grip", grip((28, 2), c.control_border)),
        grip_along_hover=_write("grip", grip((28, 2), c.control_border_hover)),
    )


#: Side padding of each kind of field (px). A later selector wins over an earlier one.
_FIELD_SIDES: tuple[tuple[str, int], ...] = (
    ("QLineEdit", 1),
    ("QAbstractSpinBox", 2),
    ("QComboBox", 4),
    ('QDateTimeEdit[calendarPopup="true"]', 4),
)


def _on(selectors: str, state: str) -> str:
    """`"A, B"` in a state: `"A:state, B:state"`."""
    return ", ".join(f"{s}:{state}" for s in selectors.split(", "))


def control_rules(colours: Colours) -> list[str]:
    """Style sheet rules for the standard controls, from a theme's tokens."""
    c = colours
    img = images(c)
    r = Radius.S
    fields = "QLineEdit, QAbstractSpinBox, QComboBox"
    boxes = "QPlainTextEdit, QTextEdit"
    inner = "QAbstractSpinBox QLineEdit, QComboBox QLineEdit"
    ind = "QCheckBox::indicator, QAbstractItemView::indicator, QGroupBox::indicator"
    content = INDICATOR - 2
    focused = INDICATOR - 6  # a 2 px ring and a 1 px gap around the fill
    return [
        # Text fields, combo and spin boxes: a 1 px edge at rest, 2 px in the focus colour.
        f"{fields}, {boxes} {{ border: 1px solid {c.control_border}; border-radius: {r}px;"
        f" background-color: {c.surface}; color: {c.text};"
        f" selection-background-color: {c.selection}; selection-color: {c.on_selection}; }}",
        # Side padding so the text sits where Fusion puts it and each keeps Fusion's width.
        *(f"{w} {{ padding: 2px {side}px; }}" for w, side in _FIELD_SIDES),
        f"{boxes} {{ padding: 1px; }}",
        f"QComboBox:!editable {{ background-color: {c.raised}; }}",
        f"{_on(f'{fields}, {boxes}', 'hover')} {{ border-color: {c.control_border_hover}; }}",
        *(f"{w}:focus {{ border: 2px solid {c.focus_ring}; padding: 1px {side - 1}px; }}" for w, side in _FIELD_SIDES),
        f"{_on(boxes, 'focus')} {{ border: 2px solid {c.focus_ring}; padding: 0px; }}",
        f"{_on(f'{fields}, {boxes}', 'disabled')} {{ border-color: {c.divider}; color: {c.disabled_text}; }}",
        'QLineEdit[frame="false"], QAbstractSpinBox[frame="false"], QComboBox[frame="false"],'
        ' QPlainTextEdit[frameShape="0"], QTextEdit[frameShape="0"] { border: none; }',
        # The line edit inside a combo or spin box is drawn by its owner.
        f"{inner}, {_on(inner, 'focus')}, {_on(inner, 'hover')}"
        " { border: none; padding: 0px; margin: 0px; background: transparent; }",
        # Drop-down and spin arrows: the sheet replaces Fusion's, so they are drawn from the tokens.
        "QComboBox::drop-down, QDateTimeEdit::drop-down { subcontrol-origin: padding;"
        " subcontrol-position: center right; width: 18px; border: none; }",
        f"QComboBox::down-arrow, QDateTimeEdit::down-arrow, QAbstractSpinBox::down-arrow"
        f" {{ image: url({img.arrow_down}); width: 10px; height: 10px; }}",
        f"QAbstractSpinBox::up-arrow {{ image: url({img.arrow_up}); width: 10px; height: 10px; }}",
        f"QComboBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:disabled,"
        f" QAbstractSpinBox::down-arrow:off {{ image: url({img.arrow_down_disabled}); }}",
        f"QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off"
        f" {{ image: url({img.arrow_up_disabled}); }}",
        "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { subcontrol-origin: border;"
        " width: 14px; border: none; background: transparent; }",
        "QAbstractSpinBox::up-button { subcontrol-position: top right; }",
        "QAbstractSpinBox::down-button { subcontrol-position: bottom right; }",
        f"QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover"
        f" {{ background-color: {c.alternate}; }}",
        # Buttons: the edge of a control; the default button filled with the accent. A dialog's
        # buttons keep Fusion's 80 px minimum. Elsewhere no min-width: Qt makes it the widget's
        # minimum size, and a layout short of room then squeezes the text below its width.
        f"QPushButton {{ background-color: {c.raised}; color: {c.text}; border: 1px solid {c.control_border};"
        f" border-radius: {r}px; padding: 3px 8px; }}",
        "QDialogButtonBox QPushButton { min-width: 62px; }",
        f"QPushButton:hover {{ border-color: {c.control_border_hover}; }}",
        f"QPushButton:pressed {{ background-color: {c.divider}; }}",
        f"QPushButton:checked {{ background-color: {c.selection}; color: {c.on_selection};"
        f" border-color: {c.indicator}; }}",
        f"QPushButton:default {{ background-color: {c.accent_fill}; color: {c.on_accent};"
        f" border-color: {c.indicator}; }}",
        f"QPushButton:focus {{ border: 2px solid {c.focus_ring}; padding: 2px 7px; }}",
        f"QPushButton:default:focus {{ border-color: {c.text}; }}",
        f"QPushButton:disabled {{ background-color: {c.raised}; color: {c.disabled_text};"
        f" border-color: {c.divider}; }}",
        "QPushButton:flat { border: 2px solid transparent; padding: 2px 7px; background: transparent; }",
        f"QPushButton:flat:focus {{ border-color: {c.focus_ring}; }}",
        # Tool buttons (menus, the calendar's arrows, a tab bar's scroll buttons) like push buttons;
        # an auto-raise one shows its edge under the pointer and with focus.
        f"QToolButton {{ background-color: {c.raised}; color: {c.text}; border: 1px solid {c.control_border};"
        f" border-radius: {r}px; padding: 2px 4px; }}",
        f"QToolButton:hover {{ border-color: {c.control_border_hover}; }}",
        f"QToolButton:pressed {{ background-color: {c.divider}; }}",
        f"QToolButton:checked {{ background-color: {c.selection}; color: {c.on_selection};"
        f" border-color: {c.indicator}; }}",
        f"QToolButton:focus {{ border: 2px solid {c.focus_ring}; padding: 1px 3px; }}",
        'QToolButton[autoRaise="true"] { background: transparent; border-color: transparent; }',
        f'QToolButton[autoRaise="true"]:hover {{ border-color: {c.control_border_hover}; }}',
        f'QToolButton[autoRaise="true"]:focus {{ border-color: {c.focus_ring}; }}',
        f'QToolButton[autoRaise="true"]:checked {{ background-color: {c.selection}; color: {c.on_selection};'
        f" border-color: {c.indicator}; }}",
        # A checked button with focus: its ring in the text colour, which shows on the selection fill.
        f"QToolButton:checked:focus, QPushButton:checked:focus {{ border-color: {c.text}; }}",
        'QToolButton[popupMode="1"] { padding-right: 18px; }',
        'QToolButton[popupMode="2"] { padding-right: 14px; }',
        'QToolButton[popupMode="1"]:focus { padding-right: 17px; }',
        'QToolButton[popupMode="2"]:focus { padding-right: 13px; }',
        f"QToolButton::menu-button {{ border: none; border-left: 1px solid {c.control_border}; width: 16px; }}",
        f"QToolButton::menu-indicator, QToolButton::menu-arrow {{ image: url({img.arrow_down});"
        " subcontrol-origin: padding; subcontrol-position: center right; width: 8px; height: 8px; }",
        "QToolButton::menu-indicator { right: 3px; }",
        f"QToolButton::left-arrow {{ image: url({img.arrow_left}); width: 10px; height: 10px; }}",
        f"QToolButton::right-arrow {{ image: url({img.arrow_right}); width: 10px; height: 10px; }}",
        f"QToolButton::up-arrow {{ image: url({img.arrow_up}); width: 10px; height: 10px; }}",
        f"QToolButton::down-arrow {{ image: url({img.arrow_down}); width: 10px; height: 10px; }}",
        # Check boxes (also in lists and group boxes) and radio buttons: an edge, a fill and a mark.
        "QCheckBox, QRadioButton { spacing: 6px; }",
        f"{ind}, QRadioButton::indicator {{ width: {content}px; height: {content}px;"
        f" border: 1px solid {c.control_border}; background-color: {c.surface}; padding: 0px; }}",
        f"{ind} {{ border-radius: {r - 1}px; }}",
        # In a list the box fits a row of text.
        f"QAbstractItemView::indicator {{ width: {ITEM_INDICATOR - 2}px; height: {ITEM_INDICATOR - 2}px; }}",
        f"QRadioButton::indicator {{ border-radius: {INDICATOR // 2}px; }}",
        f"{_on(f'{ind}, QRadioButton::indicator', 'hover')} {{ border-color: {c.control_border_hover}; }}",
        f"{_on(ind, 'checked')} {{ background-color: {c.indicator}; border-color: {c.indicator};"
        f" image: url({img.check}); }}",
        f"{_on(ind, 'indeterminate')} {{ background-color: {c.indicator}; border-color: {c.indicator};"
        f" image: url({img.partial}); }}",
        f"QRadioButton::indicator:checked {{ border-color: {c.indicator}; image: url({img.radio_dot}); }}",
        # On a selected row the box keeps an edge that shows on the selection's fill.
        f"QAbstractItemView::indicator:selected {{ border-color: {c.on_selection}; }}",
        # Focus: a 2 px ring and a 1 px gap around the fill, so it shows on a checked box too.
        "QCheckBox::indicator:focus, QRadioButton::indicator:focus, QGroupBox::indicator:focus"
        f" {{ border: 2px solid {c.focus_ring}; padding: 1px; width: {focused}px; height: {focused}px;"
        " background-clip: content; }",
        f"{_on(f'{ind}, QRadioButton::indicator', 'disabled')}"
        f" {{ border-color: {c.divider}; background-color: {c.raised}; }}",
        f"{_on(ind, 'checked:disabled')} {{ image: url({img.check_disabled}); }}",
        f"QRadioButton::indicator:checked:disabled {{ image: url({img.radio_dot_disabled}); }}",
        # Tabs: the current tab carries a bar in the indicator colour; the focused one a ring.
        f"QTabBar::tab {{ background: transparent; color: {c.muted_text}; border: none;"
        f" border-bottom: 3px solid transparent; padding: 6px 12px 4px 12px; }}",
        f"QTabBar::tab:hover {{ color: {c.text}; border-bottom-color: {c.control_border}; }}",
        f"QTabBar::tab:selected {{ color: {c.text}; border-bottom-color: {c.indicator}; }}",
        f"QTabBar::tab:focus {{ border: 2px solid {c.focus_ring}; border-bottom: 3px solid {c.indicator};"
        f" border-radius: {r}px; padding: 4px 10px 4px 10px; }}",
        # Splitter handles: a grip that can be found, darker (lighter) under the pointer.
        "QSplitter::handle { background: transparent; }",
        f"QSplitter::handle:horizontal {{ width: {HANDLE}px; image: url({img.grip_across}); }}",
        f"QSplitter::handle:vertical {{ height: {HANDLE}px; image: url({img.grip_along}); }}",
        f"QSplitter::handle:horizontal:hover {{ image: url({img.grip_across_hover}); }}",
        f"QSplitter::handle:vertical:hover {{ image: url({img.grip_along_hover}); }}",
        # Scroll bars: a slim handle with the control edge's colour on a clear track.
        "QScrollBar { background: transparent; border: none; margin: 0px; }",
        "QScrollBar:vertical { width: 12px; }",
        "QScrollBar:horizontal { height: 12px; }",
        f"QScrollBar::handle {{ background-color: {c.control_border}; border-radius: 3px; }}",
        "QScrollBar::handle:vertical { min-height: 32px; margin: 2px 3px; }",
        "QScrollBar::handle:horizontal { min-width: 32px; margin: 3px 2px; }",
        f"QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background-color: {c.control_border_hover}; }}",
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; background: none; }",
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }",
    ]
