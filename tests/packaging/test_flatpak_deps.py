"""The Flatpak's Python module (packaging/flatpak/python-deps.json) is complete, pinned and fetchable, and
make_python_deps.py picks the right PyPI files. No network: the file choice runs on hand-written PyPI JSON."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
import yaml

from postdesk import third_party

REPO = Path(__file__).resolve().parents[2]
FLATPAK = REPO / "packaging" / "flatpak"
MANIFEST = FLATPAK / "org.postdesk.Postdesk.yml"
DEPS = FLATPAK / "python-deps.json"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_python_deps", FLATPAK / "make_python_deps.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


gen = _load_script()


def _deps() -> dict[str, Any]:
    return json.loads(DEPS.read_text(encoding="utf-8"))


def _pins(module: dict[str, Any]) -> dict[str, str]:
    """canonical name -> version of the `name==version` arguments of the module's pip command."""
    (command,) = module["build-commands"]
    pins = [word.split("==") for word in shlex.split(command) if "==" in word]
    return {gen.canonical(name): version for name, version in pins}


def _file_name_version(url: str) -> tuple[str, str]:
    filename = url.rsplit("/", 1)[1]
    if filename.endswith(".whl"):
        name, version = filename.split("-")[:2]
    else:
        name, version = re.match(r"(.+)-([^-]+)\.(?:tar\.gz|zip|tar\.bz2)$", filename).groups()  # type: ignore[union-attr]
    return gen.canonical(name), version


# --- the committed files ------------------------------------------------------------------------------


def test_the_manifest_includes_python_deps_json_which_exists() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert manifest["runtime"] == "org.kde.Platform" and manifest["runtime-version"] == "6.8"
    assert "python-deps.json" in manifest["modules"]
    postdesk = next(i for i, m in enumerate(manifest["modules"]) if isinstance(m, dict) and m["name"] == "postdesk")
    assert manifest["modules"].index("python-deps.json") < postdesk, "the dependencies must be installed first"
    assert (MANIFEST.parent / "python-deps.json").is_file()
    module = _deps()
    assert module["name"] == "python-deps" and module["buildsystem"] == "simple"


def test_python_deps_pins_every_runtime_distribution() -> None:
    """The same distributions as the walker finds; their versions are python-deps.json's own lock (a fresh
    install may pick newer releases within pyproject's ranges, which the next regeneration takes up)."""
    expected = {gen.canonical(name): version for name, version in gen.runtime_distributions()}
    assert "pyside6-essentials" in expected and "shiboken6" in expected  # not in the KDE runtime
    module = _deps()
    pinned = _pins(module)
    fetched = {_file_name_version(source["url"])[0] for source in module["sources"]}
    assert set(pinned) == set(expected), "run packaging/flatpak/make_python_deps.py"
    assert fetched == set(expected), "run packaging/flatpak/make_python_deps.py"


def test_each_pinned_version_is_one_pyproject_allows() -> None:
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = _pins(_deps())
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = gen.canonical(requirement.name)
        assert name in pinned, name
        assert requirement.specifier.contains(pinned[name], prereleases=True), (name, pinned[name], str(requirement))


def test_the_walk_for_the_flatpak_evaluates_markers_for_python_3_12() -> None:
    distribution = SimpleNamespace(
        requires=['backport; python_version < "3.12"', "plain", 'win; sys_platform == "win32"', 'opt; extra == "x"']
    )
    flatpak = gen.target_environment("x86_64")
    assert third_party._requirements(distribution, flatpak) == ["plain"]  # type: ignore[arg-type]
    assert third_party._requirements(distribution, {**flatpak, "python_version": "3.11"}) == [  # type: ignore[arg-type]
        "backport",
        "plain",
    ]


def test_every_source_is_a_pypi_file_of_the_pinned_version_with_its_sha256() -> None:
    module = _deps()
    pinned = _pins(module)
    assert module["sources"]
    for source in module["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/packages/"), source
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
        name, version = _file_name_version(source["url"])
        assert pinned[name] == version, source["url"]
    urls = [source["url"] for source in module["sources"]]
    assert len(urls) == len(set(urls))


def test_compiled_wheels_come_for_x86_64_and_aarch64_each_with_only_arches() -> None:
    arches_of: dict[str, list[str]] = {}
    for source in _deps()["sources"]:
        filename = source["url"].rsplit("/", 1)[1]
        name = _file_name_version(source["url"])[0]
        if filename.endswith("-none-any.whl"):
            assert "only-arches" not in source, filename
            arches_of.setdefault(name, []).append("any")
            continue
        assert len(source.get("only-arches", [])) == 1, f"{filename} has no only-arches"
        (arch,) = source["only-arches"]
        if filename.endswith(".whl"):
            assert filename.endswith(f"_{arch}.whl") and "manylinux" in filename, filename
            assert re.search(r"-(cp312-cp312|cp3\d+-abi3|py3-none)-", filename), filename
        arches_of.setdefault(name, []).append(arch)
    assert "pyside6-essentials" in arches_of
    compiled = {name: sorted(arches) for name, arches in arches_of.items() if arches != ["any"]}
    assert compiled, "PySide6, numpy, pillow... have no pure wheels"
    for name, arches in compiled.items():
        assert arches == ["aarch64", "x86_64"], name


def test_the_build_command_uses_only_options_pip_install_knows() -> None:
    (command,) = _deps()["build-commands"]
    words = shlex.split(command)
    assert words[:2] == ["pip3", "install"]
    for needed in ("--no-index", "--prefix=${FLATPAK_DEST}", "--no-build-isolation", "--ignore-installed"):
        assert needed in words
    assert "--find-links=file://${PWD}" in words
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--help"], capture_output=True, text=True, timeout=60, check=True
    )
    known = set(re.findall(r"--[a-z][a-z-]+", done.stdout))
    for option in (word.split("=", 1)[0] for word in words if word.startswith("--")):
        assert option in known, f"pip install has no {option}"


# --- choose_files on hand-written PyPI JSON -----------------------------------------------------------


def _file(filename: str, *, yanked: bool = False, requires_python: str | None = None, url: str | None = None) -> dict:
    sha = hashlib.sha256(filename.encode()).hexdigest()
    blake = hashlib.blake2b(filename.encode(), digest_size=32).hexdigest()
    return {
        "filename": filename,
        "packagetype": "bdist_wheel" if filename.endswith(".whl") else "sdist",
        "url": url or f"https://files.pythonhosted.org/packages/{blake[:2]}/{blake[2:4]}/{blake[4:]}/{filename}",
        "digests": {"sha256": sha, "blake2b_256": blake},
        "requires_python": requires_python,
        "yanked": yanked,
    }


def _release(*files: dict) -> dict:
    return {"info": {"name": "demo", "version": "1.0"}, "urls": list(files)}


def _picked(chosen: list) -> list[tuple[str, tuple[str, ...], str]]:
    return [(c.filename, c.arches, c.kind) for c in chosen]


def test_a_pure_wheel_is_preferred_to_compiled_wheels_and_the_sdist() -> None:
    chosen = gen.choose_files(
        _release(
            _file("demo-1.0.tar.gz"),
            _file("demo-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"),
            _file("demo-1.0-py3-none-any.whl"),
        )
    )
    assert _picked(chosen) == [("demo-1.0-py3-none-any.whl", (), "pure wheel")]
    assert chosen[0].sha256 == hashlib.sha256(b"demo-1.0-py3-none-any.whl").hexdigest()
    assert chosen[0].url.startswith("https://files.pythonhosted.org/packages/")


def test_compiled_wheels_are_picked_per_architecture_for_cpython_3_12() -> None:
    chosen = gen.choose_files(
        _release(
            _file("demo-1.0.tar.gz"),
            _file("demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl"),  # another Python
            _file("demo-1.0-cp312-cp312-musllinux_1_2_x86_64.whl"),  # not glibc
            _file("demo-1.0-cp312-cp312-win_amd64.whl"),
            _file("demo-1.0-cp312-cp312-macosx_11_0_arm64.whl"),
            _file("demo-1.0-cp39-abi3-manylinux_2_28_x86_64.whl"),  # works, but pip ranks cp312 first
            _file("demo-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"),
            _file("demo-1.0-cp312-cp312-manylinux_2_28_aarch64.whl"),
            _file("demo-1.0-cp312-cp312-manylinux_2_17_aarch64.whl", yanked=True),
        )
    )
    assert _picked(chosen) == [
        ("demo-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", ("x86_64",), "binary wheel"),
        ("demo-1.0-cp312-cp312-manylinux_2_28_aarch64.whl", ("aarch64",), "binary wheel"),
    ]


def test_abi3_wheels_serve_cpython_3_12_and_a_too_new_glibc_falls_back_to_the_sdist() -> None:
    chosen = gen.choose_files(
        _release(
            _file("demo-1.0-cp310-abi3-manylinux_2_34_x86_64.whl"),
            _file("demo-1.0-cp310-abi3-manylinux_2_99_aarch64.whl"),  # newer than the runtime's glibc
            _file("demo-1.0-cp313-abi3-manylinux_2_17_aarch64.whl"),  # needs Python 3.13
            _file("demo-1.0.tar.gz"),
        )
    )
    assert _picked(chosen) == [
        ("demo-1.0-cp310-abi3-manylinux_2_34_x86_64.whl", ("x86_64",), "binary wheel"),
        ("demo-1.0.tar.gz", ("aarch64",), "sdist"),
    ]


def test_the_sdist_serves_every_architecture_when_no_wheel_fits() -> None:
    chosen = gen.choose_files(
        _release(
            _file("demo-1.0-py3-none-any.whl", requires_python=">=3.13"),  # not for the runtime's 3.12
            _file("demo-1.0-cp313-cp313-manylinux_2_17_x86_64.whl"),
            _file("demo-1.0.zip"),
            _file("demo-1.0.tar.gz"),
        )
    )
    assert _picked(chosen) == [("demo-1.0.tar.gz", (), "sdist")]


def test_a_release_with_no_usable_file_is_a_clear_error() -> None:
    with pytest.raises(
        gen.NoUsableFile, match=r"demo 1\.0: no wheel for CPython 3\.12 on manylinux x86_64 and aarch64"
    ):
        gen.choose_files(
            _release(
                _file("demo-1.0-cp312-cp312-win_amd64.whl"),
                _file("demo-1.0-cp312-cp312-manylinux_2_17_aarch64.whl", yanked=True),
                _file("demo-1.0.tar.gz", yanked=True),
            )
        )
    with pytest.raises(gen.NoUsableFile, match="no files at all"):
        gen.choose_files(_release())


def test_a_mirror_s_relative_url_becomes_the_files_pythonhosted_url_of_its_digest() -> None:
    sample = _file("demo-1.0-py3-none-any.whl")
    blake = sample["digests"]["blake2b_256"]
    relative = f"../../packages/packages/{blake[:2]}/{blake[2:4]}/{blake[4:]}/demo-1.0-py3-none-any.whl"
    (chosen,) = gen.choose_files(_release({**sample, "url": relative}))
    assert chosen.url == sample["url"]
    with pytest.raises(gen.NoUsableFile, match="does not match its blake2b digest"):
        gen.choose_files(_release({**sample, "url": "../../packages/packages/00/00/elsewhere/demo.whl"}))
    with pytest.raises(gen.NoUsableFile, match="no sha256"):
        gen.choose_files(_release({**sample, "digests": {"blake2b_256": blake}}))
