"""The encrypted-file vault: OWASP KDF parameters, old files still open and get upgraded, temp
files never follow a planted link, a minimum passphrase, and the per-data-directory choice."""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
import sys

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from postdesk.auth import vault as vault_module
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.tokens import TokenSet
from postdesk.auth.vault import (
    CURRENT_KDF,
    MIN_PASSPHRASE_LENGTH,
    EncryptedFileStore,
    FileVault,
    KeyringStore,
    PassphraseStrength,
    TokenVault,
    VaultKind,
    activate_file_vault,
    default_vault,
    file_vault_for,
    forget_file_vaults,
    passphrase_problem,
    passphrase_strength,
)
from postdesk.core.networks import Network
from tests.helpers.memory_keyring import MemoryKeyring

PASS = "correct horse battery staple"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symlinks")


@pytest.fixture(autouse=True)
def _no_registered_vaults():  # type: ignore[no-untyped-def]
    forget_file_vaults()
    yield
    forget_file_vaults()


def _write_format_1(path, passphrase: str, entries: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A vault file exactly as Postdesk wrote it before: scrypt N=2^15, format 1."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())
    blob = AESGCM(key).encrypt(nonce, json.dumps(entries).encode(), b"postdesk-vault-1")
    path.write_text(
        json.dumps(
            {
                "format": "postdesk-vault-1",
                "salt": base64.b64encode(salt).decode(),
                "nonce": base64.b64encode(nonce).decode(),
                "data": base64.b64encode(blob).decode(),
            }
        )
    )


def test_new_files_use_owasp_scrypt_parameters(tmp_path) -> None:
    path = tmp_path / "vault.enc"
    EncryptedFileStore(path, PASS).set("svc", "access", "tok-1")
    header = json.loads(path.read_text())
    assert header["format"] == "postdesk-vault-2"
    assert header["kdf"]["name"] == "scrypt"
    assert header["kdf"]["n"] >= 2**17 and header["kdf"]["r"] == 8 and header["kdf"]["p"] == 1
    assert len(base64.b64decode(header["kdf"]["salt"])) == 16
    assert CURRENT_KDF.n >= 2**17
    assert EncryptedFileStore(path, PASS).get("svc", "access") == "tok-1"


def test_old_files_open_and_are_upgraded_on_the_next_write(tmp_path) -> None:
    path = tmp_path / "vault.enc"
    # Format 1 accepted 8-character passphrases: such a file must still open.
    _write_format_1(path, "8charsok", {"svc\naccess": "old-token"})
    store = EncryptedFileStore(path, "8charsok")
    assert store.get("svc", "access") == "old-token"
    assert json.loads(path.read_text())["format"] == "postdesk-vault-1"  # opening writes nothing
    store.set("svc", "refresh", "new-token")
    header = json.loads(path.read_text())
    assert header["format"] == "postdesk-vault-2" and header["kdf"]["n"] == CURRENT_KDF.n
    reopened = EncryptedFileStore(path, "8charsok")
    assert reopened.get("svc", "access") == "old-token" and reopened.get("svc", "refresh") == "new-token"
    with pytest.raises(AuthError) as wrong:
        EncryptedFileStore(path, "9charsnok")
    assert wrong.value.code is AuthProblem.VAULT_PASSPHRASE_WRONG


def test_old_file_with_the_wrong_passphrase(tmp_path) -> None:
    path = tmp_path / "vault.enc"
    _write_format_1(path, "an old passphrase", {})
    with pytest.raises(AuthError) as wrong:
        EncryptedFileStore(path, "not the passphrase")
    assert wrong.value.code is AuthProblem.VAULT_PASSPHRASE_WRONG


def test_header_is_authenticated_and_hostile_parameters_refused(tmp_path) -> None:
    path = tmp_path / "vault.enc"
    EncryptedFileStore(path, PASS).set("svc", "access", "tok")
    doc = json.loads(path.read_text())
    weakened = json.loads(json.dumps(doc))
    weakened["kdf"]["n"] = 2**14
    path.write_text(json.dumps(weakened))
    with pytest.raises(AuthError) as refused:
        EncryptedFileStore(path, PASS)
    assert refused.value.code is AuthProblem.VAULT_PASSPHRASE_WRONG
    for hostile in (2**30, 3 * 2**15, "131072", True):
        bad = json.loads(json.dumps(doc))
        bad["kdf"]["n"] = hostile
        path.write_text(json.dumps(bad))
        with pytest.raises(AuthError) as corrupt:
            EncryptedFileStore(path, PASS)
        assert corrupt.value.code is AuthProblem.VAULT_CORRUPT


@posix_only
def test_a_symlink_planted_at_the_temp_name_is_not_followed(tmp_path) -> None:
    path = tmp_path / "vault.enc"
    store = EncryptedFileStore(path, PASS)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    tmp = tmp_path / "vault.tmp"  # the temp name beside vault.enc
    os.symlink(victim, tmp)
    store.set("svc", "access", "tok-after-plant")
    assert victim.read_text() == "keep me"
    assert not path.is_symlink() and path.is_file()
    assert not os.path.lexists(tmp)
    assert EncryptedFileStore(path, PASS).get("svc", "access") == "tok-after-plant"
    # A dangling link: its target is not created either.
    missing = tmp_path / "would-be-created"
    os.symlink(missing, tmp)
    store.set("svc", "refresh", "r")
    assert not os.path.lexists(missing)
    assert not path.is_symlink()


@posix_only
def test_vault_file_is_private_whatever_the_umask(tmp_path) -> None:
    old = os.umask(0)
    try:
        path = tmp_path / "sub" / "vault.enc"
        EncryptedFileStore(path, PASS).set("svc", "access", "tok")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_passphrase_minimum_and_strength(tmp_path) -> None:
    short = "x" * (MIN_PASSPHRASE_LENGTH - 1)
    assert MIN_PASSPHRASE_LENGTH >= 12
    assert passphrase_problem(short) is AuthProblem.PASSPHRASE_TOO_SHORT
    assert passphrase_problem("twelve chars") is None
    with pytest.raises(AuthError) as refused:
        EncryptedFileStore(tmp_path / "vault.enc", short)
    assert refused.value.code is AuthProblem.PASSPHRASE_TOO_SHORT
    assert not (tmp_path / "vault.enc").exists()
    assert passphrase_strength(short) is PassphraseStrength.TOO_SHORT
    assert passphrase_strength("aaaaaaaaaaaaaaaa") is PassphraseStrength.WEAK  # long but one letter
    assert passphrase_strength("abcdefghijkl") is PassphraseStrength.WEAK
    assert passphrase_strength("abcdefghij1!") is PassphraseStrength.FAIR
    assert passphrase_strength("correct horse staple") is PassphraseStrength.GOOD
    assert passphrase_strength("Correct-Horse-Battery-Staple-42") is PassphraseStrength.STRONG
    ranks = [passphrase_strength(p) for p in ("abcdefghijkl", "abcdefghijk1", "abcdefghij1!", "Abcdefghij1!")]
    assert ranks == sorted(ranks)


def test_a_new_file_is_written_at_once_so_the_choice_is_remembered(tmp_path) -> None:
    path = tmp_path / "vault.enc"
    chosen = FileVault(path)
    assert not chosen.chosen
    chosen.create(PASS)
    assert path.exists() and chosen.unlocked
    after_restart = FileVault(path)
    assert after_restart.chosen and not after_restart.unlocked
    with pytest.raises(AuthError) as locked:
        after_restart.token_vault()
    assert locked.value.code is AuthProblem.VAULT_LOCKED
    with pytest.raises(AuthError) as wrong:
        after_restart.unlock("not the passphrase")
    assert wrong.value.code is AuthProblem.VAULT_PASSPHRASE_WRONG
    assert not after_restart.unlocked
    after_restart.unlock(PASS)
    assert after_restart.token_vault().backend_name == "postdesk.encrypted-file"
    with pytest.raises(AuthError):
        after_restart.create(PASS)  # there is one: unlock it, never overwrite it


def test_default_vault_follows_the_activated_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    ring = MemoryKeyring()
    monkeypatch.setattr(vault_module.keyring, "get_keyring", lambda: ring)
    path = tmp_path / "vault.enc"
    activated = activate_file_vault(path)
    assert default_vault().location.kind is VaultKind.KEYRING  # not chosen: the keyring
    FileVault(path).create(PASS)  # chosen in an earlier run
    with pytest.raises(AuthError) as locked:
        default_vault()  # never falls back to the keyring, where these sign-ins are not
    assert locked.value.code is AuthProblem.VAULT_LOCKED
    file_vault_for(path).unlock(PASS)  # the pane's unlock reaches the engine's vault
    assert activated.unlocked
    engine_side = default_vault()
    engine_side.save(Network.MASTODON, 1, TokenSet(access_token="shared-token"))
    loaded = activated.token_vault().load(Network.MASTODON, 1)
    assert loaded is not None and loaded.access_token == "shared-token"
    assert engine_side.location.kind is VaultKind.FILE and engine_side.location.name == str(path)
    assert ring.entries == {}


def test_locations_name_where_sign_ins_are(tmp_path) -> None:
    keyring_place = TokenVault(KeyringStore(MemoryKeyring())).location
    assert keyring_place.kind is VaultKind.KEYRING and keyring_place.name
    file_place = TokenVault(EncryptedFileStore(tmp_path / "v.enc", PASS)).location
    assert file_place.kind is VaultKind.FILE and file_place.name == str(tmp_path / "v.enc")
