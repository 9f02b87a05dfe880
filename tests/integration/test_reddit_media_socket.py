"""Reddit's media websocket: a made post is known at once, a failed one is a refusal in words, and
one whose processing never ends is a lost answer (the engine's `unknown`), found or not later.

Against the fake Reddit API and its fake media websocket (tests/fakes/reddit_ws.py), both on
127.0.0.1; the client is `postdesk.platforms.reddit_media_ws`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from postdesk.platforms.base import AnswerLost, Rejected
from postdesk.platforms.reddit import RedditAdapter
from postdesk.platforms.reddit_media_ws import MEDIA_FAILED, allowed, post_id_of
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.reddit_api import FakeReddit
from tests.fakes.reddit_ws import RedditMediaSocket
from tests.integration.test_reddit_adapter import _image, _no_wait, _request, _run
from tests.unit.media.media_factory import video

pytestmark = pytest.mark.integration


@pytest.fixture
def net() -> Iterator[tuple[FakeReddit, ApiServer, RedditMediaSocket]]:
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("pics")
    with RedditMediaSocket() as socket:
        api.media_socket = socket
        yield api, server, socket
    server.stop()


def _adapter(api: FakeReddit, server: ApiServer, *, hosts: tuple[str, ...] = ("127.0.0.1",), wait: float = 4.0):
    return RedditAdapter(
        StaticCredentials("token-alice"),
        base_url=server.url,
        clock=lambda: api.now,
        sleep=_no_wait,
        media_wait=wait,
        websocket_hosts=hosts,
    )


def _listing_reads(server: ApiServer) -> int:
    return sum(1 for r in server.requests if r.path.endswith("/submitted"))


def test_the_socket_names_the_new_post(net, tmp_path) -> None:
    api, server, socket = net
    socket.ping_first = True  # a ping must be answered with a pong
    socket.fragment = True  # the message may come in fragments
    clip = video(tmp_path / "clip.mp4")
    published = _run(_adapter(api, server), lambda a: a.publish(_request("", (str(clip),))))
    assert published.remote_id in api.posts
    assert published.remote_url == "https://www.reddit.com" + api.posts[published.remote_id]["permalink"]
    assert _listing_reads(server) == 0  # known from the socket, not by reading the listing
    assert socket.pongs == [b"are-you-there"] and socket.violations == []


def test_failed_processing_is_a_refusal_in_words(net, tmp_path) -> None:
    api, server, socket = net
    api.fail_next_video = True
    clip = video(tmp_path / "clip.mp4")
    with pytest.raises(Rejected) as refused:
        _run(_adapter(api, server), lambda a: a.publish(_request("", (str(clip),))))
    assert refused.value.reason == MEDIA_FAILED.format(what="video")
    assert "nothing was posted" in refused.value.reason and "failed" in (refused.value.network_message or "")
    assert not isinstance(refused.value, AnswerLost) and api.posts == {}
    assert len(socket.connections) == 1


def test_processing_that_never_ends_is_a_lost_answer_then_looked_up(net, tmp_path) -> None:
    api, server, socket = net
    api.stall_next_media = True
    with pytest.raises(AnswerLost):
        _run(_adapter(api, server, wait=0.5), lambda a: a.publish(_request("", (_image(tmp_path),))))
    assert len(socket.connections) == 1 and api.posts == {}
    assert _listing_reads(server) == 1  # one last look before giving the post to `unknown`
    found = _run(_adapter(api, server), lambda a: a.lookup(_request("", (_image(tmp_path),)), sent_at=api.now))
    assert found is None


def test_a_socket_on_another_host_is_never_opened(net, tmp_path) -> None:
    # Reddit's sockets are on *.redditmedia.com: an answer naming another host is not followed.
    api, server, socket = net
    published = _run(
        _adapter(api, server, hosts=(".redditmedia.com",)), lambda a: a.publish(_request("", (_image(tmp_path),)))
    )
    assert socket.connections == [] and published.remote_id in api.posts
    assert _listing_reads(server) >= 1  # found in the listing instead


def test_addresses() -> None:
    assert allowed("wss://ws-078adc7cb2099a9df.wss.redditmedia.com/rte_images/x?m=A", (".redditmedia.com",))
    assert not allowed("wss://redditmedia.com.evil.example/x", (".redditmedia.com",))
    assert not allowed("https://ws.redditmedia.com/x", (".redditmedia.com",))
    assert post_id_of("https://www.reddit.com/r/pics/comments/1abc2d/my_first_post/") == "1abc2d"
    assert post_id_of("https://www.reddit.com/user/alice_makes/submitted/") == ""
