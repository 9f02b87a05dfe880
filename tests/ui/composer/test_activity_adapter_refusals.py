"""Postdesk's own refusals of a post's media reach the creator in their words, not as the network's.

Issue 17: an adapter that refuses a post itself (a file it cannot decode, a limit it checks
before sending) raises its error with a problem code and parameters; the engine records the code
and the parameters, and the composer's activity words them. It no longer shows Postdesk's English
as "The network said: …".
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from postdesk.core.entities import Post, Target
from postdesk.core.entities import TargetState as S
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.media.storage import store_bytes
from postdesk.paths import Paths
from postdesk.platforms.base import (
    MEDIA_CANNOT_SHRINK,
    MEDIA_NOT_RECOGNISED,
    MEDIA_UNDECODABLE,
    MEDIA_UNREADABLE,
    MEDIA_VIDEO_UNREADABLE,
    Published,
    PublishRequest,
    Rejected,
    Transient,
)
from postdesk.platforms.media_prep import check_sendable, prepare
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import MediaAssetRow, TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow
from postdesk.ui import i18n
from postdesk.ui.composer.activity import describe_line, describe_reason, describe_target
from postdesk.ui.composer.service_types import ActivityLine, TargetActivity
from postdesk.ui.composer.services import StoreComposerServices
from postdesk.ui.tray import Tray
from tests.fakes.recording_adapter import RecordingAdapter
from tests.fakes.recording_network import RecordingNetwork
from tests.unit.engine.conftest import T0, ManualClock, Switch, run

REPO = Path(__file__).resolve().parents[3]
QM_DIR = Path(i18n.__file__).resolve().parents[1] / "translations"
PNG_HEAD = b"\x89PNG\r\n\x1a\n"
UNDECODABLE = (
    "Not posted: {name} could not be opened as an image; the file may be damaged. "
    "Replace it and schedule the post again."
)


class _UnreachableAdapter(RecordingAdapter):
    """Fails as an adapter does when the connection is refused: its own English, no network words."""

    async def publish(self, request: PublishRequest) -> Published:
        raise Transient("could not reach example.social: ConnectError")


class _PreparingAdapter(RecordingAdapter):
    """Prepares the media as the real adapters do (Mastodon: check, then fit) before sending."""

    async def publish(self, request: PublishRequest) -> Published:
        await check_sendable(request, Network.MASTODON)
        await prepare(request, Network.MASTODON)
        return await super().publish(request)


@pytest.fixture
def world(paths: Paths) -> Iterator[tuple[Database, RecordingNetwork, int]]:
    db = open_database(paths)
    net = RecordingNetwork()
    net.start()
    account = AccountRepository(db).add(Network.MASTODON, "@me@example.social", now=T0)
    try:
        yield db, net, int(account.id)
    finally:
        net.stop()
        db.close()


def _asset(db: Database, paths: Paths, content: bytes, name: str) -> int:
    sha = hashlib.sha256(content).hexdigest()
    store_bytes(paths.media, sha, content)
    with db.session() as session:
        row = MediaAssetRow(sha256=sha, original_name=name, mime="image/png", size_bytes=len(content), imported_at=T0)
        session.add(row)
        session.flush()
        return int(row.id)


def _publish_with(
    db: Database,
    net: RecordingNetwork,
    paths: Paths,
    account_id: int,
    media: tuple[int, ...],
    events: list[Any] | None = None,
    adapter: type[RecordingAdapter] | None = None,
) -> int:
    """Schedule a post with `media` for now, run the engine once; return the post id."""
    saved = PostRepository(db).save(
        Post(
            parts=("hello",),
            scheduled_at=T0,
            scheduled_zone="Europe/Paris",
            media=media,
            targets=(Target(Network.MASTODON, account_id, state=S.SCHEDULED),),
        ),
        now=T0,
    )
    clock = ManualClock()
    engine = Engine(
        db,
        lambda: {Network.MASTODON: (adapter or _PreparingAdapter)(net.url, timeout=0.5)},
        emit=(events if events is not None else []).append,
        clock=clock,
        connectivity=Connectivity(Switch()),
        jitter=lambda: 0.0,
        config=EngineConfig(use_alarm=False),
        sleep=clock.sleep,
        paths=paths,
    )

    async def body() -> None:
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert saved.id is not None
    return saved.id


def _activity(db: Database, paths: Paths, post_id: int) -> Any:
    services = StoreComposerServices(db, paths, None, lambda: T0)  # type: ignore[arg-type]
    return services._load_activity(post_id)


def test_an_undecodable_image_fails_in_postdesks_words(qapp: QApplication, world: Any, paths: Paths) -> None:
    db, net, account_id = world
    broken = _asset(db, paths, PNG_HEAD + b"not really a picture", "beach.png")
    events: list[Any] = []
    post_id = _publish_with(db, net, paths, account_id, (broken,), events)

    assert net.received == []  # nothing left this computer
    with db.read_session() as session:
        target = session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).one()
        delivery = session.get(TargetDeliveryRow, target.id)
    assert target.state == S.FAILED.value
    assert delivery.reason_code == MEDIA_UNDECODABLE
    assert delivery.reason_text is None  # the network said nothing

    activity = _activity(db, paths, post_id)
    (shown,) = activity.targets
    assert shown.reason_params["name"] == "beach.png"  # the name the user knows, not the blob's digest
    sentence = describe_target(shown, "Europe/Paris")
    assert UNDECODABLE.format(name="beach.png") in sentence
    assert "The network said" not in sentence
    assert "decoded" not in sentence  # not the adapter's English
    logged = [describe_line(line, "Europe/Paris") for line in activity.lines]
    assert any(UNDECODABLE.format(name="beach.png") in line for line in logged)
    assert not any("The network said" in line for line in logged)

    # The tray's "Not published" notice says the same, not "The network refused the post."
    tray = Tray(QIcon(QPixmap(16, 16)))
    for event in events:
        tray.on_engine_event(event)
    (notice,) = [text for title, text in tray.notifications if title == "Not published"]
    assert UNDECODABLE.format(name="beach.png") in notice
    assert "The network refused" not in notice


def test_a_limit_the_adapter_checks_is_worded_as_the_composer_words_it(
    qapp: QApplication, world: Any, paths: Paths
) -> None:
    db, net, account_id = world
    media = tuple(_asset(db, paths, PNG_HEAD + bytes([i]), f"p{i}.png") for i in range(5))
    post_id = _publish_with(db, net, paths, account_id, media)

    (shown,) = _activity(db, paths, post_id).targets
    assert shown.reason_code == "too_many_images"
    sentence = describe_target(shown, "Europe/Paris")
    assert "Too many images: 5, Mastodon allows 4." in sentence
    assert "The network said" not in sentence


def _german(source: str) -> str | None:
    root = ET.parse(REPO / "translations" / "postdesk_de.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "ComposerActivity":
            continue
        for message in context.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") is None:
                    return translation.text
    return None


def test_the_refusal_reads_in_german(qapp: QApplication) -> None:
    german = _german(UNDECODABLE)
    if german is None:
        pytest.skip("translations/adapter_refusals.json not imported into postdesk_de.ts yet")
    target = TargetActivity(
        network="mastodon",
        account_id=1,
        state="failed",
        reason_code=MEDIA_UNDECODABLE,
        reason_params={"index": 0, "name": "strand.png"},
    )
    installed = i18n.install_translators(qapp, "de", str(QM_DIR))
    try:
        sentence = describe_target(target, "Europe/Berlin")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert german.format(name="strand.png") in sentence
    assert "Not posted" not in sentence


@pytest.mark.parametrize(
    ("code", "params", "expected"),
    [
        (MEDIA_UNREADABLE, {"index": 1}, "Postdesk could not read attachment 2 on this computer."),
        (MEDIA_NOT_RECOGNISED, {"index": 0, "name": "notes.txt"}, "notes.txt is not an image or video"),
        (MEDIA_UNDECODABLE, {}, "an attached file could not be opened as an image"),
        (MEDIA_CANNOT_SHRINK, {"index": 0, "name": "huge.png"}, "huge.png is too big for Bluesky"),
        (MEDIA_VIDEO_UNREADABLE, {"name": "clip.mp4"}, "clip.mp4 could not be read as a video"),
    ],
)
def test_each_media_refusal_has_its_sentence(qapp: QApplication, code: str, params: dict, expected: str) -> None:
    sentence = describe_reason(code, params, "bluesky")
    assert expected in sentence
    assert "{" not in sentence and code not in sentence


def test_a_stored_refusal_without_params_still_reads_as_before(qapp: QApplication) -> None:
    """Rows written before problem codes: "rejected" with the adapter's words, no params."""
    target = TargetActivity(
        network="mastodon", account_id=1, state="failed", reason_code="rejected", reason_text="Text too long"
    )
    assert describe_target(target, "UTC") == (
        "Mastodon: failed. The network refused the post. The network said: “Text too long”"
    )
    line = ActivityLine(at=T0, network="mastodon", kind="delivery", code="rejected", detail={"network_message": "x"})
    assert "The network said: “x”" in describe_line(line, "UTC")


def test_a_hand_off_postdesk_refused_says_why(qapp: QApplication) -> None:
    line = ActivityLine(
        at=T0,
        network="mastodon",
        kind="delivery",
        code="hand_off_failed",
        detail={"reason_code": MEDIA_UNDECODABLE, "problem": "x.png cannot be decoded", "params": {"name": "x.png"}},
    )
    text = describe_line(line, "UTC")
    assert "The network's scheduler did not take it" in text
    assert UNDECODABLE.format(name="x.png") in text
    assert "decoded" not in text


# -- the adapters' side: codes and parameters, with the English kept for the log -------------


def _rejected(coro: Any) -> Rejected:
    with pytest.raises(Rejected) as caught:
        run(lambda: coro)
    return caught.value


def test_media_prep_refusals_carry_codes_and_positions(tmp_path: Path) -> None:
    good = tmp_path / "a.png"
    good.write_bytes(PNG_HEAD + b"x")
    text = tmp_path / "b.txt"
    text.write_bytes(b"hello there")
    gone = tmp_path / "gone.png"

    def request(*files: Path) -> PublishRequest:
        return PublishRequest(target_id=1, account_id=1, parts=("hi",), media_paths=tuple(str(f) for f in files))

    error = _rejected(check_sendable(request(good, text), Network.MASTODON))
    assert (error.problem, dict(error.params)) == (MEDIA_NOT_RECOGNISED, {"index": 1})
    assert "b.txt is not an image or video" in str(error)  # the English stays for the log
    error = _rejected(check_sendable(request(gone), Network.MASTODON))
    assert (error.problem, dict(error.params)) == (MEDIA_UNREADABLE, {"index": 0})
    error = _rejected(prepare(request(text, good), Network.MASTODON))
    assert (error.problem, dict(error.params)) == (MEDIA_NOT_RECOGNISED, {"index": 0})
    error = _rejected(prepare(request(good), Network.MASTODON))
    assert (error.problem, dict(error.params)) == (MEDIA_UNDECODABLE, {"index": 0})
    error = _rejected(check_sendable(request(*[good] * 5), Network.MASTODON))
    assert error.problem == "too_many_images"
    assert dict(error.params) == {"count": 5, "max": 4}


@pytest.mark.parametrize(
    ("options", "parts", "code", "params", "worded"),
    [
        ({}, ("a", "b"), "thread_not_supported", {}, "YouTube has no threads"),
        ({}, ("about",), "title_missing", {}, "Add a title: YouTube needs one."),
        ({"title": "x" * 101}, ("about",), "title_too_long", {"length": 101, "limit": 100}, "101 of 100 characters"),
        ({"title": "a <b>"}, ("about",), "forbidden_characters", {"char": "<"}, "the character “<”"),
    ],
)
def test_youtube_refusals_are_the_composers_problems(
    qapp: QApplication, options: dict, parts: tuple, code: str, params: dict, worded: str
) -> None:
    from postdesk.platforms.youtube_metadata import video_resource

    request = PublishRequest(target_id=1, account_id=1, parts=parts, options=options)
    with pytest.raises(Rejected) as caught:
        video_resource(request)
    assert (caught.value.problem, dict(caught.value.params)) == (code, params)
    sentence = describe_reason(caught.value.problem, caught.value.params, "youtube")
    assert worded in sentence and "The network said" not in sentence


def test_an_empty_tiktok_video_is_postdesks_refusal() -> None:
    from postdesk.platforms.tiktok_upload import chunk_plan

    with pytest.raises(Rejected) as caught:
        chunk_plan(0)
    assert caught.value.problem == MEDIA_UNREADABLE


def test_a_connection_failure_is_not_shown_as_the_networks_words(qapp: QApplication, world: Any, paths: Paths) -> None:
    """The adapter's own English ("could not reach …: ConnectError") is for the log, not "The network said"."""
    db, net, account_id = world
    post_id = _publish_with(db, net, paths, account_id, (), adapter=_UnreachableAdapter)
    activity = _activity(db, paths, post_id)
    (shown,) = activity.targets
    assert (shown.state, shown.reason_code, shown.reason_text) == (S.FAILED_RETRYABLE.value, "transient", None)
    sentence = describe_target(shown, "Europe/Paris")
    assert "Could not reach the network; will try again." in sentence
    assert "ConnectError" not in sentence and "The network said" not in sentence
    logged = " ".join(describe_line(line, "Europe/Paris") for line in activity.lines)
    assert "ConnectError" not in logged and "The network said" not in logged
    assert any("ConnectError" in str(line.detail.get("error")) for line in activity.lines)  # kept for the log


def test_a_side_request_keeps_the_adapters_english_out_of_the_networks_words() -> None:
    from postdesk.engine.delivery import failure_detail

    assert failure_detail(Transient("connection dropped")) == {"error": "connection dropped"}
    assert failure_detail(Rejected("Bad", network_message="Bad")) == {"network_message": "Bad"}
    assert failure_detail(Rejected("x.png cannot be decoded", problem=MEDIA_UNDECODABLE, params={"index": 0})) == {
        "reason_code": MEDIA_UNDECODABLE,
        "problem": "x.png cannot be decoded",
        "params": {"index": 0},
    }


def test_too_many_pinterest_images_is_the_composers_problem(qapp: QApplication) -> None:
    from postdesk.platforms.media_prep import Prepared
    from postdesk.platforms.pinterest_upload import MULTI_MAX, image_source

    images = [Prepared(b"x", "image/png", False, f"image{i}.png") for i in range(MULTI_MAX + 1)]
    with pytest.raises(Rejected) as caught:
        image_source(images)
    assert caught.value.problem == "too_many_images"
    sentence = describe_reason(caught.value.problem, caught.value.params, "pinterest")
    assert sentence == f"Too many images: {MULTI_MAX + 1}, Pinterest allows {MULTI_MAX}."
