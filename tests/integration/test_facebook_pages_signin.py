"""Facebook sign-in to Pages: list the Pages, store each picked one as its own account, publish as it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest

from postdesk.auth.accounts import AccountService
from postdesk.auth.facebook_pages import PUBLISH_TASK, add_pages, find_pages, list_pages
from postdesk.auth.profiles import BROWSER_PROFILES
from postdesk.auth.profiles.base import ClientConfig, Identity, SignInResult
from postdesk.auth.tokens import TokenSet
from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.networks import Network
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.credentials import AccountCredentials
from postdesk.platforms.facebook import FacebookAdapter
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from tests.fakes.facebook_api import OTHER_PAGE_ID, PAGE_ID, VERSION, FacebookFake
from tests.fakes.http_fake import FakeHTTPServer
from tests.helpers.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.integration
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
CLIENT = ClientConfig(client_id="meta-app-id", client_secret="meta-app-secret", redirect_port=8768)


class SignedIn(AccountService):
    """The account service after Facebook Login (the browser part is proven in test_profiles_against_fakes)."""

    async def sign_in_only(self, network, client, open_browser, *, timeout=0.0):  # type: ignore[no-untyped-def,override]
        return SignInResult(
            client=client,
            tokens=TokenSet(access_token="user-token-1"),
            identity=Identity(remote_user_id="77", handle="Rosa", display_name="Rosa"),
            facts={},
        )


def _world(paths):  # type: ignore[no-untyped-def]
    repo = AccountRepository(open_database(paths))
    vault = TokenVault(KeyringStore(MemoryKeyring()))
    service = SignedIn(repo, vault, BROWSER_PROFILES, clock=lambda: NOW)
    return repo, vault, service


def test_pages_are_listed_picked_stored_and_published_as(paths) -> None:
    fake = FacebookFake(now=lambda: NOW)
    repo, vault, service = _world(paths)
    with FakeHTTPServer(fake) as server:
        url = f"{server.url}/{VERSION}/me/accounts"

        async def go():  # type: ignore[no-untyped-def]
            found = await find_pages(service, CLIENT, lambda _url: None, url=url)
            stored = await add_pages(service, found, [PAGE_ID])
            again = await add_pages(service, found, [PAGE_ID, OTHER_PAGE_ID], existing={PAGE_ID: stored[0].id})
            adapter = FacebookAdapter(
                AccountCredentials(service, repo),
                base_url=f"{server.url}/{VERSION}",
                video_url=f"{server.url}/{VERSION}",
                clock=lambda: NOW,
            )
            try:
                published = await adapter.publish(
                    PublishRequest(target_id=1, account_id=stored[0].id, parts=("Hello from the Page",))
                )
            finally:
                await adapter.aclose()
            return found, stored, again, published

        found, stored, again, published = asyncio.run(go())
    assert [p.name for p in found.pages] == ["Rosa's Bakery", "Rosa Runs"]
    assert "page-token" not in repr(found)  # tokens never in a repr (logs)
    accounts = repo.list()
    assert sorted(a.remote_user_id for a in accounts) == [PAGE_ID, OTHER_PAGE_ID]  # updated in place, not doubled
    assert again[0].id == stored[0].id
    assert {a.handle for a in accounts} == {"Rosa's Bakery", "Rosa Runs"}
    tokens = vault.load(Network.FACEBOOK, stored[0].id)
    assert tokens is not None and tokens.access_token == fake.pages[PAGE_ID]["token"] and tokens.expires_at is None
    assert vault.load_client_secret(Network.FACEBOOK, stored[0].id) == "meta-app-secret"
    assert fake.posts[published.remote_id]["page"] == PAGE_ID
    # The User token was used for the list only; the Page's own token published.
    assert server.requests[-2].bearer == fake.pages[PAGE_ID]["token"]


def test_page_list_needs_pages_show_list_and_a_user_token(paths) -> None:
    fake = FacebookFake(now=lambda: NOW)
    fake.permissions.discard("pages_show_list")
    with FakeHTTPServer(fake) as server:

        async def go():  # type: ignore[no-untyped-def]
            async with httpx.AsyncClient() as http:
                return await list_pages(http, "user-token-1", f"{server.url}/{VERSION}/me/accounts")

        from postdesk.auth.errors import AuthError

        with pytest.raises(AuthError):
            asyncio.run(go())


def test_pages_without_create_content_cannot_be_picked(paths) -> None:
    fake = FacebookFake(now=lambda: NOW)
    original = fake._accounts

    def accounts(token):  # type: ignore[no-untyped-def]
        answer = original(token)
        answer.body["data"][1]["tasks"] = ["ANALYZE"]
        return answer

    fake._accounts = accounts  # type: ignore[method-assign]
    with FakeHTTPServer(fake) as server:

        async def go():  # type: ignore[no-untyped-def]
            async with httpx.AsyncClient() as http:
                return await list_pages(http, "user-token-1", f"{server.url}/{VERSION}/me/accounts")

        pages = asyncio.run(go())
    assert [(p.page_id, p.can_publish) for p in pages] == [(PAGE_ID, True), (OTHER_PAGE_ID, False)]
    assert PUBLISH_TASK == "CREATE_CONTENT"
