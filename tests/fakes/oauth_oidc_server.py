"""Starts and stops the real OAuth 2 authorization server (`oidc-provider`) for tests.

The server is the npm project in `tests/servers/oidc/`; `scripts/test.sh` runs `npm ci` there.
Nothing is skipped silently: without node or without the installed package the fixture fails
with a message saying what to install.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_DIR = Path(__file__).resolve().parent.parent / "servers" / "oidc"


@dataclass(frozen=True)
class OidcServer:
    """A running oidc-provider.

    Attributes:
        issuer: its base URL on 127.0.0.1.
        client_id: the native public client registered in it.
    """

    issuer: str
    client_id: str


def _start(env_extra: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], OidcServer]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the OAuth end-to-end tests need Node.js (CI installs it)")
    if not (SERVER_DIR / "node_modules" / "oidc-provider").is_dir():
        pytest.fail(f"oidc-provider is not installed: run `npm ci` in {SERVER_DIR}")
    env = {**os.environ, **(env_extra or {})}
    proc = subprocess.Popen(
        [node, "server.mjs", "0"],
        cwd=SERVER_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(30)
    if not line or not line[0].strip():
        proc.kill()
        err = proc.stderr.read() if proc.stderr else ""  # type: ignore[union-attr]
        pytest.fail(f"oidc-provider did not start: {err[-2000:]}")
    info = json.loads(line[0])
    # Drain stderr so the server never blocks on a full pipe.
    threading.Thread(target=proc.stderr.read, daemon=True).start()  # type: ignore[union-attr]
    return proc, OidcServer(issuer=info["issuer"], client_id=info["client_id"])


@pytest.fixture
def oidc_server() -> Iterator[OidcServer]:
    """A fresh oidc-provider on a free 127.0.0.1 port, killed after the test."""
    proc, server = _start()
    try:
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
