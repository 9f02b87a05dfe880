"""The composer's per-network media choice and "Always require alt text", from the real window to what
the engine sends to a fake network (`tests.fakes.recording_network`)."""

from __future__ import annotations

import hashlib

import pytest
from sqlmodel import select

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.engine.events import NeedsAttention
from postdesk.media.storage import store_bytes
from postdesk.paths import Paths
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.store.tables import MediaAssetRow, TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow
from tests.ui.test_engine_reach import make, open_in_composer  # noqa: F401 (fixture)
from tests.unit.engine.conftest import T0, Harness, harness, run  # noqa: F401 (fixture)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


def asset(h: Harness, paths: Paths, content: bytes, alt: str, name: str) -> tuple[int, str]:
    sha = hashlib.sha256(content).hexdigest()
    store_bytes(paths.media, sha, content)
    with h.db.session() as session:
        row = MediaAssetRow(
            sha256=sha,
            original_name=name,
            mime="image/png",
            size_bytes=len(content),
            width=800,
            height=600,
            imported_at=T0,
            alt_text=alt,
        )
        session.add(row)
        session.flush()
        return int(row.id), sha


def post_of(h: Harness, target_id: int) -> int:
    with h.db.read_session() as session:
        return int(session.exec(select(TargetRow.post_id).where(TargetRow.id == target_id)).one())


def publish_due(h: Harness, paths: Paths) -> None:
    async def body() -> None:
        engine = h.engine(paths=paths)
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)


def test_the_attachments_ticked_for_a_network_are_exactly_what_it_is_sent(
    make,
    harness: Harness,
    paths: Paths,
    qtbot,
) -> None:
    kite, _ = asset(harness, paths, b"kite bytes", "A red kite", "kite.png")
    sea, sha_sea = asset(harness, paths, b"sea bytes", "The sea", "sea.png")
    tid = harness.post(T0, "two pictures", media=(kite, sea))
    post_id = post_of(harness, tid)
    b = make()
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    choice = composer.panel(Network.MASTODON).media_choice
    assert choice.isVisibleTo(composer) and choice.list.count() == 2
    assert choice.list.accessibleName() == "Attachments sent to Mastodon"
    choice.set_included(kite, False)  # the user unticks the kite for Mastodon
    composer.flush_draft()
    stored = PostRepository(harness.db)
    qtbot.waitUntil(lambda: stored.get(post_id).targets[0].media_override == (sea,), timeout=10_000)
    assert stored.get(post_id).media == (kite, sea)  # the post keeps both; only Mastodon leaves one out
    # Reopened, the choice shows as saved.
    composer.new_post()
    qtbot.waitUntil(lambda: composer.state.post_id is None, timeout=10_000)
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        composer.open_post(post_id)
    assert choice.override() == (sea,)
    b.close()
    publish_due(harness, paths)
    assert harness.state(tid) is TargetState.PUBLISHED
    assert [r.media for r in harness.net.received] == [((sha_sea, "The sea"),)]


def test_always_require_alt_text_refuses_in_the_composer_and_in_the_engine(
    make,
    harness: Harness,
    paths: Paths,
    qtbot,
) -> None:
    bare, _ = asset(harness, paths, b"no description", "", "bare.png")
    tid = harness.post(T0, "an undescribed picture", media=(bare,))
    post_id = post_of(harness, tid)
    b = make()
    settings = b.panes.settings
    assert settings.alt_text_check.accessibleName() == "Always require alt text on every image"
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    assert composer.schedule_button.isEnabled()  # off: a missing description only warns
    settings.alt_text_check.setChecked(True)
    qtbot.waitUntil(lambda: SettingsRepository(b.database).load().require_alt_text, timeout=10_000)
    composer.refresh_now()
    assert not composer.schedule_button.isEnabled()
    panel = composer.panel(Network.MASTODON)
    panel.render_problems(composer.current_post())
    assert any("you asked for a description on every image" in r.text for r in panel.problem_model.rows())
    b.close()
    # The engine holds the same rule: a post scheduled before the setting was turned on does not go out.
    publish_due(harness, paths)
    assert harness.state(tid) is TargetState.FAILED
    with harness.db.read_session() as session:
        assert session.get(TargetDeliveryRow, tid).reason_code == "alt_text_required"
    assert [a.code for a in harness.of_type(NeedsAttention)] == ["alt_text_required"]
    assert harness.net.received == []


def test_with_the_setting_off_the_engine_sends_an_undescribed_image(harness: Harness, paths: Paths) -> None:
    bare, sha = asset(harness, paths, b"no description either", "", "bare.png")
    tid = harness.post(T0, "fine without", media=(bare,))
    publish_due(harness, paths)
    assert harness.state(tid) is TargetState.PUBLISHED
    assert [r.media for r in harness.net.received] == [((sha, ""),)]
