"""Hostile names and failures after the blob is written: the importer never raises and never
leaves a blob that no asset records; a dropped folder does not follow links out of itself."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postdesk.media import storage, thumbnails
from postdesk.media.importer import ImportBatch, Importer, ImportSource, expand_paths
from postdesk.media.problems import ImportProblem
from postdesk.store.errors import StorageFull

from .conftest import FIXED_NOW, RecordingSink
from .media_factory import image_bytes


def _files(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.is_file()]


def _bytes_file(folder: Path, name: bytes, data: bytes) -> Path:
    """Create a file whose name is raw bytes (not valid UTF-8) and return it as Python sees it."""
    raw = os.path.join(os.fsencode(folder), name)
    with open(raw, "wb") as handle:
        handle.write(data)
    return Path(os.fsdecode(raw))


def test_a_name_that_is_not_utf8_imports_into_the_real_library(paths, library, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    _bytes_file(drop, b"caf\xe9.jpg", image_bytes("JPEG"))
    _bytes_file(drop, b"\xff\xfe.png", image_bytes("PNG"))
    importer = Importer(paths, library, now=lambda: FIXED_NOW)
    sources = [ImportSource.from_path(p) for p in expand_paths([drop])]
    assert sorted(s.name for s in sources) == ["caf\ufffd.jpg", "\ufffd\ufffd.png"]
    batch = ImportBatch(importer, sources, workers=2)
    batch.start()
    progress = batch.wait()
    assert (progress.imported, progress.failed) == (2, 0), progress.outcomes
    names = sorted(library.get(o.asset_id).asset.original_name for o in progress.outcomes)
    assert names == ["caf\ufffd.jpg", "\ufffd\ufffd.png"]
    assert len(_files(paths.media)) == 2


def test_a_name_with_a_lone_surrogate_from_bytes_or_a_paste_is_stored(paths, library):
    importer = Importer(paths, library, now=lambda: FIXED_NOW)
    outcome = importer.import_one(ImportSource(name="shot\ud800.png", data=image_bytes("PNG")))
    assert outcome.ok, outcome
    assert library.get(outcome.asset_id).asset.original_name == "shot\ufffd.png"


class _BrokenSink(RecordingSink):
    """Finds nothing, and fails to record with the given exception."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def add_asset(self, asset):
        raise self.error


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (RuntimeError("the repository broke"), ImportProblem.FAILED),
        (UnicodeEncodeError("utf-8", "\udce9", 0, 1, "surrogates not allowed"), ImportProblem.FAILED),
        (StorageFull("database or disk is full"), ImportProblem.DISK_FULL),
    ],
)
def test_a_failure_after_the_blob_is_written_removes_it_and_returns_a_problem(paths, tmp_path, error, problem):
    importer = Importer(paths, _BrokenSink(error), now=lambda: FIXED_NOW)
    path = tmp_path / "a.jpg"
    path.write_bytes(image_bytes("JPEG"))
    outcome = importer.import_one(ImportSource.from_path(path))
    assert outcome.error is problem
    assert not outcome.ok
    assert _files(paths.media) == []
    assert _files(paths.thumbnails) == []


def test_a_failed_record_keeps_a_blob_that_an_asset_already_uses(paths, tmp_path):
    sink = RecordingSink()
    importer = Importer(paths, sink, now=lambda: FIXED_NOW)
    path = tmp_path / "a.jpg"
    path.write_bytes(image_bytes("JPEG"))
    first = importer.import_one(ImportSource.from_path(path))
    assert first.ok

    class RecordedElsewhere(_BrokenSink):
        def find_by_sha(self, sha256):
            # Unknown when the import looks, recorded by someone else by the time it fails.
            self.looked = getattr(self, "looked", 0) + 1
            return None if self.looked == 1 else first.asset_id

    other = Importer(paths, RecordedElsewhere(RuntimeError("lost")), now=lambda: FIXED_NOW)
    assert other.import_one(ImportSource.from_path(path)).error is ImportProblem.FAILED
    assert storage.blob_path(paths.media, first.sha256).read_bytes() == path.read_bytes()
    assert thumbnails.have_all(paths.thumbnails, first.sha256)


def test_an_unforeseen_error_while_decoding_is_one_files_problem(paths, sink, tmp_path, monkeypatch):
    from postdesk.media import probe

    def explode(*args, **kwargs):
        raise TypeError("a decoder bug")

    monkeypatch.setattr(probe, "image_facts", explode)
    importer = Importer(paths, sink, now=lambda: FIXED_NOW)
    path = tmp_path / "a.jpg"
    path.write_bytes(image_bytes("JPEG"))
    outcome = importer.import_one(ImportSource.from_path(path))
    assert outcome.error is ImportProblem.FAILED
    assert "TypeError" in outcome.detail
    assert _files(paths.media) == []


def test_the_failed_problem_is_worded(qapp):
    from postdesk.ui.media_library.wording import problem_text

    text = problem_text(ImportProblem.FAILED, "caf\ufffd.jpg")
    assert "caf\ufffd.jpg" in text and "unexpected" in text


def test_a_dropped_folder_does_not_follow_links_out_of_itself(tmp_path):
    outside = tmp_path / "outside"
    (outside / "private").mkdir(parents=True)
    (outside / "secret.jpg").write_bytes(b"x")
    (outside / "private" / "id.png").write_bytes(b"x")
    drop = tmp_path / "drop"
    (drop / "sub").mkdir(parents=True)
    (drop / "a.jpg").write_bytes(b"x")
    (drop / "sub" / "b.jpg").write_bytes(b"x")
    (drop / "link-out.jpg").symlink_to(outside / "secret.jpg")
    (drop / "dir-out").symlink_to(outside / "private", target_is_directory=True)
    (drop / "sub" / "loop").symlink_to(drop, target_is_directory=True)
    (drop / "sub" / "link-in.jpg").symlink_to(drop / "a.jpg")
    (drop / "dangling.jpg").symlink_to(tmp_path / "gone.jpg")
    found = sorted(p.relative_to(drop).as_posix() for p in expand_paths([drop]))
    assert found == ["a.jpg", "sub/b.jpg", "sub/link-in.jpg"]


def test_a_dropped_link_to_a_folder_is_walked_inside_its_target_only(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.jpg").write_bytes(b"x")
    (real / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "elsewhere.jpg").write_bytes(b"x")
    (real / "elsewhere.jpg").symlink_to(tmp_path / "elsewhere.jpg")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    assert [p.name for p in expand_paths([link])] == ["a.jpg"]
