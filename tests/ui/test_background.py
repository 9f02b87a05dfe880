"""The one way to run work off the UI thread: newest wins by key, cancel, watch a future, one error path."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest
from PySide6.QtCore import QCoreApplication

from postdesk.ui.background import BackgroundRunner


@pytest.fixture
def runner(qtbot):
    made = BackgroundRunner(workers=2, name="test-background")
    yield made
    made.shutdown(wait=True)


def test_result_comes_back_on_the_ui_thread(runner, qtbot):
    got: list[tuple[int, bool]] = []
    ui = threading.current_thread()
    runner.submit(lambda x: x * 2, 21, on_done=lambda r: got.append((r, threading.current_thread() is ui)))
    qtbot.waitUntil(lambda: got == [(42, True)])


def test_newest_wins_for_the_same_key(runner, qtbot):
    gate = threading.Event()
    got: list[str] = []

    def slow(name: str) -> str:
        gate.wait(10)
        return name

    runner.submit(slow, "first", on_done=got.append, key="search")
    runner.submit(slow, "second", on_done=got.append, key="search")
    third = runner.submit(slow, "third", on_done=got.append, key="search")
    runner.submit(slow, "other key", on_done=got.append, key="thumbs")
    gate.set()
    third.result(10)
    qtbot.waitUntil(lambda: "third" in got and "other key" in got)
    runner.submit(lambda: None, on_done=lambda _: got.append("flushed")).result(10)
    qtbot.waitUntil(lambda: "flushed" in got)
    assert "first" not in got and "second" not in got
    assert not runner.pending("search")


def test_cancel_withdraws_a_request(runner, qtbot):
    gate = threading.Event()
    ran: list[str] = []
    got: list[str] = []
    runner.submit(gate.wait, 10)  # keeps one worker busy
    runner.submit(gate.wait, 10)  # and the other
    queued = runner.submit(lambda: ran.append("queued") or "queued", on_done=got.append, key="k")
    assert runner.cancel("k") is True
    assert runner.cancel("k") is False
    gate.set()
    runner.submit(lambda: None, on_done=lambda _: got.append("after")).result(10)
    qtbot.waitUntil(lambda: got == ["after"])
    assert queued.cancelled() and ran == []


def test_an_unhandled_error_goes_to_the_one_reporter(runner, qtbot):
    reported: list[BaseException] = []
    handled: list[BaseException] = []
    runner.set_error_reporter(reported.append)

    def boom() -> None:
        raise OSError("disk on fire")

    runner.submit(boom)
    runner.submit(boom, on_error=handled.append)
    qtbot.waitUntil(lambda: len(reported) == 1 and len(handled) == 1)
    assert str(reported[0]) == "disk on fire"


def test_watch_delivers_a_foreign_future_and_drops_a_cancelled_one(runner, qtbot):
    reported: list[BaseException] = []
    runner.set_error_reporter(reported.append)
    got: list[object] = []
    done: Future[int] = Future()
    threading.Thread(target=lambda: done.set_result(7)).start()
    runner.watch(done, on_done=got.append)
    qtbot.waitUntil(lambda: got == [7])
    withdrawn: Future[int] = Future()
    runner.watch(withdrawn, on_done=got.append)
    withdrawn.cancel()
    failed: Future[int] = Future()
    runner.watch(failed, on_done=got.append, on_error=lambda e: got.append(type(e).__name__))
    threading.Thread(target=lambda: failed.set_exception(TimeoutError())).start()
    qtbot.waitUntil(lambda: got == [7, "TimeoutError"])
    assert reported == []  # a cancelled request is not an error


def test_watch_newest_wins_too(runner, qtbot):
    got: list[int] = []
    older: Future[int] = Future()
    newer: Future[int] = Future()
    runner.watch(older, on_done=got.append, key="reply")
    runner.watch(newer, on_done=got.append, key="reply")
    assert older.cancelled()
    newer.set_result(2)
    qtbot.waitUntil(lambda: got == [2])


def test_call_soon_runs_on_the_ui_thread(runner, qtbot):
    ui = threading.current_thread()
    seen: list[bool] = []
    worker = threading.Thread(target=lambda: runner.call_soon(lambda: seen.append(threading.current_thread() is ui)))
    worker.start()
    worker.join(10)
    qtbot.waitUntil(lambda: seen == [True])


def test_nothing_is_delivered_after_shutdown(qtbot):
    runner = BackgroundRunner()
    got: list[object] = []
    gate = threading.Event()
    future = runner.submit(lambda: gate.wait(10), on_done=got.append)
    runner.shutdown(wait=False)
    gate.set()
    future.result(10)
    dropped = runner.submit(lambda: 1, on_done=got.append)
    assert dropped.cancelled()
    QCoreApplication.processEvents()  # the worker's queued answer, if any, would land now
    assert got == []
