"""The real keyring path: tokens stored and read through a real Secret Service.

gnome-keyring runs in its own D-Bus session (dbus-run-session), unlocked with a throwaway
password piped to `gnome-keyring-daemon --unlock`, with HOME in a temporary directory, so the
developer's own keyring is never touched. The vault code runs in that session as a child
process. Missing tools fail the test with the packages to install (CI installs them from
scripts/apt-test-packages.txt); nothing is skipped silently.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.secret_service]

CHILD = textwrap.dedent(
    """
    import json
    import keyring.backends.SecretService as secret_service
    from datetime import datetime, timezone
    from postdesk.auth.tokens import TokenSet
    from postdesk.auth.vault import KeyringStore, TokenVault
    from postdesk.core.networks import Network

    store = KeyringStore(secret_service.Keyring())
    store.check_available()
    vault = TokenVault(store)
    tokens = TokenSet(
        access_token="SS-ACCESS-" + "a" * 2400,
        refresh_token="SS-REFRESH-secret-value",
        expires_at=datetime(2030, 1, 1, tzinfo=timezone.utc),
        extra={"sub": "user-1"},
    )
    vault.save(Network.MASTODON, 5, tokens)
    loaded = vault.load(Network.MASTODON, 5)
    first = loaded == tokens
    vault.delete(Network.MASTODON, 5)
    # One account stays stored, so the test can look at the keyring file on disk.
    vault.save(Network.MASTODON, 6, TokenSet(access_token="SS-KEPT-access-value"))
    print(json.dumps({
        "backend": vault.backend_name,
        "round_trip": first,
        "after_delete": vault.load(Network.MASTODON, 5) is None,
    }))
    """
)


def _require(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: install the Debian package {package} (scripts/apt-test-packages.txt)")
    return path


def test_tokens_round_trip_through_gnome_keyring(tmp_path: Path) -> None:
    _require("dbus-run-session", "dbus")
    _require("gnome-keyring-daemon", "gnome-keyring")
    (tmp_path / "child.py").write_text(CHILD)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    script = (
        "printf %s throwaway-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
        f" && exec {sys.executable} child.py"
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        cwd=tmp_path,
        env={
            "HOME": str(tmp_path),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "PATH": "/usr/bin:/bin",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {
        "backend": "keyring.backends.SecretService.Keyring",
        "round_trip": True,
        "after_delete": True,
    }
    # The keyring file on disk is gnome-keyring's encrypted format: no token in clear.
    files = list((tmp_path / "data" / "keyrings").glob("*.keyring"))
    assert files, "gnome-keyring wrote no keyring file"
    for path in files:
        assert b"SS-KEPT" not in path.read_bytes()
