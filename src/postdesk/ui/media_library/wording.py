"""Words for the media library's problem codes (media/ returns codes; this is where they
become sentences, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postdesk.media.problems import ImportProblem

_CTX = "MediaLibrary"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def problem_text(problem: ImportProblem, name: str) -> str:
    """One sentence about one file."""
    messages = {
        ImportProblem.NOT_FOUND: _t("“{name}” is no longer there."),
        ImportProblem.UNREADABLE: _t("“{name}” could not be read (is it a folder or locked?)."),
        ImportProblem.EMPTY: _t("“{name}” is empty."),
        ImportProblem.UNSUPPORTED_TYPE: _t(
            "“{name}” is not a picture or video Postdesk can use (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM)."
        ),
        ImportProblem.CORRUPT: _t("“{name}” is damaged or incomplete and could not be opened."),
        ImportProblem.DECOMPRESSION_BOMB: _t("“{name}” has far too many pixels to open safely, so it was skipped."),
        ImportProblem.TOO_LARGE: _t("“{name}” is larger than 4 GB, the most Postdesk imports."),
        ImportProblem.DISK_FULL: _t("The disk is full: “{name}” could not be saved."),
        ImportProblem.READ_ONLY: _t("Postdesk's data folder cannot be written to: “{name}” was not saved."),
        ImportProblem.CANCELLED: _t("“{name}” was not imported: you cancelled."),
        ImportProblem.FAILED: _t(
            "“{name}” could not be imported because of an unexpected problem; the rest carried on."
        ),
        ImportProblem.DUPLICATE: _t("“{name}” was already in your library."),
        ImportProblem.TYPE_MISMATCH: _t(
            "“{name}” is named like another kind of file; it was imported as what it really is."
        ),
        ImportProblem.HAS_LOCATION: _t(
            "“{name}” contains the place where it was taken; that location is removed from what you publish."
        ),
    }
    return messages[problem].replace("{name}", name)


def human_size(size: int) -> str:
    """A byte count the way people read it (1000-based, like file managers)."""
    value = float(size)
    for unit in (_t("B"), _t("KB"), _t("MB"), _t("GB")):
        if value < 1000 or unit == _t("GB"):
            return f"{value:.0f} {unit}" if unit == _t("B") else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} {_t('TB')}"
