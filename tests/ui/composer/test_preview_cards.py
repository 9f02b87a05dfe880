"""Previews like the real post, through the real composer: the Phone/Desktop width toggle (one
setting, the same in every tab), the first comment under the card, Threads' row of photos with
dots, Instagram's carousel dots, and Instagram and Facebook in the app's theme (no white card on a
dark window, no dark card on a light one). Screenshots of every network's card, light, dark, long
and right-to-left, and of the whole composer at 1440×900 and 1024×700, under screenshots/.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication

from postdesk.core.entities import Target
from postdesk.core.media_info import MediaKind
from postdesk.core.networks import Network
from postdesk.ui import theme
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.previews.frame import CARD_WIDTHS
from postdesk.ui.composer.previews.video_still import length_words
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.composer.target_preview import make_frame, show_target
from postdesk.ui.composer.view import ComposerPane
from postdesk.ui.i18n import PseudoTranslator
from postdesk.ui.widgets.avatar_cache import AvatarCache
from tests.ui.composer.test_composer_fakes import FakeServices
from tests.ui.composer.test_preview_theme_switch import contrast
from tests.ui.inbox.test_inbox_conversations import pictures  # noqa: F401 (fixture: pictures on 127.0.0.1)

NOW = datetime(2026, 5, 12, 7, 30, tzinfo=UTC)
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
TEXT = (
    "Our spring collection is live 🌷 Twelve new prints, shot on film at dawn. "
    "Thanks @mira for the light!\n\nGallery: https://studio-lumen.com/spring-2026 #film #analog"
)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def photo(top: str = "#f6b26b", bottom: str = "#3d5a80", width: int = 1200, height: int = 800) -> QImage:
    img = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(img)
    gradient = QLinearGradient(0, 0, 0, height)
    gradient.setColorAt(0.0, QColor(top))
    gradient.setColorAt(0.55, QColor("#e06666"))
    gradient.setColorAt(0.56, QColor(bottom))
    gradient.setColorAt(1.0, QColor("#293241"))
    painter.fillRect(img.rect(), gradient)
    painter.end()
    return img


PHOTOS = (photo(), photo("#93c47d", "#38761d", 1080, 1350), photo("#8e7cc3", "#20124d", 1080, 1080))


@pytest.fixture
def themed(qapp):
    old = qapp.palette()
    theme.apply_theme(qapp, "light")
    yield qapp
    qapp.setPalette(old)
    theme.apply_theme(qapp, "light")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def composer(qtbot, networks, *, photos: int = 1, text: str = TEXT, size=(1440, 900)) -> ComposerPane:
    """The real composer with `networks` chosen, `text` and `photos` pictures attached."""
    pane = ComposerPane(FakeServices(), lambda: NOW, "Europe/Paris")
    qtbot.addWidget(pane)
    pane.resize(*size)
    qtbot.waitUntil(lambda: pane.is_loaded)
    for network in networks:
        pane.chips[network].setChecked(True)
    pane.base_editor.editor(0).setPlainText(text)
    if photos:
        pane.import_files([f"photo{i}.jpg" for i in range(photos)])
        qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == photos)
        items = pane.media_strip.model.items()
        pane.media_strip.model.set_items(
            tuple(type(m)(info=m.info, image=PHOTOS[i % 3], name=m.name) for i, m in enumerate(items))
        )
    pane.show()
    qtbot.waitExposed(pane)
    pane.render_all_now()
    settle()
    return pane


def show_tab(pane: ComposerPane, network: Network) -> None:
    pane.tabs.setCurrentIndex(pane.targets.selected_networks().index(network))
    pane.render_visible_now()
    settle()


# -- Phone / Desktop --------------------------------------------------------------------------------


def test_the_width_toggle_widens_every_tab_and_is_told_once(qtbot, themed):
    pane = composer(qtbot, [Network.LINKEDIN, Network.MASTODON])
    bluesky = pane.panel(Network.LINKEDIN)
    assert bluesky.preview.width() == CARD_WIDTHS["phone"]
    assert bluesky.preview_frame.buttons["phone"].isChecked()
    chosen = []
    pane.preview_part.preview_width_chosen.connect(chosen.append)
    # Keyboard path: the button takes focus and Space presses it.
    button = bluesky.preview_frame.buttons["desktop"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle()
    assert chosen == ["desktop"]
    assert bluesky.preview.width() == CARD_WIDTHS["desktop"]
    show_tab(pane, Network.MASTODON)
    mastodon = pane.panel(Network.MASTODON)
    assert mastodon.preview_frame.buttons["desktop"].isChecked()
    assert mastodon.preview.width() == CARD_WIDTHS["desktop"]
    assert button.accessibleName()


def test_the_stored_width_is_shown_in_tabs_opened_later(qtbot, themed):
    pane = composer(qtbot, [Network.X], photos=0)
    pane.preview_part.set_preview_width("desktop")  # what app.py does with Preferences.preview_width
    pane.chips[Network.INSTAGRAM].setChecked(True)
    pane.render_all_now()
    settle()
    instagram = pane.panel(Network.INSTAGRAM)
    assert instagram.preview_frame.width_mode() == "desktop"
    assert instagram.preview.width() == CARD_WIDTHS["desktop"] + 2  # Instagram's frame is as wide


# -- the account's face ---------------------------------------------------------------------------------


def test_the_card_and_the_first_comment_show_the_accounts_picture(qtbot, themed, tmp_path, pictures):
    _host, url = pictures
    pane = composer(qtbot, [Network.MASTODON], photos=0)
    studio = AccountChoice(7, "mastodon", "@studio", "Studio Lumen", "studio", avatar_url=f"{url}/ana.png")
    pane.services.accounts = (studio,)
    pane.reload_accounts()
    panel = pane.panel(Network.MASTODON)
    qtbot.waitUntil(lambda: panel.account_model.row_of(7) > 0)
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(7))
    cache = AvatarCache(tmp_path / "avatars")
    try:
        pane.preview_part.set_avatar_cache(cache)  # what app.py does with the inbox's cache
        panel.opts.first_comment.edit.setPlainText("More on the blog")
        pane.render_all_now()
        avatar = panel.preview._parts[0].avatar
        qtbot.waitUntil(lambda: avatar.pixmap() is not None, timeout=10_000)
        assert avatar.accessibleName() == "Studio Lumen"
        comment = panel.preview_frame.first_comment
        assert comment.text() == "More on the blog" and comment.avatar.pixmap() is not None
    finally:
        cache.shutdown()


# -- first comment ----------------------------------------------------------------------------------


def test_the_first_comment_shows_under_the_card_and_an_odd_value_shows_nothing(qtbot, themed):
    frame = make_frame(Network.INSTAGRAM, None)
    qtbot.addWidget(frame)
    target = Target(Network.INSTAGRAM, 1, options={"first_comment": "More on the blog #film @mira"})
    show_target(frame, target, ("Spring is here",), [PHOTOS[0]], ("Studio Lumen", "studiolumen"))
    frame.show()
    assert frame.first_comment.isVisibleTo(frame)
    assert frame.first_comment.text_plain() == "More on the blog #film @mira"
    assert "Studio Lumen" in frame.first_comment.header.text()
    for odd in (None, 42, "   ", ["a"]):
        show_target(frame, Target(Network.INSTAGRAM, 1, options={"first_comment": odd}), ("x",), [], ("A", "a"))
        assert not frame.first_comment.isVisibleTo(frame), odd


# -- Threads with media, Instagram carousel -----------------------------------------------------------


def test_threads_shows_several_photos_as_a_row_with_dots(qtbot, themed):
    pane = composer(qtbot, [Network.THREADS], photos=3)
    card = pane.panel(Network.THREADS).preview
    view = card._parts[0]
    assert view.carousel.isVisibleTo(card) and not view.grid.isVisibleTo(card)
    assert card.media_count() == 3
    tiles = view.carousel.tiles()
    # Each tile keeps its photo's shape (3:2, 4:5, 1:1) at the row's height; the next one peeks in.
    assert [round(t.width() / t.height(), 2) for t in tiles] == [1.5, 0.8, 1.0]
    assert tiles[0].right() < view.carousel.width() < tiles[-1].right()


def test_threads_shows_a_video_with_its_play_mark_and_length(qtbot, themed):
    pane = composer(qtbot, [Network.THREADS], photos=2)
    items = pane.media_strip.model.items()
    video = replace(items[0].info, kind=MediaKind.VIDEO, mime="video/mp4", duration_s=42.0)
    pane.media_strip.model.set_items((type(items[0])(info=video, image=items[0].image, name="clip.mp4"), items[1]))
    pane.base_editor.changed.emit()
    pane.render_all_now()
    settle()
    carousel = pane.panel(Network.THREADS).preview._parts[0].carousel
    assert carousel.image_count() == 2 and carousel.video_count() == 1
    assert length_words(42.0) == "0:42" and length_words(725) == "12:05"
    # The play mark is painted over the video's tile: the same tile drawn as a plain picture differs there.
    marked = carousel.grab().toImage()
    clip = carousel.tiles()[0]
    carousel.set_images([QImage(items[0].image), QImage(items[1].image)])
    plain = carousel.grab().toImage()
    assert marked.pixelColor(clip.center()) != plain.pixelColor(clip.center())
    photo = carousel.tiles()[1].topLeft() + QPoint(4, 30)  # the photo's visible edge: no mark there
    assert marked.pixelColor(photo) == plain.pixelColor(photo)


def test_threads_with_one_photo_shows_it_whole_width(qtbot, themed):
    pane = composer(qtbot, [Network.THREADS], photos=1)
    card = pane.panel(Network.THREADS).preview
    assert card._parts[0].grid.isVisibleTo(card) and card.media_count() == 1


def test_instagram_carousel_has_one_dot_per_photo(qtbot, themed):
    pane = composer(qtbot, [Network.INSTAGRAM], photos=3)
    card = pane.panel(Network.INSTAGRAM).preview
    assert card.media_count() == 3 and card.dot_count() == 3


# -- theme ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("network", [Network.INSTAGRAM, Network.FACEBOOK])
def test_instagram_and_facebook_follow_the_theme(qtbot, themed, network):
    pane = composer(qtbot, [network], photos=0, text="Hello #harbour")
    card = pane.panel(network).preview
    for mode in ("dark", "light", "dark"):
        theme.apply_theme(themed, mode)
        settle()
        image = card.grab().toImage()
        background = image.pixelColor(QPoint(card.width() - 6, card.height() - 4))
        assert (background.lightness() < 128) == (mode == "dark"), (mode, background.name())
        label = card.caption if network is Network.INSTAGRAM else card.text
        text = label.palette().color(label.foregroundRole())
        assert contrast(text, background) >= 4.5, (mode, text.name(), background.name())


# -- screenshots -----------------------------------------------------------------------------------------

EVERY = (
    Network.BLUESKY,
    Network.MASTODON,
    Network.X,
    Network.THREADS,
    Network.LINKEDIN,
    Network.TELEGRAM,
    Network.INSTAGRAM,
    Network.FACEBOOK,
    Network.YOUTUBE,
    Network.TIKTOK,
    Network.PINTEREST,
    Network.REDDIT,
    Network.GOOGLE_BUSINESS,
)


def _fill_options(pane: ComposerPane) -> None:
    for network in (Network.YOUTUBE, Network.PINTEREST, Network.REDDIT):
        pane.panel(network).title_edit.setText("Spring collection: twelve prints shot on film")
    pane.panel(Network.REDDIT).subreddit_edit.setText("analog")
    for network in EVERY:
        field = pane.panel(network).opts.first_comment
        if field is not None:  # where the network takes a first comment, show one under the card
            field.edit.setPlainText("Prints ship next week; more on the blog #film @mira")


@pytest.mark.parametrize("mode", ["light", "dark", "long", "rtl"])
def test_screenshots_of_every_network_card(qtbot, themed, mode):
    translator = None
    if mode in ("long", "rtl"):
        translator = PseudoTranslator()
        themed.installTranslator(translator)
    if mode == "rtl":
        themed.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    theme.apply_theme(themed, "dark" if mode == "dark" else "light")
    try:
        pane = composer(qtbot, EVERY, photos=3)
        _fill_options(pane)
        SHOTS.mkdir(exist_ok=True)
        for network in EVERY:
            show_tab(pane, network)
            frame = pane.panel(network).preview_frame
            assert frame.card.isVisible()
            assert frame.grab().save(str(SHOTS / f"preview-{network.value}-{mode}.png"))
        for size in ((1440, 900), (1024, 700)):
            pane.resize(*size)
            show_tab(pane, Network.THREADS)
            assert pane.grab().save(str(SHOTS / f"preview-composer-{size[0]}x{size[1]}-{mode}.png"))
    finally:
        if translator is not None:
            themed.removeTranslator(translator)
        themed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("network", [Network.X, Network.THREADS, Network.YOUTUBE])
def test_links_are_drawn_blue_as_the_network_does_and_readable(qtbot, themed, network):
    pane = composer(qtbot, [network], photos=0, text="Thanks @mira https://studio-lumen.com #film")
    card = pane.panel(network).preview
    for mode in ("light", "dark"):
        theme.apply_theme(themed, mode)
        settle()
        link = QColor(style_for(network).link(mode == "dark"))
        assert f"color:{link.name()}" in card.part_text_html(0)
        assert link.blue() > link.red() + 80  # blue, as the networks draw links (their marks are black/white)
        background = card.grab().toImage().pixelColor(QPoint(card.width() - 6, card.height() - 6))
        assert contrast(link, background) >= 4.5, (mode, link.name(), background.name())


def test_a_handle_stored_with_its_prefix_is_shown_with_it_once(qtbot, themed):
    # Mastodon accounts store "@lumen@photog.social"; the card added its own "@" on top ("@@lumen...").
    from postdesk.core.richtext import entities
    from postdesk.ui.composer.preview import PreviewCard
    from postdesk.ui.composer.preview_text import PreviewData

    card = PreviewCard(entities)
    qtbot.addWidget(card)
    for handle in ("@lumen@photog.social", "lumen@photog.social"):
        card.show_post(PreviewData(Network.MASTODON, "Lumen", handle, ("Hello",)))
        header = card._parts[0].header.text()
        assert "@lumen@photog.social" in header and "@@" not in header
