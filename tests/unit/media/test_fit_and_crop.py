"""The per-network fitter and the crop geometry, over real images."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from postdesk.core.networks import Network
from postdesk.media import crop, fit
from postdesk.media.fit import ImageLimits, fit_image

from .media_factory import animated_gif, exif_with, gradient, image_bytes


def _open(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_a_small_jpeg_goes_out_byte_for_byte():
    data = image_bytes("JPEG", (800, 600))
    result = fit_image(data, Network.BLUESKY)
    assert result.data == data and not result.reencoded and result.fits


def test_location_is_stripped_losslessly_from_a_fitting_jpeg():
    data = image_bytes("JPEG", (800, 600), exif=exif_with(gps=True))
    result = fit_image(data, Network.MASTODON)
    assert result.location_stripped and not result.reencoded
    out = _open(result.data)
    assert not out.getexif().get_ifd(0x8825)
    # Same pixels: only the EXIF segment changed.
    assert out.tobytes() == _open(data).tobytes()


def test_location_is_kept_when_the_setting_is_off():
    data = image_bytes("JPEG", (800, 600), exif=exif_with(gps=True))
    result = fit_image(data, Network.MASTODON, strip_location=False)
    assert result.data == data
    assert _open(result.data).getexif().get_ifd(0x8825)


@pytest.mark.parametrize("network", [Network.BLUESKY, Network.X, Network.FACEBOOK])
def test_a_big_photo_is_recompressed_under_the_byte_limit_never_upscaled(network):
    data = image_bytes("PNG", (3000, 2000), compress_level=1)  # noisy: several MB
    limits = fit.limits_for(network)
    assert len(data) > limits.max_bytes
    result = fit_image(data, network)
    assert result.fits and result.size_bytes <= limits.max_bytes
    assert result.mime == "image/jpeg" and result.quality is not None
    assert result.width <= 3000 and result.height <= 2000
    assert abs(result.width / result.height - 1.5) < 0.01


def test_instagram_gets_a_jpeg_no_wider_than_1440():
    result = fit_image(image_bytes("PNG", (2000, 1600)), Network.INSTAGRAM)
    assert result.mime == "image/jpeg"
    assert (result.width, result.height) == (1440, 1152)
    assert result.resized


def test_telegram_side_sum_and_mastodon_pixel_caps_hold():
    tele = fit_image(image_bytes("JPEG", (9000, 3000), quality=30), Network.TELEGRAM)
    assert tele.width + tele.height <= 10_000
    masto = fit_image(
        image_bytes("JPEG", (3000, 2000), quality=30),
        Network.MASTODON,
        limits=ImageLimits(16_000_000, frozenset({"image/jpeg"}), max_pixels=1_000_000),
    )
    assert masto.width * masto.height <= 1_000_000


def test_small_images_are_never_upscaled():
    result = fit_image(image_bytes("WEBP", (200, 100)), Network.INSTAGRAM)  # WebP: not accepted
    assert (result.width, result.height) == (200, 100)
    assert result.mime == "image/jpeg"


def test_orientation_is_baked_in_when_re_encoding():
    data = image_bytes("JPEG", (800, 400), exif=exif_with(orientation=6))
    result = fit_image(data, Network.INSTAGRAM)
    assert (result.width, result.height) == (400, 800)
    assert _open(result.data).getexif().get(0x0112, 1) == 1


def test_an_animated_gif_too_big_for_a_network_is_flagged_not_mangled():
    data = animated_gif()
    ok = fit_image(data, Network.X)
    assert ok.fits and ok.data == data
    tight = fit_image(data, Network.X, limits=ImageLimits(100, frozenset({"image/gif"})))
    assert not tight.fits


def test_fit_applies_a_crop():
    spec = crop.CropSpec(0, crop.centered_box(1000, 500, 1.0))
    result = fit_image(image_bytes("JPEG", (1000, 500)), Network.BLUESKY, crop=spec)
    assert (result.width, result.height) == (500, 500)


def test_centered_box_matches_presets():
    assert crop.centered_box(1000, 1000, 4 / 5) == pytest.approx((0.1, 0.0, 0.9, 1.0))
    assert crop.centered_box(1600, 900, 9 / 16)[2] - crop.centered_box(1600, 900, 9 / 16)[0] == (
        pytest.approx(9 / 16 * 900 / 1600)
    )
    assert crop.centered_box(10, 10, None) == (0.0, 0.0, 1.0, 1.0)


def test_clamp_box_keeps_ratio_and_stays_inside():
    box = crop.clamp_box((0.8, 0.8, 1.3, 1.1), 1000, 800, 1.0)
    left, top, right, bottom = box
    assert 0 <= left < right <= 1 and 0 <= top < bottom <= 1
    assert (right - left) * 1000 == pytest.approx((bottom - top) * 800)


def test_rotate_then_crop():
    im = gradient(400, 200)
    spec = crop.CropSpec(quarter_turns=1, box=(0.0, 0.0, 1.0, 0.5))
    out = crop.apply_crop(im, spec)
    assert out.size == (200, 200) == spec.output_size(400, 200)
    # A clockwise turn brings the original bottom-left corner to the top-left.
    assert out.getpixel((0, 0)) == im.getpixel((0, 199))


def test_every_network_has_image_limits_with_a_source():
    for network in Network:
        limits = fit.limits_for(network)
        assert limits.max_bytes > 0 and limits.source
