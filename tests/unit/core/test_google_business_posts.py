"""Google Business Profile local posts in the core: the counter, the option checks and the body sent."""

from __future__ import annotations

from postdesk.core import google_business_posts as gbp
from postdesk.core import rules
from postdesk.core.media_info import MediaKind
from postdesk.core.media_limits import Described, check_media
from postdesk.core.networks import NETWORK_LOOKS, NETWORK_ORDER, Network, display_name
from postdesk.core.text.measure import measure

LOCATION = {"location": "accounts/1/locations/2"}


def test_the_network_is_known_and_named():
    assert Network("google_business") is Network.GOOGLE_BUSINESS and NETWORK_ORDER[-1] is Network.GOOGLE_BUSINESS
    assert display_name("google_business") == "Google Business Profile" == NETWORK_LOOKS[Network.GOOGLE_BUSINESS].name


def test_the_counter_takes_1500_code_points():
    assert measure("a" * 1500, Network.GOOGLE_BUSINESS).fits
    over = measure("a" * 1501, Network.GOOGLE_BUSINESS)
    assert not over.fits and over.limit == 1500 and over.overflow_start == 1500
    # An emoji is one code point here (the reference states no other way of counting).
    assert measure("🥐" * 1500, Network.GOOGLE_BUSINESS).length == 1500


def test_one_photo_through_the_relay_and_no_video_or_gif():
    photo = Described(MediaKind.IMAGE, "image/jpeg", 300_000, 1200, 900)
    assert check_media(Network.GOOGLE_BUSINESS, [photo], relay=True) == []
    assert [i.code for i in check_media(Network.GOOGLE_BUSINESS, [photo], relay=False)] == ["needs_media_relay"]
    assert "too_many_images" in [i.code for i in check_media(Network.GOOGLE_BUSINESS, [photo, photo], relay=True)]
    video = Described(MediaKind.VIDEO, "video/mp4", 1_000_000, 1280, 720, 10.0)
    gif = Described(MediaKind.GIF, "image/gif", 100_000, 400, 300)
    assert [i.code for i in check_media(Network.GOOGLE_BUSINESS, [video], relay=True)] == ["video_not_supported"]
    assert [i.code for i in check_media(Network.GOOGLE_BUSINESS, [gif], relay=True)] == ["gif_not_supported"]
    assert rules.get(Network.GOOGLE_BUSINESS).alt_text_max is None  # a LocalPost MediaItem takes no alt text


def test_what_each_kind_of_post_requires():
    assert gbp.check(LOCATION) == []
    assert [i.code for i in gbp.check({**LOCATION, "post_type": "EVENT"})] == [
        gbp.EVENT_TITLE_MISSING,
        gbp.SCHEDULE_MISSING,
    ]
    assert [
        i.code
        for i in gbp.check(
            {
                **LOCATION,
                "post_type": "OFFER",
                "event_title": "Sale",
                "event_start": "2026-12-01",
                "event_end": "2026-13-01",
            }
        )
    ] == [gbp.SCHEDULE_INVALID]
    # A button on an offer is not checked: Google ignores it and Postdesk does not send it.
    assert (
        gbp.check(
            {
                **LOCATION,
                "post_type": "OFFER",
                "event_title": "Sale",
                "event_start": "2026-12-01",
                "event_end": "2026-12-02",
                "cta_type": "BOOK",
            }
        )
        == []
    )
    # An all-day end on the start's day is not before a start with a time.
    assert (
        gbp.check(
            {
                **LOCATION,
                "post_type": "EVENT",
                "event_title": "Fair",
                "event_start": "2026-12-01T10:00",
                "event_end": "2026-12-01",
            }
        )
        == []
    )


def test_the_body_follows_the_v4_local_post():
    body = gbp.local_post("Hello", {**LOCATION, "cta_type": "call", "cta_url": "https://x.example"}, None)
    assert body == {"topicType": "STANDARD", "summary": "Hello", "callToAction": {"actionType": "CALL"}}
    body = gbp.local_post(
        "",
        {"post_type": "EVENT", "event_title": "Fair", "event_start": "2026-12-01T10:30", "event_end": "2026-12-02"},
        "https://relay.example/p.jpg",
    )
    assert body == {
        "topicType": "EVENT",
        "event": {
            "title": "Fair",
            "schedule": {
                "startDate": {"year": 2026, "month": 12, "day": 1},
                "startTime": {"hours": 10, "minutes": 30, "seconds": 0, "nanos": 0},
                "endDate": {"year": 2026, "month": 12, "day": 2},
                "endTime": {"hours": 23, "minutes": 59, "seconds": 0, "nanos": 0},
            },
        },
        "media": [{"mediaFormat": "PHOTO", "sourceUrl": "https://relay.example/p.jpg"}],
    }
