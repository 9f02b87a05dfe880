"""Google Business Profile sign-in: Google's desktop OAuth with PKCE, one scope, and who signed in."""

from __future__ import annotations

import asyncio

import httpx

from postdesk.auth.pkce import ChallengeMethod
from postdesk.auth.profiles import BROWSER_PROFILES
from postdesk.auth.profiles.base import ClientAuth, ClientConfig
from postdesk.auth.profiles.google_business import PROFILE, SCOPE
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network
from tests.fakes.api_server import ApiServer
from tests.fakes.google_business_api import FakeGoogleBusiness


def test_google_desktop_profile_with_pkce_and_one_scope():
    assert BROWSER_PROFILES[Network.GOOGLE_BUSINESS] is PROFILE
    assert PROFILE.scopes == (SCOPE,) == ("https://www.googleapis.com/auth/business.manage",)
    assert PROFILE.pkce is ChallengeMethod.S256 and PROFILE.client_auth is ClientAuth.POST
    assert PROFILE.extra_authorize_params["access_type"] == "offline"
    assert PROFILE.authorize_url == "https://accounts.google.com/o/oauth2/v2/auth"


def test_identity_is_the_personal_account_read_from_the_fake():
    api = FakeGoogleBusiness()
    api.accounts.append({"name": "accounts/999", "accountName": "Shops group", "type": "LOCATION_GROUP"})
    server = ApiServer(api).start()
    profile = PROFILE.with_endpoints(identity_url=server.url + "/v1/accounts")

    async def who():
        async with httpx.AsyncClient() as http:
            return await profile.fetch_identity(http, ClientConfig("id"), TokenSet(access_token="token-alice"))

    try:
        identity = asyncio.run(who())
    finally:
        server.stop()
    assert (identity.remote_user_id, identity.handle, identity.display_name) == ("111", "Alice Baker", "Alice Baker")
    assert api.calls == ["mybusinessaccountmanagement.accounts.list"]
