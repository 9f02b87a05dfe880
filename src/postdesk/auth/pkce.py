"""PKCE (RFC 7636) verifiers and challenges, and the random `state` of each sign-in attempt."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from enum import StrEnum


class ChallengeMethod(StrEnum):
    """How the code challenge is derived from the verifier.

    S256 is RFC 7636's. TikTok's desktop Login Kit documents the SHA-256 digest hex-encoded
    instead of base64url-encoded (https://developers.tiktok.com/doc/login-kit-desktop/), and
    still calls it S256 on the wire.
    """

    S256 = "S256"
    S256_HEX = "S256-hex"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True, slots=True)
class Pkce:
    """One PKCE pair; the verifier never leaves the app except in the token request.

    Attributes:
        verifier: 86 characters from the unreserved set (RFC 7636 §4.1 allows 43 to 128).
        challenge: the value sent in the authorization request.
        method: how `challenge` was derived.
    """

    verifier: str = field(repr=False)
    challenge: str
    method: ChallengeMethod = ChallengeMethod.S256

    @property
    def wire_method(self) -> str:
        """The `code_challenge_method` parameter value."""
        return "S256"


def challenge_for(verifier: str, method: ChallengeMethod = ChallengeMethod.S256) -> str:
    """Derive the code challenge of a verifier."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return digest.hex() if method is ChallengeMethod.S256_HEX else _b64url(digest)


def new_pkce(method: ChallengeMethod = ChallengeMethod.S256) -> Pkce:
    """A fresh verifier (64 random bytes) and its challenge."""
    verifier = _b64url(secrets.token_bytes(64))
    return Pkce(verifier=verifier, challenge=challenge_for(verifier, method), method=method)


def new_state() -> str:
    """A fresh, unguessable `state` value (256 bits)."""
    return secrets.token_urlsafe(32)


def same_secret(expected: str, received: str | None) -> bool:
    """Compare two secret strings in constant time; None never matches."""
    if received is None:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), received.encode("utf-8"))
