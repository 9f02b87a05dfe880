"""The small pages the loopback listener shows in the user's browser tab.

They are plain HTML with no scripts or external resources. The browser tab is outside the Qt
UI, so these words do not go through Qt's translator; they are short and say one thing: it
worked (close the tab), or why not in words a creator understands.
"""

from __future__ import annotations

import html

from postdesk.auth.errors import AuthProblem

_MESSAGES: dict[str, tuple[str, str]] = {
    "ok": ("You're signed in", "Postdesk is connected. You can close this tab and go back to the app."),
    AuthProblem.ACCESS_DENIED.value: (
        "Sign-in cancelled",
        "You chose not to give Postdesk access, so nothing was connected. "
        "You can close this tab; to try again, click Connect in Postdesk.",
    ),
    AuthProblem.SERVER_REFUSED.value: (
        "The network refused the sign-in",
        "The network answered with an error, so nothing was connected. "
        "Close this tab and try again from Postdesk; if it keeps happening, check the app "
        "settings you registered with the network.",
    ),
    AuthProblem.INVALID_STATE.value: (
        "This sign-in link has expired",
        "This page does not belong to the sign-in Postdesk is waiting for (it may be old or "
        "already used). Close this tab and start again from Postdesk.",
    ),
    "not_found": ("Nothing here", "Postdesk is waiting for a sign-in on another address."),
}


def page(kind: str) -> str:
    """The HTML page for an outcome: "ok", an AuthProblem value, or "not_found"."""
    title, body = _MESSAGES.get(kind, _MESSAGES[AuthProblem.SERVER_REFUSED.value])
    title, body = html.escape(title), html.escape(body)
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>Postdesk: {title}</title><meta name=viewport content='width=device-width'>"
        "<style>body{font-family:system-ui,sans-serif;max-width:32em;margin:4em auto;"
        "padding:0 1em;line-height:1.5;color:#222}h1{font-size:1.4em}</style></head>"
        f"<body><h1>{title}</h1><p>{body}</p></body></html>"
    )
