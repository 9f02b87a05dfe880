"""One publisher per data directory: the OS lock, its label, and no stale lock after a SIGKILL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from postdesk.store import instance_lock
from postdesk.store.instance_lock import (
    LOCK_NAME,
    MODE_GUI,
    MODE_HEADLESS,
    OWNER_NAME,
    DataDirInUse,
    Holder,
    InstanceLock,
)

REPO = Path(__file__).resolve().parents[3]
HOLDER = """
import sys
from pathlib import Path
from postdesk.store import instance_lock
lock = instance_lock.hold(Path(sys.argv[1]), sys.argv[2])
print("held", flush=True)
sys.stdin.read()
"""


class HolderProcess:
    """Another process holding a data directory until it is killed or its stdin closes."""

    def __init__(self, base: Path, mode: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(base), mode],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        line = self.proc.stdout.readline() if self.proc.stdout else b""
        assert line.strip() == b"held", (line, self.proc.stderr.read() if self.proc.stderr else b"")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def kill(self) -> int:
        self.proc.kill()
        return self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def can_hold_elsewhere(base: Path) -> bool:
    """Whether another process could take `base`'s lock right now (it lets go at once)."""
    probe = subprocess.run(
        [sys.executable, "-c", HOLDER, str(base), MODE_HEADLESS],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        input=b"",
        capture_output=True,
        timeout=60,
    )
    assert probe.returncode == 0 or b"DataDirInUse" in probe.stderr, probe.stderr
    return probe.returncode == 0


@pytest.fixture
def holders() -> Iterator[list[HolderProcess]]:
    started: list[HolderProcess] = []
    yield started
    for holder in started:
        holder.stop()


def _start(holders: list[HolderProcess], base: Path, mode: str) -> HolderProcess:
    holder = HolderProcess(base, mode)
    holders.append(holder)
    return holder


def test_a_second_process_is_refused_and_told_who_holds_it(tmp_path: Path, holders) -> None:
    holder = _start(holders, tmp_path, MODE_HEADLESS)
    with pytest.raises(DataDirInUse) as refused:
        InstanceLock(tmp_path, MODE_GUI).acquire()
    assert refused.value.holder == Holder(holder.pid, MODE_HEADLESS)
    assert refused.value.base == tmp_path
    assert not instance_lock.held_here(tmp_path)
    # the refused attempt did not overwrite the holder's label
    assert json.loads((tmp_path / OWNER_NAME).read_text()) == {"pid": holder.pid, "mode": MODE_HEADLESS}


def test_a_sigkilled_holder_leaves_no_stale_lock(tmp_path: Path, holders) -> None:
    holder = _start(holders, tmp_path, MODE_GUI)
    with pytest.raises(DataDirInUse):
        InstanceLock(tmp_path, MODE_HEADLESS).acquire()
    code = holder.kill()
    if os.name == "posix":
        assert code == -9
    # the dead holder's files are still there; only the lock mattered, and the OS dropped it
    assert (tmp_path / LOCK_NAME).exists()
    assert (tmp_path / OWNER_NAME).exists()
    lock = instance_lock.hold(tmp_path, MODE_HEADLESS)
    try:
        assert instance_lock.held_here(tmp_path)
        assert instance_lock.read_holder(tmp_path) == Holder(os.getpid(), MODE_HEADLESS)
    finally:
        lock.release()


@pytest.mark.skipif(os.name != "posix", reason="liveness of a PID is only checked on POSIX")
def test_a_refusal_never_names_a_dead_holder(tmp_path: Path, holders) -> None:
    holder = _start(holders, tmp_path, MODE_GUI)
    # as if the live holder had not written its label yet and a killed one's were still there
    dead = 2**22 + 12345
    (tmp_path / OWNER_NAME).write_text(json.dumps({"pid": dead, "mode": MODE_GUI}))
    with pytest.raises(DataDirInUse) as refused:
        InstanceLock(tmp_path, MODE_HEADLESS).acquire()
    assert refused.value.holder == Holder(None, None)
    assert holder.pid != dead


def test_holds_in_one_process_share_the_os_lock(tmp_path: Path, holders) -> None:
    first = instance_lock.hold(tmp_path, MODE_GUI)
    second = instance_lock.hold(tmp_path, instance_lock.MODE_ENGINE)
    first.release()
    assert instance_lock.held_here(tmp_path)
    # still held for other processes: a holder started now cannot get it
    assert not can_hold_elsewhere(tmp_path)
    # the label is the first holder's
    assert instance_lock.read_holder(tmp_path) == Holder(os.getpid(), MODE_GUI)
    second.release()
    second.release()  # a second release is harmless
    assert not instance_lock.held_here(tmp_path)
    assert not (tmp_path / OWNER_NAME).exists()
    assert can_hold_elsewhere(tmp_path)
    other = _start(holders, tmp_path, MODE_HEADLESS)
    assert instance_lock.read_holder(tmp_path) == Holder(other.pid, MODE_HEADLESS)


def test_no_label_reads_as_unknown(tmp_path: Path) -> None:
    assert instance_lock.read_holder(tmp_path) == Holder(None, None)
    (tmp_path / OWNER_NAME).write_text("{not json")
    assert instance_lock.read_holder(tmp_path) == Holder(None, None)


def test_context_manager_and_private_lock_file(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "new", MODE_HEADLESS) as lock:
        assert lock.held
        assert instance_lock.held_here(tmp_path / "new")
        if os.name == "posix":
            assert (tmp_path / "new" / LOCK_NAME).stat().st_mode & 0o077 == 0
    assert not lock.held
    assert not instance_lock.held_here(tmp_path / "new")
