"""Write `python-deps.json`, the Flatpak module that installs Postdesk's run-time Python distributions.

    .venv/bin/python packaging/flatpak/make_python_deps.py        # run from the repository, with PyPI reachable

What goes in: the distributions Postdesk needs at run time, found by the same walk as the third-party
notices (`postdesk.third_party.bundled_packages`: `[project].dependencies`, followed recursively through the
installed metadata), at the versions installed in this venv, with the markers evaluated for the Flatpak's
Python on Linux (so `importlib_metadata; python_version < "3.12"` and the like drop out).

Which files, from PyPI's JSON API (https://pypi.org/pypi/<name>/<version>/json):
- a pure-Python wheel (`py3-none-any`) when the release has one: one source for every architecture (also
  where a release has compiled wheels beside it: SQLAlchemy and websockets then run without their optional
  C speed-ups, as with flatpak-pip-generator);
- otherwise, per architecture (x86_64 and aarch64), the best manylinux wheel for CPython 3.12, as pip would
  rank it (cp312 first, then abi3, then py3-none), each source with `only-arches`;
- the sdist only for an architecture without such a wheel (the run prints which); no usable file is an error.

flatpak-builder downloads each file (url + sha256) into the build directory, and one `pip3 install --no-index`
installs them all from there, with the options flatpak-pip-generator writes (pip has no `--exec-prefix`;
`--prefix` already puts scripts in ${FLATPAK_DEST}/bin) plus `--ignore-installed`, as Flathub's
io.qt.PySide.BaseApp does: the build runs in the SDK, which carries some of these (Mako, MarkupSafe, six:
flatpak-pip-generator's "system packages"); without it pip finds them there and skips them, and the SDK is
not there when the app runs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import InvalidWheelFilename, parse_wheel_filename

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUTPUT = HERE / "python-deps.json"
MODULE_NAME = "python-deps"

#: org.kde.Platform 6.8 is built on freedesktop-sdk 24.08 (KDE 6.8 apps pair with its 24.08 extensions, e.g.
#: ffmpeg-full 24.08, llvm18). freedesktop-sdk's release/24.08 branch builds CPython from `track: v3.12.*`
#: (elements/include/python3.yml) and glibc 2.40 (elements/bootstrap/include/glibc-source.yml). pip in the SDK
#: refuses a wheel for another Python or a newer glibc at build time, so a wrong value fails loudly.
PYTHON = (3, 12)
#: The newest manylinux glibc accepted (the run prints the newest the chosen wheels need).
GLIBC = (2, 40)
ARCHES = ("x86_64", "aarch64")
#: In the SDK (pip and its build backends): never a run-time requirement, left out if one ever became one.
#: six is in the freedesktop Platform too (1.17.0 in 24.08), but it stays in the module: with
#: --ignore-installed pip needs every requirement among its files, and resolving them there is the build's
#: check that this list is complete (an 11 kB duplicate of the same version).
SDK_PROVIDED = frozenset({"pip", "setuptools", "wheel"})

PYPI_RELEASE_JSON = "https://pypi.org/pypi/{name}/{version}/json"
PYPI_PROJECT_JSON = "https://pypi.org/pypi/{name}/json"
FILES_HOST = "https://files.pythonhosted.org/"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class NoUsableFile(LookupError):
    """A release on PyPI has no file this Flatpak can install."""


@dataclass(frozen=True)
class Chosen:
    """One file flatpak-builder fetches: `arches` is empty for a file every architecture uses."""

    filename: str
    url: str
    sha256: str
    kind: str  # "pure wheel", "binary wheel" or "sdist"
    arches: tuple[str, ...] = ()


def canonical(name: str) -> str:
    """PEP 503 normalized name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def target_environment(arch: str) -> dict[str, str]:
    """Marker variables of the Flatpak's Python on `arch`."""
    version = f"{PYTHON[0]}.{PYTHON[1]}"
    return {
        "python_version": version,
        "python_full_version": f"{version}.0",
        "implementation_name": "cpython",
        "implementation_version": f"{version}.0",
        "platform_python_implementation": "CPython",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "os_name": "posix",
        "platform_machine": arch,
    }


def runtime_distributions() -> list[tuple[str, str]]:
    """(name, installed version) of every run-time distribution, for the Flatpak's Python, sorted by name.

    Raises:
        RuntimeError: a requirement applies on one architecture only, or applies to the Flatpak's Python
            but is not installed in this venv (so there is no version to pin).
    """
    import importlib.metadata as md

    from postdesk import third_party

    per_arch: dict[str, dict[str, tuple[str, str]]] = {}
    for arch in ARCHES:
        environment = target_environment(arch)
        found = {canonical(p.name): (p.name, p.version) for p in third_party.bundled_packages(environment=environment)}
        # The walk skips what is not installed (right for a frozen bundle of this venv); here it must not.
        for name, _version in found.values():
            for needed in third_party._requirements(md.distribution(name), environment):
                if canonical(needed) not in found and canonical(needed) not in SDK_PROVIDED:
                    raise RuntimeError(
                        f"{name} needs {needed} on the Flatpak's Python {PYTHON[0]}.{PYTHON[1]} ({arch}), but it is "
                        "not installed here: install it in this venv (at the version to ship) and run again"
                    )
        per_arch[arch] = found
    first, *others = ARCHES
    for arch in others:
        if per_arch[arch] != per_arch[first]:
            raise RuntimeError(f"the run-time requirements differ between {first} and {arch}: teach this script")
    return sorted(
        (pin for key, pin in per_arch[first].items() if key not in SDK_PROVIDED), key=lambda pin: canonical(pin[0])
    )


def _platform_tags(arch: str) -> list[str]:
    """manylinux platform tags for `arch`, newest glibc first, the legacy aliases where pip ranks them."""
    legacy = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}
    tags = []
    for minor in range(GLIBC[1], 4, -1):
        tags.append(f"manylinux_{GLIBC[0]}_{minor}_{arch}")
        if minor in legacy:
            tags.append(f"{legacy[minor]}_{arch}")
    return tags


def supported_tags(arch: str) -> list[Tag]:
    """The wheel tags CPython 3.12 on manylinux `arch` installs, best first (pip's order)."""
    platforms = _platform_tags(arch)
    interpreter = f"cp{PYTHON[0]}{PYTHON[1]}"
    return [
        *cpython_tags(PYTHON, platforms=platforms),
        *compatible_tags(PYTHON, interpreter=interpreter, platforms=platforms),
    ]


def _wheel_tags(filename: str) -> frozenset[Tag] | None:
    try:
        return parse_wheel_filename(filename)[3]
    except InvalidWheelFilename:
        return None


def _is_pure(tags: Iterable[Tag]) -> bool:
    python3 = {f"py{PYTHON[0]}", f"py{PYTHON[0]}{PYTHON[1]}"}
    return any(t.interpreter in python3 and t.abi == "none" and t.platform == "any" for t in tags)


def _requires_python_allows(file: Mapping[str, Any]) -> bool:
    spec = file.get("requires_python")
    if not spec:
        return True
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    try:
        return SpecifierSet(spec).contains(f"{PYTHON[0]}.{PYTHON[1]}.0")
    except InvalidSpecifier:
        return True  # pip ignores what it cannot read, so does this


def file_url(file: Mapping[str, Any]) -> str:
    """The file's files.pythonhosted.org URL.

    PyPI gives it whole. A mirror of PyPI's JSON (bandersnatch and the like, which is what answers for
    pypi.org on some build machines) gives it relative, `../../packages/packages/93/1c/<rest>/<file>`; PyPI's
    file paths are the blake2b-256 digest split 2/2/60, so the URL is rebuilt from that digest, and the
    relative path must agree with it.
    """
    url = str(file.get("url", ""))
    if url.startswith(FILES_HOST):
        return url
    blake2b = str(file.get("digests", {}).get("blake2b_256", ""))
    if not re.fullmatch(r"[0-9a-f]{64}", blake2b):
        raise NoUsableFile(f"{file.get('filename')}: neither a files.pythonhosted.org URL nor a blake2b digest")
    path = f"packages/{blake2b[:2]}/{blake2b[2:4]}/{blake2b[4:]}/{file['filename']}"
    if url and not url.endswith(path):
        raise NoUsableFile(f"{file.get('filename')}: its URL {url} does not match its blake2b digest")
    return FILES_HOST + path


def _chosen(file: Mapping[str, Any], kind: str, arches: tuple[str, ...] = ()) -> Chosen:
    sha256 = str(file.get("digests", {}).get("sha256", ""))
    if not _SHA256.match(sha256):
        raise NoUsableFile(f"{file['filename']}: PyPI lists no sha256 for it")
    return Chosen(filename=str(file["filename"]), url=file_url(file), sha256=sha256, kind=kind, arches=arches)


def choose_files(release: Mapping[str, Any]) -> list[Chosen]:
    """The files flatpak-builder should fetch for one release, from its PyPI JSON.

    Args:
        release: PyPI's JSON for one release (`/pypi/<name>/<version>/json`): its `info` (name, version)
            and `urls` (each file's filename, packagetype, url, digests, requires_python, yanked).

    Raises:
        NoUsableFile: neither a wheel for every architecture nor an sdist (yanked files do not count).
    """
    info = release.get("info", {})
    label = f"{info.get('name', '?')} {info.get('version', '?')}"
    files = [f for f in release.get("urls", []) if not f.get("yanked") and _requires_python_allows(f)]
    wheels = [
        (f, tags) for f in files if f.get("packagetype") == "bdist_wheel" and (tags := _wheel_tags(f["filename"]))
    ]
    pure = sorted((f for f, tags in wheels if _is_pure(tags)), key=lambda f: f["filename"])
    if pure:
        return [_chosen(pure[0], "pure wheel")]
    sdists = sorted(
        (f for f in files if f.get("packagetype") == "sdist"), key=lambda f: not f["filename"].endswith(".tar.gz")
    )
    chosen: list[Chosen] = []
    missing: list[str] = []
    for arch in ARCHES:
        rank = {tag: index for index, tag in enumerate(supported_tags(arch))}
        ranked = sorted(
            (min(rank[t] for t in tags if t in rank), f["filename"], f)
            for f, tags in wheels
            if any(t in rank for t in tags)
        )
        if ranked:
            chosen.append(_chosen(ranked[0][2], "binary wheel", (arch,)))
        else:
            missing.append(arch)
    if missing and not sdists:
        names = ", ".join(f["filename"] for f in release.get("urls", [])) or "no files at all"
        raise NoUsableFile(
            f"{label}: no wheel for CPython {PYTHON[0]}.{PYTHON[1]} on manylinux {' and '.join(missing)} "
            f"and no sdist to build from (PyPI has: {names})"
        )
    if missing == list(ARCHES):
        return [_chosen(sdists[0], "sdist")]
    if missing:
        chosen.append(_chosen(sdists[0], "sdist", tuple(missing)))
    return chosen


def fetch_release(client: Any, name: str, version: str) -> dict[str, Any]:
    """PyPI's JSON for one release; from the project's JSON where the per-release URL answers 404."""
    response = client.get(PYPI_RELEASE_JSON.format(name=name, version=version))
    if response.status_code == 200:
        return dict(response.json())
    if response.status_code != 404:
        response.raise_for_status()
    response = client.get(PYPI_PROJECT_JSON.format(name=name))
    response.raise_for_status()
    project = response.json()
    if version not in project.get("releases", {}):
        raise NoUsableFile(f"{name} {version} is not on PyPI")
    return {"info": {**project["info"], "version": version}, "urls": project["releases"][version]}


def module(pins: Iterable[tuple[str, str]], files: Iterable[Chosen]) -> dict[str, Any]:
    """The flatpak-builder module installing `pins` (name, version) from `files`."""
    requirements = " ".join(f"{canonical(name)}=={version}" for name, version in pins)
    sources = []
    for chosen in files:
        source: dict[str, Any] = {"type": "file", "url": chosen.url, "sha256": chosen.sha256}
        if chosen.arches:
            source["only-arches"] = list(chosen.arches)
        sources.append(source)
    return {
        "name": MODULE_NAME,
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --prefix=${FLATPAK_DEST} --no-index "
            '--find-links="file://${PWD}" --no-build-isolation --ignore-installed ' + requirements
        ],
        "sources": sources,
    }


def _generate(pins: list[tuple[str, str]]) -> Iterator[tuple[str, str, list[Chosen]]]:
    import httpx

    with httpx.Client(timeout=60, follow_redirects=True) as client:
        for name, version in pins:
            yield name, version, choose_files(fetch_release(client, name, version))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"where to write (default: {OUTPUT})")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))
    pins = runtime_distributions()
    files: list[Chosen] = []
    for name, version, chosen in _generate(pins):
        files += chosen
        for c in chosen:
            where = f" [{', '.join(c.arches)}]" if c.arches else ""
            print(f"{name} {version}: {c.kind}{where} {c.filename}")
    args.output.write_text(json.dumps(module(pins, files), indent=4) + "\n", encoding="utf-8")
    fallbacks = sorted({c.filename for c in files if c.kind == "sdist"})
    glibc = [tuple(map(int, m.groups())) for c in files if (m := re.search(r"manylinux_(\d+)_(\d+)_", c.filename))]
    print(f"newest glibc a chosen wheel needs: {'.'.join(map(str, max(glibc))) if glibc else 'none'}")
    print(f"{len(pins)} distributions, {len(files)} files -> {args.output}")
    print("built from sdist: " + (", ".join(fallbacks) if fallbacks else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
