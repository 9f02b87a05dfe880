"""Screenshots of the composer with five targets, an image and an override, light and dark."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication

from postdesk.core.networks import Network
from postdesk.ui import theme
from postdesk.ui.composer.view import ComposerPane
from tests.ui.composer.test_composer_fakes import FakeServices

NOW = datetime(2026, 5, 12, 7, 30, tzinfo=UTC)
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"

TEXT = (
    "Our spring collection is live 🌷 Twelve new prints, all shot on film at the harbour "
    "at dawn. Thanks @mira.bsky.social for the help with the light!\n\n"
    "Full gallery: https://studio-lumen.com/spring-2026 #filmphotography #analog"
)


def _photo() -> QImage:
    img = QImage(1200, 800, QImage.Format.Format_RGB32)
    painter = QPainter(img)
    gradient = QLinearGradient(0, 0, 0, 800)
    gradient.setColorAt(0.0, QColor("#f6b26b"))
    gradient.setColorAt(0.55, QColor("#e06666"))
    gradient.setColorAt(0.56, QColor("#3d5a80"))
    gradient.setColorAt(1.0, QColor("#293241"))
    painter.fillRect(img.rect(), gradient)
    painter.setBrush(QColor("#ffe599"))
    painter.drawEllipse(520, 300, 160, 160)
    painter.end()
    return img


def _settle() -> None:
    # Let pending layout requests run (a newly shown tab lays out on the next event turns).
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("mode", ["light", "dark"])
def test_composer_screenshot(qtbot, mode, tmp_path):
    app = QApplication.instance()
    old_palette = app.palette()
    theme.apply_theme(app, mode)
    try:
        services = FakeServices()
        pane = ComposerPane(services, lambda: NOW, "Europe/Paris")
        qtbot.addWidget(pane)
        pane.resize(1360, 900)
        qtbot.waitUntil(lambda: pane.is_loaded)
        for network in (Network.BLUESKY, Network.MASTODON, Network.X, Network.LINKEDIN, Network.TELEGRAM):
            pane.chips[network].setChecked(True)
        pane.base_editor.editor(0).setPlainText(TEXT)
        pane.import_files([str(tmp_path / "harbour.jpg")])
        qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 1)
        item = pane.media_strip.model.items()[0]
        pane.media_strip.model.set_items([type(item)(info=item.info, image=_photo(), name="harbour.jpg")])
        pane.media_strip.view.setCurrentIndex(pane.media_strip.model.index(0, 0))
        pane.media_strip.alt_edit.setText("The harbour at dawn: orange sky over dark blue water")
        pane.media_strip.alt_edit.textEdited.emit(pane.media_strip.alt_edit.text())
        linkedin = pane.panel(Network.LINKEDIN)
        linkedin.override_check.setChecked(True)
        linkedin.override_editor.editor(0).setPlainText(
            "I'm proud to share our spring collection: twelve prints shot on film at dawn.\n\n"
            "What I learned: patience beats gear. #photography #smallbusiness"
        )
        pane.tabs.setCurrentIndex(0)
        pane.show()
        qtbot.waitExposed(pane)
        pane.render_all_now()
        qtbot.waitUntil(lambda: pane.save_state().value == "saved", timeout=3000)
        _settle()
        SHOTS.mkdir(exist_ok=True)
        assert pane.grab().save(str(SHOTS / f"composer-{mode}.png"))
        # Second view: the LinkedIn tab with its override.
        pane.tabs.setCurrentIndex(3)
        pane.render_visible_now()
        _settle()
        assert pane.grab().save(str(SHOTS / f"composer-{mode}-linkedin.png"))
        pane.tabs.setCurrentIndex(4)
        pane.render_visible_now()
        _settle()
        assert pane.grab().save(str(SHOTS / f"composer-{mode}-telegram.png"))
        # A thread on X: three parts chained under one avatar line.
        pane.base_editor.set_parts(
            [
                "Behind the scenes of the spring collection, a thread 🧵 1/3",
                "We shot everything on expired Portra 400 at 5:40 in the morning. 2/3",
                "Prints ship next week. Questions? Reply here! #filmphotography 3/3",
            ]
        )
        pane.base_editor.changed.emit()
        pane.tabs.setCurrentIndex(2)
        pane.render_visible_now()
        _settle()
        assert pane.panel(Network.X).preview.part_count() == 3
        assert pane.grab().save(str(SHOTS / f"composer-{mode}-x-thread.png"))
    finally:
        app.setPalette(old_palette)
