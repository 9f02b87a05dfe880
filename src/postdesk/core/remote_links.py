"""Where a creator looks for their own posts on a network, and a post's id read from its link.

Used when Postdesk does not know whether a post went out (`unknown`): the UI links to the
account's profile so the creator can look, and a link the creator pastes back ("It's there")
gives the post's id where the network's links carry it, so deleting it from Postdesk later works.
Pure: no I/O.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from postdesk.core.networks import Network

_DIGITS = re.compile(r"^\d+$")


def profile_url(
    network: str, handle: str, instance_url: str | None = None, remote_user_id: str | None = None
) -> str | None:
    """The public page listing the account's posts, or None when it cannot be derived.

    Args:
        network: the network key.
        handle: the account's handle as stored ("@name@host" for Mastodon, "@channel" for a
            public Telegram channel, "name.bsky.social" for Bluesky ...).
        instance_url: the account's server (Mastodon, a self-hosted Bluesky PDS), if known.
        remote_user_id: the network's id of the account (LinkedIn's person id ...), if known.
    """
    name = handle.strip()
    if not name and not remote_user_id:
        return None
    bare = name.lstrip("@")
    match Network(network):
        case Network.MASTODON:
            user, _, host = bare.partition("@")
            base = f"https://{host}" if host else (instance_url or "").rstrip("/")
            return f"{base}/@{quote(user)}" if base and user else None
        case Network.BLUESKY:
            return f"https://bsky.app/profile/{quote(bare or remote_user_id or '')}"
        case Network.X:
            return f"https://x.com/{quote(bare)}" if bare else None
        case Network.THREADS:
            return f"https://www.threads.com/@{quote(bare)}" if bare else None
        case Network.INSTAGRAM:
            return f"https://www.instagram.com/{quote(bare)}/" if bare else None
        case Network.TELEGRAM:
            # Only a public channel has an address; a private one is opened in the app.
            return f"https://t.me/{quote(bare)}" if name.startswith("@") and bare else None
        case Network.LINKEDIN:
            return "https://www.linkedin.com/in/me/recent-activity/all/"
        case Network.REDDIT:
            return f"https://www.reddit.com/user/{quote(bare.removeprefix('u/'))}/submitted/" if bare else None
        case Network.YOUTUBE:
            return "https://studio.youtube.com/" if not bare else f"https://www.youtube.com/@{quote(bare)}/videos"
        case Network.PINTEREST:
            return f"https://www.pinterest.com/{quote(bare)}/_created/" if bare else None
        case Network.TIKTOK:
            return f"https://www.tiktok.com/@{quote(bare)}" if bare else None
        case _:
            return None


def remote_id_from_url(network: str, url: str) -> str | None:
    """The post's id as the network's API names it, read from its public link, or None.

    Only where the link carries the API's id: an X status, a Mastodon status, a Telegram channel
    message. Elsewhere (Bluesky's link names a handle, not the DID of the record) only the link
    itself is kept.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    segments = [s for s in parts.path.split("/") if s]
    match Network(network):
        case Network.X:
            if "status" in segments:
                index = segments.index("status") + 1
                if index < len(segments) and _DIGITS.match(segments[index]):
                    return segments[index]
            return None
        case Network.MASTODON:
            # https://host/@user/123 or https://host/users/user/statuses/123
            if segments and _DIGITS.match(segments[-1]) and len(segments) >= 2:
                return segments[-1]
            return None
        case Network.TELEGRAM:
            # https://t.me/channel/45 (public) or https://t.me/c/123456/45 (private)
            if len(segments) >= 2 and _DIGITS.match(segments[-1]):
                return segments[-1]
            return None
        case _:
            return None


def looks_like_link(text: str) -> bool:
    """Whether `text` is an http(s) address (the "It's there" field takes only those)."""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)
