"""Benchmark: keystroke latency in the composer with eight networks chosen.

A shown ComposerPane over a real temporary database (the real services, worker thread and
draft saver) gets 300 characters of mixed text typed one key at a time with QTest. Each
keystroke is timed from just before the key event until the event loop is idle again: the
coalesced refresh has run (every counter and every tab title is up to date, they are
synchronous) and the posted paint events have been processed. The visible preview follows
`PREVIEW_IDLE_MS` after the last keystroke, so it is not part of a keystroke while typing.

The baseline, measured in the same run, is the same typing into a bare QPlainTextEdit in a
window of the same size. Aim: p99 <= 8 ms.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_keystroke.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Window size used for the pane and the baseline editor.
SIZE = (1280, 820)
#: Networks chosen for the post (eight, mixing counting rules and layouts).
NETWORKS = ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "reddit", "telegram")
#: What is typed: words, a link, a mention, hashtags, accents, symbols, right-to-left text and
#: new lines, and emoji (one key event each, as an input method sends them).
TEXT = (
    "Morning light on the harbour — café crème at 7:30 ☀️🌅 with @ana.bsky.social!\n"
    "Full story: https://example.com/blog/harbour-light #photography #sunrise "
    "Ça va? Naïve façade, 3 × 4 = 12 → ok. שלום עולם and مرحبا بالعالم.\n"
    "Tomorrow we sail north; bring warm coats, thermos & cameras. "
    "Questions welcome, DM me or reply below. #sailing #travel"
)
KEYSTROKES = 300


def _text() -> str:
    out = TEXT
    while len(out) < KEYSTROKES:
        out += " " + TEXT
    return out[:KEYSTROKES]


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _type(editor: object, text: str, settle: Callable[[], None]) -> list[float]:
    """Per-keystroke milliseconds: key event, then the event loop until idle."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    click = QTest.KeyAction.Click
    none = Qt.KeyboardModifier.NoModifier
    samples = []
    for ch in text:
        start = time.perf_counter()
        if ch == "\n":
            QTest.keyClick(editor, Qt.Key.Key_Return)
        else:
            # keyClicks only maps ASCII to key codes; a key press carrying its text is what a
            # keyboard (or an input method) delivers for any character, emoji included.
            key = Qt.Key(ord(ch.upper())) if ch.isascii() else Qt.Key.Key_unknown
            QTest.sendKeyEvent(click, editor, key, ch, none)
        settle()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _settle_plain() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def _baseline(text: str) -> list[float]:
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    editor = QPlainTextEdit()
    editor.resize(*SIZE)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    QApplication.processEvents()
    try:
        return _type(editor, text, _settle_plain)
    finally:
        editor.close()
        editor.deleteLater()
        QApplication.processEvents()


def _composer(text: str, home: Path) -> tuple[list[float], dict[str, str]]:
    from PySide6.QtWidgets import QApplication

    from postdesk.core.networks import Network
    from postdesk.paths import Paths
    from postdesk.store.db import open_database
    from postdesk.ui.background import BackgroundRunner
    from postdesk.ui.composer.services import StoreComposerServices
    from postdesk.ui.composer.view import ComposerPane

    paths = Paths(home)
    paths.ensure()
    database = open_database(paths)
    runner = BackgroundRunner(workers=1, name="bench-disk")

    def now() -> datetime:
        return datetime.now(UTC)

    services = StoreComposerServices(database, paths, runner, now)
    pane = ComposerPane(services, now=now, zone="Europe/Paris")
    pane.resize(*SIZE)
    pane.show()
    deadline = time.monotonic() + 20
    while not pane.is_loaded and time.monotonic() < deadline:
        QApplication.processEvents()
    for key in NETWORKS:
        pane.chips[Network(key)].setChecked(True)
    pane.tabs.setCurrentIndex(0)
    pane.render_all_now()
    editor = pane.base_editor.editor(0)
    editor.setFocus()
    QApplication.processEvents()

    def settle() -> None:
        QApplication.processEvents()
        # A zero-interval timer queued during the first pass runs in the next one.
        while pane.refresh_pending():
            QApplication.processEvents()

    try:
        samples = _type(editor, text, settle)
        titles = {pane.tabs.tabText(i): "" for i in range(pane.tabs.count())}
        if pane.base_editor.parts()[0] != text:
            raise RuntimeError("the composer did not receive every keystroke")
        pane.flush_draft()
    finally:
        pane.shutdown() if hasattr(pane, "shutdown") else None
        pane.close()
        runner.shutdown(wait=True)
        database.close()
        pane.deleteLater()
        QApplication.processEvents()
    return samples, titles


def run() -> dict[str, object]:
    """Type into the composer and into a bare editor; return the latency figures (ms)."""
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    text = _text()
    base = _baseline(text)
    with tempfile.TemporaryDirectory(prefix="postdesk-bench-keys-") as home:
        samples, titles = _composer(text, Path(home))
    base_p99 = _percentile(base, 0.99)
    p99 = _percentile(samples, 0.99)
    return {
        "keystrokes": len(samples),
        "targets": len(NETWORKS),
        "p50_ms": round(_percentile(samples, 0.50), 2),
        "p99_ms": round(p99, 2),
        "max_ms": round(max(samples), 2),
        "mean_ms": round(statistics.fmean(samples), 2),
        "baseline_p50_ms": round(_percentile(base, 0.50), 2),
        "baseline_p99_ms": round(base_p99, 2),
        "p99_ratio_vs_bare_editor": round(p99 / base_p99, 2) if base_p99 else None,
        "aim_p99_ms": 8.0,
        "tab_titles": " | ".join(titles),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
