"""`core.media_limits`: one table, one check, for the composer and the adapters."""

from __future__ import annotations

import pytest

from postdesk.core import rules
from postdesk.core.media_info import MediaKind
from postdesk.core.media_limits import Described, check_media
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.media import fit

PHOTO = Described(MediaKind.IMAGE, "image/jpeg", 200_000, 1200, 800)
GIF = Described(MediaKind.GIF, "image/gif", 500_000, 300, 300)
CLIP = Described(MediaKind.VIDEO, "video/mp4", 5_000_000, 1280, 720, 30.0)


def codes(network: Network, *items: Described, relay: bool = True, poll: bool = False) -> list[str]:
    return [i.code for i in check_media(network, items, relay=relay, poll=poll)]


def test_every_issue_code_is_a_problem_code() -> None:
    values = {c.value for c in ProblemCode}
    samples = [
        (Network.X, (GIF, PHOTO), False, True),
        (Network.BLUESKY, (CLIP, CLIP, *(PHOTO,) * 5), False, False),
        (Network.YOUTUBE, (GIF,), False, False),
        (Network.TELEGRAM, (GIF, *(PHOTO,) * 6, *(CLIP,) * 5), False, False),
        (Network.THREADS, (PHOTO,), False, False),
        (
            Network.X,
            (
                Described(MediaKind.VIDEO, "video/webm", 10**10, 8000, 8000, 0.1),
                Described(MediaKind.VIDEO, "video/mp4", 1, 10, 10, 10**6),
            ),
            False,
            False,
        ),
        (Network.X, (Described(MediaKind.GIF, "image/gif", 10**9),), False, False),
    ]
    seen = set()
    for network, items, relay, poll in samples:
        for issue in check_media(network, items, relay=relay, poll=poll):
            assert issue.code in values, issue
            seen.add(issue.code)
    assert len(seen) >= 13


def test_nothing_attached_is_never_a_problem() -> None:
    for network in Network:
        assert check_media(network, [], relay=False, poll=True) == []


@pytest.mark.parametrize("network", list(Network))
def test_one_photo_goes_everywhere_postdesk_can_fit_it(network: Network) -> None:
    found = codes(network, PHOTO)
    allowed = {"needs_media_relay"} if rules.get(network).media.needs_relay else set()
    if rules.get(network).max_images == 0:
        allowed.add("too_many_images")
    assert set(found) <= allowed


def test_x_gif_must_be_alone_and_its_cap_is_fits() -> None:
    assert codes(Network.X, GIF) == []
    assert "gif_not_alone" in codes(Network.X, GIF, PHOTO)
    assert "gif_not_alone" in codes(Network.X, GIF, CLIP)
    assert "gif_not_alone" in codes(Network.X, GIF, GIF)
    assert "mixed_media_not_allowed" in codes(Network.X, PHOTO, CLIP)
    # media.fit sends a GIF as it is, or not at all, within the same cap.
    assert rules.get(Network.X).media.gif_max_bytes == fit.X_GIF_MAX_BYTES


def _animated_gif(size: int) -> bytes:
    import io

    from PIL import Image

    frames = [Image.new("RGB", (8, 8), colour).convert("P") for colour in ((255, 0, 0), (0, 0, 255))]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    data = buffer.getvalue()
    return data + b"\0" * (size - len(data))  # bytes after the trailer: the same animation, bigger


@pytest.mark.parametrize("network", [n for n in Network if rules.get(n).media.gif])
def test_fit_and_the_table_agree_on_the_gif_cap(network: Network) -> None:
    cap = rules.get(network).media.gif_max_bytes
    assert cap is not None, f"{network}: a GIF network needs a GIF cap"
    assert fit.fit_image(_animated_gif(cap), network).fits
    assert not fit.fit_image(_animated_gif(cap + 1), network).fits
    big = Described(MediaKind.GIF, "image/gif", cap + 1)
    assert codes(network, big) == ["gif_too_big"]
    assert codes(network, Described(MediaKind.GIF, "image/gif", cap)) == []


def test_video_limits_in_words_for_x() -> None:
    long = Described(MediaKind.VIDEO, "video/mp4", 900 * 1024**2, 1920, 1080, 3 * 3600.0)
    issues = {i.code: i for i in check_media(Network.X, [long], relay=False)}
    assert issues["video_too_long"].params == {"seconds": 10800, "max_seconds": 140}
    assert issues["video_too_big"].params == {"size_mb": 944, "max_mb": 536}
    assert issues["video_too_long"].index == 0


def test_unknown_frame_and_length_are_not_guessed() -> None:
    unknown = Described(MediaKind.VIDEO, "video/mp4", 1000)
    assert codes(Network.LINKEDIN, unknown) == []


def test_relay_and_poll() -> None:
    assert codes(Network.THREADS, PHOTO, relay=False) == ["needs_media_relay"]
    assert codes(Network.THREADS, PHOTO, relay=True) == []
    assert codes(Network.MASTODON, PHOTO, poll=True) == ["poll_with_media"]
    assert codes(Network.TELEGRAM, PHOTO, poll=True) == []
