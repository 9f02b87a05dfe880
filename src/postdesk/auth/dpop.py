"""DPoP proofs (RFC 9449) for atproto OAuth: an ES256 key per session and signed proof JWTs."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class DpopKey:
    """A P-256 key that signs DPoP proofs.

    Args:
        private_key: an existing key; None makes a fresh one.
    """

    def __init__(self, private_key: ec.EllipticCurvePrivateKey | None = None):
        self._key = private_key or ec.generate_private_key(ec.SECP256R1())

    @classmethod
    def from_pem(cls, pem: str) -> DpopKey:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError("not an EC key")
        return cls(key)

    def to_pem(self) -> str:
        """The private key as PEM; it is a secret and goes to the vault only."""
        return self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode("ascii")

    def public_jwk(self) -> dict[str, str]:
        numbers = self._key.public_key().public_numbers()
        return {
            "kty": "EC",
            "crv": "P-256",
            "x": _b64url(numbers.x.to_bytes(32, "big")),
            "y": _b64url(numbers.y.to_bytes(32, "big")),
        }

    def proof(
        self,
        method: str,
        url: str,
        *,
        nonce: str | None = None,
        access_token: str | None = None,
        now: float | None = None,
    ) -> str:
        """A DPoP proof JWT for one request (RFC 9449 §4.2).

        Args:
            method: the HTTP method.
            url: the request URL without query and fragment.
            nonce: the server's latest DPoP-Nonce, if it sent one.
            access_token: for resource requests, binds the proof to the token (`ath`).
            now: seconds since the epoch (tests pass a fixed value).
        """
        header = {"typ": "dpop+jwt", "alg": "ES256", "jwk": self.public_jwk()}
        payload: dict[str, object] = {
            "jti": secrets.token_urlsafe(16),
            "htm": method.upper(),
            "htu": url.split("?", 1)[0].split("#", 1)[0],
            "iat": int(now if now is not None else time.time()),
        }
        if nonce:
            payload["nonce"] = nonce
        if access_token:
            payload["ath"] = _b64url(hashlib.sha256(access_token.encode("ascii")).digest())
        signing_input = (
            _b64url(json.dumps(header, separators=(",", ":")).encode())
            + "."
            + _b64url(json.dumps(payload, separators=(",", ":")).encode())
        )
        der = self._key.sign(signing_input.encode("ascii"), ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        return signing_input + "." + _b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
