"""A Mastodon account's own instance limits reach the composer and the adapter.

Before: `auth.profiles.mastodon` stored `instance_limits` at sign-in, but nothing read them: the
composer counted against 500 characters and 4 images whatever the instance said, and the adapter
refused a fifth image on an instance that takes eight.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.media_limits import Described, check_media
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode, validate
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.ui.composer.services import StoreComposerServices
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon, InstanceConfig

PHOTO = Described(MediaKind.IMAGE, "image/jpeg", 200_000, 1200, 800)
GIF = Described(MediaKind.GIF, "image/gif", 500_000, 300, 300)
CLIP = Described(MediaKind.VIDEO, "video/mp4", 50_000_000, 1280, 720, 30.0)


def _codes(*items: Described, instance=None) -> list[str]:
    return [i.code for i in check_media(Network.MASTODON, items, relay=False, instance=instance)]


def test_check_media_takes_the_instances_attachment_cap_and_sizes() -> None:
    assert _codes(*(PHOTO,) * 6) == ["too_many_images"]
    assert _codes(*(PHOTO,) * 6, instance={"max_media_attachments": 8}) == []
    assert _codes(*(PHOTO,) * 3, instance={"max_media_attachments": 2}) == ["too_many_images"]
    assert _codes(CLIP, instance={"video_size_limit": 40_000_000}) == ["video_too_big"]
    assert _codes(GIF, instance={"image_size_limit": 400_000}) == ["gif_too_big"]
    assert _codes(CLIP, instance={}) == []


def test_a_gif_may_join_images_on_mastodon_but_not_a_video() -> None:
    # PostStatusService refuses only video/audio beside other media; a GIF (gifv) may sit with images.
    assert _codes(GIF, PHOTO, PHOTO) == []
    assert _codes(GIF, CLIP) == ["mixed_media_not_allowed"]
    assert _codes(PHOTO, CLIP) == ["mixed_media_not_allowed"]


def _image(asset_id: int) -> MediaInfo:
    return MediaInfo(asset_id, MediaKind.IMAGE, "image/png", 800, 600, 10_000, None, "a photo")


def test_validation_uses_the_accounts_instance_limits() -> None:
    infos = {i: _image(i) for i in range(1, 7)}
    post = Post(parts=("six photos",), media=tuple(infos))
    target = Target(Network.MASTODON, account_id=1)
    default = {p.code for p in validate(post, target, infos)}
    eight = {p.code for p in validate(post, target, infos, instance_limits={"max_media_attachments": 8})}
    assert ProblemCode.TOO_MANY_IMAGES in default
    assert ProblemCode.TOO_MANY_IMAGES not in eight


def test_the_composer_reads_the_limits_stored_at_sign_in() -> None:
    account = SimpleNamespace(
        id=3,
        network="mastodon",
        handle="alice@big.example",
        display_name="Alice",
        status="connected",
        default_options={
            "_client": {
                "facts": {
                    "instance_limits": {
                        "max_characters": 1000,
                        "max_media_attachments": 8,
                        "characters_reserved_per_url": 23,
                    }
                }
            }
        },
    )
    choice = StoreComposerServices._account_choice(account)
    assert choice.max_characters == 1000
    assert dict(choice.instance_limits)["max_media_attachments"] == 8
    plain = StoreComposerServices._account_choice(
        SimpleNamespace(id=4, network="x", handle="bob", display_name="", status="connected", default_options={})
    )
    assert plain.max_characters is None and plain.instance_limits == ()


# -- the adapter asks the instance ----------------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[tuple[FakeMastodon, ApiServer]]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _publish(instance: FakeMastodon, server: ApiServer, paths: tuple[str, ...]):
    async def scenario():
        adapter = MastodonAdapter(
            StaticCredentials("token-alice", base_url=server.url), clock=lambda: instance.now, sleep=_no_wait
        )
        try:
            return await adapter.publish(
                PublishRequest(target_id=1, account_id=7, parts=("photos",), media_paths=paths, idempotency_key="k")
            )
        finally:
            await adapter.aclose()

    return asyncio.run(scenario())


def _photos(tmp_path: Path, count: int) -> tuple[str, ...]:
    paths = []
    for i in range(count):
        path = tmp_path / f"{i}.png"
        Image.new("RGB", (40, 30), (i * 30, 100, 100)).save(path)
        paths.append(str(path))
    return tuple(paths)


@pytest.mark.integration
def test_an_instance_that_takes_8_attachments_gets_6_photos(fake, tmp_path) -> None:
    instance, server = fake
    instance.instance = InstanceConfig(max_media_attachments=8)
    published = _publish(instance, server, _photos(tmp_path, 6))
    assert len(instance.statuses[published.remote_id]["media_attachments"]) == 6


@pytest.mark.integration
def test_an_instance_that_takes_2_refuses_3_before_any_upload(fake, tmp_path) -> None:
    instance, server = fake
    instance.instance = InstanceConfig(max_media_attachments=2)
    with pytest.raises(Rejected, match="takes at most 2 images"):
        _publish(instance, server, _photos(tmp_path, 3))
    assert instance.media == {}
