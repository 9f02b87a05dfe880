"""Mastodon: per-instance dynamic client registration, then the authorization code flow.

Checked against the official API (https://docs.joinmastodon.org/methods/apps/,
https://docs.joinmastodon.org/methods/oauth/, https://docs.joinmastodon.org/methods/instance/)
and the schema subset in shared/specs/mastodon/mastodon-openapi.subset.json:
- POST /api/v1/apps {client_name, redirect_uris, scopes, website} -> client_id, client_secret
  (the exact loopback redirect URI of this attempt is registered, so any port works);
- GET /oauth/authorize (PKCE S256 since Mastodon 4.3; older servers ignore it);
- POST /oauth/token with client_id and client_secret; tokens do not expire by default;
- POST /oauth/revoke {client_id, client_secret, token};
- GET /api/v2/instance: configuration.statuses (max_characters, characters_reserved_per_url,
  max_media_attachments) are remembered as the instance's limits.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.profiles.base import ClientAuth, ClientConfig, FlowContext, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network

CLIENT_NAME = "Postdesk"
WEBSITE = "https://github.com/postdesk"


def instance_base(client: ClientConfig) -> str:
    """The instance's base URL from what the user typed ("mastodon.social", a URL ...).

    Raises:
        AuthError: INVALID_INPUT when no instance was given.
    """
    raw = (client.options.get("instance") or "").strip().rstrip("/")
    if not raw:
        raise AuthError(AuthProblem.INVALID_INPUT, "no instance")
    if "://" not in raw:
        raw = f"https://{raw.lstrip('@').split('@')[-1]}"
    parts = urlsplit(raw)
    return f"{parts.scheme}://{parts.netloc}"


def instance_limits(body: dict[str, Any]) -> dict[str, int]:
    """The limits the composer needs, from a /api/v2/instance answer."""
    config = body.get("configuration") or {}
    statuses = config.get("statuses") or {}
    media = config.get("media_attachments") or {}
    polls = config.get("polls") or {}
    limits = {
        "max_characters": statuses.get("max_characters"),
        "max_media_attachments": statuses.get("max_media_attachments"),
        "characters_reserved_per_url": statuses.get("characters_reserved_per_url"),
        "image_size_limit": media.get("image_size_limit"),
        "video_size_limit": media.get("video_size_limit"),
        # configuration.polls: what a poll may hold on this server (core.rules.extras.poll_rules).
        "poll_max_options": polls.get("max_options"),
        "poll_max_characters_per_option": polls.get("max_characters_per_option"),
        "poll_min_expiration": polls.get("min_expiration"),
        "poll_max_expiration": polls.get("max_expiration"),
        # The server's API version (4.5 is 7, the first that quotes posts); absent before 4.3.
        "api_version": (body.get("api_versions") or {}).get("mastodon"),
    }
    return {k: int(v) for k, v in limits.items() if isinstance(v, int)}


class MastodonProfile(OAuthProfile):
    """Mastodon's profile; endpoints are resolved per instance."""

    def check_client(self, client: ClientConfig) -> None:
        instance_base(client)

    def _at(self, client: ClientConfig) -> OAuthProfile:
        base = instance_base(client)
        return OAuthProfile(
            network=self.network,
            authorize_url=f"{base}/oauth/authorize",
            token_url=f"{base}/oauth/token",
            revoke_url=f"{base}/oauth/revoke",
            identity_url=f"{base}/api/v1/accounts/verify_credentials",
            scopes=self.scopes,
            client_auth=self.client_auth,
            pkce=self.pkce,
        )

    async def prepare(self, http: httpx.AsyncClient, ctx: FlowContext) -> None:
        base = instance_base(ctx.client)
        info = await self.send(http, "GET", f"{base}/api/v2/instance", AuthProblem.NETWORK_UNREACHABLE)
        ctx.data.setdefault("facts", {})["instance_limits"] = instance_limits(info.json())
        registered = await self.send(
            http,
            "POST",
            f"{base}/api/v1/apps",
            AuthProblem.SERVER_REFUSED,
            json={
                "client_name": CLIENT_NAME,
                "redirect_uris": ctx.redirect_uri,
                "scopes": " ".join(self.scopes),
                "website": WEBSITE,
            },
        )
        app = registered.json()
        ctx.client = replace(ctx.client, client_id=str(app["client_id"]), client_secret=str(app["client_secret"]))

    async def authorization_url(self, http: httpx.AsyncClient, ctx: FlowContext) -> str:
        return await self._at(ctx.client).authorization_url(http, ctx)

    async def exchange_code(self, http: httpx.AsyncClient, ctx: FlowContext, code: str, now: datetime) -> TokenSet:
        return await self._at(ctx.client).exchange_code(http, ctx, code, now)

    async def fetch_identity(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> Identity:
        response = await self.send(
            http,
            "GET",
            f"{instance_base(client)}/api/v1/accounts/verify_credentials",
            AuthProblem.TOKEN_EXCHANGE_FAILED,
            headers={"Authorization": f"Bearer {tokens.access_token}"},
        )
        body = response.json()
        host = urlsplit(instance_base(client)).netloc
        return Identity(
            remote_user_id=str(body.get("id", "")),
            handle=f"@{body.get('username', '')}@{host}",
            display_name=str(body.get("display_name") or body.get("username", "")),
            avatar_url=body.get("avatar"),
            instance_url=instance_base(client),
        )

    async def refresh(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet, now: datetime) -> TokenSet:
        return await self._at(client).refresh(http, client, tokens, now)

    async def revoke(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> bool:
        form = {"token": tokens.access_token}
        await self._at(client).client_request(
            http, client, f"{instance_base(client)}/oauth/revoke", form, AuthProblem.REVOKE_FAILED
        )
        return True


PROFILE = MastodonProfile(
    network=Network.MASTODON,
    authorize_url="",  # per instance
    token_url="",
    # Granular scopes (Mastodon 2.4.3+), exactly those the adapter's calls need
    # (docs.joinmastodon.org/api/oauth-scopes and each method's "OAuth" line): post, delete and
    # schedule statuses and save read markers (write:statuses), upload media (write:media),
    # favourite (write:favourites), read statuses, scheduled statuses, conversations and markers
    # (read:statuses), notifications (read:notifications), who signed in (read:accounts), and find
    # the post to quote from its address (read:search, `GET /api/v2/search?resolve=true`).
    scopes=(
        "read:accounts",
        "read:statuses",
        "read:notifications",
        "read:search",
        "write:statuses",
        "write:media",
        "write:favourites",
    ),
    client_auth=ClientAuth.POST,
    needs_client_id=False,
    docs_url="https://docs.joinmastodon.org/methods/apps/",
)
