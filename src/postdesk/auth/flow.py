"""One sign-in attempt through the system browser: the loopback flow of RFC 8252, end to end.

`sign_in` binds the loopback listener, lets the profile prepare (register, discover), builds the
authorization request with a fresh `state` and PKCE pair, opens the browser through an injected
callable, waits for the one valid callback, exchanges the code once, and asks who signed in.
Cancelling the task that awaits it closes the listener and abandons the attempt.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

import httpx

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.oauth_loopback import LoopbackListener
from postdesk.auth.pkce import new_pkce, new_state
from postdesk.auth.profiles.base import (
    ClientConfig,
    Clock,
    FlowContext,
    OAuthProfile,
    SignInResult,
    utc_now,
)
from postdesk.log import get_logger

_log = get_logger("auth.flow")

#: Opens a URL in the user's browser. The UI passes one that calls QDesktopServices.openUrl on
#: the UI thread; tests pass one that plays the browser with httpx.
OpenBrowser = Callable[[str], Awaitable[None] | None]

DEFAULT_TIMEOUT_S = 300.0


async def sign_in(
    profile: OAuthProfile,
    client: ClientConfig,
    *,
    http: httpx.AsyncClient,
    open_browser: OpenBrowser,
    timeout: float = DEFAULT_TIMEOUT_S,
    clock: Clock = utc_now,
    listen_host: str = "127.0.0.1",
) -> SignInResult:
    """Run one authorization-code sign-in.

    Args:
        profile: the network's profile.
        client: the client id (and secret) to sign in with.
        http: the client for the token and identity requests.
        open_browser: opens the authorization URL for the user.
        timeout: seconds to wait for the browser to come back.
        clock: the current UTC time, for token expiry.
        listen_host: "127.0.0.1", or "::1" for networks that require IPv6 loopback.

    Raises:
        AuthError: with the problem code (denied, timeout, port in use, exchange failed ...).
        asyncio.CancelledError: the user cancelled.
    """
    profile.check_client(client)
    state = new_state()
    listener = LoopbackListener(
        state,
        host=listen_host,
        port=profile.listen_port(client),
        path=profile.redirect_path,
        uri_host="[::1]" if listen_host == "::1" else profile.redirect_host,
    )
    await listener.start()
    try:
        pkce = new_pkce(profile.pkce) if profile.pkce is not None else None
        ctx = FlowContext(client=client, redirect_uri=listener.redirect_uri, state=state, pkce=pkce)
        await profile.prepare(http, ctx)
        url = await profile.authorization_url(http, ctx)
        _log.info("Opening the browser to sign in to %s", profile.network.value)
        opened = open_browser(url)
        if inspect.isawaitable(opened):
            await opened
        params = await listener.wait(timeout)
    finally:
        await listener.close()
    profile.check_callback(ctx, params)
    code = params.get("code")
    if not code:
        raise AuthError(AuthProblem.SERVER_REFUSED, "callback without code")
    tokens = await profile.exchange_code(http, ctx, code, clock())
    tokens = await profile.after_exchange(http, ctx, tokens, clock())
    identity = await profile.fetch_identity(http, ctx.client, tokens)
    _log.info("Signed in to %s as %s", profile.network.value, identity.handle)
    facts = dict(ctx.data.get("facts", {}))
    return SignInResult(client=ctx.client, tokens=tokens, identity=identity, facts=facts)


__all__ = ["DEFAULT_TIMEOUT_S", "OpenBrowser", "SignInResult", "sign_in"]
