"""The control edges through the real window: Settings, composer, media library and inbox at
1440 × 900 in light and dark (screenshots/look-controls-<pane>-<mode>.png, looked at), and a theme
switch at run time restyles the panes' controls with no stale colour."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton, QWidget

from postdesk.ui import theme
from postdesk.ui.look.tokens import DARK, LIGHT, contrast
from tests.ui.look.test_look_panes import SHOTS, make  # noqa: F401  (the fixture)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")
PANES = ("settings", "composer", "media", "inbox")


def _settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()


def _controls(pane: QWidget) -> list[QWidget]:
    """The pane's visible text fields, combo and spin boxes and buttons, not focused, not default."""
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)
    found = [
        w
        for kind in kinds
        for w in pane.findChildren(kind)
        if w.isVisible()
        and w.visibleRegion().boundingRect() == w.rect()  # not scrolled out of sight
        and w.isEnabled()
        and not w.hasFocus()
        and w.width() > 24
        and not (isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)))
        and not (isinstance(w, QPushButton) and (w.isDefault() or w.isFlat() or w.styleSheet()))
        and not w.styleSheet()
    ]
    return found


def _left_edge(image: Any, window: QWidget, w: QWidget) -> tuple[str, str]:
    at = w.mapTo(window, QPoint(0, 0))
    y = at.y() + w.height() // 2
    return image.pixelColor(at.x(), y).name(), image.pixelColor(at.x() - 2, y).name()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_pane_screenshots_and_control_edges(make: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    tokens = DARK if mode == "dark" else LIGHT
    b = make()
    theme.apply_theme(qapp, mode)  # after the build: the window applies the stored preference
    b.window.resize(1440, 900)
    b.window.show()
    qtbot.waitExposed(b.window)
    SHOTS.mkdir(exist_ok=True)
    measured = 0
    for key in PANES:
        b.window.show_pane(key)
        pane = b.window.pane(key)
        qtbot.waitUntil(lambda key=key, pane=pane: b.window.current_pane() == key and pane.isVisible(), timeout=10_000)
        _settle(qapp)
        image = b.window.grab().toImage()
        path = SHOTS / f"look-controls-{key}-{mode}.png"
        assert image.save(str(path))
        for w in _controls(pane):
            edge, outside = _left_edge(image, b.window, w)
            # Where the control sits on a plain background, its edge stands out from it at 3:1.
            if outside in {tokens.background, tokens.surface, tokens.raised, tokens.alternate}:
                assert contrast(edge, outside) >= 3.0, f"{mode} {key}: {type(w).__name__} {w.objectName()!r}"
                measured += 1
    assert measured >= 8
    assert theme.is_dark(qapp.palette()) == (mode == "dark")


def test_a_run_time_theme_switch_leaves_no_stale_control_colour(make: Any, qtbot: Any, qapp: QApplication) -> None:
    b = make()
    b.window.resize(1440, 900)
    b.window.show()
    qtbot.waitExposed(b.window)
    b.window.show_pane("settings")
    pane = b.window.pane("settings")
    qtbot.waitUntil(pane.isVisible)
    _settle(qapp)
    boxes = [w for w in pane.findChildren(QComboBox) if w.isVisible() and not w.hasFocus()]
    # On screen, not only shown: a box scrolled below the fold draws nothing to grab.
    checks = [
        w for w in pane.findChildren(QCheckBox) if w.isVisible() and w.isEnabled() and not w.visibleRegion().isEmpty()
    ]
    assert checks
    assert boxes
    for mode in ("light", "dark", "light"):
        tokens = DARK if mode == "dark" else LIGHT
        theme.apply_theme(qapp, mode)
        _settle(qapp)
        image = b.window.grab().toImage()
        for w in boxes:
            edge, _outside = _left_edge(image, b.window, w)
            assert edge == tokens.control_border, (mode, w.objectName())
        for w in checks:
            at = w.mapTo(b.window, QPoint(0, 0))
            colours = {image.pixelColor(at.x() + dx, at.y() + w.height() // 2).name() for dx in range(2)}
            assert colours & {tokens.control_border, tokens.indicator, tokens.focus_ring}, (mode, w.text())


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_pane_screenshots_pseudo_localised(make: Any, qtbot: Any, qapp: QApplication, pseudo: str) -> None:
    """Long words and right to left: the drawn arrows, marks and grips follow; edges still stand out."""
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        theme.apply_theme(qapp, "light")
        b.window.resize(1440, 900)
        b.window.show()
        qtbot.waitExposed(b.window)
        measured = 0
        for key in PANES:
            b.window.show_pane(key)
            pane = b.window.pane(key)
            qtbot.waitUntil(lambda key=key, pane=pane: b.window.current_pane() == key and pane.isVisible())
            _settle(qapp)
            image = b.window.grab().toImage()
            assert image.save(str(SHOTS / f"look-controls-{key}-pseudo-{pseudo}.png"))
            for w in _controls(pane):
                at = w.mapTo(b.window, QPoint(0, 0))
                y = at.y() + w.height() // 2
                right = at.x() + w.width() - 1
                edge, outside = image.pixelColor(right, y).name(), image.pixelColor(right + 2, y).name()
                if outside in {LIGHT.background, LIGHT.surface, LIGHT.raised, LIGHT.alternate}:
                    assert contrast(edge, outside) >= 3.0, f"{pseudo} {key}: {type(w).__name__}"
                    measured += 1
        assert measured >= 8
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
