"""Benchmark: importing n 12-megapixel JPEGs through the real media library pane.

Reports thumbnails per second as a ratio against a bare Pillow loop (`draft` + `thumbnail`)
over the same files in the same run, and the longest UI-thread stall while importing (the gap
between ticks of a 5 ms timer on the UI thread). Aim: ratio >= 0.8, no stall over 50 ms.

Usage: python benchmarks/bench_media_import.py [n]   (default 1000; needs ~1.5 MB per file
twice over in a temporary directory).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _make_files(folder: Path, n: int) -> list[Path]:
    """One real 12 MP JPEG, written n times with a distinct comment segment so every copy has its
    own SHA-256 (the importer would otherwise store them once) but costs the same to decode."""
    from PIL import Image

    width, height = 4000, 3000
    base = Image.linear_gradient("L").resize((width, height))
    noise = Image.effect_noise((width, height), 12)
    image = Image.merge("RGB", (base, base.rotate(90).resize((width, height)), noise))
    template = folder / "template.jpg"
    image.save(template, "JPEG", quality=88)
    data = template.read_bytes()
    template.unlink()
    paths = []
    for i in range(n):
        comment = f"postdesk benchmark {i}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        path = folder / f"IMG_{i:05d}.jpg"
        path.write_bytes(data[:2] + segment + data[2:])
        paths.append(path)
    return paths


def _baseline(paths: list[Path]) -> float:
    """Thumbnails per second of a bare, single-threaded Pillow loop."""
    from PIL import Image

    start = time.perf_counter()
    for path in paths:
        with Image.open(path) as im:
            im.draft("RGB", (320, 320))
            im.thumbnail((320, 320))
    return len(paths) / (time.perf_counter() - start)


def _postdesk(paths: list[Path], home: Path) -> tuple[float, float]:
    """Thumbnails per second through the pane, and the longest UI-thread stall in ms."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from postdesk.media.importer import ImportSource
    from postdesk.paths import Paths
    from postdesk.store.db import open_database
    from postdesk.ui.background import BackgroundRunner
    from postdesk.ui.media_library.services import MediaLibraryServices
    from postdesk.ui.media_library.view import MediaLibraryPane

    app = QApplication.instance() or QApplication([])
    paths_obj = Paths(home).ensure()
    db = open_database(paths_obj)
    runner = BackgroundRunner(workers=2)
    services = MediaLibraryServices(db, paths_obj, now=lambda: datetime.now(UTC))
    pane = MediaLibraryPane(services, paths_obj, runner)
    pane.resize(1200, 800)
    pane.show()

    worst = 0.0
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        nonlocal worst
        worst = max(worst, clock.restart())

    ticker.timeout.connect(tick)
    loop = QEventLoop()
    pane.import_finished.connect(lambda _p: loop.quit())
    sources = [ImportSource.from_path(p) for p in paths]
    app.processEvents()
    clock.start()
    ticker.start()
    start = time.perf_counter()
    pane.import_sources(sources)
    loop.exec()
    elapsed = time.perf_counter() - start
    # Let the final grid refresh land and count its stall too.
    settle = QEventLoop()
    pane.items_changed.connect(settle.quit)
    QTimer.singleShot(2000, settle.quit)
    settle.exec()
    ticker.stop()
    count = pane.model.rowCount()
    pane.shutdown()
    runner.shutdown()
    db.close()
    pane.deleteLater()
    if count != len(paths):
        raise RuntimeError(f"imported {count} of {len(paths)}")
    return len(paths) / elapsed, float(worst)


def run(n: int = 1000) -> dict:
    """Run the benchmark over n generated 12 MP JPEGs; returns the numbers."""
    work = Path(tempfile.mkdtemp(prefix="postdesk-bench-media-"))
    try:
        files = _make_files(work / "in", n) if (work / "in").mkdir() is None else []
        baseline = _baseline(files)
        ours, stall_ms = _postdesk(files, work / "home")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "files": n,
        "baseline_thumbs_per_s": round(baseline, 1),
        "postdesk_thumbs_per_s": round(ours, 1),
        "ratio": round(ours / baseline, 3),
        "longest_ui_stall_ms": round(stall_ms, 1),
        "cpu_count": os.cpu_count(),
    }


if __name__ == "__main__":
    result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
    for key, value in result.items():
        print(f"{key}: {value}")
