"""The Reddit adapter against the fake Reddit API (tests/fakes/reddit_api.py) over real sockets.

Text, link, image, video (with a poster frame) and gallery posts; flair, NSFW, spoiler; the
subreddit's rules refused before submitting; Reddit's `json.errors` refusals worded; lookup,
delete, metrics, inbox; and the faults: 429 with X-Ratelimit-* headers, a spent window, RATELIMIT
in json.errors, 5xx, a dropped connection mid-upload, an expired token, a file the storage refuses,
a video Reddit never shows, and a lost answer to the submit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from PIL import Image

from postdesk.platforms.base import (
    MEDIA_TOO_BIG_TO_SEND,
    AnswerLost,
    AuthExpired,
    PublishRequest,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.reddit import NO_SCHEDULING, RedditAdapter
from postdesk.platforms.reddit_call import raise_errors, user_agent
from postdesk.platforms.reddit_upload import STORAGE_REFUSED
from postdesk.ui.composer.activity import describe_reason
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.reddit_api import BUCKET_PATH, FakeReddit
from tests.unit.media.media_factory import video

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def net() -> Iterator[tuple[FakeReddit, ApiServer]]:
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("pics")
    yield api, server
    server.stop()


def _adapter(
    api: FakeReddit, server: ApiServer, creds: StaticCredentials | None = None, media_wait: float = 4.0
) -> RedditAdapter:
    return RedditAdapter(
        creds or StaticCredentials("token-alice"),
        base_url=server.url,
        clock=lambda: api.now,
        sleep=_no_wait,
        media_wait=media_wait,
    )


def _image(tmp_path: Path, name: str = "a.png", colour: tuple[int, int, int] = (10, 120, 200)) -> str:
    path = tmp_path / name
    Image.new("RGB", (300, 200), colour).save(path)
    return str(path)


def _request(text: str = "Body text", paths: tuple[str, ...] = (), **options: object) -> PublishRequest:
    return PublishRequest(
        target_id=1,
        account_id=7,
        parts=(text,),
        media_paths=paths,
        options={"subreddit": "pics", "title": "My first post", **options},
    )


def _run(adapter: RedditAdapter, coro_fn):
    async def go():
        try:
            return await coro_fn(adapter)
        finally:
            await adapter.aclose()

    return asyncio.run(go())


def _submits(server: ApiServer) -> list:
    return [r for r in server.requests if r.path in ("/api/submit", "/api/submit_gallery_post.json")]


def test_text_post_with_flair_nsfw_spoiler_and_a_descriptive_user_agent(net):
    api, server = net
    api.subs["pics"].flairs = [{"id": "f-oc", "text": "OC", "text_editable": False, "type": "text"}]
    published = _run(
        _adapter(api, server),
        lambda a: a.publish(
            _request("Hello *Reddit*", subreddit="r/pics", flair_id="f-oc", flair_text="OC", nsfw=True, spoiler=True)
        ),
    )
    form = api.submitted_forms[-1]
    assert form["kind"] == "self" and form["text"] == "Hello *Reddit*" and form["sr"] == "pics"
    assert (form["flair_id"], form["nsfw"], form["spoiler"], form["api_type"]) == ("f-oc", "true", "true", "json")
    assert "flair_text" not in form  # the template's own text is not sent again
    post = api.posts[published.remote_id]
    assert published.remote_id.startswith("t3_") and post["link_flair_text"] == "OC" and post["over_18"]
    assert published.remote_url and published.remote_url.endswith(post["permalink"])
    submit = _submits(server)[-1]
    assert submit.headers["user-agent"] == user_agent("alice_makes")
    assert submit.headers["user-agent"].startswith("desktop:org.postdesk.app:v")
    assert "(by /u/alice_makes)" in submit.headers["user-agent"]


def test_a_text_that_is_one_link_makes_a_link_post(net):
    api, server = net
    _run(_adapter(api, server), lambda a: a.publish(_request("https://example.com/story")))
    form = api.submitted_forms[-1]
    assert (form["kind"], form["url"]) == ("link", "https://example.com/story") and "text" not in form


def test_image_post_goes_through_the_lease_and_the_storage_form(net, tmp_path):
    api, server = net
    published = _run(_adapter(api, server), lambda a: a.publish(_request("", (_image(tmp_path),))))
    lease = next(r for r in server.requests if r.path == "/api/media/asset.json")
    assert lease.content_type == "application/x-www-form-urlencoded"
    upload = next(r for r in server.requests if r.path == BUCKET_PATH)
    assert "authorization" not in upload.headers
    fields = upload.multipart()
    asset = next(iter(api.assets.values()))
    assert set(asset.fields) <= set(fields) and list(fields)[-1] == "file"
    assert fields["file"][2] == asset.data and asset.mimetype == "image/png"
    form = api.submitted_forms[-1]
    assert form["kind"] == "image" and form["url"].endswith("/" + asset.key)
    assert api.posts[published.remote_id]["post_hint"] == "image"


def test_video_post_uploads_a_poster_frame_taken_with_pyav(net, tmp_path):
    api, server = net
    clip = video(tmp_path / "clip.mp4")
    published = _run(_adapter(api, server), lambda a: a.publish(_request("", (str(clip),))))
    form = api.submitted_forms[-1]
    assert form["kind"] == "video"
    kinds = {a.mimetype for a in api.assets.values()}
    assert kinds == {"video/mp4", "image/jpeg"}
    poster = next(a for a in api.assets.values() if a.mimetype == "image/jpeg")
    assert form["video_poster_url"].endswith(poster.key) and poster.data.startswith(b"\xff\xd8\xff")
    assert published.remote_id in api.posts


def test_gallery_post_sends_media_ids_with_captions(net, tmp_path):
    api, server = net
    paths = tuple(_image(tmp_path, f"{i}.png", (i * 40, 90, 30)) for i in range(3))
    published = _run(_adapter(api, server), lambda a: a.publish(_request("", paths, captions=["one", "", "three"])))
    body = api.submitted_forms[-1]
    assert [i["caption"] for i in body["items"]] == ["one", "", "three"]
    assert {i["media_id"] for i in body["items"]} == set(api.assets)
    assert body["nsfw"] is False and body["api_type"] == "json"
    assert published.remote_id in api.posts


def test_the_subreddits_rules_refuse_before_anything_is_sent(net, tmp_path):
    api, server = net
    api.add_sub(
        "strict",
        requirements={"is_flair_required": True, "title_text_min_length": 20},
        flairs=[{"id": "f1", "text": "Question"}],
    )
    api.add_sub("linksonly", submission_type="link")
    api.add_sub("noimages", allow_images=False)
    api.add_sub("nofacebook", requirements={"domain_blacklist": ["facebook.com"]})
    cases = [
        (_request(subreddit="strict"), "at least 20 characters"),
        (_request(subreddit="strict", title="A title that is long enough"), "requires a flair"),
        (_request(subreddit="linksonly"), "does not take text posts"),
        (_request("", (_image(tmp_path),), subreddit="noimages"), "does not take image posts"),
        (_request("https://www.facebook.com/x", subreddit="nofacebook"), "facebook.com"),
    ]
    adapter = _adapter(api, server)

    async def go(a):
        reasons = []
        for request, _ in cases:
            with pytest.raises(Rejected) as refused:
                await a.publish(request)
            reasons.append(refused.value.reason)
        return reasons

    reasons = _run(adapter, go)
    for reason, (_, words) in zip(reasons, cases, strict=True):
        assert words in reason
    assert _submits(server) == [] and not api.assets


def test_unknown_subreddit_is_refused_in_words(net):
    api, server = net
    with pytest.raises(Rejected, match="does not exist"):
        _run(_adapter(api, server), lambda a: a.publish(_request(subreddit="nosuchplace")))


def test_reddit_json_errors_are_worded_when_the_cached_rules_are_stale(net):
    api, server = net

    async def go(a):
        await a.subreddit_rules(7, "pics")  # cached: no flair needed yet
        api.subs["pics"].requirements = {"is_flair_required": True}
        await a.publish(_request())

    with pytest.raises(Rejected) as refused:
        _run(_adapter(api, server), go)
    assert refused.value.reason == "This subreddit requires a flair: choose one"
    assert "SUBMIT_VALIDATION_FLAIR_REQUIRED" in refused.value.network_message


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (["SUBREDDIT_NOEXIST", "that subreddit doesn't exist", "sr"], "does not exist"),
        (["NO_SELFS", "This community doesn't allow text posts.", "sr"], "does not take text posts"),
        (["NO_LINKS", "This community only allows text posts.", "sr"], "text posts only"),
        (["TOO_LONG", "this is too long (max: 300)", "title"], "The title is too long for Reddit (this is too long"),
        (["ALREADY_SUB", "that link has already been submitted", "url"], "already been posted"),
        (
            ["SUBMIT_VALIDATION_MIN_LENGTH", "You must have at least 10 characters in your title. ", "title"],
            "The subreddit's rules: You must have at least 10 characters in your title",
        ),
        (["SOMETHING_NEW", "a new refusal", ""], "Reddit refused the post: a new refusal"),
    ],
)
def test_json_errors_map_to_rejected_with_words(error, words):
    with pytest.raises(Rejected) as refused:
        raise_errors({"json": {"errors": [error]}})
    assert words in refused.value.reason


def test_ratelimit_in_json_errors_waits_what_reddit_says(net):
    api, server = net
    api.submit_ratelimit = 3
    with pytest.raises(RateLimited) as limited:
        _run(_adapter(api, server), lambda a: a.publish(_request()))
    assert limited.value.retry_after == timedelta(minutes=4)  # "in 3 minutes", rounded up
    assert not api.posts


def test_429_waits_for_x_ratelimit_reset(net):
    api, server = net
    server.fault(
        "POST",
        "/api/submit",
        Fault(
            "status",
            429,
            {"x-ratelimit-used": "600", "x-ratelimit-remaining": "0.0", "x-ratelimit-reset": "317"},
            {"message": "Too Many Requests", "error": 429},
        ),
    )
    with pytest.raises(RateLimited) as limited:
        _run(_adapter(api, server), lambda a: a.publish(_request()))
    assert limited.value.retry_after == timedelta(seconds=317)


def test_a_spent_window_waits_without_sending(net):
    api, server = net
    adapter = _adapter(api, server)

    async def go(a):
        await a.subscriptions(7)
        api.requests_left = 0  # the next answer says Remaining 0.0 ...
        with pytest.raises(RateLimited):
            await a.subreddit_rules(7, "pics")
        sent = len(server.requests)
        with pytest.raises(RateLimited) as limited:  # ... and the adapter now waits by itself
            await a.publish(_request())
        return sent, limited.value.retry_after

    sent, wait = _run(adapter, go)
    assert len(server.requests) == sent and wait == timedelta(seconds=api.window_reset)


def test_5xx_is_transient(net):
    api, server = net
    server.fault("POST", "/api/submit", Fault("status", 503, {}, {"message": "Service Unavailable", "error": 503}))
    with pytest.raises(Transient):
        _run(_adapter(api, server), lambda a: a.publish(_request()))
    assert not api.posts


def test_dropped_connection_mid_upload_is_transient_and_posts_nothing(net, tmp_path):
    api, server = net
    big = tmp_path / "big.png"
    Image.effect_noise((900, 900), 80).convert("RGB").save(big)
    server.fault("POST", BUCKET_PATH, Fault("drop_mid_body"))
    with pytest.raises(Transient):
        _run(_adapter(api, server), lambda a: a.publish(_request("", (str(big),))))
    assert _submits(server) == [] and not api.posts


def test_expired_token_is_auth_expired(net):
    api, server = net
    creds = StaticCredentials("token-expired", refreshed=None)
    with pytest.raises(AuthExpired):
        _run(_adapter(api, server, creds), lambda a: a.publish(_request()))
    assert creds.calls == [False, True]


def test_refreshed_token_is_used_after_a_401(net):
    api, server = net
    creds = StaticCredentials("token-expired", refreshed="token-alice")
    published = _run(_adapter(api, server, creds), lambda a: a.publish(_request()))
    assert published.remote_id in api.posts


def test_storage_refusing_a_too_large_file_is_rejected_in_words(qapp, net, tmp_path):
    api, server = net
    api.max_upload = 50_000
    big = tmp_path / "big.png"
    Image.effect_noise((400, 400), 80).convert("RGB").save(big)
    with pytest.raises(Rejected) as refused:
        _run(_adapter(api, server), lambda a: a.publish(_request("", (str(big),))))
    assert refused.value.reason.startswith("This image is ") and refused.value.reason.endswith(
        " KB; Reddit takes at most 50 KB for it"
    )  # the English, for the log only
    # The UI words the code; the storage's own code and message are the network's words.
    assert refused.value.problem == MEDIA_TOO_BIG_TO_SEND
    assert refused.value.network_message == "EntityTooLarge: Your proposed upload exceeds the maximum allowed size"
    assert describe_reason(refused.value.problem, {"name": "big.png"}, "reddit") == (
        "Not posted: big.png is too big to send to Reddit. Use a smaller file and schedule the post again."
    )
    assert _submits(server) == []


def test_storage_refusing_a_file_for_another_reason_is_a_code(qapp, net, tmp_path):
    api, server = net
    image = tmp_path / "small.png"
    Image.new("RGB", (40, 40), (200, 10, 10)).save(image)
    refusal = b"<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
    server.fault("POST", BUCKET_PATH, Fault("status", 403, {"Content-Type": "application/xml"}, refusal))
    with pytest.raises(Rejected) as refused:
        _run(_adapter(api, server), lambda a: a.publish(_request("", (str(image),))))
    assert refused.value.problem == STORAGE_REFUSED
    assert refused.value.network_message == "AccessDenied: Access Denied"
    assert describe_reason(refused.value.problem, {"name": "small.png"}, "reddit") == (
        "Not posted: Reddit's media storage did not take small.png. Try again later or use another file."
    )


def test_a_video_reddit_never_shows_is_an_answer_lost_then_looked_up(net, tmp_path):
    api, server = net
    api.fail_next_video = True
    clip = video(tmp_path / "clip.mp4")
    with pytest.raises(AnswerLost):
        _run(_adapter(api, server), lambda a: a.publish(_request("", (str(clip),))))
    found = _run(_adapter(api, server), lambda a: a.lookup(_request("", (str(clip),)), sent_at=api.now))
    assert found is None


def test_lost_answer_to_submit_then_lookup_finds_the_post(net):
    api, server = net
    server.fault("POST", "/api/submit", Fault("drop_after"))
    with pytest.raises(AnswerLost):
        _run(_adapter(api, server), lambda a: a.publish(_request()))
    found = _run(_adapter(api, server), lambda a: a.lookup(_request(), sent_at=api.now))
    assert found is not None and found.remote_id in api.posts
    other = _run(_adapter(api, server), lambda a: a.lookup(_request(title="Another title"), sent_at=api.now))
    assert other is None


def test_delete_metrics_and_scheduling_refused(net):
    api, server = net
    adapter = _adapter(api, server)

    async def go(a):
        published = await a.publish(_request())
        api.posts[published.remote_id].update(score=42, num_comments=5, upvote_ratio=0.93)
        metrics = await a.metrics(7, published.remote_id)
        stats = await a.post_stats(7, published.remote_id)
        await a.delete(7, published.remote_id)
        with pytest.raises(Rejected, match="no longer on Reddit"):
            await a.metrics(7, published.remote_id)
        return published, metrics, stats

    published, metrics, stats = _run(adapter, go)
    assert (metrics.likes, metrics.replies) == (42, 5) and stats["upvote_ratio"] == 0.93
    assert api.deleted == [published.remote_id]
    from datetime import UTC, datetime

    with pytest.raises(Rejected, match=NO_SCHEDULING):
        _run(
            _adapter(api, server),
            lambda a: a.publish(
                PublishRequest(
                    1,
                    7,
                    ("x",),
                    options={"subreddit": "pics", "title": "t"},
                    publish_at=datetime(2027, 1, 1, tzinfo=UTC),
                )
            ),
        )


def test_inbox_reply_and_mark_read(net):
    api, server = net
    adapter = _adapter(api, server)

    async def go(a):
        published = await a.publish(_request())
        reply_id = api.add_reply(published.remote_id, "bob", "Nice post!")
        message_id = api.add_reply(published.remote_id, "carol", "Hi there", comment=False)
        page = await a.fetch_inbox(7)
        answer = await a.reply(7, page.items[1], "Thanks Bob")
        await a.mark_read(7, [reply_id])
        unread = await a._call(7, "GET", "/message/unread")
        return page, answer, reply_id, message_id, unread.json()

    page, answer, reply_id, message_id, unread = _run(adapter, go)
    assert [i.remote_id for i in page.items] == [message_id, reply_id]
    assert page.items[1].kind.value == "comment" and page.items[0].kind.value == "direct_message"
    assert page.items[1].author_handle == "u/bob" and not page.items[1].is_read
    assert api.comments == [(reply_id, "Thanks Bob")] and answer.remote_id.startswith("t1_")
    assert [c["data"]["name"] for c in unread["data"]["children"]] == [message_id]


def test_subscriptions_flairs_and_rules_are_read_and_cached(net):
    api, server = net
    for i in range(130):
        api.add_sub(f"sub{i}")
    api.subs["pics"].flairs = [{"id": "f1", "text": "OC", "text_editable": True, "background_color": "#ff4500"}]
    adapter = _adapter(api, server)

    async def go(a):
        subs = await a.subscriptions(7)
        again = await a.subscriptions(7)
        flairs = await a.flairs(7, "pics")
        rules = await a.subreddit_rules(7, "pics")
        await a.subreddit_rules(7, "PICS")
        return subs, again, flairs, rules

    subs, again, flairs, rules = _run(adapter, go)
    assert subs == again and len(subs) == 131 and subs[0] == "pics"
    assert [(f.id, f.text, f.editable) for f in flairs] == [("f1", "OC", True)]
    assert rules.flairs == (("f1", "OC"),)
    listing_calls = [r for r in server.requests if r.path == "/subreddits/mine/subscriber"]
    about_calls = [r for r in server.requests if r.path.endswith("/about")]
    assert len(listing_calls) == 2 and len(about_calls) == 1


def test_the_fake_refuses_a_default_user_agent(net):
    _, server = net
    response = httpx.get(server.url + "/api/v1/me", headers={"Authorization": "bearer token-alice"})
    assert response.status_code == 429
