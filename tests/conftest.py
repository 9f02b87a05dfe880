"""Shared test set-up: no display needed, a fresh data directory per test."""

from __future__ import annotations

import os

# Qt aborts at start-up when there is neither a display nor a platform plugin chosen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test talk to the developer's own keychain; tests that need a keyring install one.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pytest

from postdesk.paths import Paths


@pytest.fixture
def paths(tmp_path, monkeypatch) -> Paths:
    """A fresh, empty Postdesk data directory for this test."""
    base = tmp_path / "postdesk-home"
    monkeypatch.setenv("POSTDESK_HOME", str(base))
    return Paths(base).ensure()
