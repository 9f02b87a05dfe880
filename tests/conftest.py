"""Shared test set-up: no display needed, a fresh data directory per test."""

from __future__ import annotations

import os
from collections.abc import Iterator

# Qt aborts at start-up when there is neither a display nor a platform plugin chosen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test talk to the developer's own keychain; tests that need a keyring install one.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pytest

from postdesk.paths import Paths


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """A test that installs a language (i18n.install_translators) also sets the default QLocale: put it back."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    if QLocale().name() != before.name():
        QLocale.setDefault(before)


@pytest.fixture
def paths(tmp_path, monkeypatch) -> Paths:
    """A fresh, empty Postdesk data directory for this test."""
    base = tmp_path / "postdesk-home"
    monkeypatch.setenv("POSTDESK_HOME", str(base))
    return Paths(base).ensure()


def _utf8_safe(text: str) -> str:
    # A lone surrogate (a hostile file name, a broken draft) cannot cross to pytest-xdist's
    # controller, which sends reports as UTF-8: escape it in the report, as the app's log does.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    """Make every captured section of a test's report UTF-8-safe (see `_utf8_safe`)."""
    outcome = yield
    report = outcome.get_result()
    report.sections = [(title, _utf8_safe(content)) for title, content in report.sections]
