"""Facebook Pages at sign-in: list the Pages the person manages, keep the ones they pick.

Facebook publishes *as a Page*, with that Page's own access token
(https://developers.facebook.com/docs/pages-api/overview, "Page access tokens";
https://developers.facebook.com/docs/pages-api/getting-started): after Facebook Login, GET
/me/accounts with the person's (long-lived) User token lists the Pages they can act on, each with
its id, name, tasks and access_token (needs pages_show_list). A Page token obtained from a
long-lived User token has no expiry date
(https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived,
"Get a long-lived Page access token"), so it is stored with none; if Meta revokes it, the adapter
gets code 190 and the Page asks to be reconnected.

Each picked Page becomes its own Postdesk account (handle = the Page's name, remote user id = the
Page id) with its token in the keyring; the User token is dropped once the Pages are stored. A
Page already connected is updated in place instead of added twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from postdesk.auth.accounts import AccountService
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.flow import OpenBrowser
from postdesk.auth.profiles.base import ClientConfig, Identity, SignInResult
from postdesk.auth.profiles.facebook import ACCOUNTS_URL
from postdesk.auth.tokens import TokenSet
from postdesk.core.entities import Account
from postdesk.core.networks import Network

#: Tasks that let the person publish as the Page (Meta's Page roles: CREATE_CONTENT).
PUBLISH_TASK = "CREATE_CONTENT"
_MAX_PAGES_READ = 20  # pages of 100 Pages: far beyond anyone's own


@dataclass(frozen=True)
class PageChoice:
    """One Page the person may connect.

    Attributes:
        page_id: the Page's id.
        name: its name.
        category: its category ("Bakery"), for the picker.
        can_publish: the person may create content on it.
        token: the Page access token (never shown, never logged).
    """

    page_id: str
    name: str
    category: str = ""
    can_publish: bool = True
    token: str = field(default="", repr=False)


@dataclass(frozen=True)
class PagesFound:
    """The outcome of a Facebook sign-in, before the person picks Pages.

    Attributes:
        sign_in: the sign-in (its User token is kept in memory only until `add_pages`).
        pages: the Pages, in Facebook's order.
        reconnect_id: the Page account being reconnected, or None.
    """

    sign_in: SignInResult = field(repr=False)
    pages: tuple[PageChoice, ...]
    reconnect_id: int | None = None


async def list_pages(http: httpx.AsyncClient, user_token: str, url: str = ACCOUNTS_URL) -> list[PageChoice]:
    """The Pages the person can act on (GET /me/accounts, following the `after` cursor).

    The `paging.next` address carries the token in its query, so it is not followed as is: the
    next page is asked for with the cursor, the token staying in the Authorization header.

    Raises:
        AuthError: SERVER_REFUSED when Facebook refuses or answers garbage.
    """
    pages: list[PageChoice] = []
    params = {"fields": "id,name,access_token,category,tasks", "limit": "100"}
    for _ in range(_MAX_PAGES_READ):
        try:
            response = await http.get(url, params=params, headers={"Authorization": f"Bearer {user_token}"})
            body: Any = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise AuthError(
                AuthProblem.SERVER_REFUSED, f"the Page list could not be read: {type(exc).__name__}"
            ) from None
        if response.status_code != 200 or not isinstance(body, dict):
            raise AuthError(AuthProblem.SERVER_REFUSED, f"Facebook refused the Page list (HTTP {response.status_code})")
        for row in body.get("data") or ():
            if not isinstance(row, dict) or not row.get("id") or not row.get("access_token"):
                continue
            tasks = row.get("tasks")
            pages.append(
                PageChoice(
                    page_id=str(row["id"]),
                    name=str(row.get("name") or row["id"]),
                    category=str(row.get("category") or ""),
                    can_publish=not isinstance(tasks, list) or PUBLISH_TASK in tasks,
                    token=str(row["access_token"]),
                )
            )
        found_paging = body.get("paging")
        paging: dict[str, Any] = found_paging if isinstance(found_paging, dict) else {}
        cursors = paging.get("cursors")
        after = cursors.get("after") if isinstance(cursors, dict) else None
        if not paging.get("next") or not after:
            break
        params = {**params, "after": str(after)}
    return pages


def page_sign_in(found: PagesFound, page: PageChoice) -> SignInResult:
    """The sign-in result that stores `page` as its own account (its Page token, no expiry)."""
    return replace(
        found.sign_in,
        tokens=TokenSet(access_token=page.token, expires_at=None),
        identity=Identity(remote_user_id=page.page_id, handle=page.name, display_name=page.name),
        facts={**found.sign_in.facts, "page_category": page.category},
    )


async def find_pages(
    service: AccountService,
    client: ClientConfig,
    open_browser: OpenBrowser,
    *,
    reconnect_id: int | None = None,
    url: str = ACCOUNTS_URL,
) -> PagesFound:
    """Sign in with Facebook Login and list the person's Pages (nothing is stored yet).

    Raises:
        AuthError: the sign-in failed or Facebook refused the list (no Page at all is an empty list:
            the picker says what to do).
        asyncio.CancelledError: the user cancelled.
    """
    result = await service.sign_in_only(Network.FACEBOOK, client, open_browser)
    async with service.http_client() as http:
        pages = await list_pages(http, result.tokens.access_token, url)
    return PagesFound(sign_in=result, pages=tuple(pages), reconnect_id=reconnect_id)


async def add_pages(
    service: AccountService, found: PagesFound, page_ids: Sequence[str], *, existing: Mapping[str, int] | None = None
) -> list[Account]:
    """Store each picked Page as an account (an already connected Page is updated in place).

    Args:
        service: the account service.
        found: what `find_pages` returned.
        page_ids: the Pages picked, in order.
        existing: Page id → account id of Facebook accounts already in Postdesk.

    Raises:
        AuthError: the vault refused a token.
        KeyError: a Page id that was not offered.
    """
    by_id = {page.page_id: page for page in found.pages}
    known = dict(existing or {})
    stored: list[Account] = []
    for page_id in page_ids:
        page = by_id[page_id]
        again = known.get(page_id)
        if again is None and found.reconnect_id is not None and len(page_ids) == 1:
            again = found.reconnect_id
        stored.append(await service.store_sign_in(Network.FACEBOOK, page_sign_in(found, page), reconnect_id=again))
    return stored
