"""Every standard control can be found in light and dark: edges, state marks and the focus ring
reach 3:1 (WCAG 2.1 1.4.11) against what they sit on, measured on rendered pixels.

The gallery (`tests/ui/look/control_gallery.py`) holds each control kind; each test renders it offscreen
in a theme, samples the control's edge and the window's background next to it, and computes the
contrast. Screenshots: screenshots/controls-{light,dark,rtl}.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
    QWidgetItem,
)

from postdesk.ui import theme
from postdesk.ui.look.controls import INDICATOR
from postdesk.ui.look.tokens import DARK, LIGHT, Colours, contrast
from tests.ui.look.control_gallery import Gallery, build_gallery

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
THEMES = {"light": LIGHT, "dark": DARK}
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def gallery(qtbot: Any, qapp: QApplication) -> Iterator[Gallery]:
    g = build_gallery()
    qtbot.addWidget(g.window)
    g.window.resize(900, 840)
    g.window.show()
    qtbot.waitExposed(g.window)
    # No control starts focused: the focus ring is tested on its own.
    g.window.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    g.window.setFocus()
    qtbot.waitUntil(g.window.hasFocus)
    yield g
    theme.apply_theme(qapp, "light")


def _shown(qapp: QApplication, g: Gallery, mode: str) -> QImage:
    theme.apply_theme(qapp, mode)
    for _ in range(3):
        qapp.processEvents()
    image = g.window.grab().toImage()
    # The grab is in device pixels; these tests read logical pixels (offscreen: ratio 1).
    assert image.width() == g.window.width()
    return image


def _hex(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def _origin(g: Gallery, w: QWidget) -> QPoint:
    return w.mapTo(g.window, QPoint(0, 0))


def _edge(image: QImage, g: Gallery, w: QWidget) -> tuple[float, str, str]:
    """The strongest contrast of the control's left edge (3 px) with the background just outside it."""
    at = _origin(g, w)
    y = at.y() + w.height() // 2
    outside = _hex(image, at.x() - 3, y)
    best = max((_hex(image, at.x() + dx, y) for dx in range(3)), key=lambda c: contrast(c, outside))
    return contrast(best, outside), best, outside


def _indicator_rect(g: Gallery, box: QWidget) -> QRect:
    opt = QStyleOptionButton()
    assert isinstance(box, QCheckBox) or box.inherits("QRadioButton")
    box.initStyleOption(opt)  # type: ignore[attr-defined]
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(box, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    rect = box.style().subElementRect(element, opt, box)
    return rect.translated(_origin(g, box))


def _colours_in(image: QImage, rect: QRect) -> list[str]:
    return [
        _hex(image, x, y) for y in range(rect.top(), rect.bottom() + 1) for x in range(rect.left(), rect.right() + 1)
    ]


@pytest.mark.parametrize("mode", THEMES)
def test_every_field_and_button_edge_reaches_3_to_1(gallery: Gallery, qapp: QApplication, mode: str) -> None:
    tokens = THEMES[mode]
    image = _shown(qapp, gallery, mode)
    assert _hex(image, 2, 2) == tokens.background
    for name, w in gallery.fields().items():
        ratio, edge, outside = _edge(image, gallery, w)
        assert outside == tokens.background, name
        assert ratio >= 3.0, f"{mode} {name}: edge {edge} on {outside} is {ratio:.2f}:1"


@pytest.mark.parametrize("mode", THEMES)
def test_check_boxes_and_radios_show_their_edge_and_a_drawn_mark(
    gallery: Gallery, qapp: QApplication, mode: str
) -> None:
    tokens = THEMES[mode]
    image = _shown(qapp, gallery, mode)
    for box in (gallery.check_off, gallery.check_on, gallery.check_partial, gallery.radio_off, gallery.radio_on):
        rect = _indicator_rect(gallery, box)
        assert rect.width() == INDICATOR, box.text()
        outside = _hex(image, rect.left() - 3 if rect.left() > 3 else rect.right() + 3, rect.center().y())
        assert outside == tokens.background
        # Its edge: the left column through the middle (the corners are rounded).
        edge = max(
            (_hex(image, rect.left() + dx, rect.center().y()) for dx in range(2)), key=lambda c: contrast(c, outside)
        )
        assert contrast(edge, outside) >= 3.0, f"{mode} {box.text()}: {edge} on {outside}"

    def marks(box: QWidget, fill: str) -> int:
        """Pixels inside the indicator that stand out at 3:1 from `fill` (the check mark or dot)."""
        inner = _indicator_rect(gallery, box).adjusted(3, 3, -3, -3)
        return sum(1 for c in _colours_in(image, inner) if contrast(c, fill) >= 3.0)

    # A checked box is filled with the indicator and carries a check mark drawn on it; unchecked is empty.
    on_centre = _indicator_rect(gallery, gallery.check_on).adjusted(2, 2, -2, -2)
    assert tokens.indicator in _colours_in(image, on_centre)
    assert marks(gallery.check_on, tokens.indicator) >= 8
    assert marks(gallery.check_partial, tokens.indicator) >= 6
    off_centre = _indicator_rect(gallery, gallery.check_off).adjusted(3, 3, -3, -3)
    assert set(_colours_in(image, off_centre)) == {tokens.surface}
    assert contrast(tokens.indicator, tokens.surface) >= 3.0
    # The chosen radio carries a dot; the other is empty.
    assert marks(gallery.radio_on, tokens.surface) >= 8
    assert marks(gallery.radio_off, tokens.surface) == 0
    # And the marks differ from each other, so "partly" is not "all".
    on_marks = _colours_in(image, _indicator_rect(gallery, gallery.check_on))
    partial_marks = _colours_in(image, _indicator_rect(gallery, gallery.check_partial))
    assert on_marks != partial_marks


def _item_indicator(image: QImage, g: Gallery, view: QAbstractItemView, row: int, tokens: Colours) -> tuple[float, int]:
    """A row's box in a list or tree: its strongest contrast with the row's fill, and its mark's pixels."""
    rect = view.visualRect(view.model().index(row, 0)).translated(view.viewport().mapTo(g.window, QPoint(0, 0)))
    band = QRect(
        rect.left(), rect.top(), 18 + view.indentation() if hasattr(view, "indentation") else 18, rect.height()
    )
    ratio = max(contrast(c, tokens.surface) for c in _colours_in(image, band))
    filled = [
        QPoint(x, y)
        for y in range(band.top(), band.bottom() + 1)
        for x in range(band.left(), band.right() + 1)
        if _hex(image, x, y) == tokens.indicator
    ]
    if not filled:
        return ratio, 0
    box = QRect(
        QPoint(min(p.x() for p in filled), min(p.y() for p in filled)),
        QPoint(max(p.x() for p in filled), max(p.y() for p in filled)),
    )
    return ratio, sum(1 for c in _colours_in(image, box) if contrast(c, tokens.indicator) >= 3.0)


@pytest.mark.parametrize("mode", THEMES)
def test_list_and_tree_check_boxes_reach_3_to_1_and_show_a_mark(
    gallery: Gallery, qapp: QApplication, mode: str
) -> None:
    tokens = THEMES[mode]
    image = _shown(qapp, gallery, mode)
    for view in (gallery.list_view, gallery.tree_view):
        checked_ratio, checked_mark = _item_indicator(image, gallery, view, 0, tokens)
        empty_ratio, empty_mark = _item_indicator(image, gallery, view, 1, tokens)
        assert checked_ratio >= 3.0 and empty_ratio >= 3.0, view
        assert checked_mark >= 6, f"{mode} {type(view).__name__}: no check mark drawn"
        assert empty_mark == 0


@pytest.mark.parametrize("mode", THEMES)
def test_list_box_edge_is_the_control_edge(gallery: Gallery, qapp: QApplication, mode: str) -> None:
    """The unchecked box in a row has an edge drawn in `control_border` (no text in the band left of it)."""
    tokens = THEMES[mode]
    image = _shown(qapp, gallery, mode)
    view = gallery.list_view
    rect = view.visualRect(view.model().index(1, 0)).translated(view.viewport().mapTo(gallery.window, QPoint(0, 0)))
    band = QRect(rect.left(), rect.top(), 18, rect.height())
    assert tokens.control_border in _colours_in(image, band)


@pytest.mark.parametrize("mode", THEMES)
def test_tabs_splitters_and_scroll_bars_reach_3_to_1(gallery: Gallery, qapp: QApplication, mode: str) -> None:
    tokens = THEMES[mode]
    image = _shown(qapp, gallery, mode)
    bar = gallery.tabs.tabBar()
    at = bar.mapTo(gallery.window, QPoint(0, 0))
    current, other = bar.tabRect(0).translated(at), bar.tabRect(1).translated(at)
    # The current tab carries a bar in the indicator colour; another tab has none.
    under_current = _hex(image, current.center().x(), current.bottom() - 2)
    under_other = _hex(image, other.center().x(), other.bottom() - 2)
    assert under_current == tokens.indicator
    assert contrast(under_current, tokens.background) >= 3.0
    assert contrast(under_other, tokens.background) < 1.5

    for splitter in (gallery.splitter, gallery.stacked):
        handle = splitter.handle(1)
        centre = handle.mapTo(gallery.window, handle.rect().center())
        grip = _hex(image, centre.x(), centre.y())
        assert grip == tokens.control_border, splitter.orientation()
        assert contrast(grip, tokens.background) >= 3.0

    scroll = gallery.long_list.verticalScrollBar()
    assert scroll.isVisible() and scroll.value() == 0
    top = scroll.mapTo(gallery.window, QPoint(scroll.width() // 2, 8))
    end = scroll.mapTo(gallery.window, QPoint(scroll.width() // 2, scroll.height() - 4))
    handle, track = _hex(image, top.x(), top.y()), _hex(image, end.x(), end.y())
    assert handle == tokens.control_border
    assert contrast(handle, track) >= 3.0, f"{mode}: scroll handle {handle} on {track}"


@pytest.mark.parametrize("mode", THEMES)
def test_a_checked_flat_tool_button_shows_its_state(gallery: Gallery, qapp: QApplication, mode: str) -> None:
    """The calendar's Month / Week / List: the chosen one is filled and edged, not only its text."""
    tokens = THEMES[mode]
    image = _shown(qapp, gallery, mode)
    button = gallery.view_button
    at = _origin(gallery, button)
    assert _hex(image, at.x() + 4, at.y() + 4) == tokens.selection
    ratio, _edge_colour, _outside = _edge(image, gallery, button)
    assert ratio >= 3.0
    button.setChecked(False)
    image = _shown(qapp, gallery, mode)
    assert _hex(image, at.x() + 4, at.y() + 4) == tokens.background


@pytest.mark.parametrize("mode", THEMES)
def test_drop_down_and_spin_arrows_are_drawn(gallery: Gallery, qapp: QApplication, mode: str) -> None:
    """The sheet replaces Fusion's sub-controls: the arrows it draws are there, in the text colour."""
    tokens = THEMES[mode]
    image = _shown(qapp, gallery, mode)
    for w, halves in (
        (gallery.combo, 1),
        (gallery.combo_editable, 1),
        (gallery.date_popup, 1),
        (gallery.spin, 2),
        (gallery.date_time, 2),
    ):
        at = _origin(gallery, w)
        fill = _hex(image, at.x() + 3, at.y() + w.height() // 2)
        for half in range(halves):
            top = at.y() + half * w.height() // halves
            area = QRect(at.x() + w.width() - 20, top + 2, 16, w.height() // halves - 4)
            drawn = [c for c in _colours_in(image, area) if contrast(c, fill) >= 3.0]
            assert len(drawn) >= 4, f"{mode}: no arrow drawn in {type(w).__name__} ({half})"
            assert tokens.text in drawn or len(drawn) >= 8


def _focus(qtbot: Any, w: QWidget) -> None:
    w.window().activateWindow()
    w.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(w.hasFocus)


@pytest.mark.parametrize("mode", THEMES)
def test_keyboard_focus_shows_a_ring_at_3_to_1_on_every_control(
    gallery: Gallery, qapp: QApplication, qtbot: Any, mode: str
) -> None:
    tokens: Colours = THEMES[mode]
    _shown(qapp, gallery, mode)
    for name, w in gallery.fields().items():
        _focus(qtbot, w)
        image = _shown(qapp, gallery, mode)
        ratio, edge, _outside = _edge(image, gallery, w)
        ring = tokens.text if w is gallery.default_button else tokens.focus_ring
        assert edge == ring, f"{mode} {name}: focused edge {edge}"
        assert ratio >= 3.0
        # The ring is 2 px wide, so it is seen as a change even where its colour is near the edge's.
        at = _origin(gallery, w)
        assert _hex(image, at.x() + 1, at.y() + w.height() // 2) == ring, name
    for box in (gallery.check_off, gallery.check_on, gallery.radio_off, gallery.radio_on):
        _focus(qtbot, box)
        image = _shown(qapp, gallery, mode)
        rect = _indicator_rect(gallery, box)
        y = rect.center().y()
        assert [_hex(image, rect.left() + dx, y) for dx in range(2)] == [tokens.focus_ring] * 2, box.text()
        # A 1 px gap between the ring and a checked box's fill keeps the ring apart from the fill.
        if box is gallery.check_on:
            assert _hex(image, rect.left() + 3, rect.top() + 6) == tokens.background
            assert _hex(image, rect.left() + 5, rect.top() + 6) == tokens.indicator
    bar = gallery.tabs.tabBar()
    _focus(qtbot, bar)
    image = _shown(qapp, gallery, mode)
    current = bar.tabRect(bar.currentIndex()).translated(bar.mapTo(gallery.window, QPoint(0, 0)))
    assert _hex(image, current.left(), current.center().y()) == tokens.focus_ring


def test_a_theme_switch_restyles_every_control(gallery: Gallery, qapp: QApplication) -> None:
    """No stale colours: light, then dark, then light again, each control's edge is that theme's."""
    for mode in ("light", "dark", "light", "dark"):
        tokens = THEMES[mode]
        image = _shown(qapp, gallery, mode)
        for name, w in gallery.fields().items():
            if w is gallery.default_button:
                continue
            _ratio, edge, _outside = _edge(image, gallery, w)
            assert edge == tokens.control_border, f"{mode} {name}"
        rect = _indicator_rect(gallery, gallery.check_on)
        assert _hex(image, rect.center().x() - 4, rect.top() + 3) == tokens.indicator


def test_the_sheet_keeps_fusions_sizes(gallery: Gallery, qapp: QApplication) -> None:
    """Fields keep Fusion's height (±3 px) and width; no button's text can be squeezed."""
    theme.apply_theme(qapp, "dark")
    styled = {name: w.sizeHint() for name, w in gallery.fields().items()}
    qapp.setStyleSheet("")
    fusion = {name: w.sizeHint() for name, w in gallery.fields().items()}
    theme.apply_theme(qapp, "dark")
    for name in ("line edit", "combo box", "editable combo box", "spin box", "date and time", "date with calendar"):
        assert abs(styled[name].height() - fusion[name].height()) <= 3, (name, styled[name], fusion[name])
    # Text sits where Fusion puts it: fields and combo boxes keep their width (a few px for the
    # editable combo's inner field); a spin box gains its drawn arrow column, no more.
    for name in ("line edit", "combo box", "date with calendar"):
        assert abs(styled[name].width() - fusion[name].width()) <= 4, (name, styled[name], fusion[name])
    assert abs(styled["editable combo box"].width() - fusion["editable combo box"].width()) <= 10
    for name in ("spin box", "date and time"):
        assert 0 <= styled[name].width() - fusion[name].width() <= 24, (name, styled[name], fusion[name])
    for name in ("button", "default button"):
        assert abs(styled[name].height() - fusion[name].height()) <= 3, name
    # A dialog's buttons keep Fusion's 80 px; every button's text fits at the least room a layout
    # gives it (a style sheet min-width would let a layout squeeze "Publish now" under its text).
    for button in gallery.dialog_buttons.buttons():
        assert button.sizeHint().width() >= 80
    for w in (gallery.button, gallery.default_button, gallery.disabled_button, *gallery.dialog_buttons.buttons()):
        least = QWidgetItem(w).minimumSize().width()
        assert least >= w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + 14, w.text()
    assert gallery.check_on.sizeHint().height() >= INDICATOR
    assert gallery.list_view.sizeHintForRow(0) >= gallery.list_view.fontMetrics().height()


def _save(g: Gallery, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"controls-{name}.png"
    assert g.window.grab().save(str(path))
    assert path.stat().st_size > 10_000


@pytest.mark.parametrize("mode", THEMES)
def test_gallery_screenshots(gallery: Gallery, qapp: QApplication, qtbot: Any, mode: str) -> None:
    _shown(qapp, gallery, mode)
    _focus(qtbot, gallery.line_edit)
    _shown(qapp, gallery, mode)
    _save(gallery, mode)


def test_gallery_screenshot_right_to_left(qtbot: Any, qapp: QApplication) -> None:
    """Right to left the arrows, indicators and grips follow the mirrored layout."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        g = build_gallery()
        qtbot.addWidget(g.window)
        g.window.resize(900, 840)
        g.window.show()
        qtbot.waitExposed(g.window)
        image = _shown(qapp, g, "dark")
        # The combo's arrow moves to its left end.
        at = _origin(g, g.combo)
        area = QRect(at.x() + 4, at.y() + 2, 16, g.combo.height() - 4)
        assert DARK.text in _colours_in(image, area)
        _save(g, "rtl")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        theme.apply_theme(qapp, "light")
