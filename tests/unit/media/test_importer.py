"""The importer over real generated media, including broken and hostile files."""

from __future__ import annotations

import errno
import os
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.media import storage, thumbnails
from postdesk.media.formats import MediaKind
from postdesk.media.importer import ImportBatch, Importer, ImportSource, expand_paths
from postdesk.media.problems import ImportProblem
from postdesk.paths import Paths

from .media_factory import animated_gif, exif_with, image_bytes, png_bomb, video


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "fmt", "save", "mime", "kind"),
    [
        ("a.jpg", "JPEG", {}, "image/jpeg", MediaKind.IMAGE),
        ("b.png", "PNG", {}, "image/png", MediaKind.IMAGE),
        ("c.png", "PNG", {"alpha": True}, "image/png", MediaKind.IMAGE),
        ("d.webp", "WEBP", {}, "image/webp", MediaKind.IMAGE),
        ("e.gif", "GIF", {}, "image/gif", MediaKind.IMAGE),
        ("f.heic", "HEIF", {}, "image/heic", MediaKind.IMAGE),
    ],
)
def test_every_image_format_imports_with_thumbnails(
    importer, sink, paths: Paths, tmp_path, name, fmt, save, mime, kind
):
    path = _write(tmp_path, name, image_bytes(fmt, (640, 480), **save))
    outcome = importer.import_one(ImportSource.from_path(path))
    assert outcome.ok, outcome
    asset = sink.assets[outcome.asset_id]
    assert (asset.mime, asset.kind, asset.width, asset.height) == (mime, kind, 640, 480)
    assert storage.blob_path(paths.media, asset.sha256).read_bytes() == path.read_bytes()
    for size in thumbnails.SIZES:
        with Image.open(thumbnails.thumbnail_path(paths.thumbnails, asset.sha256, size)) as thumb:
            assert max(thumb.size) == size
            assert thumb.format == "JPEG"


def test_animated_gif_is_kept_whole_and_marked_gif(importer, sink, paths, tmp_path):
    data = animated_gif(frames=5)
    outcome = importer.import_one(ImportSource.from_path(_write(tmp_path, "loop.gif", data)))
    asset = sink.assets[outcome.asset_id]
    assert asset.kind is MediaKind.GIF
    with Image.open(storage.blob_path(paths.media, asset.sha256)) as stored:
        assert stored.n_frames == 5


@pytest.mark.parametrize(
    ("name", "container", "codec", "mime"),
    [
        ("clip.mp4", "mp4", "libx264", "video/mp4"),
        ("clip.mov", "mov", "libx264", "video/quicktime"),
        ("clip.webm", "webm", "libvpx-vp9", "video/webm"),
    ],
)
def test_videos_get_duration_dimensions_and_a_poster(importer, sink, paths, tmp_path, name, container, codec, mime):
    path = video(tmp_path / name, container, codec, seconds=1.0, size=(320, 240))
    outcome = importer.import_one(ImportSource.from_path(path))
    assert outcome.ok, outcome
    asset = sink.assets[outcome.asset_id]
    assert (asset.kind, asset.mime, asset.width, asset.height) == (MediaKind.VIDEO, mime, 320, 240)
    assert asset.duration_s == pytest.approx(1.0, abs=0.15)
    with Image.open(thumbnails.thumbnail_path(paths.thumbnails, asset.sha256, 320)) as poster:
        assert poster.size == (320, 240)


def test_same_content_is_stored_once_and_survives_the_original_going_away(importer, sink, paths, tmp_path):
    data = image_bytes("JPEG")
    first = importer.import_one(ImportSource.from_path(_write(tmp_path, "one.jpg", data)))
    second_path = _write(tmp_path, "copy of one.jpg", data)
    second = importer.import_one(ImportSource.from_path(second_path))
    assert second.asset_id == first.asset_id
    assert ImportProblem.DUPLICATE in second.problems and second.ok
    blobs = [p for p in paths.media.rglob("*") if p.is_file()]
    assert len(blobs) == 1
    (tmp_path / "one.jpg").unlink()
    second_path.unlink()
    assert blobs[0].read_bytes() == data


def test_a_duplicate_puts_back_a_deleted_blob_and_thumbnails(importer, paths, tmp_path):
    path = _write(tmp_path, "one.jpg", image_bytes("JPEG"))
    outcome = importer.import_one(ImportSource.from_path(path))
    blob = storage.blob_path(paths.media, outcome.sha256)
    blob.unlink()
    thumbnails.thumbnail_path(paths.thumbnails, outcome.sha256, 160).unlink()
    importer.import_one(ImportSource.from_path(path))
    assert blob.read_bytes() == path.read_bytes()
    assert thumbnails.have_all(paths.thumbnails, outcome.sha256)


def test_exif_orientation_is_applied_to_dimensions_and_thumbnails(importer, sink, paths, tmp_path):
    data = image_bytes("JPEG", (800, 400), exif=exif_with(orientation=6))
    outcome = importer.import_one(ImportSource.from_path(_write(tmp_path, "turned.jpg", data)))
    asset = sink.assets[outcome.asset_id]
    assert (asset.width, asset.height) == (400, 800)
    with Image.open(thumbnails.thumbnail_path(paths.thumbnails, asset.sha256, 320)) as thumb:
        assert thumb.size == (160, 320)


def test_capture_date_and_location_are_read_from_exif(importer, sink, tmp_path):
    exif = exif_with(gps=True, taken="2025:07:14 18:30:00")
    data = image_bytes("JPEG", exif=exif)
    outcome = importer.import_one(ImportSource.from_path(_write(tmp_path, "paris.jpg", data)))
    assert ImportProblem.HAS_LOCATION in outcome.problems and outcome.ok
    created = sink.assets[outcome.asset_id].created_at
    assert created.utcoffset() == timedelta(hours=2)
    assert (created.year, created.month, created.day, created.hour) == (2025, 7, 14, 18)


def test_bytes_from_a_browser_drag_import_like_files(importer, sink):
    outcome = importer.import_one(ImportSource.from_bytes(image_bytes("PNG"), "pasted.png"))
    assert outcome.ok
    assert sink.assets[outcome.asset_id].original_name == "pasted.png"


def test_a_file_lying_about_its_type_is_imported_as_what_it_is(importer, sink, tmp_path):
    outcome = importer.import_one(ImportSource.from_path(_write(tmp_path, "holiday.jpg", image_bytes("PNG"))))
    assert outcome.ok
    assert ImportProblem.TYPE_MISMATCH in outcome.problems
    assert sink.assets[outcome.asset_id].mime == "image/png"


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [
        ("truncated.jpg", lambda: image_bytes("JPEG", (1200, 900))[:6000], ImportProblem.CORRUPT),
        ("truncated.png", lambda: image_bytes("PNG")[:3000], ImportProblem.CORRUPT),
        ("notes.png", lambda: b"just some text, not an image\n" * 4, ImportProblem.UNSUPPORTED_TYPE),
        ("noise.jpg", lambda: os.urandom(4096), ImportProblem.UNSUPPORTED_TYPE),
        ("fake.jpg", lambda: b"\xff\xd8\xff\xe0" + os.urandom(2000), ImportProblem.CORRUPT),
        ("bomb.png", png_bomb, ImportProblem.DECOMPRESSION_BOMB),
        ("empty.jpg", lambda: b"", ImportProblem.EMPTY),
    ],
)
def test_broken_and_hostile_images_are_refused_cleanly(importer, sink, paths, tmp_path, name, make, problem):
    outcome = importer.import_one(ImportSource.from_path(_write(tmp_path, name, make())))
    assert outcome.error is problem, outcome
    assert not outcome.ok
    assert sink.assets == {}
    assert [p for p in paths.media.rglob("*") if p.is_file()] == []


def test_a_truncated_video_is_refused(importer, tmp_path):
    good = video(tmp_path / "full.mp4").read_bytes()
    outcome = importer.import_one(ImportSource.from_path(_write(tmp_path, "cut.mp4", good[: len(good) // 3])))
    assert outcome.error is ImportProblem.CORRUPT


def test_a_4_gb_video_is_refused_before_reading_it(importer, tmp_path):
    big = tmp_path / "huge.mp4"
    with big.open("wb") as handle:  # sparse: costs no disk
        handle.write(b"\x00\x00\x00\x18ftypmp42")
        handle.truncate(4 * 1024**3 + 1)
    outcome = importer.import_one(ImportSource.from_path(big))
    assert outcome.error is ImportProblem.TOO_LARGE


def test_a_missing_file_and_a_folder_are_reported(importer, tmp_path):
    assert importer.import_one(ImportSource.from_path(tmp_path / "gone.jpg")).error is (ImportProblem.NOT_FOUND)
    assert importer.import_one(ImportSource(name="dir", path=tmp_path)).error is (ImportProblem.UNREADABLE)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_a_read_only_data_directory_is_reported_and_leaves_nothing(importer, paths, tmp_path):
    path = _write(tmp_path, "a.jpg", image_bytes("JPEG"))
    paths.media.chmod(0o555)
    try:
        outcome = importer.import_one(ImportSource.from_path(path))
    finally:
        paths.media.chmod(0o755)
    assert outcome.error is ImportProblem.READ_ONLY
    assert [p for p in paths.media.rglob("*") if p.is_file()] == []


def test_a_full_disk_is_reported_and_leaves_no_partial_blob(importer, paths, tmp_path, monkeypatch):
    path = _write(tmp_path, "a.jpg", image_bytes("JPEG"))
    real_write = os.write

    def full(fd, data):
        if len(data) > 1000:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(storage.os, "write", full)
    outcome = importer.import_one(ImportSource.from_path(path))
    assert outcome.error is ImportProblem.DISK_FULL
    assert [p for p in paths.media.rglob("*") if p.is_file()] == []


def test_a_batch_carries_on_past_bad_files_and_keeps_what_it_imported(importer, sink, tmp_path):
    folder = tmp_path / "drop"
    (folder / "sub").mkdir(parents=True)
    _write(folder, "1.jpg", image_bytes("JPEG"))
    _write(folder, "2.png", image_bytes("PNG")[:500])
    _write(folder / "sub", "3.webp", image_bytes("WEBP"))
    _write(folder, ".hidden.jpg", image_bytes("JPEG"))
    _write(folder, "4.txt", b"hello")
    sources = [ImportSource.from_path(p) for p in expand_paths([folder])]
    assert sorted(s.name for s in sources) == ["1.jpg", "2.png", "3.webp", "4.txt"]
    seen = []
    batch = ImportBatch(importer, sources, workers=2, on_outcome=lambda o, p: seen.append(p.done))
    batch.start()
    progress = batch.wait()
    assert (progress.total, progress.done, progress.imported, progress.failed) == (4, 4, 2, 2)
    assert sorted(seen) == [1, 2, 3, 4]
    assert len(sink.assets) == 2


def test_cancelling_a_batch_stops_the_rest(paths, sink, tmp_path):
    sources = [
        ImportSource.from_bytes(image_bytes("JPEG", (64, 64), comment=str(i).encode()), f"{i}.jpg") for i in range(6)
    ]
    holder: dict[str, ImportBatch] = {}

    def stop_after_first(outcome, progress):
        holder["batch"].cancel()

    importer = Importer(paths, sink)
    batch = ImportBatch(importer, sources, workers=1, on_outcome=stop_after_first)
    holder["batch"] = batch
    batch.start()
    progress = batch.wait()
    assert progress.imported == 1
    assert progress.done == 6
    cancelled = [o for o in progress.outcomes if o.error is ImportProblem.CANCELLED]
    assert len(cancelled) == 5


def test_a_read_only_file_system_is_reported_even_for_root(importer, paths, tmp_path, monkeypatch):
    path = _write(tmp_path, "a.jpg", image_bytes("JPEG"))

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(storage.tempfile, "mkstemp", read_only)
    outcome = importer.import_one(ImportSource.from_path(path))
    assert outcome.error is ImportProblem.READ_ONLY
    assert [p for p in paths.media.rglob("*") if p.is_file()] == []
