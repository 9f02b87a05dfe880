"""The media relay's settings (core.relay_settings) and Threads media with and without a relay (core.media_limits)."""

from __future__ import annotations

import pytest

from postdesk.core.media_info import MediaKind
from postdesk.core.media_limits import Described, check_media
from postdesk.core.networks import Network
from postdesk.core.relay_settings import OBJECT_PREFIX, RelayProblem, RelaySettings, is_relay_key

R2 = RelaySettings("https://acc.r2.cloudflarestorage.com", "auto", "my-media", "AKIA1", False)


def test_a_complete_relay_is_configured():
    assert R2.configured and R2.problems() == []
    assert RelaySettings(bucket="my-media", access_key_id="AKIA1").configured  # Amazon S3: no endpoint
    assert RelaySettings().region_or_default == "us-east-1" and R2.region_or_default == "auto"


@pytest.mark.parametrize(
    ("settings", "code"),
    [
        (RelaySettings(access_key_id="k"), RelayProblem.BUCKET_MISSING),
        (RelaySettings(bucket="my-media"), RelayProblem.ACCESS_KEY_MISSING),
        (RelaySettings(bucket="My Media", access_key_id="k"), RelayProblem.BUCKET_INVALID),
        (RelaySettings(bucket="ab", access_key_id="k"), RelayProblem.BUCKET_INVALID),
        (RelaySettings(bucket="a..b", access_key_id="k"), RelayProblem.BUCKET_INVALID),
        (RelaySettings(endpoint="s3.example.org", bucket="my-media", access_key_id="k"), RelayProblem.ENDPOINT_INVALID),
        (
            RelaySettings(endpoint="http://s3.example.org", bucket="my-media", access_key_id="k"),
            RelayProblem.ENDPOINT_NOT_HTTPS,
        ),
        (RelaySettings(region="EU West", bucket="my-media", access_key_id="k"), RelayProblem.REGION_INVALID),
    ],
)
def test_problems_are_codes_and_block_configured(settings, code):
    assert code in settings.problems()
    assert not settings.configured


def test_plain_http_is_allowed_only_to_this_machine():
    local = RelaySettings(endpoint="http://127.0.0.1:9000", bucket="my-media", access_key_id="k", path_style=True)
    assert local.configured


def test_stored_round_trip_and_garbage():
    assert RelaySettings.from_stored(R2.to_stored()) == R2
    assert RelaySettings.from_stored(None) == RelaySettings()
    assert RelaySettings.from_stored(
        {"bucket": " my-media ", "endpoint": "https://x.org/", "path_style": "yes"}
    ) == RelaySettings(endpoint="https://x.org", bucket="my-media", path_style=False)
    assert "secret" not in " ".join(R2.to_stored())  # the secret key is never part of the stored settings


def test_only_postdesk_keys_are_relay_keys():
    assert is_relay_key(OBJECT_PREFIX + "abc.jpg")
    assert not is_relay_key("holiday/beach.jpg")


def _photo() -> Described:
    return Described(MediaKind.IMAGE, "image/jpeg", 2_000_000, 1080, 1350)


def _video(seconds: float = 30.0, size: int = 50_000_000) -> Described:
    return Described(MediaKind.VIDEO, "video/mp4", size, 1080, 1920, seconds)


def test_threads_media_needs_a_relay():
    assert [i.code for i in check_media(Network.THREADS, [_photo()], relay=False)] == ["needs_media_relay"]
    assert check_media(Network.THREADS, [_photo()], relay=True) == []


def test_threads_with_a_relay_takes_carousels_up_to_20_mixed():
    mixed = [_photo()] * 19 + [_video()]
    assert check_media(Network.THREADS, mixed, relay=True) == []
    assert "too_many_attachments" in [i.code for i in check_media(Network.THREADS, [_photo()] * 21, relay=True)]


def test_threads_video_limits_with_a_relay():
    assert [i.code for i in check_media(Network.THREADS, [_video(seconds=301)], relay=True)] == ["video_too_long"]
    assert [i.code for i in check_media(Network.THREADS, [_video(size=1024**3 + 1)], relay=True)] == ["video_too_big"]
    assert check_media(Network.THREADS, [_video(seconds=300, size=1024**3)], relay=True) == []
