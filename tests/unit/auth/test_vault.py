"""The token vault over an in-memory keyring, the encrypted file fallback, and keyring failures."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import keyring.backends.fail
import pytest

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.tokens import TokenSet, parse_token_response
from postdesk.auth.vault import EncryptedFileStore, KeyringStore, TokenVault, service_name
from postdesk.core.networks import Network
from tests.helpers.memory_keyring import MemoryKeyring

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
LONG = "a" * 2400  # near Windows' 2,560-byte cap on its own


def _tokens() -> TokenSet:
    return TokenSet(
        access_token=LONG,
        refresh_token="r" * 2000,
        expires_at=NOW,
        scope="read write",
        extra={"sub": "did:plc:abc"},
    )


def test_separate_entries_per_kind_under_the_account_service() -> None:
    ring = MemoryKeyring()
    vault = TokenVault(KeyringStore(ring))
    vault.save(Network.BLUESKY, 7, _tokens())
    service = service_name(Network.BLUESKY, 7)
    assert service == "postdesk/bluesky/7"
    assert ring.entries[(service, "access")] == LONG
    assert ring.entries[(service, "refresh")] == "r" * 2000
    assert all(len(value.encode()) <= 2560 for value in ring.entries.values())
    meta = json.loads(ring.entries[(service, "meta")])
    assert LONG not in ring.entries[(service, "meta")]
    assert meta["extra"] == {"sub": "did:plc:abc"}
    loaded = vault.load(Network.BLUESKY, 7)
    assert loaded == _tokens()
    vault.delete(Network.BLUESKY, 7)
    assert ring.entries == {}
    assert vault.load(Network.BLUESKY, 7) is None
    vault.delete(Network.BLUESKY, 7)  # deleting twice is fine


def test_backend_name_is_recorded() -> None:
    assert TokenVault(KeyringStore(MemoryKeyring())).backend_name.endswith("MemoryKeyring")


def test_no_keyring_says_so() -> None:
    store = KeyringStore(keyring.backends.fail.Keyring())
    with pytest.raises(AuthError) as missing:
        store.check_available()
    assert missing.value.code is AuthProblem.KEYRING_UNAVAILABLE
    with pytest.raises(AuthError) as missing:
        TokenVault(store).save(Network.X, 1, _tokens())
    assert missing.value.code is AuthProblem.KEYRING_UNAVAILABLE


def test_locked_keyring_says_so() -> None:
    ring = MemoryKeyring()
    ring.locked = True
    with pytest.raises(AuthError) as locked:
        TokenVault(KeyringStore(ring)).load(Network.X, 1)
    assert locked.value.code is AuthProblem.KEYRING_LOCKED
    assert LONG not in str(locked.value)


def test_encrypted_file_store_round_trip_and_wrong_passphrase(tmp_path) -> None:
    path = tmp_path / "vault.enc"
    vault = TokenVault(EncryptedFileStore(path, "correct horse battery"))
    vault.save(Network.MASTODON, 3, _tokens())
    raw = path.read_bytes()
    assert LONG.encode() not in raw and b"rrrrrrrr" not in raw
    assert vault.backend_name == "postdesk.encrypted-file"
    reopened = TokenVault(EncryptedFileStore(path, "correct horse battery"))
    assert reopened.load(Network.MASTODON, 3) == _tokens()
    with pytest.raises(AuthError) as wrong:
        EncryptedFileStore(path, "wrong horse battery")
    assert wrong.value.code is AuthProblem.VAULT_PASSPHRASE_WRONG
    with pytest.raises(AuthError) as short:
        EncryptedFileStore(tmp_path / "other.enc", "short")
    assert short.value.code is AuthProblem.PASSPHRASE_TOO_SHORT


def test_tampered_vault_file_is_refused(tmp_path) -> None:
    path = tmp_path / "vault.enc"
    TokenVault(EncryptedFileStore(path, "correct horse battery")).save(Network.X, 1, _tokens())
    doc = json.loads(path.read_text())
    doc["data"] = doc["data"][:-8] + "AAAAAAA="
    path.write_text(json.dumps(doc))
    with pytest.raises(AuthError) as refused:
        EncryptedFileStore(path, "correct horse battery")
    assert refused.value.code is AuthProblem.VAULT_PASSPHRASE_WRONG
    path.write_text("not json")
    with pytest.raises(AuthError) as corrupt:
        EncryptedFileStore(path, "correct horse battery")
    assert corrupt.value.code is AuthProblem.VAULT_CORRUPT


def test_token_set_never_prints_secrets() -> None:
    tokens = parse_token_response(
        {"access_token": "sekrit-access-123", "refresh_token": "sekrit-refresh-456", "expires_in": 7200},
        NOW,
    )
    assert "sekrit" not in repr(tokens) and "sekrit" not in str(tokens)
    assert tokens.expires_at == datetime(2026, 3, 1, 14, 0, tzinfo=UTC)


def test_refresh_keeps_old_refresh_token_when_server_sends_none() -> None:
    old = TokenSet(access_token="old-access", refresh_token="keep-me-refresh", extra={"sub": "u1"})
    new = parse_token_response({"access_token": "new-access", "expires_in": "60"}, NOW, previous=old)
    assert new.refresh_token == "keep-me-refresh"
    assert new.extra == {"sub": "u1"}
    with pytest.raises(AuthError):
        parse_token_response({"token_type": "bearer"}, NOW)
