"""Where sign-ins are kept, in words a creator knows: the keyring by the name its users know, in
their language, and no class name ("memory keyring MemoryKeyring") for a keyring Postdesk does not
know."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from postdesk.auth.vault import KeyringStore, TokenVault, VaultKind
from postdesk.store.db import open_database
from postdesk.ui.accounts.services import ServiceFacade
from postdesk.ui.accounts.view import AccountsPane
from postdesk.ui.accounts.wording import keyring_name
from postdesk.ui.background import BackgroundRunner
from tests.helpers.memory_keyring import MemoryKeyring

NOW = datetime(2026, 6, 1, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _MacKeychain(MemoryKeyring):
    """An in-memory keyring that says it is the macOS Keychain's backend."""


_MacKeychain.__module__ = "keyring.backends.macOS"


class _Chained(ChainerBackend):
    """keyring's chain of several keyrings (Secret Service and KWallet): the first takes the entries."""

    backends = (_MacKeychain(), MemoryKeyring())  # type: ignore[assignment]


def _where(paths, qtbot, ring: KeyringBackend) -> str:  # type: ignore[no-untyped-def]
    database = open_database(paths)
    facade = ServiceFacade(database, paths, vault_factory=lambda: TokenVault(KeyringStore(ring)))
    runner = BackgroundRunner()
    try:
        pane = AccountsPane(facade, runner, now=lambda: NOW)
        qtbot.addWidget(pane)
        pane.show()
        qtbot.waitUntil(lambda: pane.where_label.text() != "")
        return pane.where_label.text()
    finally:
        runner.shutdown()
        facade.close()
        database.close()


def test_an_unknown_keyring_is_not_named_by_its_class(paths, qtbot) -> None:
    text = _where(paths, qtbot, MemoryKeyring())
    assert text == "Sign-ins are kept in your system's password keyring, never in Postdesk's own files."
    assert "MemoryKeyring" not in text and "(" not in text


def test_a_known_keyring_is_named_as_its_users_know_it(paths, qtbot) -> None:
    text = _where(paths, qtbot, _MacKeychain())
    assert "(macOS Keychain)" in text


def test_a_chain_of_keyrings_is_named_by_the_one_that_keeps_the_entries(paths, qtbot) -> None:
    location = KeyringStore(_Chained()).location
    assert location.kind is VaultKind.KEYRING and location.backend == "keyring.backends.macOS"
    assert "(macOS Keychain)" in _where(paths, qtbot, _Chained())


def test_every_shipped_keyring_backend_has_a_name() -> None:
    for module in ("macOS", "Windows", "SecretService", "libsecret", "kwallet"):
        assert keyring_name(f"keyring.backends.{module}"), module
    assert keyring_name("tests.helpers.memory_keyring") is None
    assert keyring_name("") is None
