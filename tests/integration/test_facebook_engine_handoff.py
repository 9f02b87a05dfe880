"""The real engine hands a Facebook post to Facebook's own scheduler, confirms it, and cancel withdraws it.

The engine runs with the real `FacebookAdapter` against the fake Graph API: a target whose user
chose "Let Facebook publish it" is scheduled on Facebook (published=false + scheduled_publish_time)
on the engine's first pass; after its time the engine finds it on the Page (lookup) and marks it
published without sending it again; a cancelled hand-off is deleted from Facebook.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from postdesk.core.entities import Post, Target
from postdesk.core.entities import TargetState as S
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.ledger import HANDOFF_PENDING, Ledger
from postdesk.platforms.facebook import FacebookAdapter
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from tests.fakes.facebook_api import PAGE_ID, VERSION, FacebookFake
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.token_source import TokenSource
from tests.unit.engine.conftest import T0, ManualClock, Switch

pytestmark = pytest.mark.integration
HOUR = timedelta(hours=1)


def _world(paths):  # type: ignore[no-untyped-def]
    db = open_database(paths)
    account = AccountRepository(db).add(Network.FACEBOOK, "Rosa's Bakery", now=T0, remote_user_id=PAGE_ID)
    assert account.id == 1  # TokenSource serves account 1
    clock = ManualClock()
    fake = FacebookFake(now=clock.now)
    return db, clock, fake


def _post(db, clock, text: str) -> int:  # type: ignore[no-untyped-def]
    saved = PostRepository(db).save(
        Post(
            parts=(text,),
            scheduled_at=T0 + HOUR,
            scheduled_zone="Europe/Paris",
            targets=(Target(Network.FACEBOOK, 1, state=S.SCHEDULED, options={"hand_off": True}),),
        ),
        now=clock.now(),
    )
    from sqlmodel import select

    from postdesk.store.tables import TargetRow

    with db.read_session() as session:
        return int(session.exec(select(TargetRow).where(TargetRow.post_id == saved.id)).one().id)


def _engine(db, clock, fake, server) -> Engine:  # type: ignore[no-untyped-def]
    base = f"{server.url}/{VERSION}"
    tokens = TokenSource(fake.pages[PAGE_ID]["token"], user_id=PAGE_ID)
    return Engine(
        db,
        lambda: {Network.FACEBOOK: FacebookAdapter(tokens, base_url=base, video_url=base, clock=clock.now)},
        emit=lambda _e: None,
        clock=clock,
        connectivity=Connectivity(Switch()),
        jitter=lambda: 0.0,
        config=EngineConfig(use_alarm=False),
        sleep=clock.sleep,
    )


def test_hand_off_goes_to_facebook_and_is_confirmed_not_resent(paths) -> None:
    db, clock, fake = _world(paths)
    tid = _post(db, clock, "Sunday brunch from 10")
    with FakeHTTPServer(fake) as server:

        async def body() -> None:
            engine = _engine(db, clock, fake, server)
            await engine.start()
            await engine.run_due()
            await engine.wait_idle()
            clock.advance(HOUR + timedelta(minutes=5))
            await engine.run_due()
            await engine.wait_idle()
            await engine.stop()

        asyncio.run(body())
    (post_id,) = fake.posts
    assert fake.posts[post_id]["scheduled_publish_time"] == T0 + HOUR
    feeds = [r for r in server.requests if r.method == "POST" and r.path.endswith("/feed")]
    assert len(feeds) == 1 and feeds[0].form()["published"] == "false"  # never sent a second time
    work = Ledger(db).get(tid)
    assert work is not None and work.state is S.PUBLISHED


def test_cancel_withdraws_the_post_from_facebook(paths) -> None:
    db, clock, fake = _world(paths)
    tid = _post(db, clock, "Maybe not")
    with FakeHTTPServer(fake) as server:

        async def body() -> str | None:
            engine = _engine(db, clock, fake, server)
            await engine.start()
            await engine.run_due()
            await engine.wait_idle()
            remote = Ledger(db).get(tid).handoff_remote_id  # type: ignore[union-attr]
            result = await engine.cancel([tid])
            assert result.done == (tid,)
            await engine.wait_idle()
            await engine.drain_outbox()
            await engine.stop()
            return remote

        remote = asyncio.run(body())
    assert remote not in (None, HANDOFF_PENDING)
    assert not fake.posts  # Facebook's scheduled copy is gone
    assert Ledger(db).get(tid).state is S.CANCELLED  # type: ignore[union-attr]
