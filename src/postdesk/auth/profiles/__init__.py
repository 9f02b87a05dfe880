"""Per-network sign-in profiles: one module per network, and the registry of them all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from postdesk.auth.profiles import (
    bluesky,
    bluesky_app_password,
    facebook,
    google_business,
    instagram,
    linkedin,
    mastodon,
    pinterest,
    reddit,
    telegram,
    threads,
    tiktok,
    x,
    youtube,
)
from postdesk.auth.profiles.base import OAuthProfile
from postdesk.core.networks import Network

if TYPE_CHECKING:  # auth.accounts imports this package's profiles
    from postdesk.auth.accounts import CredentialProfile

#: Networks signed in through the browser (OAuth 2 loopback + PKCE where supported).
BROWSER_PROFILES: dict[Network, OAuthProfile] = {
    Network.BLUESKY: bluesky.PROFILE,
    Network.MASTODON: mastodon.PROFILE,
    Network.X: x.PROFILE,
    Network.THREADS: threads.PROFILE,
    Network.LINKEDIN: linkedin.PROFILE,
    Network.INSTAGRAM: instagram.PROFILE,
    Network.FACEBOOK: facebook.PROFILE,
    Network.YOUTUBE: youtube.PROFILE,
    Network.TIKTOK: tiktok.PROFILE,
    Network.PINTEREST: pinterest.PROFILE,
    Network.REDDIT: reddit.PROFILE,
    Network.GOOGLE_BUSINESS: google_business.PROFILE,
}


def credential_profiles() -> dict[str, CredentialProfile]:
    """Networks (or alternatives) signed in with pasted credentials, by kind."""
    return {
        telegram.KIND: telegram.TelegramBot(),
        bluesky_app_password.KIND: bluesky_app_password.BlueskyAppPassword(),
    }
