"""LinkedIn "post as a Page": sign in with the organization scopes, list the Pages, keep one.

A LinkedIn Page is an organization (urn:li:organization:{id}). Posting as one needs the
member's token with `w_organization_social` (Posts API, "Permissions"), which the sign-in asks
for only when the creator chose "as a Page I administer" (`profile_for(organization=True)`).

The Pages come from Organization Access Control by Role
(https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/organization-access-control-by-role,
"Find a Member's Organization Access Control Information"): GET
/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED, a FINDER call that
carries `X-RestLi-Method: FINDER` beside the `LinkedIn-Version` and `X-Restli-Protocol-Version:
2.0.0` headers every versioned call needs. The decoration
`projection=(elements*(*,organization~(localizedName)))` adds each Page's name. Which scope the
finder needs: the page's table lists rw_organization_admin and r_organization_admin first; the
stored copy was cut there (U whether w_organization_social alone suffices, as integrators report).

The chosen Page is stored as the account's author: the token's non-secret `extra["author_urn"]`
(the adapter posts as it), the account's handle is the Page's name, and its remote user id stays
the member's id (comments and replies are made as the Page, deletes checked against both).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from postdesk.auth.accounts import AccountService
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.flow import OpenBrowser, sign_in
from postdesk.auth.profiles.base import ClientConfig, SignInResult
from postdesk.auth.profiles.linkedin import profile_for
from postdesk.auth.tokens import TokenSet
from postdesk.core.entities import Account
from postdesk.core.networks import Network

API = "https://api.linkedin.com"
_ACLS = "/rest/organizationAcls"
_PROJECTION = "(elements*(*,organization~(localizedName)))"


@dataclass(frozen=True)
class OrganizationChoice:
    """One Page the member administers.

    Attributes:
        urn: urn:li:organization:{id}.
        name: its localized name (the URN's id when LinkedIn gave none).
    """

    urn: str
    name: str


@dataclass(frozen=True)
class OrganizationsFound:
    """The outcome of a LinkedIn sign-in as a Page, before the creator picks one.

    Attributes:
        sign_in: the sign-in (its token is kept in memory only until `add_organization`).
        organizations: the Pages the member administers, in LinkedIn's order.
        reconnect_id: the account being reconnected, or None.
    """

    sign_in: SignInResult = field(repr=False)
    organizations: tuple[OrganizationChoice, ...]
    reconnect_id: int | None = None


async def list_organizations(
    http: httpx.AsyncClient, token: str, *, version: str, base_url: str = API
) -> list[OrganizationChoice]:
    """The Pages the member administers (approved ADMINISTRATOR roles).

    Args:
        version: the LinkedIn-Version header: the caller passes `postdesk.platforms.linkedin.VERSION`
            (kept in one place; `auth/` may not import `platforms/`).

    Raises:
        AuthError: ACCESS_DENIED when LinkedIn refuses the list for want of a permission (the app
            lacks the Community Management product), SERVER_REFUSED when it refuses otherwise or
            answers garbage.
    """
    headers = {
        "Authorization": f"Bearer {token}",
        "LinkedIn-Version": version,
        "X-Restli-Protocol-Version": "2.0.0",
        "X-RestLi-Method": "FINDER",
    }
    params = {"q": "roleAssignee", "role": "ADMINISTRATOR", "state": "APPROVED", "projection": _PROJECTION}
    try:
        response = await http.get(base_url.rstrip("/") + _ACLS, params=params, headers=headers)
        body: Any = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise AuthError(AuthProblem.SERVER_REFUSED, f"the Page list could not be read: {type(exc).__name__}") from None
    if response.status_code == 403:
        raise AuthError(AuthProblem.ACCESS_DENIED, "LinkedIn refused the Page list (ACCESS_DENIED)")
    if response.status_code != 200 or not isinstance(body, dict):
        raise AuthError(AuthProblem.SERVER_REFUSED, f"LinkedIn refused the Page list (HTTP {response.status_code})")
    found: dict[str, OrganizationChoice] = {}
    for row in body.get("elements") or ():
        if not isinstance(row, dict):
            continue
        urn = str(row.get("organization") or "")
        if not urn.startswith("urn:li:organization:") or row.get("role") != "ADMINISTRATOR":
            continue
        if row.get("state", "APPROVED") != "APPROVED":
            continue
        decorated = row.get("organization~")
        name = decorated.get("localizedName") if isinstance(decorated, dict) else None
        found.setdefault(urn, OrganizationChoice(urn, str(name or urn.rsplit(":", 1)[-1])))
    return list(found.values())


async def find_organizations(
    service: AccountService,
    client: ClientConfig,
    open_browser: OpenBrowser,
    *,
    version: str,
    reconnect_id: int | None = None,
    base_url: str = API,
) -> OrganizationsFound:
    """Sign in with the organization scopes and list the member's Pages (nothing is stored yet).

    Raises:
        AuthError: the sign-in failed or LinkedIn refused the list.
        asyncio.CancelledError: the user cancelled.
    """
    # The account service's own LinkedIn profile (its endpoints and port), with the Page's scopes.
    profile = replace(service.profile(Network.LINKEDIN), scopes=profile_for(organization=True).scopes)
    async with service.http_client() as http:
        result = await sign_in(profile, client, http=http, open_browser=open_browser)
        organizations = await list_organizations(http, result.tokens.access_token, version=version, base_url=base_url)
    return OrganizationsFound(sign_in=result, organizations=tuple(organizations), reconnect_id=reconnect_id)


def organization_sign_in(found: OrganizationsFound, choice: OrganizationChoice) -> SignInResult:
    """The sign-in result that stores the member's token with `choice` as the author."""
    tokens: TokenSet = found.sign_in.tokens
    return replace(
        found.sign_in,
        tokens=replace(tokens, extra={**tokens.extra, "author_urn": choice.urn}),
        identity=replace(found.sign_in.identity, handle=choice.name, display_name=choice.name),
        facts={**found.sign_in.facts, "author_urn": choice.urn, "organization_name": choice.name},
    )


async def add_organization(service: AccountService, found: OrganizationsFound, urn: str) -> Account:
    """Store the picked Page as the account (a reconnected account is updated in place).

    Raises:
        AuthError: the vault refused the token.
        KeyError: a Page that was not offered.
    """
    choice = next((c for c in found.organizations if c.urn == urn), None)
    if choice is None:
        raise KeyError(urn)
    return await service.store_sign_in(
        Network.LINKEDIN, organization_sign_in(found, choice), reconnect_id=found.reconnect_id
    )
