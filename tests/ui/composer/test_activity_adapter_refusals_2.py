"""Postdesk's own refusals of hand-offs, edits, replies and covers reach the creator in their words.

Issue 17, second part: the network's own scheduler refusing a hand-off (Mastodon's five minutes),
an edit or a reply the outbox could not send, a chosen cover Postdesk cannot use. Each adapter
raises its refusal with a problem code; the engine and the outbox keep the code (the English
stays for the log), and the activity, the edit dialog and the tray word it. None of them shows
Postdesk's English as "The network said: …".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from postdesk.core.entities import Post, Target
from postdesk.core.entities import TargetState as S
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.delivery import failure_detail
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.outbox import ActionKind, failure_words, inbox_item_payload
from postdesk.paths import Paths
from postdesk.platforms.base import (
    ACCOUNT_BLOCKED,
    ACTION_NOT_OFFERED,
    EDIT_SERVER_TOO_OLD,
    HANDOFF_NO_THREADS,
    HANDOFF_NOT_OFFERED,
    HANDOFF_TOO_FAR,
    HANDOFF_TOO_SOON,
    MEDIA_CHANGED,
    MEDIA_COVER_UNUSABLE,
    MEDIA_NOT_PROCESSED,
    MEDIA_TOO_BIG_TO_SEND,
    MEDIA_TYPE_REFUSED,
    PERMISSION_MISSING,
    RELAY_KEY_REFUSED,
    RELAY_NO_BUCKET,
    RELAY_NO_SECRET,
    RELAY_REFUSED,
    TOO_MANY_REPLY_RULES,
    VIDEO_DAILY_LIMIT,
    VIDEO_QUOTA_LEFT,
    VIDEO_UPLOAD_REFUSED,
    PublishRequest,
    Rejected,
)
from postdesk.platforms.inbox import InboxItem, InboxKind
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.store.tables_engine import OutboxRow
from postdesk.ui.composer.activity import describe_line, describe_reason, describe_target
from postdesk.ui.composer.edit_published import refusal_words
from postdesk.ui.composer.service_types import TargetActivity
from postdesk.ui.composer.services import StoreComposerServices
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon
from tests.fakes.recording_adapter import RecordingAdapter
from tests.fakes.recording_network import RecordingNetwork
from tests.unit.engine.conftest import T0, ManualClock, Switch, run

HAND_OFF_FAILED = "The network's scheduler did not take it; Postdesk will publish it itself."
TOO_SOON = "Mastodon's scheduler takes a post only 5 minute"
COVER = "Not posted: the picture chosen as the video's cover could not be used."


@pytest.fixture
def mastodon() -> Iterator[ApiServer]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield server
    server.stop()


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths)
    yield database
    database.close()


def _account(db: Database) -> int:
    return int(AccountRepository(db).add(Network.MASTODON, "@alice@example.social", now=T0).id)


def _post(db: Database, account_id: int, at: Any, state: S = S.SCHEDULED) -> tuple[int, int]:
    saved = PostRepository(db).save(
        Post(
            parts=("hello",),
            scheduled_at=at,
            scheduled_zone="Europe/Paris",
            targets=(Target(Network.MASTODON, account_id, state=state),),
        ),
        now=T0,
    )
    assert saved.id is not None
    with db.read_session() as session:
        row = session.exec(select(TargetRow).where(TargetRow.post_id == saved.id)).one()
    return saved.id, int(row.id)


def _engine(db: Database, adapters: Any, clock: ManualClock, events: list[Any] | None = None) -> Engine:
    return Engine(
        db,
        adapters,
        emit=(events if events is not None else []).append,
        clock=clock,
        connectivity=Connectivity(Switch()),
        jitter=lambda: 0.0,
        config=EngineConfig(use_alarm=False),
        sleep=clock.sleep,
    )


def _lines(db: Database, paths: Paths, post_id: int) -> list[str]:
    services = StoreComposerServices(db, paths, None, lambda: T0)  # type: ignore[arg-type]
    activity = services._load_activity(post_id)
    return [describe_line(line, "Europe/Paris") for line in activity.lines]


# -- hand-off ------------------------------------------------------------------------------------


def test_mastodons_five_minutes_are_worded_when_a_hand_off_is_refused(
    qapp: QApplication, db: Database, paths: Paths, mastodon: ApiServer
) -> None:
    account_id = _account(db)
    post_id, target_id = _post(db, account_id, T0 + timedelta(minutes=2))
    clock = ManualClock()

    async def body() -> bool:
        adapter = MastodonAdapter(StaticCredentials("token-alice", base_url=mastodon.url), clock=clock.now)
        engine = _engine(db, lambda: {Network.MASTODON: adapter}, clock)
        await engine.start()
        handed = await engine.hand_off(target_id)
        await engine.stop()
        return handed

    assert run(body) is False
    (line,) = [text for text in _lines(db, paths, post_id) if HAND_OFF_FAILED in text]
    assert TOO_SOON in line
    assert "5 minutes ahead" not in line  # not the adapter's English
    assert "The network said" not in line


def test_a_hand_off_refusal_keeps_the_code_and_the_networks_words() -> None:
    detail = failure_detail(Rejected("blocked (spam)", network_message="spam", problem=ACCOUNT_BLOCKED))
    assert detail == {"reason_code": ACCOUNT_BLOCKED, "problem": "blocked (spam)", "network_message": "spam"}


# -- the outbox: edits and replies ------------------------------------------------------------------


def test_an_edit_the_server_is_too_old_for_is_worded_in_the_dialog_and_the_activity(
    qapp: QApplication, db: Database, paths: Paths
) -> None:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    account_id = _account(db)
    post_id, target_id = _post(db, account_id, T0)
    clock = ManualClock()

    async def body() -> Any:
        adapter = MastodonAdapter(StaticCredentials("token-alice", base_url=server.url), clock=clock.now)
        engine = _engine(db, lambda: {Network.MASTODON: adapter}, clock)
        await engine.start()
        await engine.wait_idle()
        instance.version = "3.4.0"  # the server was downgraded: it can no longer edit
        result = await engine.edit_published(target_id, ("hello, edited",))
        await engine.stop()
        return result

    try:
        result = run(body)
    finally:
        server.stop()
    assert (result.state, result.reason) == ("refused", EDIT_SERVER_TOO_OLD)  # a code, not English
    said = refusal_words(result.reason, "mastodon")
    assert "This Mastodon server is too old to edit posts" in said
    assert "did not take the edit" not in said and "3.5" not in said
    (line,) = [text for text in _lines(db, paths, post_id) if "The edit did not reach the network" in text]
    assert "too old to edit posts" in line
    assert "The network said" not in line and "3.5" not in line


def test_a_reply_postdesk_cannot_send_is_stored_as_a_code_and_worded(qapp: QApplication, db: Database) -> None:
    """The outbox keeps the refusal's code (the inbox and the dialogs word it), not its English."""
    account_id = _account(db)
    net = RecordingNetwork()
    net.start()
    clock = ManualClock()
    item = InboxItem(
        remote_id="1",
        kind=InboxKind.MENTION,
        author_id="2",
        author_handle="@bob",
        author_name="Bob",
        text="hi",
        created_at=T0,
        url=None,
        is_read=False,
        reply_ref={},
    )

    async def body() -> None:
        # A RecordingAdapter answers no inbox: Postdesk refuses the reply itself.
        engine = _engine(db, lambda: {Network.MASTODON: RecordingAdapter(net.url, timeout=0.5)}, clock)
        await engine.start()
        engine.outbox.enqueue(
            ActionKind.REPLY,
            Network.MASTODON.value,
            account_id,
            None,
            {"item": inbox_item_payload(item), "text": "thanks", "request_key": "k"},
            T0,
        )
        await engine.drain_outbox()
        await engine.stop()

    try:
        run(body)
    finally:
        net.stop()
    with db.read_session() as session:
        (row,) = session.exec(select(OutboxRow)).all()
    assert row.done_at is not None
    assert row.last_error == ACTION_NOT_OFFERED
    assert describe_reason(row.last_error, None, "mastodon") == "Mastodon does not let Postdesk do this here."


def test_the_outbox_keeps_the_networks_words_before_a_code() -> None:
    assert failure_words(Rejected("x", network_message="Forbidden", problem=ACCOUNT_BLOCKED)) == "Forbidden"
    assert failure_words(Rejected("this network cannot edit", problem=ACTION_NOT_OFFERED)) == ACTION_NOT_OFFERED
    assert failure_words(Rejected("legacy English")) == "legacy English"


def test_bluesky_refuses_a_reply_it_cannot_thread_with_a_code(tmp_path: Path) -> None:
    from postdesk.platforms.bluesky import BlueskyAdapter

    item = InboxItem("1", InboxKind.MENTION, "2", "@bob", "Bob", "hi", T0, None, False, {})
    adapter = BlueskyAdapter(StaticCredentials("t", base_url="http://127.0.0.1:9"))

    async def body() -> None:
        try:
            await adapter.reply(1, item, "thanks")
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as caught:
        run(body)
    assert caught.value.problem == ACTION_NOT_OFFERED


# -- covers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("network", ["pinterest", "reddit"])
def test_a_cover_postdesk_cannot_use_is_worded(qapp: QApplication, tmp_path: Path, network: str) -> None:
    broken = tmp_path / "cover.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot a picture")
    if network == "pinterest":
        from postdesk.platforms.pinterest_upload import _cover_bytes as cover
    else:
        from postdesk.platforms.reddit_upload import _poster_jpeg as cover
    with pytest.raises(Rejected) as caught:
        cover(str(tmp_path / "clip.mp4"), str(broken))
    assert caught.value.problem == MEDIA_COVER_UNUSABLE
    target = TargetActivity(network=network, account_id=1, state="failed", reason_code=caught.value.problem)
    sentence = describe_target(target, "UTC")
    assert COVER in sentence
    assert "The network said" not in sentence and "cover.png" not in sentence


def test_only_jpeg_and_png_on_pinterest_is_worded(qapp: QApplication) -> None:
    from postdesk.platforms.media_prep import Prepared
    from postdesk.platforms.pinterest_upload import image_source

    with pytest.raises(Rejected) as caught:
        image_source([Prepared(b"x", "image/webp", False, "a.webp")])
    assert (caught.value.problem, dict(caught.value.params)) == (MEDIA_TYPE_REFUSED, {"index": 0, "type": "image/webp"})
    sentence = describe_reason(caught.value.problem, {**caught.value.params, "name": "beach.webp"}, "pinterest")
    assert sentence.startswith("Not posted: Pinterest does not take files like beach.webp (image/webp).")


def test_tiktoks_chunk_limit_is_a_code() -> None:
    from postdesk.platforms.tiktok_upload import CHUNK, MAX_CHUNKS, chunk_plan

    with pytest.raises(Rejected) as caught:
        chunk_plan(CHUNK * (MAX_CHUNKS + 2))
    assert caught.value.problem == MEDIA_TOO_BIG_TO_SEND


def test_metas_block_is_worded_with_the_networks_words_after_it(qapp: QApplication) -> None:
    from postdesk.platforms.meta_errors import typed_error

    answer = httpx.Response(400, json={"error": {"code": 368, "message": "You can't post right now"}})
    error = typed_error(answer, what="publish the post", network="Facebook")
    assert (error.problem, error.network_message) == (ACCOUNT_BLOCKED, "You can't post right now")
    target = TargetActivity(
        network="facebook", account_id=1, state="failed", reason_code=error.problem, reason_text=error.network_message
    )
    sentence = describe_target(target, "UTC")
    assert "Facebook has blocked this account from posting for a while" in sentence
    assert sentence.endswith("The network said: “You can&#x27;t post right now”") or sentence.endswith(
        "The network said: “You can't post right now”"
    )
    assert "temporarily blocked" not in sentence  # the adapter's English stays in the log


# -- every new code has its sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "params", "network", "expected"),
    [
        (HANDOFF_NOT_OFFERED, {}, "x", "X has no scheduler Postdesk can hand posts to."),
        (HANDOFF_NO_THREADS, {}, "mastodon", "Mastodon's scheduler takes a single post, not a thread."),
        (HANDOFF_TOO_SOON, {"minutes": 10}, "facebook", "Facebook's scheduler takes a post only 10 minute"),
        (HANDOFF_TOO_FAR, {"days": 30}, "facebook", "Facebook's scheduler takes a post at most 30 day"),
        (MEDIA_TOO_BIG_TO_SEND, {"name": "film.mp4"}, "tiktok", "film.mp4 is too big to send to TikTok"),
        (MEDIA_CHANGED, {"name": "film.mp4"}, "tiktok", "film.mp4 changed on this computer"),
        (MEDIA_NOT_PROCESSED, {"name": "film.mp4"}, "linkedin", "LinkedIn could not process film.mp4"),
        (VIDEO_DAILY_LIMIT, {}, "bluesky", "as many videos as Bluesky allows in a day"),
        (VIDEO_UPLOAD_REFUSED, {}, "bluesky", "Bluesky does not let this account upload videos right now"),
        (VIDEO_QUOTA_LEFT, {"size": 50_000_000, "left": 10_000_000}, "bluesky", "this video is 50.0 MB"),
        (TOO_MANY_REPLY_RULES, {"count": 6, "max": 5}, "bluesky", "at most 5 rules for who may reply, and 6"),
        (PERMISSION_MISSING, {}, "instagram", "Instagram says the sign-in lacks a permission"),
        (ACTION_NOT_OFFERED, {}, "bluesky", "Bluesky does not let Postdesk do this here."),
        (EDIT_SERVER_TOO_OLD, {"version": "3.4.0"}, "mastodon", "This Mastodon server is too old to edit posts"),
    ],
)
def test_each_new_refusal_has_its_sentence(
    qapp: QApplication, code: str, params: dict, network: str, expected: str
) -> None:
    sentence = describe_reason(code, params, network)
    assert expected in sentence
    assert "{" not in sentence and "?" not in sentence and code not in sentence


def test_the_adapters_give_the_codes_for_hand_offs() -> None:
    """Networks without a scheduler Postdesk can use say so with a code (X here, before any request)."""
    from postdesk.platforms.x import XAdapter

    adapter = XAdapter(StaticCredentials("t"), base_url="http://127.0.0.1:9")
    request = PublishRequest(target_id=1, account_id=1, parts=("hi",), publish_at=T0 + timedelta(days=1))

    async def body() -> None:
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as caught:
        run(body)
    assert caught.value.problem == HANDOFF_NOT_OFFERED


# -- the media relay -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "code", "expected"),
    [
        ("relay_no_secret", RELAY_NO_SECRET, "the media relay's secret key is missing from the keyring"),
        ("relay_no_bucket", RELAY_NO_BUCKET, "the media relay's bucket does not exist"),
        ("relay_key_refused", RELAY_KEY_REFUSED, "the media relay refused the access key"),
        ("relay_refused", RELAY_REFUSED, "the media relay refused to keep a copy of the file"),
        ("relay_not_set_up", "needs_media_relay", "needs a media relay: set one up in Settings › Media relay"),
    ],
)
def test_a_relay_refusal_is_worded_not_shown_as_the_networks(
    qapp: QApplication, failure: str, code: str, expected: str
) -> None:
    from postdesk.platforms.relay import adapter_error

    class Refused(OSError):
        problem = failure
        detail = "403 AccessDenied"

    error = adapter_error(Refused(), "Threads")
    assert isinstance(error, Rejected) and error.problem == code
    target = TargetActivity(
        network="threads", account_id=1, state="failed", reason_code=error.problem, reason_params=dict(error.params)
    )
    sentence = describe_target(target, "UTC")
    assert expected in sentence
    assert "The network said" not in sentence


def test_a_quote_mastodon_cannot_find_is_the_composers_problem(qapp: QApplication) -> None:
    instance = FakeMastodon(version="4.5.0")
    server = ApiServer(instance).start()
    instance.base = server.url
    adapter = MastodonAdapter(StaticCredentials("token-alice", base_url=server.url))
    request = PublishRequest(
        target_id=1, account_id=1, parts=("look",), options={"quote_url": "https://nowhere.example/@x/1"}
    )

    async def body() -> None:
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    try:
        with pytest.raises(Rejected) as caught:
            run(body)
    finally:
        server.stop()
    assert caught.value.problem == "quote_url_invalid"
    sentence = describe_reason(caught.value.problem, caught.value.params, "mastodon")
    assert sentence == "The address to quote is not a Mastodon post: copy it from the post's Share menu."
