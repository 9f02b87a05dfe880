"""The token vault: the only module that imports `keyring`.

Tokens live in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on
Linux). Each account has entries under the service name `postdesk/<network>/<account_id>`, one
per kind (access, refresh, DPoP key, metadata), because Windows caps one credential blob at
2,560 bytes (jaraco/keyring #355, #540) and long JWTs plus a refresh token do not fit in one.

Where no keyring exists (a headless Linux box without a Secret Service), the only fallback is
`EncryptedFileStore`: a file encrypted with a key derived from a passphrase the user chose
knowingly. Nothing is ever written in plain text. `FileVault` remembers that choice for one data
directory (the file exists) and whether it is unlocked in this process; once the app registers it
with `activate_file_vault`, `default_vault()` (the engine's way in) uses it, or says it is locked.

All calls here block (D-Bus may even show an unlock prompt): callers run them off the UI thread.
"""

from __future__ import annotations

import base64
import contextlib
import json
import math
import os
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any, Protocol

import keyring
import keyring.backend
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backends.chainer import ChainerBackend

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.tokens import TokenSet, register_token_secrets
from postdesk.core.networks import Network
from postdesk.log import get_logger, register_secret

_log = get_logger("auth.vault")

_ACCESS = "access"
_REFRESH = "refresh"
_DPOP = "dpop_key"
_META = "meta"
_CLIENT_SECRET = "client_secret"
_KINDS = (_ACCESS, _REFRESH, _DPOP, _META, _CLIENT_SECRET)
#: The media relay's secret access key: one entry, not tied to an account.
RELAY_SERVICE = "postdesk/relay/default"
_RELAY_SECRET = "secret_access_key"


def service_name(network: Network, account_id: int | str) -> str:
    """The keyring service name of one account's entries."""
    return f"postdesk/{network.value}/{account_id}"


class VaultKind(StrEnum):
    """Where sign-ins are kept."""

    KEYRING = "keyring"
    FILE = "file"


@dataclass(frozen=True)
class VaultLocation:
    """Where sign-ins really are, for the UI to say.

    Attributes:
        kind: the system keyring or the encrypted file.
        name: the keyring's name as users know it ("macOS Keychain"), or the file's path.
        backend: the keyring backend's module ("keyring.backends.macOS"), for the UI to name it in
            the user's language; "" for the encrypted file.
    """

    kind: VaultKind
    name: str
    backend: str = ""


#: Keyring backends by module, named as their users know them.
_KEYRING_NAMES = {
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.SecretService": "Secret Service keyring (GNOME Keyring, KeePassXC…)",
    "keyring.backends.libsecret": "GNOME Keyring",
    "keyring.backends.kwallet": "KWallet",
}


class SecretStore(Protocol):
    """Somewhere secrets can be kept, keyed by (service, name)."""

    @property
    def backend_name(self) -> str: ...

    @property
    def location(self) -> VaultLocation: ...

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

    @property
    def location(self) -> VaultLocation:
        """The keyring's name as users know it."""
        ring = self._ring()
        if isinstance(ring, ChainerBackend) and ring.backends:
            # With several keyrings (Secret Service and KWallet), keyring chains them and stores in
            # the first that takes the entry: name that one, not "chainer ChainerBackend".
            ring = ring.backends[0]
        module = type(ring).__module__
        name = _KEYRING_NAMES.get(module) or str(getattr(ring, "name", "") or type(ring).__name__)
        return VaultLocation(VaultKind.KEYRING, name, module)

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
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._ring().delete_password(service, name)


#: The shortest passphrase Postdesk accepts for a new encrypted file.
MIN_PASSPHRASE_LENGTH = 12


class PassphraseStrength(IntEnum):
    """How hard a passphrase is to guess, by a simple estimate the UI can explain."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def passphrase_problem(passphrase: str) -> AuthProblem | None:
    """Why a passphrase may not lock a new encrypted file, or None when it may.

    Only the length is a rule (at least `MIN_PASSPHRASE_LENGTH` characters); the strength
    estimate is advice. Files made before this rule still open with their shorter passphrase.
    """
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return AuthProblem.PASSPHRASE_TOO_SHORT
    return None


def passphrase_bits(passphrase: str) -> float:
    """A rough guessing cost in bits: length × log2(the alphabet its character kinds span).

    Lower-case letters count 26, capitals 26, digits 10, other ASCII symbols 33, a space 1,
    anything else 100. Repeats shrink the length: only the number of distinct characters counts beyond
    twice that number ("aaaaaaaaaaaa" is not long). A rough estimate, not a guarantee.
    """
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isupper() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in passphrase):
        pool += 10
    if any(c.isascii() and not c.isalnum() and c != " " for c in passphrase):
        pool += 33
    if " " in passphrase:
        pool += 1
    if any(not c.isascii() for c in passphrase):
        pool += 100
    length = min(len(passphrase), 2 * len(set(passphrase)))
    return length * math.log2(pool)


def passphrase_strength(passphrase: str) -> PassphraseStrength:
    """The strength shown next to a new passphrase (length and kinds of characters)."""
    if passphrase_problem(passphrase) is not None:
        return PassphraseStrength.TOO_SHORT
    bits = passphrase_bits(passphrase)
    if bits < 60:
        return PassphraseStrength.WEAK
    if bits < 80:
        return PassphraseStrength.FAIR
    if bits < 100:
        return PassphraseStrength.GOOD
    return PassphraseStrength.STRONG


@dataclass(frozen=True)
class KdfParams:
    """How the file key is derived from the passphrase (stored in the file's header).

    Attributes:
        n: scrypt's CPU/memory cost (a power of two).
        r: scrypt's block size.
        p: scrypt's parallelism.
    """

    n: int
    r: int
    p: int
    name: str = "scrypt"

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return Scrypt(salt=salt, length=32, n=self.n, r=self.r, p=self.p).derive(passphrase.encode("utf-8"))

    def header(self, salt: bytes) -> dict[str, Any]:
        return {"name": self.name, "n": self.n, "r": self.r, "p": self.p, "salt": base64.b64encode(salt).decode()}

    @classmethod
    def from_header(cls, kdf: Any) -> KdfParams:
        """The parameters a file names, refusing ones no Postdesk wrote (a hostile file must not
        make opening it take hours or gigabytes)."""
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
            raise ValueError("kdf")
        n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
            raise ValueError("kdf")
        if not (2**14 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError("kdf")
        return cls(n=n, r=r, p=p)


#: OWASP's Password Storage Cheat Sheet: scrypt with N=2^17 (128 MiB), r=8, p=1.
CURRENT_KDF = KdfParams(n=2**17, r=8, p=1)
#: What files of format 1 used (N=2^15, below OWASP's minimum); they still open and are
#: re-encrypted with `CURRENT_KDF` on their next write.
LEGACY_KDF = KdfParams(n=2**15, r=8, p=1)


class EncryptedFileStore:
    """Secrets in one file encrypted with AES-256-GCM under a key derived by scrypt.

    Used only when the user chose it knowingly (no OS keyring here). The file holds a header
    (format, KDF parameters, salt), a random nonce and the ciphertext of a JSON map; the header is
    authenticated with the ciphertext. Every write re-encrypts with a fresh nonce into a temp file
    created exclusively (O_EXCL, O_NOFOLLOW, 0600: a file or link planted at its name is never
    written through) and replaces the file atomically. A file written with older KDF parameters
    opens, and is re-encrypted with the current ones on its next write.

    A new file is written at once (empty), so that the user's choice is remembered: at the next
    start Postdesk finds it and asks for the passphrase.

    Args:
        path: the vault file.
        passphrase: the user's passphrase; a wrong one raises VAULT_PASSPHRASE_WRONG on open.

    Raises:
        AuthError: VAULT_PASSPHRASE_WRONG or VAULT_CORRUPT when an existing file cannot be read;
            PASSPHRASE_TOO_SHORT when a new file would get a passphrase under the minimum.
    """

    _MAGIC_V1 = "postdesk-vault-1"
    _MAGIC = "postdesk-vault-2"
    _MAX_FILE = 16 * 1024 * 1024

    def __init__(self, path: Path, passphrase: str, *, kdf: KdfParams = CURRENT_KDF):
        self._path = path
        self._lock = threading.Lock()
        self._target_kdf = kdf
        if path.exists():
            self._kdf, self._salt, self._key, self._entries = self._read(passphrase)
            if self._kdf != kdf:
                # Upgrade on the next write: derive the new key now, while the passphrase is here.
                self._kdf, self._salt = kdf, secrets.token_bytes(16)
                self._key = kdf.derive(passphrase, self._salt)
                _log.info("The encrypted sign-in file will be re-encrypted with stronger settings on its next write")
        else:
            problem = passphrase_problem(passphrase)
            if problem is not None:
                raise AuthError(problem, f"shorter than {MIN_PASSPHRASE_LENGTH} characters")
            self._kdf, self._salt, self._entries = kdf, secrets.token_bytes(16), {}
            self._key = kdf.derive(passphrase, self._salt)
            with self._lock:
                self._write()

    @property
    def kdf(self) -> KdfParams:
        """The KDF parameters the next write uses."""
        return self._kdf

    @property
    def path(self) -> Path:
        return self._path

    @classmethod
    def _aad(cls, fmt: str, kdf_header: dict[str, Any]) -> bytes:
        if fmt == cls._MAGIC_V1:
            return cls._MAGIC_V1.encode()
        return json.dumps({"format": fmt, "kdf": kdf_header}, sort_keys=True, separators=(",", ":")).encode()

    def _read(self, passphrase: str) -> tuple[KdfParams, bytes, bytes, dict[str, str]]:
        try:
            with open(self._path, "rb") as handle:
                raw = handle.read(self._MAX_FILE + 1)
            if len(raw) > self._MAX_FILE:
                raise ValueError("size")
            doc = json.loads(raw.decode("utf-8"))
            fmt = doc.get("format")
            if fmt == self._MAGIC_V1:
                kdf, salt, kdf_header = LEGACY_KDF, base64.b64decode(doc["salt"]), {}
            elif fmt == self._MAGIC:
                kdf_header = doc["kdf"]
                kdf = KdfParams.from_header(kdf_header)
                salt = base64.b64decode(kdf_header["salt"])
            else:
                raise ValueError("format")
            nonce = base64.b64decode(doc["nonce"])
            blob = base64.b64decode(doc["data"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise AuthError(AuthProblem.VAULT_CORRUPT, type(exc).__name__) from None
        key = kdf.derive(passphrase, salt)
        try:
            plain = AESGCM(key).decrypt(nonce, blob, self._aad(fmt, kdf_header))
        except InvalidTag:
            raise AuthError(AuthProblem.VAULT_PASSPHRASE_WRONG) from None
        except ValueError as exc:  # a nonce of the wrong size
            raise AuthError(AuthProblem.VAULT_CORRUPT, type(exc).__name__) from None
        try:
            entries = json.loads(plain)
        except ValueError:
            raise AuthError(AuthProblem.VAULT_CORRUPT, "content") from None
        if not isinstance(entries, dict):
            raise AuthError(AuthProblem.VAULT_CORRUPT, "content")
        return kdf, salt, key, entries

    def _write(self) -> None:
        kdf_header = self._kdf.header(self._salt)
        nonce = secrets.token_bytes(12)
        blob = AESGCM(self._key).encrypt(
            nonce, json.dumps(self._entries).encode("utf-8"), self._aad(self._MAGIC, kdf_header)
        )
        doc = {
            "format": self._MAGIC,
            "kdf": kdf_header,
            "nonce": base64.b64encode(nonce).decode(),
            "data": base64.b64encode(blob).decode(),
        }
        write_private_file(self._path, json.dumps(doc).encode("utf-8"))

    @property
    def backend_name(self) -> str:
        return "postdesk.encrypted-file"

    @property
    def location(self) -> VaultLocation:
        return VaultLocation(VaultKind.FILE, str(self._path))

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


def write_private_file(path: Path, data: bytes) -> None:
    """Replace `path` atomically with `data`, readable by the user only.

    The temp file beside it is created exclusively and without following links (O_CREAT |
    O_EXCL | O_NOFOLLOW, mode 0600): whatever sits at the temp name (a leftover from a crash, or
    a link planted by someone else) is removed as a name, never written through, and if its name
    is taken again at once the write fails instead of following it.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    try:
        fd = os.open(tmp, flags, 0o600)
    except FileExistsError:
        _log.warning("Removed a stale file at the encrypted sign-in file's temporary name")
        os.unlink(tmp)  # unlinks a link itself, never its target
        fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


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

    @property
    def location(self) -> VaultLocation:
        """Where the sign-ins really are (keyring name, or encrypted file path)."""
        return self._store.location

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

    def save_relay_secret(self, secret: str) -> None:
        """Keep the media relay's secret access key (its other settings are in the store)."""
        register_secret(secret)
        self._store.set(RELAY_SERVICE, _RELAY_SECRET, secret)

    def load_relay_secret(self) -> str | None:
        """The media relay's secret access key, or None when none is kept."""
        secret = self._store.get(RELAY_SERVICE, _RELAY_SECRET)
        if secret:
            register_secret(secret)
        return secret

    def delete_relay_secret(self) -> None:
        """Forget the media relay's secret access key (a missing one is fine)."""
        self._store.delete(RELAY_SERVICE, _RELAY_SECRET)

    def delete(self, network: Network, account_id: int | str) -> None:
        """Delete every entry of an account (missing entries are fine)."""
        service = service_name(network, account_id)
        for kind in _KINDS:
            self._store.delete(service, kind)
        _log.info("Deleted stored tokens for %s account %s", network.value, account_id)


class FileVault:
    """The encrypted-file vault of one data directory: chosen or not, locked or unlocked.

    The choice is remembered by the file itself: it is written as soon as the user chooses a
    passphrase, so at the next start Postdesk finds it and asks for the passphrase. Unlocking is
    per process; the key stays in memory until `lock` or the end of the process.

    Args:
        path: the vault file (`Paths.vault_file`).
    """

    def __init__(self, path: Path):
        self.path = path
        self._store: EncryptedFileStore | None = None
        self._lock = threading.Lock()

    @property
    def chosen(self) -> bool:
        """The user chose the encrypted file (it exists, or it is open in this process)."""
        return self._store is not None or os.path.lexists(self.path)

    @property
    def unlocked(self) -> bool:
        return self._store is not None

    def unlock(self, passphrase: str) -> None:
        """Open the existing file (blocks for a fraction of a second: call it off the UI thread).

        Raises:
            AuthError: VAULT_PASSPHRASE_WRONG, VAULT_CORRUPT, or VAULT_LOCKED when there is no file.
        """
        if not os.path.lexists(self.path):
            raise AuthError(AuthProblem.VAULT_LOCKED, "no encrypted file to open")
        store = EncryptedFileStore(self.path, passphrase)
        with self._lock:
            self._store = store

    def create(self, passphrase: str) -> None:
        """Make a new, empty encrypted file locked with `passphrase`, and keep it open.

        Raises:
            AuthError: PASSPHRASE_TOO_SHORT; INVALID_INPUT when a file is already there (unlock it).
        """
        if os.path.lexists(self.path):
            raise AuthError(AuthProblem.INVALID_INPUT, "an encrypted file exists already")
        store = EncryptedFileStore(self.path, passphrase)
        with self._lock:
            self._store = store

    def lock(self) -> None:
        """Forget the key (the file stays)."""
        with self._lock:
            self._store = None

    def token_vault(self) -> TokenVault:
        """A vault over the open file.

        Raises:
            AuthError: VAULT_LOCKED until `unlock` (or `create`) succeeded.
        """
        with self._lock:
            store = self._store
        if store is None:
            raise AuthError(AuthProblem.VAULT_LOCKED)
        return TokenVault(store)

    @property
    def location(self) -> VaultLocation:
        return VaultLocation(VaultKind.FILE, str(self.path))


_file_vaults: dict[Path, FileVault] = {}
_active: FileVault | None = None
_registry_lock = threading.Lock()


def file_vault_for(path: Path) -> FileVault:
    """The one `FileVault` of this path in this process (the pane and the engine share it)."""
    key = Path(os.path.abspath(path))
    with _registry_lock:
        vault = _file_vaults.get(key)
        if vault is None:
            vault = _file_vaults[key] = FileVault(key)
        return vault


def activate_file_vault(path: Path) -> FileVault:
    """Make `path` this process's encrypted-file vault, the one `default_vault()` uses when chosen.

    The app calls it once at start-up with its data directory's `Paths.vault_file`.
    """
    global _active
    vault = file_vault_for(path)
    with _registry_lock:
        _active = vault
    return vault


def forget_file_vaults() -> None:
    """Drop every registered file vault and its key (tests)."""
    global _active
    with _registry_lock:
        _active = None
        _file_vaults.clear()


def open_vault(file_vault: FileVault | None) -> TokenVault:
    """The vault for a data directory: its encrypted file when the user chose one, else the keyring.

    Raises:
        AuthError: VAULT_LOCKED when the encrypted file was chosen but is not unlocked yet;
            KEYRING_UNAVAILABLE when there is no file and no usable keyring.
    """
    if file_vault is not None and file_vault.chosen:
        return file_vault.token_vault()
    store = KeyringStore()
    store.check_available()
    return TokenVault(store)


def default_vault() -> TokenVault:
    """The vault of the data directory registered with `activate_file_vault`, else the OS keyring.

    Raises:
        AuthError: VAULT_LOCKED when the user chose the encrypted file and has not unlocked it;
            KEYRING_UNAVAILABLE when this machine has no usable keyring; the UI then offers the
            encrypted file vault.
    """
    with _registry_lock:
        active = _active
    return open_vault(active)
