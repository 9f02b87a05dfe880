"""What is sent is frozen: once a target leaves `scheduled`, edits to the post never reach it.

Issue 12.2. Each test edits the post (text, options, media, alt text, account) after the target
left `scheduled` and checks that the network, the engine's own view (used for lookups) and the
published record still carry what was frozen. On the old code the engine re-read the post, so
every one of these sent or recorded the edited content.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlmodel import select

from postdesk.core.entities import Post
from postdesk.core.entities import TargetState as S
from postdesk.engine.ledger import Ledger
from postdesk.media.storage import store_bytes
from postdesk.paths import Paths
from postdesk.store.post_writes import PostBusy
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import MediaAssetRow, TargetRow
from tests.fakes.recording_network import Fault
from tests.unit.engine.conftest import T0, Harness, run

MIN = timedelta(minutes=1)


def _post_of(harness: Harness, tid: int) -> Post:
    with harness.db.read_session() as session:
        post_id = session.get(TargetRow, tid).post_id
    post = PostRepository(harness.db).get(post_id)
    assert post is not None
    return post


def _edit(harness: Harness, tid: int, text: str, **options: object) -> None:
    """The composer's autosave of an edited copy (the newest version, so no conflict)."""
    post = _post_of(harness, tid)
    target = replace(post.targets[0], options=dict(options), override_enabled=True, override_parts=(text,))
    PostRepository(harness.db).save(replace(post, parts=(text,), targets=(target,)), now=harness.clock.now())


def _asset(harness: Harness, paths: Paths, content: bytes, alt: str) -> int:
    sha = hashlib.sha256(content).hexdigest()
    store_bytes(paths.media, sha, content)
    with harness.db.session() as session:
        row = MediaAssetRow(
            sha256=sha, original_name="a.png", mime="image/png", size_bytes=len(content), imported_at=T0, alt_text=alt
        )
        session.add(row)
        session.flush()
        return int(row.id)


async def _pass(engine) -> None:
    await engine.run_due()
    await engine.wait_idle()


def test_retry_sends_what_was_frozen_not_the_edit(harness: Harness) -> None:
    tid = harness.post(T0, "as written", options={"visibility": "public"})
    harness.net.script(Fault.http(503, "busy"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.FAILED_RETRYABLE
        _edit(harness, tid, "edited after the first try", visibility="direct")
        work = Ledger(harness.db).get(tid)
        assert work is not None
        assert work.parts == ("as written",)
        assert work.options == {"visibility": "public"}
        harness.clock.advance(timedelta(hours=1))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert [r.parts for r in harness.net.received] == [("as written",)]


def test_edit_while_publishing_changes_neither_lookup_nor_record(harness: Harness) -> None:
    tid = harness.post(T0, "the words that went out")
    harness.net.script(Fault.drop_after_send())
    edited: list[bool] = []

    def during(index: int, phase: str) -> None:
        if phase == "recorded" and not edited:
            edited.append(True)
            _edit(harness, tid, "rewritten while the request was out")

    harness.net.on_request = during

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        # The answer was lost: the engine looks for what it sent, not for the edit.
        work = Ledger(harness.db).get(tid)
        assert work is not None and work.parts == ("the words that went out",)
        harness.clock.advance(timedelta(hours=1))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert edited
    assert harness.state(tid) is S.PUBLISHED
    assert [r.parts for r in harness.net.received] == [("the words that went out",)]
    delivery = PostRepository(harness.db).deliveries(_post_of(harness, tid).id or 0)[0]
    assert delivery.frozen is not None
    assert delivery.frozen.parts == ("the words that went out",)


def test_media_and_alt_text_are_frozen_when_due(harness: Harness, paths: Paths) -> None:
    first = _asset(harness, paths, b"kite", "A red kite")
    other = _asset(harness, paths, b"sea", "The sea")
    tid = harness.post(T0, "picture", media=(first,))
    harness.net.script(Fault.http(503, "busy"))

    async def body() -> None:
        engine = harness.engine(paths=paths)
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.FAILED_RETRYABLE
        with harness.db.session() as session:
            asset = session.get(MediaAssetRow, first)
            asset.alt_text = "Changed later"
            session.add(asset)
        post = _post_of(harness, tid)
        PostRepository(harness.db).save(replace(post, media=(other,)), now=harness.clock.now())
        harness.clock.advance(timedelta(hours=1))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    sent = harness.net.received[0]
    assert sent.media == ((hashlib.sha256(b"kite").hexdigest(), "A red kite"),)


def test_failed_post_edited_and_retried_sends_the_fix(harness: Harness) -> None:
    """A permanent refusal leaves the target the user's to fix: retrying freezes the fix."""
    tid = harness.post(T0, "too long")
    harness.net.script(Fault.http(422, "Text too long"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.FAILED
        _edit(harness, tid, "short")
        result = await engine.retry([tid])
        assert result.done == (tid,)
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert [r.parts for r in harness.net.received] == [("short",)]


def test_delete_while_publishing_is_refused(harness: Harness) -> None:
    tid = harness.post(T0, "in flight")
    refused: list[str] = []

    def during(index: int, phase: str) -> None:
        if phase == "received" and not refused:
            post_id = _post_of(harness, tid).id or 0
            for delete in (PostRepository(harness.db).delete, CalendarRepository(harness.db).delete):
                with pytest.raises(PostBusy) as caught:
                    delete(post_id, now=harness.clock.now())
                refused.append(caught.value.code)

    harness.net.on_request = during

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert refused == ["publishing", "publishing"]
    assert harness.state(tid) is S.PUBLISHED
    post = _post_of(harness, tid)
    assert not PostRepository(harness.db).is_deleted(post.id or 0)
    # Once the answer is in, the delete goes through (it removes the post from Postdesk only).
    assert CalendarRepository(harness.db).delete(post.id or 0, now=harness.clock.now())


def test_engine_transitions_bump_the_post_version(harness: Harness) -> None:
    tid = harness.post(T0, "v")
    before = _post_of(harness, tid).version

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    after = _post_of(harness, tid).version
    assert before is not None and after is not None
    assert after >= before + 3  # due, publishing, published
    with harness.db.read_session() as session:
        assert session.exec(select(TargetRow)).one().state == S.PUBLISHED.value


def test_library_keeps_a_file_frozen_for_a_target_yet_to_go_out(harness: Harness, paths: Paths) -> None:
    from postdesk.store.repositories.media_library import MediaLibraryRepository

    kite = _asset(harness, paths, b"kite", "A red kite")
    tid = harness.post(T0, "picture", media=(kite,))
    harness.net.script(Fault.http(503, "busy"))

    async def body() -> None:
        engine = harness.engine(paths=paths)
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.FAILED_RETRYABLE
        # The user deletes the image from the library, "from every post" too: the retry still
        # needs the very file it froze, so the library keeps it.
        assert MediaLibraryRepository(harness.db).delete(kite, remove_from_posts=True) is None
        harness.clock.advance(timedelta(hours=1))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert harness.net.received[0].media == ((hashlib.sha256(b"kite").hexdigest(), "A red kite"),)
    # Once sent, the library may let it go.
    assert MediaLibraryRepository(harness.db).delete(kite, remove_from_posts=True) is not None
