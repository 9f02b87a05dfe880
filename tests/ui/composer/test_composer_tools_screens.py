"""Screenshots of the writing tools through the real window, in light, dark, long and right-to-left
pseudo-translation: the composer (tags row, Insert and More, a network's media choice), the snippet and
template managers, and Settings' "Always require alt text" and Writing group (screenshots/tools-*.png)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.media.storage import store_bytes
from postdesk.paths import Paths
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.repositories.composer_tools import HASHTAGS, SNIPPET, ComposerToolsRepository, Snippet
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import MediaAssetRow
from postdesk.ui import theme
from tests.ui.test_engine_reach import NOW, make, open_in_composer  # noqa: F401 (fixture)

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "systemTrayWindowChanged", "does not support raise", "grabbing the keyboard"
)


def _asset(b: Any, colour: str, name: str) -> int:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), colour).save(buffer, "PNG")
    content = buffer.getvalue()
    sha = hashlib.sha256(content).hexdigest()
    store_bytes(Paths(b.database.path.parent).media, sha, content)
    with b.database.session() as session:
        row = MediaAssetRow(
            sha256=sha,
            original_name=name,
            mime="image/png",
            kind="image",
            size_bytes=len(content),
            width=600,
            height=400,
            imported_at=NOW,
            alt_text=f"A {colour} square",
        )
        session.add(row)
        session.flush()
        return int(row.id)


def _seed(b: Any) -> int:
    account = AccountRepository(b.database).add(Network.MASTODON, "@rosa@example.social", now=NOW, instance_url=None)
    bluesky = AccountRepository(b.database).add(Network.BLUESKY, "rosa.example", now=NOW, instance_url=None)
    first, second = _asset(b, "orange", "harbour.png"), _asset(b, "teal", "boats.png")
    post = PostRepository(b.database).save(
        Post(
            parts=("Spring menu is out: wild garlic, asparagus and the first strawberries. ",),
            media=(first, second),
            targets=(
                Target(Network.BLUESKY, bluesky.id),
                Target(Network.MASTODON, account.id, media_override=(second,)),
            ),
        ),
        now=NOW,
    )
    CalendarRepository(b.database).set_tags(post.id, ["menu", "spring"])
    repo = ComposerToolsRepository(b.database)
    repo.save_snippet(Snippet(None, SNIPPET, "Opening hours", "Open Tue–Sun, 12:00–22:00. Book at rosa.example"), NOW)
    repo.save_snippet(Snippet(None, HASHTAGS, "Food", "#food #seasonal #restaurant"), NOW)
    repo.save_template(
        "Weekly specials", Post(parts=("This week:",), targets=(Target(Network.MASTODON, account.id),)), ["menu"], NOW
    )
    return post.id


def _shoot(b: Any, qtbot: Any, qapp: QApplication, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    post_id = _seed(b)
    b.window.resize(1440, 900)
    b.window.show()
    composer = open_in_composer(b, qtbot, post_id)
    b.window.show_pane("composer")
    tools = composer.tools
    qtbot.waitUntil(lambda: tools.tags.tags() == ["menu", "spring"], timeout=10_000)
    index = composer.tabs.indexOf(composer.panel(Network.MASTODON).parentWidget().parentWidget())
    composer.tabs.setCurrentIndex(index)
    composer.refresh_now()
    composer.render_visible_now()
    qtbot.waitUntil(lambda: composer.panel(Network.MASTODON).media_choice.isVisible(), timeout=10_000)
    qapp.processEvents()
    assert b.window.grab().save(str(SHOTS / f"tools-composer-{name}.png"))
    snippets = tools.open_snippets_dialog()
    qtbot.waitUntil(lambda: len(snippets.items()) == 2, timeout=10_000)
    snippets.list.setCurrentRow(1)
    qtbot.waitExposed(snippets)
    assert snippets.grab().save(str(SHOTS / f"tools-snippets-{name}.png"))
    snippets.close()
    templates = tools.open_templates()
    qtbot.waitUntil(lambda: len(templates.items()) == 1, timeout=10_000)
    qtbot.waitExposed(templates)
    assert templates.grab().save(str(SHOTS / f"tools-templates-{name}.png"))
    templates.close()
    tools._fill_insert_menu()
    tools.insert_menu.popup(tools.insert_button.mapToGlobal(tools.insert_button.rect().bottomLeft()))
    qtbot.waitUntil(tools.insert_menu.isVisible, timeout=10_000)
    assert tools.insert_menu.grab().save(str(SHOTS / f"tools-insert-menu-{name}.png"))
    tools.insert_menu.close()
    b.window.show_pane("settings")
    settings = b.panes.settings
    settings.alt_text_check.setChecked(True)
    qapp.processEvents()
    assert b.window.grab().save(str(SHOTS / f"tools-settings-{name}.png"))
    scroll = settings.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(b.panes.composer.tools.settings_buttons[0])
        qapp.processEvents()
    assert b.panes.composer.tools.settings_buttons[0].isVisible()
    assert b.window.grab().save(str(SHOTS / f"tools-settings-writing-{name}.png"))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_tools_screenshots(make: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    b = make()
    theme.apply_theme(qapp, mode)
    _shoot(b, qtbot, qapp, mode)


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_tools_screenshots_pseudo_localised(make: Any, qtbot: Any, qapp: QApplication, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        _shoot(b, qtbot, qapp, f"pseudo-{pseudo}")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
