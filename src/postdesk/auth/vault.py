"""The token vault: the only module that imports `keyring`.

Tokens live in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on
Linux). Each account has entries under the service name `postdesk/<network>/<account_id>`, one
per kind (access, refresh, DPoP key, metadata), because Windows caps one credential blob at
2,560 bytes (jaraco/keyring #355, #540) and long JWTs plus a refresh token do not fit in one.

Where no keyring exists (a headless Linux box without a Secret Service), the only fallback is
`EncryptedFileStore`: a file encrypted with a key derived from a passphrase the user chose
knowingly. Nothing is ever written in plain text.

All calls here block (D-Bus may even show an unlock prompt): callers run them off the UI thread.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from datetime import datetime
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.tokens import TokenSet, register_token_secrets
from postdesk.core.networks import Network
from postdesk.log import get_logger

_log = get_logger("auth.vault")

_ACCESS = "access"
_REFRESH = "refresh"
_DPOP = "dpop_key"
_META = "meta"
_CLIENT_SECRET = "client_secret"
_KINDS = (_ACCESS, _REFRESH, _DPOP, _META, _CLIENT_SECRET)


def service_name(network: Network, account_id: int | str) -> str:
    """The keyring service name of one account's entries."""
    return f"postdesk/{network.value}/{account_id}"


class SecretStore(Protocol):
    """Somewhere secrets can be kept, keyed by (service, name)."""

    @property
    def backend_name(self) -> str: ...

    def get(self, service: str, name: str) -> str | None: ...

    def set(self, service: str, name: str, value: str) -> None: ...

    def delete(self, service: str, name: str) -> None: ...


class KeyringStore:
    """Secrets in the OS keyring through the `keyring` package.

    Args:
        backend: a keyring backend to use; None uses keyring's own choice for this machine.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None):
        self._backend = backend

    def _ring(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    @property
    def backend_name(self) -> str:
        """The backend's dotted class name, recorded per account to notice a change."""
        ring = self._ring()
        return f"{type(ring).__module__}.{type(ring).__qualname__}"

    def check_available(self) -> None:
        """Raise unless a usable keyring is there.

        Raises:
            AuthError: KEYRING_UNAVAILABLE when only keyring's fail or null backend is there.
        """
        ring = self._ring()
        module = type(ring).__module__
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
            raise AuthError(AuthProblem.KEYRING_UNAVAILABLE, f"backend {self.backend_name}")
        if getattr(ring, "priority", 1) <= 0:
            raise AuthError(AuthProblem.KEYRING_UNAVAILABLE, f"backend {self.backend_name}")

    def _call(self, fn, *args):  # type: ignore[no-untyped-def]
        try:
            return fn(*args)
        except keyring.errors.KeyringLocked as exc:
            raise AuthError(AuthProblem.KEYRING_LOCKED, type(exc).__name__) from None
        except keyring.errors.NoKeyringError as exc:
            raise AuthError(AuthProblem.KEYRING_UNAVAILABLE, type(exc).__name__) from None
        except keyring.errors.InitError as exc:
            raise AuthError(AuthProblem.KEYRING_UNAVAILABLE, type(exc).__name__) from None
        except keyring.errors.PasswordSetError as exc:
            raise AuthError(AuthProblem.KEYRING_WRITE_FAILED, type(exc).__name__) from None
        except keyring.errors.KeyringError as exc:
            # `from None`: the original message may quote what was being stored.
            raise AuthError(AuthProblem.KEYRING_UNAVAILABLE, type(exc).__name__) from None

    def get(self, service: str, name: str) -> str | None:
        return self._call(self._ring().get_password, service, name)

    def set(self, service: str, name: str, value: str) -> None:
        self._call(self._ring().set_password, service, name, value)

    def delete(self, service: str, name: str) -> None:
        # PasswordDeleteError means nothing was stored under that name: deleting is done.
        self._call(self._delete_if_present, service, name)

    def _delete_if_present(self, service: str, name: str) -> None:
        try:
            self._ring().delete_password(service, name)
        except keyring.errors.PasswordDeleteError:
            pass


class EncryptedFileStore:
    """Secrets in one file encrypted with AES-256-GCM under a key derived by scrypt.

    Used only when no OS keyring exists and the user chose a passphrase knowingly. The file
    holds a random salt, a random nonce and the ciphertext of a JSON map; every write
    re-encrypts with a fresh nonce and replaces the file atomically.

    Args:
        path: the vault file.
        passphrase: the user's passphrase; a wrong one raises VAULT_PASSPHRASE_WRONG on open.

    Raises:
        AuthError: VAULT_PASSPHRASE_WRONG or VAULT_CORRUPT when an existing file cannot be read.
    """

    _MAGIC = "postdesk-vault-1"

    def __init__(self, path: Path, passphrase: str):
        if len(passphrase) < 8:
            raise AuthError(AuthProblem.INVALID_INPUT, "passphrase shorter than 8 characters")
        self._path = path
        self._lock = threading.Lock()
        if path.exists():
            self._salt, self._entries = self._read(passphrase)
        else:
            self._salt, self._entries = secrets.token_bytes(16), {}
        self._key = self._derive(passphrase, self._salt)

    @staticmethod
    def _derive(passphrase: str, salt: bytes) -> bytes:
        # scrypt cost n=2**15, r=8: ~32 MiB and a fraction of a second, as OWASP suggests.
        return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))

    def _read(self, passphrase: str) -> tuple[bytes, dict[str, str]]:
        try:
            doc = json.loads(self._path.read_text("utf-8"))
            if doc.get("format") != self._MAGIC:
                raise ValueError("format")
            salt = base64.b64decode(doc["salt"])
            nonce = base64.b64decode(doc["nonce"])
            blob = base64.b64decode(doc["data"])
        except (ValueError, KeyError, TypeError) as exc:
            raise AuthError(AuthProblem.VAULT_CORRUPT, type(exc).__name__) from None
        key = self._derive(passphrase, salt)
        try:
            plain = AESGCM(key).decrypt(nonce, blob, self._MAGIC.encode())
        except InvalidTag:
            raise AuthError(AuthProblem.VAULT_PASSPHRASE_WRONG) from None
        return salt, json.loads(plain)

    def _write(self) -> None:
        nonce = secrets.token_bytes(12)
        blob = AESGCM(self._key).encrypt(
            nonce, json.dumps(self._entries).encode("utf-8"), self._MAGIC.encode()
        )
        doc = {
            "format": self._MAGIC,
            "salt": base64.b64encode(self._salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "data": base64.b64encode(blob).decode(),
        }
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(doc, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self._path)

    @property
    def backend_name(self) -> str:
        return "postdesk.encrypted-file"

    @staticmethod
    def _key_of(service: str, name: str) -> str:
        return f"{service}\n{name}"

    def get(self, service: str, name: str) -> str | None:
        with self._lock:
            return self._entries.get(self._key_of(service, name))

    def set(self, service: str, name: str, value: str) -> None:
        with self._lock:
            self._entries[self._key_of(service, name)] = value
            self._write()

    def delete(self, service: str, name: str) -> None:
        with self._lock:
            if self._entries.pop(self._key_of(service, name), None) is not None:
                self._write()


class TokenVault:
    """Stores and reads each account's tokens as separate secret entries.

    Args:
        store: where the secrets go (the OS keyring, or the encrypted file fallback).
    """

    def __init__(self, store: SecretStore):
        self._store = store

    @property
    def backend_name(self) -> str:
        """The backend in use; record it with the account and warn if it changes."""
        return self._store.backend_name

    def save(self, network: Network, account_id: int | str, tokens: TokenSet) -> None:
        """Store (or replace) an account's tokens.

        Raises:
            AuthError: the keyring is missing, locked or refused the write.
        """
        service = service_name(network, account_id)
        self._store.set(service, _ACCESS, tokens.access_token)
        if tokens.refresh_token:
            self._store.set(service, _REFRESH, tokens.refresh_token)
        else:
            self._store.delete(service, _REFRESH)
        if tokens.dpop_key:
            self._store.set(service, _DPOP, tokens.dpop_key)
        else:
            self._store.delete(service, _DPOP)
        meta = {
            "expires_at": tokens.expires_at.isoformat() if tokens.expires_at else None,
            "token_type": tokens.token_type,
            "scope": tokens.scope,
            "extra": dict(tokens.extra),
        }
        self._store.set(service, _META, json.dumps(meta))
        _log.info("Stored tokens for %s account %s in %s", network.value, account_id, self.backend_name)

    def load(self, network: Network, account_id: int | str) -> TokenSet | None:
        """Read an account's tokens, or None when none are stored.

        Raises:
            AuthError: the keyring is missing or locked.
        """
        service = service_name(network, account_id)
        access = self._store.get(service, _ACCESS)
        if access is None:
            return None
        meta_raw = self._store.get(service, _META)
        meta = json.loads(meta_raw) if meta_raw else {}
        expires = meta.get("expires_at")
        tokens = TokenSet(
            access_token=access,
            refresh_token=self._store.get(service, _REFRESH),
            expires_at=datetime.fromisoformat(expires) if expires else None,
            token_type=meta.get("token_type") or "Bearer",
            scope=meta.get("scope"),
            dpop_key=self._store.get(service, _DPOP),
            extra=meta.get("extra") or {},
        )
        register_token_secrets(tokens)
        return tokens

    def save_client_secret(self, network: Network, account_id: int | str, secret: str) -> None:
        """Keep a client secret the account needs for refresh and revoke (BYOK, Mastodon)."""
        self._store.set(service_name(network, account_id), _CLIENT_SECRET, secret)

    def load_client_secret(self, network: Network, account_id: int | str) -> str | None:
        """The client secret stored for an account, if any."""
        return self._store.get(service_name(network, account_id), _CLIENT_SECRET)

    def delete(self, network: Network, account_id: int | str) -> None:
        """Delete every entry of an account (missing entries are fine)."""
        service = service_name(network, account_id)
        for kind in _KINDS:
            self._store.delete(service, kind)
        _log.info("Deleted stored tokens for %s account %s", network.value, account_id)


def default_vault() -> TokenVault:
    """A vault over the OS keyring.

    Raises:
        AuthError: KEYRING_UNAVAILABLE when this machine has no usable keyring; the UI then
            offers the encrypted file vault.
    """
    store = KeyringStore()
    store.check_available()
    return TokenVault(store)
