"""Reddit's media websocket: a made post is known at once, a failed one is a refusal in words, and
one whose processing never ends is a lost answer (the engine's `unknown`), found or not later.
And the client's limits: a message over the cap, one that is not JSON, a redirect, a certificate
not trusted are all "no word" (None), never an exception.

Against the fake Reddit API and its fake media websocket (tests/fakes/reddit_ws.py), both on
127.0.0.1; the client is `postdesk.platforms.reddit_media_ws`.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Iterator

import certifi
import pytest

from postdesk.platforms.base import AnswerLost, Rejected
from postdesk.platforms.reddit import RedditAdapter
from postdesk.platforms.reddit_media_ws import (
    MAX_MESSAGE,
    MEDIA_FAILED,
    MediaOutcome,
    allowed,
    media_outcome,
    post_id_of,
    tls_context,
)
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


# -- the client's limits, against the fake socket alone ---------------------------------------------

POST = "https://www.reddit.com/r/pics/comments/1abc2d/my_first_post/"


@pytest.fixture
def ws() -> Iterator[RedditMediaSocket]:
    with RedditMediaSocket() as socket:
        yield socket


def _outcome(url: str) -> MediaOutcome | None:
    return asyncio.run(media_outcome(url, timeout=10))


def _success_of_size(size: int) -> str:
    """A well-formed success message of exactly `size` bytes (padded with a field Reddit ignores)."""
    bare = json.dumps({"type": "success", "payload": {"redirect": POST, "pad": ""}})
    message = json.dumps({"type": "success", "payload": {"redirect": POST, "pad": "x" * (size - len(bare))}})
    assert len(message.encode()) == size
    return message


def test_a_message_over_the_cap_is_no_word(ws) -> None:
    at_cap, over_cap = ws.path_for_next(), ws.path_for_next()
    ws.raw(at_cap, _success_of_size(MAX_MESSAGE))
    ws.raw(over_cap, _success_of_size(MAX_MESSAGE + 1))
    assert _outcome(ws.url + at_cap) == MediaOutcome(True, redirect=POST)  # the cap itself is read
    assert _outcome(ws.url + over_cap) is None
    assert ws.connections == [at_cap, over_cap] and ws.violations == []


def test_a_message_that_is_not_json_is_no_word(ws) -> None:
    garbled, listed, binary, then_success = (ws.path_for_next() for _ in range(4))
    ws.raw(garbled, '{"type": "success", "payload": {"redirect": ')  # cut short
    ws.raw(listed, json.dumps([{"type": "success", "payload": {"redirect": POST}}]))  # JSON, not an object
    ws.raw(binary, json.dumps({"type": "success", "payload": {"redirect": POST}}).encode())
    ws.raw(then_success, "not json", json.dumps({"type": "success", "payload": {"redirect": POST}}))
    assert _outcome(ws.url + garbled) is None
    assert _outcome(ws.url + listed) is None
    assert _outcome(ws.url + binary) is None  # a binary frame is not Reddit's message
    # A message that says nothing is skipped: the outcome after it still counts.
    assert _outcome(ws.url + then_success) == MediaOutcome(True, redirect=POST)


def test_a_redirect_is_not_followed(ws) -> None:
    # The adapter checked the address it was given against *.redditmedia.com; a redirect could
    # lead anywhere, so it ends the wait (websockets itself would follow it).
    asked, elsewhere = ws.path_for_next(), ws.path_for_next()
    ws.succeed(elsewhere, POST)
    ws.redirects[asked] = ws.url + elsewhere
    assert _outcome(ws.url + asked) is None
    assert ws.connections == []


def test_no_proxy_from_the_environment_is_used(ws, monkeypatch) -> None:
    # Only the address given is read (websockets would go through an environment's proxy, here
    # one that refuses every connection).
    for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    for name in ("ws_proxy", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    path = ws.path_for_next()
    ws.succeed(path, POST)
    assert _outcome(ws.url + path) == MediaOutcome(True, redirect=POST)


def test_wss_trusts_what_the_app_trusts(monkeypatch) -> None:
    # The same TLS context as httpx's (every other connection): certifi's bundle, or SSL_CERT_FILE.
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    bundle = ssl.create_default_context(cafile=certifi.where())
    context = tls_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.get_ca_certs() == bundle.get_ca_certs()
    with RedditMediaSocket(tls=True) as socket:
        path = socket.path_for_next()
        socket.succeed(path, POST)
        assert socket.url.startswith("wss://127.0.0.1:")
        assert _outcome(socket.url + path) is None  # a certificate no one vouches for: no word
        monkeypatch.setenv("SSL_CERT_FILE", socket.ca_file)
        assert _outcome(socket.url + path) == MediaOutcome(True, redirect=POST)
        assert socket.connections == [path]  # the untrusted attempt never completed a handshake
