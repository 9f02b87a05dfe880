"""The third-party notices a shipped Postdesk must carry, collected from the installed packages.

The build (`packaging/build_assets.py`) writes them once into `postdesk/THIRD_PARTY_NOTICES.txt`
(package data, never committed); the About dialog shows that file. From a source checkout,
where no build ran, the dialog collects the same text from the installed packages at run time.

What is collected: Postdesk's own runtime requirements, followed recursively (extras left out),
each with its version, its declared license and the license files its wheel ships, and the
native libraries a wheel bundles (`av.libs/`, `pillow.libs/`, ...), which ship under their own
licenses. Qt comes first with what the LGPL asks of a shipped application. No Qt here: the
build runs this without a display.
"""

from __future__ import annotations

import importlib.metadata as md
import platform
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

NOTICES_FILE = "THIRD_PARTY_NOTICES.txt"
APP_DISTRIBUTION = "postdesk"
QT_SOURCE_URL = "https://download.qt.io/official_releases/QtForPython/"
QT_CODE_URL = "https://code.qt.io/cgit/pyside/pyside-setup.git/"

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LIB_SUFFIXES = (".so", ".dylib", ".dll")
_LIB_FOLDERS = (".libs/", ".dylibs/", "/.dylibs/", "Qt/lib/")


@dataclass
class Package:
    """One bundled distribution.

    Attributes:
        name, version: as the distribution names itself.
        license: its SPDX expression or license field ("unknown" when it declares none).
        license_texts: (file name, text) of the license files its wheel ships.
        native_libraries: the shared libraries its wheel bundles (file names).
    """

    name: str
    version: str
    license: str
    license_texts: list[tuple[str, str]] = field(default_factory=list)
    native_libraries: list[str] = field(default_factory=list)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _marker_applies(requirement: str, environment: Mapping[str, str] | None = None) -> bool:
    """Whether a Requires-Dist line applies here without extras (platform markers evaluated).

    `environment` overrides marker variables (python_version, sys_platform, ...) to ask about another
    target than this interpreter (the Flatpak's Python, packaging/flatpak/make_python_deps.py).
    """
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    if "extra" in marker:
        return False
    try:
        from packaging.markers import Marker
    except ImportError:  # the build has `packaging`; a bare runtime errs on the side of listing
        return True
    try:
        return bool(Marker(marker.strip()).evaluate(dict(environment) if environment else None))
    except Exception:  # a marker this `packaging` cannot read: list the package
        return True


def _requirements(distribution: md.Distribution, environment: Mapping[str, str] | None = None) -> list[str]:
    names = []
    for line in distribution.requires or []:
        match = _NAME.match(line)
        if match and _marker_applies(line, environment):
            names.append(match.group(1))
    return names


def _license_of(distribution: md.Distribution) -> str:
    meta: Any = distribution.metadata  # an email.message.Message: .get() for optional fields
    expression = meta.get("License-Expression")
    if expression:
        return str(expression).strip()
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 120:
        return declared
    classifiers = [
        c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    if classifiers:
        return " / ".join(classifiers)
    return "see the license text below" if declared else "unknown"


def _license_files(distribution: md.Distribution) -> list[tuple[str, str]]:
    texts = []
    for path in distribution.files or []:
        text_path = str(path)
        name = text_path.rsplit("/", 1)[-1]
        in_meta = ".dist-info/" in text_path
        looks_like_license = re.match(r"(?i)(licen[cs]e|copying|notice|authors)", name) is not None
        if in_meta and (looks_like_license or "/licenses/" in text_path):
            try:
                content = Path(path.locate()).read_bytes().decode("utf-8", errors="replace")
            except (OSError, ValueError, NotImplementedError):
                continue
            if "\x00" in content or name.endswith((".pyc", ".pyo")):
                continue  # compiled files some wheels leave beside their license files
            content = content.replace("\r\n", "\n")
            if content.strip():
                texts.append((name, content.strip()))
    return texts


def _native_libraries(distribution: md.Distribution) -> list[str]:
    libraries = []
    for path in distribution.files or []:
        text_path = str(path)
        name = text_path.rsplit("/", 1)[-1]
        if any(folder in text_path for folder in _LIB_FOLDERS) and (name.endswith(_LIB_SUFFIXES) or ".so." in name):
            libraries.append(name)
    return sorted(set(libraries))


def bundled_packages(root: str = APP_DISTRIBUTION, environment: Mapping[str, str] | None = None) -> list[Package]:
    """Every distribution `root` needs at run time, recursively, sorted by name (Qt's first).

    `environment`: marker variables of another target than this interpreter (see `_marker_applies`).
    """
    seen: dict[str, Package] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = _canonical(name)
        if key in seen:
            continue
        try:
            distribution = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen[key] = Package(
            name=distribution.metadata["Name"] or name,
            version=distribution.version,
            license=_license_of(distribution),
            license_texts=_license_files(distribution),
            native_libraries=_native_libraries(distribution),
        )
        pending.extend(_requirements(distribution, environment))
    seen.pop(_canonical(root), None)
    return sorted(
        seen.values(), key=lambda p: (not _canonical(p.name).startswith(("pyside6", "shiboken6")), _canonical(p.name))
    )


def qt_notice(qt_version: str) -> str:
    """What the LGPL-3.0 asks a shipped Qt application to say about Qt and Qt for Python."""
    return (
        f"Postdesk uses Qt {qt_version} through Qt for Python (PySide6 and Shiboken6), by The Qt Company Ltd. "
        "and other contributors, under the GNU Lesser General Public License version 3 (LGPL-3.0-only).\n\n"
        "Postdesk ships them unmodified. The complete source code of this Qt and Qt for Python version is "
        f"available from {QT_SOURCE_URL} and {QT_CODE_URL}.\n\n"
        "You may replace the Qt libraries with your own build of the same version: they are separate files "
        "next to Postdesk (on Windows and Linux in the `_internal/PySide6/` folder of the installation, on "
        "macOS inside `Postdesk.app/Contents/Frameworks/PySide6/`). Put your build of the libraries there "
        "under the same names, or run Postdesk from source with `pip install` of your own PySide6 build. "
        "Reverse engineering Postdesk to debug such changes is allowed.\n\n"
        "The texts of the LGPL-3.0 and of the GPL-3.0 it builds on are at the end of this file, and at "
        "https://www.gnu.org/licenses/lgpl-3.0.html."
    )


def notices_text(
    packages: Iterable[Package],
    app_version: str,
    app_license: str,
    qt_version: str,
    full_texts: Iterable[tuple[str, str]] = (),
) -> str:
    """The whole notices file: Postdesk's license, the Qt notice, one section per package, then `full_texts`.

    Args:
        full_texts: (title, text) of whole licenses appended at the end (the build adds the LGPL-3.0 and
            GPL-3.0, which the Qt wheels do not ship).
    """
    packages = list(packages)

    def wrap(text: str) -> str:
        return "\n\n".join(textwrap.fill(paragraph, 100) for paragraph in text.split("\n\n"))

    lines = [
        f"Postdesk {app_version}",
        wrap(
            f"License: {app_license}. Postdesk is free software: you can redistribute it and/or modify it under "
            "the terms of the GNU General Public License as published by the Free Software Foundation, either "
            "version 3 of the License, or (at your option) any later version. See "
            "https://www.gnu.org/licenses/gpl-3.0.html."
        ),
        "",
        "THIRD-PARTY SOFTWARE",
        "",
        "Qt and Qt for Python",
        "--------------------",
        wrap(qt_notice(qt_version)),
        "",
        "Bundled packages (name, version, license):",
    ]
    lines += [f"  {p.name} {p.version}: {p.license}" for p in packages]
    lines.append("")
    for package in packages:
        title = f"{package.name} {package.version} ({package.license})"
        lines += ["=" * len(title), title, "=" * len(title)]
        if package.native_libraries:
            lines.append(
                "Native libraries bundled in this package's wheel, each under its own license "
                "(see the license files below):"
            )
            lines += [f"  {name}" for name in package.native_libraries]
        for name, text in package.license_texts:
            lines += ["", f"--- {name} ---", text]
        lines.append("")
    for title, text in full_texts:
        lines += ["=" * len(title), title, "=" * len(title), text.strip(), ""]
    return "\n".join(lines) + "\n"


def app_license(root: str = APP_DISTRIBUTION) -> str:
    """Postdesk's own license as pyproject.toml declares it."""
    try:
        return _license_of(md.distribution(root))
    except md.PackageNotFoundError:
        return "GPL-3.0-or-later"


def collect(qt_version: str, app_version: str, full_texts: Iterable[tuple[str, str]] = ()) -> str:
    """Collect the notices from the packages installed now (what the build does)."""
    python = Package("Python", platform.python_version(), "PSF-2.0")
    return notices_text([python, *bundled_packages()], app_version, app_license(), qt_version, full_texts)


def shipped_notices() -> str | None:
    """The notices file the build wrote into the package, or None in a source checkout."""
    try:
        path = resources.files("postdesk").joinpath(NOTICES_FILE)
        return path.read_text(encoding="utf-8") if path.is_file() else None
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
