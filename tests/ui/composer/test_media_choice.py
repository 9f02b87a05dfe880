"""Per-network crop: "Crop for Mastodon…" in the composer opens the library's crop editor; the crop takes
the original's place for Mastodon only, is saved with the draft, and is what the fake network receives."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.media.storage import store_bytes
from postdesk.paths import Paths
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import MediaAssetRow
from tests.ui.composer.test_composer_tools_engine import post_of, publish_due
from tests.ui.test_engine_reach import make, open_in_composer  # noqa: F401 (fixture)
from tests.unit.engine.conftest import T0, Harness, harness  # noqa: F401 (fixture)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


def png_asset(h: Harness, paths: Paths, size: tuple[int, int], colour: str, name: str) -> tuple[int, str]:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    content = buffer.getvalue()
    sha = hashlib.sha256(content).hexdigest()
    store_bytes(paths.media, sha, content)
    with h.db.session() as session:
        row = MediaAssetRow(
            sha256=sha,
            original_name=name,
            mime="image/png",
            kind="image",
            size_bytes=len(content),
            width=size[0],
            height=size[1],
            imported_at=T0,
            alt_text=f"{colour} picture",
        )
        session.add(row)
        session.flush()
        return int(row.id), sha


def test_a_crop_for_one_network_replaces_the_original_there_only(
    make,
    harness: Harness,
    paths: Paths,
    qtbot,
) -> None:
    wide, sha_wide = png_asset(harness, paths, (400, 200), "red", "wide.png")
    tid = harness.post(T0, "a wide picture", media=(wide,))
    post_id = post_of(harness, tid)
    b = make()
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    choice = composer.panel(Network.MASTODON).media_choice
    assert choice.isVisibleTo(composer) and choice.crop_button.isVisibleTo(composer)
    assert not choice.crop_button.isEnabled()  # nothing chosen yet
    choice.list.setCurrentRow(0)
    assert choice.crop_button.isEnabled()
    assert choice.crop_button.accessibleName() == "Crop the chosen image for Mastodon only"
    choice.crop_button.click()
    crops = composer.tools.crops
    qtbot.waitUntil(lambda: crops.crop_dialog is not None and crops.crop_dialog.isVisible(), timeout=10_000)
    dialog = crops.crop_dialog
    assert dialog.preset_key() == "free"  # no ratio of its own for Mastodon (Pinterest would start at 2:3)
    dialog.select_preset("square")
    dialog.accept()
    qtbot.waitUntil(lambda: choice.override() is not None and choice.override() != (wide,), timeout=10_000)
    (cropped,) = choice.override()
    assert cropped != wide
    composer.refresh_now()
    problems = composer.panel(Network.MASTODON).status().problems
    assert ProblemCode.MEDIA_UNKNOWN not in {p.code for p in problems}  # the crop is known to the checks
    composer.flush_draft()
    stored = PostRepository(harness.db)
    qtbot.waitUntil(lambda: stored.get(post_id).targets[0].media_override == (cropped,), timeout=10_000)
    assert stored.get(post_id).media == (wide,)  # the post (every other network) keeps the original
    with harness.db.read_session() as session:
        row = session.get(MediaAssetRow, cropped)
        assert (row.width, row.height) == (200, 200) and row.alt_text == "red picture"
        sha_crop = row.sha256
    b.close()
    publish_due(harness, paths)
    assert harness.state(tid) is TargetState.PUBLISHED
    assert [r.media for r in harness.net.received] == [((sha_crop, "red picture"),)]
    assert sha_crop != sha_wide


def test_ticking_keeps_the_networks_own_order_and_all_ticked_means_same_as_the_post(qtbot) -> None:
    from postdesk.core.media_info import MediaInfo, MediaKind
    from postdesk.ui.composer.media_choice import MediaChoice

    choice = MediaChoice("Mastodon")
    qtbot.addWidget(choice)
    infos = {i: MediaInfo(i, MediaKind.IMAGE, "image/png", 10, 10, 1, None, "") for i in (1, 2, 9)}
    choice.load((9, 2))  # 9 is a crop of 1 made for Mastodon
    choice.set_attachments((1, 2), infos)
    assert choice.rows() == [(1, False), (2, True), (9, True)]
    assert [choice.list.item(r).text() for r in range(3)] == ["Image 1", "Image 2", "Cropped image"]
    with qtbot.waitSignal(choice.changed):
        choice.set_included(2, False)
    assert choice.override() == (9,)
    choice.set_included(2, True)
    assert choice.override() == (9, 2)  # the crop stays first, where its original was
    choice.set_included(9, False)
    choice.set_included(1, True)
    assert choice.override() is None  # every attachment, in the post's order: same as the post
    choice.set_attachments((2,), infos)  # image 1 removed from the post
    assert choice.rows() == [(2, True)]
