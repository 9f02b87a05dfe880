"""Words for the media library's problem codes (media/ returns codes; this is where they
become sentences, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postdesk.media.problems import ImportProblem

# Every string is a literal inside `QCoreApplication.translate("MediaLibrary", ...)` so that
# lupdate sees it (a wrapper taking the text as a variable hid them from the extractor).


def problem_text(problem: ImportProblem, name: str) -> str:
    """One sentence about one file."""
    messages = {
        ImportProblem.NOT_FOUND: QCoreApplication.translate("MediaLibrary", "“{name}” is no longer there."),
        ImportProblem.UNREADABLE: QCoreApplication.translate(
            "MediaLibrary", "“{name}” could not be read (is it a folder or locked?)."
        ),
        ImportProblem.EMPTY: QCoreApplication.translate("MediaLibrary", "“{name}” is empty."),
        ImportProblem.UNSUPPORTED_TYPE: QCoreApplication.translate(
            "MediaLibrary",
            "“{name}” is not a picture or video Postdesk can use (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).",
        ),
        ImportProblem.CORRUPT: QCoreApplication.translate(
            "MediaLibrary", "“{name}” is damaged or incomplete and could not be opened."
        ),
        ImportProblem.DECOMPRESSION_BOMB: QCoreApplication.translate(
            "MediaLibrary", "“{name}” has far too many pixels to open safely, so it was skipped."
        ),
        ImportProblem.TOO_LARGE: QCoreApplication.translate(
            "MediaLibrary", "“{name}” is larger than 4 GB, the most Postdesk imports."
        ),
        ImportProblem.DISK_FULL: QCoreApplication.translate(
            "MediaLibrary", "The disk is full: “{name}” could not be saved."
        ),
        ImportProblem.READ_ONLY: QCoreApplication.translate(
            "MediaLibrary", "Postdesk's data folder cannot be written to: “{name}” was not saved."
        ),
        ImportProblem.CANCELLED: QCoreApplication.translate(
            "MediaLibrary", "“{name}” was not imported: you cancelled."
        ),
        ImportProblem.FAILED: QCoreApplication.translate(
            "MediaLibrary", "“{name}” could not be imported because of an unexpected problem; the rest carried on."
        ),
        ImportProblem.DUPLICATE: QCoreApplication.translate("MediaLibrary", "“{name}” was already in your library."),
        ImportProblem.TYPE_MISMATCH: QCoreApplication.translate(
            "MediaLibrary", "“{name}” is named like another kind of file; it was imported as what it really is."
        ),
        ImportProblem.HAS_LOCATION: QCoreApplication.translate(
            "MediaLibrary",
            "“{name}” contains the place where it was taken; that location is removed from what you publish.",
        ),
    }
    return messages[problem].replace("{name}", name)


def duration_text(seconds: float) -> str:
    """A video's length as players show it, the same in every language: m:ss, or h:mm:ss from
    an hour on ("0:42", "12:05", "1:02:05"). Rounded to the second; a clip shorter than half a
    second still shows "0:01", never a length of nothing."""
    total = max(1, int(seconds + 0.5)) if seconds > 0 else 0
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def badge_words(kind: str, duration_s: float | None, alt_text: str) -> list[str]:
    """What the grid's badges on one cell say, in words a screen reader reads out."""
    words = []
    if kind == "video":
        if duration_s:
            words.append(
                QCoreApplication.translate("MediaLibrary", "Video, {length} long").replace(
                    "{length}", duration_text(duration_s)
                )
            )
        else:
            words.append(QCoreApplication.translate("MediaLibrary", "Video"))
    elif kind == "gif":
        words.append(QCoreApplication.translate("MediaLibrary", "Animated GIF"))
    if not alt_text.strip():
        words.append(QCoreApplication.translate("MediaLibrary", "No alt text yet"))
    return words
