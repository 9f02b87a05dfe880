"""The Linux desktop entry and AppStream metadata validate, and the icons render at every size."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

import postdesk

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / "org.postdesk.Postdesk.desktop"
METAINFO = LINUX / "org.postdesk.Postdesk.metainfo.xml"


def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout


def test_the_appstream_metainfo_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metainfo_names_this_version_and_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == "org.postdesk.Postdesk"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    versions = [r.get("version") for r in root.iter("release")]
    assert versions[0] == postdesk.__version__, "add a <release> for the new version to the metainfo"


def test_the_icons_render_at_every_size_with_ico_and_icns(qapp, tmp_path: Path) -> None:
    # `qapp` first: build_assets would otherwise make a QGuiApplication in this test process, and a
    # later widget test in the same worker aborts ("Cannot create a QWidget without QApplication").
    sys.path.insert(0, str(REPO / "packaging"))
    import build_assets

    pngs = build_assets.render_icons(tmp_path)
    sizes = set()
    for png in pngs:
        with Image.open(png) as image:
            assert image.width == image.height
            assert image.getbbox() is not None  # not blank
            sizes.add(image.width)
    assert sizes == set(build_assets.ICON_SIZES)
    assert {16, 32, 48, 256, 512} <= sizes
    with Image.open(tmp_path / "postdesk.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
    with Image.open(tmp_path / "postdesk.icns") as icns:
        assert icns.format == "ICNS"
    assert (tmp_path / "icons/hicolor/scalable/apps/org.postdesk.Postdesk.svg").is_file()


def test_the_windows_version_resource_follows_the_package_version(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "packaging"))
    import build_assets

    assert build_assets.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert build_assets.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    text = build_assets.write_version_info(tmp_path).read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{postdesk.__version__}')" in text
    assert f"filevers={build_assets.version_tuple(postdesk.__version__)}" in text
