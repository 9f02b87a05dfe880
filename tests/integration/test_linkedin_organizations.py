"""LinkedIn as a Page: the sign-in asks for the organization scopes, lists the administered Pages
(organizationAcls with the Rest.li headers), stores the chosen one as the author and posts as it;
the fake checks the token's scope list per endpoint, and a missing scope is worded for the creator.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from postdesk.auth.accounts import AccountService
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.profiles import BROWSER_PROFILES
from postdesk.auth.profiles.base import ClientConfig
from postdesk.auth.profiles.linkedin import ORGANIZATION_SCOPES, PROFILE
from postdesk.auth.profiles.linkedin_organizations import add_organization, find_organizations, list_organizations
from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.networks import Network
from postdesk.platforms import linkedin as linkedin_module
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.credentials import AccountCredentials
from postdesk.platforms.linkedin import VERSION, LinkedInAdapter
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.linkedin_api import (
    MEMBER_ID,
    MEMBER_SCOPES,
    ORG_NAME,
    ORG_URN,
    OTHER_ORG_NAME,
    OTHER_ORG_URN,
    LinkedInFake,
)
from tests.fakes.oauth_networks import CLIENT_ID, SECRET, SPECS, FakeAuthServer
from tests.fakes.token_source import TokenSource
from tests.helpers.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.integration
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
CLIENT = ClientConfig(client_id=CLIENT_ID, client_secret=SECRET)


class LinkedInWorld:
    """LinkedIn's authorization server (a spec-checking fake) and its REST API (a socket fake).

    The token the authorization server issues is the one the REST fake accepts, with exactly the
    scopes the sign-in asked for, as LinkedIn grants them.
    """

    def __init__(self, paths) -> None:  # type: ignore[no-untyped-def]
        spec = replace(
            SPECS["linkedin"],
            required_scopes=("w_member_social", "w_organization_social"),
            identity_body={"sub": MEMBER_ID, "name": "Mira Kovac"},
        )
        self.auth = FakeAuthServer(spec)
        self.api = LinkedInFake()
        self.server = FakeHTTPServer(self.api)
        self.api.base = self.server.url
        self.asked: list[str] = []
        self.repo = AccountRepository(open_database(paths))
        self.vault = TokenVault(KeyringStore(MemoryKeyring()))
        on_auth = httpx.MockTransport(self._auth)
        self.service = AccountService(
            self.repo,
            self.vault,
            {Network.LINKEDIN: BROWSER_PROFILES[Network.LINKEDIN].with_endpoints(fixed_port=None)},
            http_factory=lambda: httpx.AsyncClient(
                mounts={"all://www.linkedin.com": on_auth, "all://api.linkedin.com": on_auth}
            ),
            clock=lambda: NOW,
        )

    def _auth(self, request: httpx.Request) -> httpx.Response:
        answer = self.auth(request)
        if request.url.path.endswith("/accessToken") and answer.status_code == 200:
            self.api.token = self.auth.issued[-1]
            self.api.scopes = set(self.asked[-1].split(" "))
        return answer

    async def browser(self, url: str) -> None:
        self.asked.append(dict(parse_qsl(urlsplit(url).query))["scope"])
        await self.auth.browser(url)


@pytest.fixture
def world(paths):  # type: ignore[no-untyped-def]
    w = LinkedInWorld(paths)
    with w.server:
        yield w


def test_page_sign_in_lists_administered_pages_stores_the_author_and_posts_as_it(world) -> None:
    async def scenario():  # type: ignore[no-untyped-def]
        found = await find_organizations(
            world.service, CLIENT, world.browser, version=VERSION, base_url=world.server.url
        )
        account = await add_organization(world.service, found, OTHER_ORG_URN)
        adapter = LinkedInAdapter(AccountCredentials(world.service, world.repo), base_url=world.server.url)
        try:
            post = await adapter.publish(PublishRequest(target_id=1, account_id=account.id, parts=("Workshop news",)))
        finally:
            await adapter.aclose()
        return found, account, post

    found, account, post = asyncio.run(scenario())
    assert world.auth.violations == []
    # The Page choice asks for w_organization_social (and reading the Page's comments), once.
    assert set(world.asked[0].split(" ")) == set(PROFILE.scopes) | set(ORGANIZATION_SCOPES)
    # Only approved ADMINISTRATOR roles, with the names from the decoration; the ANALYST role is left out.
    assert [(o.urn, o.name) for o in found.organizations] == [(ORG_URN, ORG_NAME), (OTHER_ORG_URN, OTHER_ORG_NAME)]
    assert account.handle == OTHER_ORG_NAME and account.remote_user_id == MEMBER_ID
    assert world.vault.load(Network.LINKEDIN, account.id).extra["author_urn"] == OTHER_ORG_URN
    assert world.api.posts[post.remote_id]["author"] == OTHER_ORG_URN
    assert "token" not in repr(found).lower().replace("tokens", "")  # no token in a repr (logs)


def test_the_page_list_is_a_finder_with_the_rest_li_headers(world) -> None:
    seen: list[httpx.Request] = []

    async def listing():  # type: ignore[no-untyped-def]
        async with httpx.AsyncClient(event_hooks={"request": [_keep(seen)]}) as http:
            return await list_organizations(http, world.api.token, version=VERSION, base_url=world.server.url)

    assert [o.urn for o in asyncio.run(listing())] == [ORG_URN, OTHER_ORG_URN]
    [request] = seen
    assert request.url.path == "/rest/organizationAcls"
    assert dict(request.url.params) == {
        "q": "roleAssignee",
        "role": "ADMINISTRATOR",
        "state": "APPROVED",
        "projection": "(elements*(*,organization~(localizedName)))",
    }
    assert request.headers["X-RestLi-Method"] == "FINDER"
    assert request.headers["X-Restli-Protocol-Version"] == "2.0.0"
    assert request.headers["LinkedIn-Version"] == VERSION
    # A token with none of the organization scopes gets LinkedIn's refusal (the fake can fail).
    world.api.scopes = set(MEMBER_SCOPES)

    with pytest.raises(AuthError) as refused:
        asyncio.run(listing())
    assert refused.value.code is AuthProblem.ACCESS_DENIED
    assert world.api.scope_refusals == ["organizationAcls.FINDER-roleAssignee needs an organization scope"]


def _keep(seen: list[httpx.Request]):  # type: ignore[no-untyped-def]
    async def hook(request: httpx.Request) -> None:
        seen.append(request)

    return hook


def _adapter(api: LinkedInFake, url: str, **extra: str) -> LinkedInAdapter:
    return LinkedInAdapter(TokenSource(api.token, user_id=MEMBER_ID, extra=extra), base_url=url)


def test_a_member_token_cannot_post_as_a_page_and_the_creator_is_told_why(world) -> None:
    # An account connected "as me" (no w_organization_social) that names a Page as the author.
    world.api.scopes = set(MEMBER_SCOPES)
    adapter = _adapter(world.api, world.server.url, author_urn=ORG_URN)

    async def post():  # type: ignore[no-untyped-def]
        try:
            return await adapter.publish(PublishRequest(target_id=1, account_id=1, parts=("Page news",)))
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as refused:
        asyncio.run(post())
    assert refused.value.http_status == 403
    assert refused.value.reason == linkedin_module.MISSING_PERMISSION
    assert "Reconnect" in refused.value.reason and "Not enough permissions" not in refused.value.reason
    assert "Not enough permissions to access" in (refused.value.network_message or "")
    assert world.api.scope_refusals == ["partnerApiPostsExternal.CREATE needs w_organization_social"]
    assert world.api.posts == {}


def test_each_endpoint_checks_its_own_scope(world) -> None:
    """Posting as the member needs only w_member_social; the author finder needs r_member_social."""
    world.api.scopes = set(MEMBER_SCOPES)
    adapter = _adapter(world.api, world.server.url)

    async def scenario():  # type: ignore[no-untyped-def]
        try:
            post = await adapter.publish(PublishRequest(target_id=1, account_id=1, parts=("Hello",)))
            await adapter.delete(1, post.remote_id)
            return post
        finally:
            await adapter.aclose()

    post = asyncio.run(scenario())
    assert post.remote_id not in world.api.posts and world.api.scope_refusals == []
    world.api.scopes.discard("w_member_social")
    adapter = _adapter(world.api, world.server.url)
    with pytest.raises(Rejected, match="Reconnect"):
        asyncio.run(_publish_then_close(adapter))
    assert world.api.scope_refusals == ["partnerApiPostsExternal.CREATE needs w_member_social"]


async def _publish_then_close(adapter: LinkedInAdapter) -> None:
    try:
        await adapter.publish(PublishRequest(target_id=1, account_id=1, parts=("Hello",)))
    finally:
        await adapter.aclose()
