"""Generate what a Postdesk bundle needs besides the code, into one output folder.

Run by `packaging/postdesk.spec` before PyInstaller collects anything (and usable alone):

    python packaging/build_assets.py OUT_DIR

It writes, from the sources of truth in the repository and the installed packages:
- `translations/postdesk_<locale>.qm`: `translations/*.ts` compiled with `pyside6-lrelease`
  (the `.qm` files are never committed, scripts/translations.sh does the same for a checkout);
- `THIRD_PARTY_NOTICES.txt`: names, versions, licenses and license files of every bundled
  package (`postdesk.third_party`), shown by the About dialog;
- `icons/hicolor/<N>x<N>/apps/org.postdesk.Postdesk.png` for N in 16..512 and the scalable SVG,
  `postdesk.ico` (Windows) and `postdesk.icns` (macOS), all rendered from
  `src/postdesk/resources/icons/app.svg` with Qt's SVG renderer in the app's accent colour;
- `version_info.txt`: the Windows version resource, from `postdesk.__version__`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP_ID = "org.postdesk.Postdesk"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
_ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
_ICNS_SIZES = (16, 32, 64, 128, 256, 512)

sys.path.insert(0, str(REPO / "src"))


def _lrelease() -> list[str]:
    """The lrelease command of the installed PySide6 (its console script, else its bundled binary)."""
    script = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if script:
        return [script]
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "libexec" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    raise FileNotFoundError("pyside6-lrelease not found: install PySide6-Essentials")


def compile_translations(out: Path) -> list[Path]:
    """Compile every `translations/postdesk_*.ts` into `out/translations/`; return the `.qm` files."""
    target = out / "translations"
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted((REPO / "translations").glob("postdesk_*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def write_notices(out: Path) -> Path:
    """Write THIRD_PARTY_NOTICES.txt from the installed packages."""
    from PySide6 import __version__ as qt_version

    from postdesk import __version__, third_party

    licenses = REPO / "packaging" / "licenses"
    full_texts = [
        (
            "GNU Lesser General Public License, version 3 (Qt, Qt for Python)",
            (licenses / "LGPL-3.0.txt").read_text(encoding="utf-8"),
        ),
        (
            "GNU General Public License, version 3 (Postdesk; the base of the LGPL-3.0)",
            (licenses / "GPL-3.0.txt").read_text(encoding="utf-8"),
        ),
    ]
    path = out / third_party.NOTICES_FILE
    path.write_text(third_party.collect(qt_version, __version__, full_texts), encoding="utf-8")
    return path


def render_icons(out: Path) -> list[Path]:
    """Render the app icon at every size, plus .ico and .icns; return the PNGs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    from postdesk.ui import assets, theme

    _app = QGuiApplication.instance() or QGuiApplication([])
    hicolor = out / "icons" / "hicolor"
    pngs: dict[int, Path] = {}
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{APP_ID}.png"
        if not assets.tinted_pixmap("app", theme.ACCENT, size).save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        pngs[size] = path
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    svg = (REPO / "src" / "postdesk" / "resources" / "icons" / "app.svg").read_text(encoding="utf-8")
    (scalable / f"{APP_ID}.svg").write_text(
        svg.replace('stroke="#000"', f'stroke="{theme.ACCENT.name()}"'), encoding="utf-8"
    )
    biggest = Image.open(pngs[512]).convert("RGBA")
    biggest.save(out / "postdesk.ico", sizes=[(s, s) for s in _ICO_SIZES])
    biggest.save(out / "postdesk.icns", sizes=[(s, s) for s in _ICNS_SIZES])
    return list(pngs.values())


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """`0.1.0` → (0, 1, 0, 0); a pre-release tail (`0.2.0rc1`) is dropped."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d*", part).group()  # type: ignore[union-attr]
        numbers.append(int(digits or "0"))
        if digits != part:
            break
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def write_version_info(out: Path) -> Path:
    """The Windows version resource (PyInstaller's `version=` file) for this version."""
    from postdesk import __version__

    v = version_tuple(__version__)
    text = f"""# Generated by packaging/build_assets.py from postdesk.__version__ ({__version__}); do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Postdesk'),
      StringStruct('FileDescription', 'Postdesk'),
      StringStruct('FileVersion', '{__version__}'),
      StringStruct('InternalName', 'postdesk'),
      StringStruct('LegalCopyright', 'The Postdesk contributors. GPL-3.0-or-later.'),
      StringStruct('OriginalFilename', 'Postdesk.exe'),
      StringStruct('ProductName', 'Postdesk'),
      StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path = out / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def build(out: Path) -> Path:
    """Generate everything into `out` (created); return it."""
    out.mkdir(parents=True, exist_ok=True)
    compile_translations(out)
    write_notices(out)
    render_icons(out)
    write_version_info(out)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/build_assets.py OUT_DIR")
    print(build(Path(sys.argv[1]).resolve()))
