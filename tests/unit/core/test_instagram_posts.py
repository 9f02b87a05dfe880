"""Instagram post kinds: the one check the composer and the adapter share (core.instagram_posts)."""

from __future__ import annotations

import pytest

from postdesk.core import instagram_posts as posts


def _codes(options: dict, items: list[posts.Item], caption: str = "") -> list[str]:
    return [i.code for i in posts.check(options, items, caption=caption)]


@pytest.mark.parametrize(
    ("size", "fits"),
    [((1080, 1350), True), ((1080, 1351), False), ((1910, 1000), True), ((1911, 1000), False), ((1080, 1080), True)],
)
def test_feed_photo_ratio_bounds(size: tuple[int, int], fits: bool) -> None:
    assert ("instagram_image_ratio" not in _codes({}, [posts.Item(False, *size)])) is fits


def test_crop_to_fit_takes_the_ratio_refusal_away_and_says_to_what() -> None:
    wide = posts.Item(False, 2000, 500)
    assert _codes({posts.CROP_TO_FIT: True}, [wide]) == []
    assert posts.fitted_ratio(2000, 500) == pytest.approx(1.905)
    assert posts.fitted_ratio(500, 2000) == pytest.approx(0.805)
    assert posts.fitted_ratio(1080, 1080) is None


def test_videos_in_a_feed_carousel_are_not_held_to_the_photo_ratio() -> None:
    assert _codes({}, [posts.Item(False, 1080, 1080), posts.Item(True, 1080, 1920, 10.0)]) == []


def test_collaborators_are_read_from_text_or_a_list() -> None:
    assert posts.collaborators({posts.COLLABORATORS: "@a, b  c"}) == ["a", "b", "c"]
    assert posts.collaborators({posts.COLLABORATORS: ["@a", " "]}) == ["a"]


def test_a_reel_offset_that_is_not_a_number_is_refused() -> None:
    reel = [posts.Item(True, 1080, 1920, 10.0)]
    assert _codes({posts.KIND: "reel", posts.THUMB_OFFSET_MS: "soon"}, reel) == ["instagram_thumb_offset"]
    assert _codes({posts.KIND: "reel", posts.THUMB_OFFSET_MS: 9999}, reel) == []
