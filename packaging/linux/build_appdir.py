"""Lay out the AppImage's AppDir from the PyInstaller bundle, and pack it when appimagetool is there.

    python packaging/linux/build_appdir.py DIST_POSTDESK ASSETS OUT_DIR [--appimage]

DIST_POSTDESK is the one-folder bundle (`dist/Postdesk/`), ASSETS the folder build_assets.py
wrote (the spec puts it in `WORKPATH/postdesk/assets`). The AppDir follows the AppImage layout:

    AppDir/AppRun                               starts usr/lib/postdesk/postdesk
    AppDir/org.postdesk.Postdesk.desktop        (+ usr/share/applications/)
    AppDir/org.postdesk.Postdesk.png, .DirIcon  the 256 px icon
    AppDir/usr/lib/postdesk/                    the bundle
    AppDir/usr/bin/postdesk                     -> ../lib/postdesk/postdesk
    AppDir/usr/share/metainfo/org.postdesk.Postdesk.appdata.xml
    AppDir/usr/share/icons/hicolor/<N>x<N>/apps/org.postdesk.Postdesk.png and scalable/

With `--appimage`, `appimagetool` (from the AppImage project's releases; not in Debian, so CI
downloads it, see .github/workflows/release.yml) packs it into `Postdesk-<version>-x86_64.AppImage`.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_ID = "org.postdesk.Postdesk"
APPRUN = """#!/bin/sh
# AppImage entry point: run the bundled Postdesk with the arguments given.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/postdesk/postdesk" "$@"
"""


def build_appdir(bundle: Path, assets: Path, out: Path) -> Path:
    """Create `out/Postdesk.AppDir` (replacing an old one); return it."""
    appdir = out / "Postdesk.AppDir"
    if appdir.exists():
        shutil.rmtree(appdir)
    lib = appdir / "usr" / "lib" / "postdesk"
    shutil.copytree(bundle, lib, symlinks=True)
    (appdir / "usr" / "bin").mkdir(parents=True)
    os.symlink("../lib/postdesk/postdesk", appdir / "usr" / "bin" / "postdesk")
    apprun = appdir / "AppRun"
    apprun.write_text(APPRUN, encoding="utf-8")
    apprun.chmod(apprun.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

    applications = appdir / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(HERE / f"{APP_ID}.desktop", applications)
    shutil.copy(HERE / f"{APP_ID}.desktop", appdir)
    metainfo = appdir / "usr" / "share" / "metainfo"
    metainfo.mkdir(parents=True)
    # appimagetool looks for <id>.appdata.xml next to the desktop file's id.
    shutil.copy(HERE / f"{APP_ID}.metainfo.xml", metainfo / f"{APP_ID}.appdata.xml")
    shutil.copytree(assets / "icons" / "hicolor", appdir / "usr" / "share" / "icons" / "hicolor")
    icon = assets / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    shutil.copy(icon, appdir / f"{APP_ID}.png")
    os.symlink(f"{APP_ID}.png", appdir / ".DirIcon")
    return appdir


def pack(appdir: Path, version: str) -> Path:
    """Run appimagetool on `appdir`; return the AppImage."""
    tool = shutil.which("appimagetool") or shutil.which("appimagetool-x86_64.AppImage")
    if tool is None:
        raise FileNotFoundError("appimagetool is not installed (see packaging/README.md)")
    target = appdir.parent / f"Postdesk-{version}-x86_64.AppImage"
    subprocess.run([tool, str(appdir), str(target)], check=True, env={**os.environ, "ARCH": "x86_64"})
    return target


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--appimage"]
    if len(args) != 3:
        sys.exit(__doc__)
    made = build_appdir(Path(args[0]).resolve(), Path(args[1]).resolve(), Path(args[2]).resolve())
    print(made)
    if "--appimage" in sys.argv:
        sys.path.insert(0, str(HERE.parents[1] / "src"))
        from postdesk import __version__

        print(pack(made, __version__))
