"""A window as tall as its wrapped text needs at its width.

Qt sizes a top-level window from its layout's size hint, which does not ask word-wrapped labels how
tall they are at the window's width (heightForWidth is not used for top-levels), so a longer language
squeezes wrapped paragraphs into too little height and cuts them off. Call this when the window is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height_to_width(window: QWidget) -> None:
    """Make `window` at least as tall as its layout needs at its current width (never shorter)."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needs = layout.totalHeightForWidth(window.width())
    if needs > 0:
        window.setMinimumHeight(needs)
        if needs > window.height():
            window.resize(window.width(), needs)
