"""The frozen Linux bundle runs: its version, its window, media import, and a headless publish.

The bundle is built once per session by `conftest.frozen` from `packaging/postdesk.spec`, exactly
as release.yml builds it. Each test starts the real frozen executable on a fresh data directory,
so a module, Qt plugin, data file or native library left out of the bundle fails here.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

import postdesk
from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.core.states import CatchUpMode
from postdesk.engine.ledger import Ledger
from postdesk.paths import Paths
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from tests.fakes.recording_adapter import ENV_URL
from tests.fakes.recording_network import RecordingNetwork
from tests.packaging.conftest import Frozen

pytestmark = [pytest.mark.packaging, pytest.mark.slow, pytest.mark.xdist_group("packaging")]


def _no_crash(done: subprocess.CompletedProcess[str]) -> str:
    text = done.stdout + done.stderr
    assert "Traceback" not in text, text[-4000:]
    assert "Could not load the Qt platform plugin" not in text, text[-4000:]
    return text


def test_version(frozen: Frozen) -> None:
    done = frozen.run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Postdesk {postdesk.__version__}"


def test_the_window_shows_on_a_fresh_data_directory(frozen: Frozen, tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    shot = tmp_path / "window.png"
    done = frozen.run("--data-dir", str(home), env={"POSTDESK_EXIT_AFTER_SHOWN": str(shot)}, timeout=180)
    _no_crash(done)
    assert done.returncode == 0, done.stderr[-4000:]
    assert "postdesk: window shown" in done.stdout
    assert (home / "postdesk.sqlite3").is_file()  # migrations ran from the bundled Alembic scripts
    with Image.open(shot) as image:
        assert image.width >= 640 and image.height >= 400
        # Something was painted (a blank grab is one colour).
        assert len(image.convert("RGB").resize((64, 40)).getcolors(maxcolors=4096) or ()) > 8
    log = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (home / "logs").glob("*"))
    assert "Traceback" not in log, log[-4000:]


def _media(folder: Path) -> list[Path]:
    import av
    import pillow_heif

    folder.mkdir()
    jpeg = folder / "photo.jpg"
    Image.new("RGB", (640, 480), (200, 120, 40)).save(jpeg, "JPEG")
    heic = folder / "phone.heic"
    pillow_heif.from_pillow(Image.new("RGB", (320, 240), (40, 120, 200))).save(heic)
    mp4 = folder / "clip.mp4"
    with av.open(str(mp4), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 320, 180, "yuv420p"
        for i in range(10):
            frame = av.VideoFrame.from_image(Image.new("RGB", (320, 180), ((i * 25) % 255, 90, 160)))
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return [jpeg, heic, mp4]


def test_media_import_and_everything_loaded_at_run_time(frozen: Frozen, tmp_path: Path) -> None:
    home = tmp_path / "home"
    files = _media(tmp_path / "incoming")
    done = frozen.run(
        "--headless",
        "--no-shipped-adapters",
        "--plugin",
        "postdesk_frozen_checks",
        "--exit-when-idle",
        env={"POSTDESK_HOME": str(home), "POSTDESK_FROZEN_MEDIA": ":".join(map(str, files))},
    )
    _no_crash(done)
    assert done.returncode == 0, done.stderr[-4000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("frozen-checks: "))
    checks = json.loads(line.removeprefix("frozen-checks: "))

    imported = {item["name"]: item for item in checks["imports"]}
    assert set(imported) == {"photo.jpg", "phone.heic", "clip.mp4"}
    for name, item in imported.items():
        assert item["ok"], f"{name}: {item}"
    with sqlite3.connect(home / "postdesk.sqlite3") as db:
        kinds = dict(db.execute("select original_name, kind from media_asset"))
    assert kinds == {"photo.jpg": "image", "phone.heic": "image", "clip.mp4": "video"}
    assert len(list((home / "thumbnails").rglob("*.*"))) >= 3

    # The code ran from the bundle, not from this checkout.
    assert checks["frozen"] is True
    assert Path(checks["postdesk_file"]).is_relative_to(frozen.root)
    # CA certificates (certifi), keyring backends (entry points and their modules), tzdata, PyAV, HEIF.
    assert checks["ca_certificates"] > 100
    assert checks["keyring_entry_points"], "no keyring backend entry points in the bundle"
    assert set(checks["keyring_entry_points"].values()) == {"loaded"}, checks["keyring_entry_points"]
    assert "SecretService" in checks["keyring_entry_points"]
    assert checks["tzdata_berlin"] is True and checks["zone_key"] == "America/Sao_Paulo"
    assert checks["h264_decoder"] == "h264"
    assert checks["notices_shipped"] is True
    assert checks["s3_presigned"].startswith("http://127.0.0.1:9/b/k?")
    # Qt: image format plugins, the SVG renderer, Qt's and Postdesk's translations.
    qt = checks["qt"]
    assert qt["platform"] == "offscreen"
    assert {"jpeg", "png", "gif", "svg", "webp", "ico"} <= set(qt["image_formats"])
    assert qt["svg_icon_pixels"] > 20
    assert qt["qtbase_de"] is True
    assert qt["translators_de"] >= 2  # qtbase and postdesk_de
    shipped = sorted(p.stem + ".qm" for p in (Path(__file__).parents[2] / "translations").glob("postdesk_*.ts"))
    assert qt["postdesk_qm"] == shipped
    # The six languages, translated, with Qt's own strings; Arabic right to left.
    assert sorted(qt["shipped_languages"]) == ["ar", "de", "es", "fr", "ja", "pt_BR"]
    for language, seen in qt["languages"].items():
        assert seen["calendar"] != "Calendar" and seen["qtbase"] is True, (language, seen)
        assert seen["right_to_left"] == (language == "ar"), (language, seen)


def _seed_due_post(paths: Paths, now: datetime) -> None:
    db = open_database(paths)
    try:
        account = AccountRepository(db).add(Network.MASTODON, "@frozen", now=now).id
        PostRepository(db).save(
            Post(
                parts=("Hello from the frozen bundle",),
                scheduled_at=now,
                scheduled_zone="Europe/Berlin",
                targets=(Target(Network.MASTODON, account, state=TargetState.SCHEDULED),),
            ),
            now=now,
        )
        Ledger(db).set_catch_up_policy(CatchUpMode.PUBLISH)
    finally:
        db.close()


def test_headless_publishes_a_due_post_to_a_local_network(frozen: Frozen, tmp_path: Path) -> None:
    paths = Paths(tmp_path / "home").ensure()
    _seed_due_post(paths, datetime.now(UTC))
    with RecordingNetwork() as net:
        # Shipped adapters load too (keyring, vault); the test network's adapter is the plugin.
        done = frozen.run(
            "--headless",
            "--data-dir",
            str(paths.base),
            "--plugin",
            "tests.fakes.recording_adapter",
            "--exit-when-idle",
            env={ENV_URL: net.url},
        )
        received = [r.parts for r in net.received]
    _no_crash(done)
    assert done.returncode == 0, done.stderr[-4000:]
    assert received == [("Hello from the frozen bundle",)]
    with sqlite3.connect(paths.database) as db:
        states = [row[0] for row in db.execute("select state from target")]
    assert states == [TargetState.PUBLISHED.value]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian package xvfb)")
def test_the_window_shows_on_x11_through_the_bundled_xcb_plugin(frozen: Frozen, tmp_path: Path) -> None:
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(frozen.executable), "--data-dir", str(tmp_path / "x")],
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "QT_QPA_PLATFORM": "xcb",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "POSTDESK_EXIT_AFTER_SHOWN": "1",
        },
        capture_output=True,
        text=True,
        timeout=180,
    )
    _no_crash(done)
    assert done.returncode == 0, done.stderr[-4000:]
    assert "postdesk: window shown" in done.stdout


def test_the_appimage_appdir_runs_and_carries_valid_metadata(frozen: Frozen, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2] / "packaging" / "linux"))
    from build_appdir import build_appdir

    appdir = build_appdir(frozen.root, frozen.assets, tmp_path)
    done = subprocess.run([str(appdir / "AppRun"), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Postdesk {postdesk.__version__}"
    assert (appdir / "usr" / "bin" / "postdesk").resolve() == (appdir / "usr" / "lib" / "postdesk" / "postdesk")
    for size in (16, 32, 48, 128, 256, 512):
        with Image.open(appdir / f"usr/share/icons/hicolor/{size}x{size}/apps/org.postdesk.Postdesk.png") as icon:
            assert icon.size == (size, size)
    assert subprocess.run(["desktop-file-validate", str(appdir / "org.postdesk.Postdesk.desktop")]).returncode == 0
    metainfo = appdir / "usr/share/metainfo/org.postdesk.Postdesk.appdata.xml"
    assert subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)]).returncode == 0
