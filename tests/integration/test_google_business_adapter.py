"""The Google Business Profile adapter against the discovery-checked fake (tests/fakes/google_business_api.py).

What's new posts with and without a button, events, offers, a photo through the media relay
(fetched by Google while the post is PROCESSING, the copy deleted afterwards), the location
picker, lookup, delete, metrics, and the faults: 429 RESOURCE_EXHAUSTED, 5xx, a dropped connection
mid-upload, an expired token, a post Google rejects, a lost answer to the create call, and the
scopes (business.manage is needed and enough).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.auth.profiles.google_business import PROFILE, SCOPE
from postdesk.platforms.base import AnswerLost, AuthExpired, PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.google_business import DEFAULT_RATE_WAIT, NO_RELAY, GoogleBusinessAdapter
from postdesk.platforms.metrics import UNKNOWN
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.google_business_api import FakeGoogleBusiness
from tests.fakes.local_relay import LocalRelay

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def net() -> Iterator[tuple[FakeGoogleBusiness, ApiServer]]:
    api = FakeGoogleBusiness()
    server = ApiServer(api).start()
    yield api, server
    server.stop()


@pytest.fixture
def relay() -> Iterator[LocalRelay]:
    relay = LocalRelay()
    with relay.server:
        yield relay


def _adapter(
    api: FakeGoogleBusiness,
    server: ApiServer,
    creds: StaticCredentials | None = None,
    relay: LocalRelay | None = None,
    **kw: object,
) -> GoogleBusinessAdapter:
    return GoogleBusinessAdapter(
        creds or StaticCredentials("token-alice"),
        relay=relay,
        base_url=server.url,
        clock=lambda: api.now,
        sleep=_no_wait,
        **kw,
    )  # type: ignore[arg-type]


def _photo(tmp_path: Path, name: str = "shop.jpg") -> str:
    path = tmp_path / name
    Image.new("RGB", (800, 600), (200, 120, 40)).save(path, "JPEG" if name.endswith(".jpg") else "PNG")
    return str(path)


def _request(
    api: FakeGoogleBusiness, text: str = "Fresh bread every morning", media: tuple[str, ...] = (), **options: object
) -> PublishRequest:
    return PublishRequest(
        target_id=1, account_id=7, parts=(text,), media_paths=media, options={"location": api.location(), **options}
    )


def _run(adapter: GoogleBusinessAdapter, step):
    async def go():
        try:
            return await step(adapter)
        finally:
            await adapter.aclose()

    return asyncio.run(go())


def test_whats_new_with_a_button(net):
    api, server = net
    published = _run(
        _adapter(api, server),
        lambda a: a.publish(_request(api, cta_type="ORDER", cta_url="https://bakery.example/order")),
    )
    post = api.posts[published.remote_id]
    assert published.remote_id.startswith(api.location() + "/localPosts/")
    assert published.remote_url and "lpsid=" in published.remote_url
    assert post.state == "LIVE"
    assert api.created == [
        {
            "topicType": "STANDARD",
            "summary": "Fresh bread every morning",
            "callToAction": {"actionType": "ORDER", "url": "https://bakery.example/order"},
        }
    ]


def test_call_button_sends_no_url(net):
    api, server = net
    _run(_adapter(api, server), lambda a: a.publish(_request(api, cta_type="CALL", cta_url="https://ignored")))
    assert api.created[0]["callToAction"] == {"actionType": "CALL"}


def test_event_with_times_and_photo_through_the_relay(net, relay, tmp_path):
    api, server = net
    api.processing_polls = 2
    request = _request(
        api,
        "Come taste our new loaves",
        (_photo(tmp_path),),
        post_type="EVENT",
        event_title="Open day",
        event_start="2026-12-12T10:00",
        event_end="2026-12-12T16:30",
        cta_type="LEARN_MORE",
        cta_url="https://bakery.example/open-day",
    )
    published = _run(_adapter(api, server, relay=relay), lambda a: a.publish(request))
    body = api.created[0]
    assert body["topicType"] == "EVENT"
    assert body["event"] == {
        "title": "Open day",
        "schedule": {
            "startDate": {"year": 2026, "month": 12, "day": 12},
            "startTime": {"hours": 10, "minutes": 0, "seconds": 0, "nanos": 0},
            "endDate": {"year": 2026, "month": 12, "day": 12},
            "endTime": {"hours": 16, "minutes": 30, "seconds": 0, "nanos": 0},
        },
    }
    url = body["media"][0]["sourceUrl"]
    assert body["media"] == [{"mediaFormat": "PHOTO", "sourceUrl": url}]
    # Google fetched the photo while the post was PROCESSING, and only then was the copy deleted.
    assert api.fetched == [(url, 200)] and relay.deleted == [url] and relay.files == {}
    assert api.posts[published.remote_id].state == "LIVE"
    assert api.calls.count("localPosts.get") == 2


def test_offer_sends_coupon_terms_and_no_button(net):
    api, server = net
    _run(
        _adapter(api, server),
        lambda a: a.publish(
            _request(
                api,
                "20% off all cakes",
                post_type="OFFER",
                event_title="Cake week",
                event_start="2026-12-14",
                event_end="2026-12-20",
                offer_coupon="CAKE20",
                offer_url="https://bakery.example/cakes",
                offer_terms="One per customer",
                cta_type="SHOP",
                cta_url="https://bakery.example",
            )
        ),
    )
    body = api.created[0]
    assert body["offer"] == {
        "couponCode": "CAKE20",
        "redeemOnlineUrl": "https://bakery.example/cakes",
        "termsConditions": "One per customer",
    }
    assert "callToAction" not in body  # "Ignored for topic type OFFER"
    assert body["event"]["schedule"] == {
        "startDate": {"year": 2026, "month": 12, "day": 14},
        "endDate": {"year": 2026, "month": 12, "day": 20},
    }


def test_missing_fields_are_refused_before_anything_is_sent(net):
    api, server = net
    for options, words in (
        ({"location": ""}, "location"),
        ({"post_type": "EVENT"}, "title"),
        ({"cta_type": "BOOK"}, "web address"),
    ):
        with pytest.raises(Rejected, match=words):
            _run(_adapter(api, server), lambda a, o=options: a.publish(_request(api, **o)))
    assert api.calls == []


def test_a_photo_without_a_relay_names_the_setting(net, tmp_path):
    api, server = net
    with pytest.raises(Rejected) as refused:
        _run(_adapter(api, server), lambda a: a.publish(_request(api, media=(_photo(tmp_path),))))
    assert str(refused.value) == NO_RELAY and "Settings › Media relay" in NO_RELAY
    assert api.calls == []


def test_a_video_is_refused_before_the_relay_is_used(net, relay, tmp_path):
    api, server = net
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 2048)
    with pytest.raises(Rejected, match="Google Business Profile"):
        _run(_adapter(api, server, relay=relay), lambda a: a.publish(_request(api, media=(str(clip),))))
    assert relay.files == {} and api.calls == []


def test_google_rejects_the_post_in_words_and_it_is_not_left_behind(net, relay, tmp_path):
    api, server = net
    api.reject_next = True
    with pytest.raises(Rejected, match="Google rejected the post"):
        _run(_adapter(api, server, relay=relay), lambda a: a.publish(_request(api, media=(_photo(tmp_path),))))
    assert api.posts == {} and relay.files == {}


def test_a_photo_google_cannot_fetch_rejects_the_post(net, relay, tmp_path):
    api, server = net

    async def upload_then_lose(path: str) -> str:
        return relay.server.url + "/media/gone.jpg"

    relay.upload = upload_then_lose  # type: ignore[method-assign]
    with pytest.raises(Rejected, match="could not be fetched"):
        _run(_adapter(api, server, relay=relay), lambda a: a.publish(_request(api, media=(_photo(tmp_path),))))
    assert api.fetched == [(relay.server.url + "/media/gone.jpg", 404)]


def test_still_processing_is_published_and_the_copy_kept(net, relay, tmp_path):
    api, server = net
    api.processing_polls = 10
    published = _run(
        _adapter(api, server, relay=relay, max_polls=2), lambda a: a.publish(_request(api, media=(_photo(tmp_path),)))
    )
    assert published.remote_id in api.posts and relay.deleted == []


def test_rate_limit_waits_a_minute(net):
    api, server = net
    api.rate_limit_after = 0
    with pytest.raises(RateLimited) as limited:
        _run(_adapter(api, server), lambda a: a.publish(_request(api)))
    assert limited.value.retry_after == DEFAULT_RATE_WAIT and limited.value.http_status == 429


def test_server_error_is_transient(net):
    api, server = net
    server.fault(
        "POST",
        "/localPosts",
        Fault(
            "status",
            503,
            body={"error": {"code": 503, "message": "The service is currently unavailable.", "status": "UNAVAILABLE"}},
        ),
    )
    with pytest.raises(Transient):
        _run(_adapter(api, server), lambda a: a.publish(_request(api)))
    assert api.posts == {}


def test_dropped_connection_mid_upload_is_answer_lost_then_found_by_lookup(net):
    api, server = net
    server.fault("POST", "/localPosts", Fault("drop_mid_body"))
    request = _request(api, "x" * 1400)
    with pytest.raises((AnswerLost, Transient)):
        _run(_adapter(api, server), lambda a: a.publish(request))
    assert api.posts == {}
    assert _run(_adapter(api, server), lambda a: a.lookup(request, sent_at=api.now)) is None


def test_lost_answer_is_found_by_lookup(net):
    api, server = net
    server.fault("POST", "/localPosts", Fault("drop_after"))
    request = _request(api, "Our   winter\nhours")
    with pytest.raises(AnswerLost):
        _run(_adapter(api, server), lambda a: a.publish(request))
    found = _run(_adapter(api, server), lambda a: a.lookup(request, sent_at=api.now))
    assert found is not None and found.remote_id in api.posts
    # A post older than the window, or with another text, is not taken for it.
    api.advance(timedelta(hours=1))
    assert _run(_adapter(api, server), lambda a: a.lookup(request, sent_at=api.now)) is None


def test_expired_token_is_refreshed_once_then_auth_expired(net):
    api, server = net
    creds = StaticCredentials("token-old", refreshed="token-alice")
    _run(_adapter(api, server, creds), lambda a: a.publish(_request(api)))
    assert creds.calls == [False, True] and len(api.posts) == 1
    with pytest.raises(AuthExpired):
        _run(_adapter(api, server, StaticCredentials("token-old")), lambda a: a.publish(_request(api)))


def test_delete_and_delete_again(net):
    api, server = net
    published = _run(_adapter(api, server), lambda a: a.publish(_request(api)))
    _run(_adapter(api, server), lambda a: a.delete(7, published.remote_id))
    _run(_adapter(api, server), lambda a: a.delete(7, published.remote_id))  # gone counts as deleted
    assert api.posts == {}


def test_metrics_are_unknown_per_post(net):
    api, server = net
    assert _run(_adapter(api, server), lambda a: a.metrics(7, "accounts/111/locations/222/localPosts/1")) == UNKNOWN


def test_locations_across_accounts_and_pages(net):
    api, server = net
    api.accounts += [
        {"name": f"accounts/9{i:02d}", "accountName": f"Group {i}", "type": "LOCATION_GROUP"} for i in range(25)
    ]
    api.locations["accounts/905"] = [{"name": f"locations/{i}", "title": f"Shop {i}"} for i in range(130)]
    found = _run(_adapter(api, server), lambda a: a.locations(7))
    assert found[0].name == "accounts/111/locations/222" and found[0].title == "Alice's Bakery"
    assert found[0].address == "1 Main St, Springfield"
    assert len(found) == 131 and found[-1].name == "accounts/905/locations/129"
    assert api.calls.count("mybusinessaccountmanagement.accounts.list") == 2


def test_business_manage_is_needed_and_enough(net, relay, tmp_path):
    api, server = net
    assert PROFILE.scopes == (SCOPE,)

    async def everything(a: GoogleBusinessAdapter) -> None:
        await a.locations(7)
        published = await a.publish(_request(api, media=(_photo(tmp_path),)))
        await a.lookup(_request(api), sent_at=api.now)
        await a.delete(7, published.remote_id)

    _run(_adapter(api, server, relay=relay), everything)
    assert {c.rsplit(".", 2)[-2] + "." + c.rsplit(".", 1)[-1] for c in api.calls} >= {
        "accounts.list",
        "locations.list",
        "localPosts.create",
        "localPosts.get",
        "localPosts.list",
        "localPosts.delete",
    }
    api.tokens["token-alice"] = {"https://www.googleapis.com/auth/userinfo.email"}
    with pytest.raises(Rejected, match="Reconnect the account"):
        _run(_adapter(api, server), lambda a: a.publish(_request(api)))
    with pytest.raises(Rejected):
        _run(_adapter(api, server), lambda a: a.locations(7))


def test_a_location_the_user_lost_is_refused_in_words(net):
    api, server = net
    request = _request(api, "Hi")
    api.locations["accounts/111"] = []
    with pytest.raises(Rejected, match="Requested entity was not found"):
        _run(_adapter(api, server), lambda a: a.publish(request))


def test_a_strict_fake_refuses_what_google_refuses():
    from tests.fakes.google_business_api import check_local_post

    assert "Unknown name" in check_local_post({"topicType": "STANDARD", "state": "LIVE"})
    assert "url must be left unset" in check_local_post(
        {"topicType": "STANDARD", "callToAction": {"actionType": "CALL", "url": "https://a"}}
    )
    assert "event is required" in check_local_post({"topicType": "EVENT"})
    assert "ends before" in check_local_post(
        {
            "topicType": "EVENT",
            "event": {
                "title": "t",
                "schedule": {
                    "startDate": {"year": 2026, "month": 1, "day": 2},
                    "endDate": {"year": 2026, "month": 1, "day": 1},
                },
            },
        }
    )
    assert "1500" in check_local_post({"topicType": "STANDARD", "summary": "x" * 1501})
    assert check_local_post({"topicType": "STANDARD", "summary": "x" * 1500}) == ""


def test_retry_after_is_honoured_when_google_sends_one(net):
    api, server = net
    server.fault(
        "POST",
        "/localPosts",
        Fault(
            "status",
            429,
            headers={"Retry-After": "7"},
            body={"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}},
        ),
    )
    with pytest.raises(RateLimited) as limited:
        _run(_adapter(api, server), lambda a: a.publish(_request(api)))
    assert limited.value.retry_after == timedelta(seconds=7) and api.posts == {}


def test_lookup_reads_further_pages(net):
    api, server = net
    server.fault("POST", "/localPosts", Fault("drop_after"))
    request = _request(api, "The one that was lost")
    with pytest.raises(AnswerLost):
        _run(_adapter(api, server), lambda a: a.publish(request))
    api.advance(timedelta(seconds=1))

    async def newer(a: GoogleBusinessAdapter) -> None:
        for i in range(120):
            await a.publish(_request(api, f"Newer post {i}"))

    _run(_adapter(api, server), newer)
    found = _run(_adapter(api, server), lambda a: a.lookup(request, sent_at=api.now))
    assert found is not None and api.posts[found.remote_id].body["summary"] == "The one that was lost"
    assert api.calls.count("localPosts.list") == 2


def test_an_answer_without_a_state_is_read_again_before_the_copy_goes(net, relay, tmp_path):
    api, server = net
    api.omit_state = True
    published = _run(_adapter(api, server, relay=relay), lambda a: a.publish(_request(api, media=(_photo(tmp_path),))))
    url = api.created[0]["media"][0]["sourceUrl"]
    assert api.fetched == [(url, 200)] and relay.deleted == [url]
    assert api.posts[published.remote_id].state == "LIVE"
