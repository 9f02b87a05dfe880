"""Mastodon (dynamic registration), Bluesky (PAR + DPoP, and app passwords), Telegram (bot token)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import httpx
import pytest

from postdesk.auth.accounts import AccountService
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.profiles import bluesky, bluesky_app_password, mastodon, telegram
from postdesk.auth.profiles.base import ClientConfig
from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from tests.fakes.oauth_bluesky import DID, HANDLE, PDS, PLC, FakeAtproto
from tests.fakes.oauth_mastodon import FakeMastodon
from tests.fakes.oauth_telegram import BOT_TOKEN, FakeTelegram
from tests.helpers.memory_keyring import MemoryKeyring

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _service(paths, handler, profiles=None, credential_profiles=None):  # type: ignore[no-untyped-def]
    repo = AccountRepository(open_database(paths))
    ring = MemoryKeyring()
    service = AccountService(
        repo,
        TokenVault(KeyringStore(ring)),
        profiles or {},
        credential_profiles=credential_profiles,
        http_factory=lambda: httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        clock=lambda: NOW,
    )
    return service, repo, ring


def test_mastodon_registers_per_instance_and_remembers_limits(paths) -> None:
    fake = FakeMastodon()
    service, repo, ring = _service(paths, fake, {Network.MASTODON: mastodon.PROFILE})

    async def scenario():  # type: ignore[no-untyped-def]
        account = await service.connect(
            Network.MASTODON, ClientConfig(options={"instance": "social.example"}), fake.browser, timeout=10
        )
        revoked = await service.disconnect(account.id)
        return account, revoked

    account, revoked = asyncio.run(scenario())
    assert fake.violations == []
    assert len(fake.apps) == 1
    registered = next(iter(fake.apps.values()))
    assert registered["redirect_uri"].startswith("http://127.0.0.1:")
    assert account.handle == "@creator@social.example"
    assert account.instance_url == "https://social.example"
    assert account.token_expires_at is None  # Mastodon tokens do not expire
    assert account.default_options["_client"]["facts"]["instance_limits"] == {
        "max_characters": 1000,
        "max_media_attachments": 6,
        "characters_reserved_per_url": 23,
        "image_size_limit": 16777216,
        "video_size_limit": 103809024,
    }
    assert revoked and fake.revoked == fake.issued
    assert ring.entries == {} and repo.list() == []


def test_bluesky_oauth_par_dpop_pkce(paths) -> None:
    fake = FakeAtproto()
    service, _repo, ring = _service(paths, fake, {Network.BLUESKY: bluesky.PROFILE})
    client = ClientConfig(options={"server": PDS, "handle": HANDLE, "plc_directory": PLC})

    async def scenario():  # type: ignore[no-untyped-def]
        account = await service.connect(Network.BLUESKY, client, fake.browser, timeout=10)
        stored = service.vault.load(Network.BLUESKY, account.id)
        fresh = await service.tokens_for(account.id, force_refresh=True)
        revoked = await service.disconnect(account.id)
        return account, stored, fresh, revoked

    account, stored, fresh, revoked = asyncio.run(scenario())
    assert fake.violations == []
    assert account.remote_user_id == DID and account.handle == HANDLE and account.instance_url == PDS
    assert stored.token_type == "DPoP" and stored.dpop_key and "PRIVATE KEY" in stored.dpop_key
    assert fresh.access_token != stored.access_token and fresh.dpop_key == stored.dpop_key
    assert revoked and fake.revoked == [fresh.refresh_token]
    assert ring.entries == {}


def test_bluesky_refuses_a_forged_iss(paths) -> None:
    class WrongIssuer(FakeAtproto):
        async def browser(self, url: str) -> None:
            # A valid request_uri and code, but the answer claims another issuer (RFC 9207 mix-up).
            pushed = self._requests.pop(httpx.URL(url).params["request_uri"])
            self._codes["c"] = pushed
            async with httpx.AsyncClient() as browser:
                await browser.get(
                    pushed["redirect_uri"],
                    params={"code": "c", "state": pushed["state"], "iss": "https://evil.example"},
                )

    fake = WrongIssuer()
    service, _repo, _ring = _service(paths, fake, {Network.BLUESKY: bluesky.PROFILE})
    with pytest.raises(AuthError) as refused:
        asyncio.run(
            service.connect(
                Network.BLUESKY, ClientConfig(options={"server": PDS, "plc_directory": PLC}), fake.browser, timeout=10
            )
        )
    assert refused.value.code is AuthProblem.SERVER_REFUSED


def test_bluesky_app_password(paths) -> None:
    fake = FakeAtproto()
    kinds = {bluesky_app_password.KIND: bluesky_app_password.BlueskyAppPassword()}
    service, repo, ring = _service(paths, fake, credential_profiles=kinds)

    async def scenario():  # type: ignore[no-untyped-def]
        with pytest.raises(AuthError) as wrong:
            await service.connect_with_credentials(
                bluesky_app_password.KIND, {"identifier": HANDLE, "password": "nope", "server": PDS}
            )
        assert wrong.value.code is AuthProblem.BAD_CREDENTIALS
        account = await service.connect_with_credentials(
            bluesky_app_password.KIND,
            {"identifier": "@" + HANDLE, "password": fake.app_password, "server": PDS},
        )
        first = service.vault.load(Network.BLUESKY, account.id)
        fresh = await service.tokens_for(account.id, force_refresh=True)
        revoked = await service.disconnect(account.id)
        return account, first, fresh, revoked

    account, first, fresh, revoked = asyncio.run(scenario())
    assert fake.violations == []
    assert account.handle == HANDLE and account.instance_url == PDS
    assert account.token_expires_at is not None
    assert fresh.access_token != first.access_token
    assert revoked and fake.revoked == [fresh.refresh_token]
    assert ring.entries == {} and repo.list() == []


def test_telegram_bot_token_and_channel_never_logged(paths, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake = FakeTelegram()
    bot = telegram.TelegramBot(transport_factory=lambda: httpx.MockTransport(fake))
    service, _repo, ring = _service(paths, fake, credential_profiles={telegram.KIND: bot})

    async def scenario():  # type: ignore[no-untyped-def]
        with pytest.raises(AuthError) as not_admin:
            await service.connect_with_credentials(telegram.KIND, {"bot_token": BOT_TOKEN, "channel": "otherchannel"})
        assert not_admin.value.code is AuthProblem.NOT_CHANNEL_ADMIN
        with pytest.raises(AuthError) as bad:
            await service.connect_with_credentials(telegram.KIND, {"bot_token": "1:wrong", "channel": "@mychannel"})
        assert bad.value.code is AuthProblem.BAD_CREDENTIALS
        with pytest.raises(AuthError) as missing:
            await service.connect_with_credentials(telegram.KIND, {"bot_token": BOT_TOKEN, "channel": "@nochannel"})
        assert missing.value.code is AuthProblem.CHANNEL_NOT_FOUND
        return await service.connect_with_credentials(
            telegram.KIND, {"bot_token": BOT_TOKEN, "channel": "https://t.me/mychannel"}
        )

    account = asyncio.run(scenario())
    assert account.handle == "@mychannel" and account.remote_user_id == "-1001"
    assert service.vault.load(Network.TELEGRAM, account.id).access_token == BOT_TOKEN  # type: ignore[union-attr]
    assert account.token_expires_at is None
    assert BOT_TOKEN not in caplog.text
    assert all(BOT_TOKEN not in str(r.args) and BOT_TOKEN not in r.getMessage() for r in caplog.records)
    assert asyncio.run(service.disconnect(account.id)) is False  # bot tokens are not revocable
    assert ring.entries == {}
