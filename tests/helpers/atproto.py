"""A real local atproto network for the Bluesky tests (pytest fixtures).

`atproto_network` (session scope) starts `tests/servers/atproto/start.mjs`: with PostgreSQL and
Redis on this machine the full `TestNetwork` of `@atproto/dev-env` (PLC, PDS, AppView), else
`TestNetworkNoAppView` (PLC and PDS on SQLite; tests that need the AppView skip). PostgreSQL
runs from a throwaway data directory (as the `postgres` user when we are root, since it refuses
to run as root) and Redis without persistence, both on 127.0.0.1 at free ports. Everything is
stopped at the end of the session.

`SessionCredentials` is a `CredentialSource` over app-password sessions on that PDS
(`createSession` / `refreshSession`), counting refreshes for the tests.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import pwd
import selectors
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from postdesk.platforms.credentials import Credentials

SERVER_DIR = Path(__file__).resolve().parents[1] / "servers" / "atproto"
READY_TIMEOUT = 150.0


@dataclass(frozen=True)
class AtprotoNetwork:
    """The running network.

    Attributes:
        pds: the PDS URL.
        plc: the PLC directory URL.
        appview: the AppView URL, or None without PostgreSQL/Redis.
        control: the start script's control server (POST /process-all).
    """

    pds: str
    plc: str
    appview: str | None
    control: str

    def process_all(self) -> None:
        """Wait until the AppView has indexed everything the PDS has written so far."""
        httpx.post(f"{self.control}/process-all", timeout=30.0).raise_for_status()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ensure_node_modules() -> None:
    if not (SERVER_DIR / "node_modules" / "@atproto" / "dev-env").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=SERVER_DIR, check=True)
    binding = glob.glob(str(SERVER_DIR / "node_modules/better-sqlite3/build/Release/*.node"))
    if not binding:
        # npm 11 skips dependencies' install scripts: build the native SQLite binding.
        subprocess.run(["npm", "rebuild", "better-sqlite3"], cwd=SERVER_DIR, check=True)


class _Postgres:
    """A throwaway PostgreSQL cluster on 127.0.0.1."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="postdesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, user="postgres")
            self._user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._user, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> str:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
            "-E",
            "UTF8",
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.root / "log"),
            "-w",
            "-o",
            options,
            "start",
        )
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _postgres_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _can_run_postgres() -> bool:
    if os.geteuid() != 0:
        return True
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return shutil.which("runuser") is not None


def _read_ready(process: subprocess.Popen[str]) -> dict[str, object]:
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + READY_TIMEOUT
    while (left := deadline - time.monotonic()) > 0:
        if not selector.select(timeout=left):
            break
        line = process.stdout.readline()
        if not line:
            break
        try:
            info = json.loads(line)
        except ValueError:
            continue
        if isinstance(info, dict) and info.get("ready"):
            return info
    raise RuntimeError(f"the atproto network did not start (exit code {process.poll()})")


@pytest.fixture(scope="session")
def atproto_network() -> Iterator[AtprotoNetwork]:
    """Start the local atproto network for the session."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("Node.js is needed for the atproto tests (scripts/test.sh installs it)")
    _ensure_node_modules()
    env = dict(os.environ)
    postgres: _Postgres | None = None
    redis: subprocess.Popen[bytes] | None = None
    bindir = _postgres_bindir()
    if bindir and shutil.which("redis-server") and _can_run_postgres():
        postgres = _Postgres(bindir)
        env["DB_POSTGRES_URL"] = postgres.start()
        redis_port = _free_port()
        redis = subprocess.Popen(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        env["REDIS_HOST"] = f"127.0.0.1:{redis_port}"
    # The servers pick free ports themselves; another process on this machine can take one
    # between the pick and the listen (EADDRINUSE). Then start again on fresh ports.
    for attempt in range(3):
        log = tempfile.TemporaryFile()  # noqa: SIM115 -- open while the servers run; closed in the finally below
        process = subprocess.Popen(
            ["node", "start.mjs"],
            cwd=SERVER_DIR,
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
        )
        try:
            info = _read_ready(process)
            break
        except RuntimeError:
            _end(process)
            log.seek(0)
            text = log.read().decode(errors="replace")
            log.close()
            if "EADDRINUSE" not in text or attempt == 2:
                _stop_services(postgres, redis)
                raise RuntimeError(text[-3000:]) from None
    try:
        yield AtprotoNetwork(
            pds=str(info["pds"]),
            plc=str(info["plc"]),
            appview=info.get("appview") and str(info["appview"]),
            control=str(info["control"]),
        )
    finally:
        _end(process)
        _stop_services(postgres, redis)
        log.close()


def _end(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    if not process.stdin.closed:
        process.stdin.close()  # the script shuts down when its stdin closes
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _stop_services(postgres: _Postgres | None, redis: subprocess.Popen[bytes] | None) -> None:
    if redis is not None:
        redis.terminate()
        redis.wait()
    if postgres is not None:
        postgres.stop()


@dataclass
class SessionCredentials:
    """App-password sessions on the test PDS (a `CredentialSource`).

    Attributes:
        pds: the PDS URL.
        accounts: account id → (handle, password).
        refreshes: how many forced refreshes each account had.
        sessions: the current session of each account.
    """

    pds: str
    accounts: dict[int, tuple[str, str]] = field(default_factory=dict)
    refreshes: dict[int, int] = field(default_factory=dict)
    sessions: dict[int, dict[str, str]] = field(default_factory=dict)

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        async with httpx.AsyncClient(base_url=self.pds, timeout=30.0) as client:
            session = self.sessions.get(account_id)
            if session is None:
                handle, password = self.accounts[account_id]
                response = await client.post(
                    "/xrpc/com.atproto.server.createSession", json={"identifier": handle, "password": password}
                )
                response.raise_for_status()
                session = response.json()
            elif force_refresh:
                self.refreshes[account_id] = self.refreshes.get(account_id, 0) + 1
                response = await client.post(
                    "/xrpc/com.atproto.server.refreshSession",
                    headers={"Authorization": f"Bearer {session['refreshJwt']}"},
                )
                response.raise_for_status()
                session = response.json()
        self.sessions[account_id] = session
        return Credentials(
            access_token=session["accessJwt"],
            token_type="Bearer",
            base_url=self.pds,
            user_id=session["did"],
            extra={"handle": session["handle"]},
        )


def create_account(pds: str, handle: str, password: str) -> dict[str, str]:
    """Create an account on the test PDS; returns its session (did, handle, tokens)."""
    response = httpx.post(
        f"{pds}/xrpc/com.atproto.server.createAccount",
        timeout=30.0,
        json={"handle": handle, "email": f"{handle}@example.com", "password": password},
    )
    response.raise_for_status()
    return dict(response.json())
