"""Plays the user's browser in sign-in tests: follows the authorization server's pages.

The flow under test calls `open_browser(url)`; these helpers answer that call by driving the
authorization pages with httpx, as a person would click through them, and finally following
the redirect to the app's loopback listener.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import httpx

_FORM = re.compile(r'<form[^>]*action="([^"]+)"', re.I)
_ABORT = re.compile(r'href="([^"]*/abort)"', re.I)


@dataclass
class OidcDevBrowser:
    """Clicks through oidc-provider's dev login and consent pages.

    Attributes:
        login: the account name to sign in as.
        deny: press "Cancel" (abort) instead of consenting, which yields access_denied.
        pages: every URL visited, for assertions.
        final: the last response (the loopback listener's page).
    """

    login: str = "creator"
    deny: bool = False
    pages: list[str] = field(default_factory=list)
    final: httpx.Response | None = None

    async def __call__(self, url: str) -> None:
        async with httpx.AsyncClient(follow_redirects=True, timeout=20) as browser:
            response = await browser.get(url)
            self.pages.append(str(response.url))
            for _ in range(6):
                if response.url.host == "127.0.0.1" and response.url.path == "/callback":
                    break
                if self.deny and (abort := _ABORT.search(response.text)):
                    response = await browser.get(response.url.join(html.unescape(abort.group(1))))
                    self.pages.append(str(response.url))
                    continue
                form = _FORM.search(response.text)
                assert form, f"no form on {response.url}: {response.text[:300]}"
                action = response.url.join(html.unescape(form.group(1)))
                if "login" in response.text.lower() and 'name="login"' in response.text:
                    data = {"prompt": "login", "login": self.login, "password": "any"}
                else:
                    data = {"prompt": "consent"}
                response = await browser.post(action, data=data)
                self.pages.append(str(response.url))
            self.final = response
