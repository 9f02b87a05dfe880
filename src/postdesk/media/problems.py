"""Why a file was not imported, or what the user should know about one that was.

`media/` returns these codes; `ui/` words them (ARCHITECTURE.md: core returns codes, ui words them).
"""

from __future__ import annotations

from enum import StrEnum


class ImportProblem(StrEnum):
    """A reason an import failed (errors) or a note about one that worked (notices)."""

    # Errors: the file was skipped, the rest of the import carried on.
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # permission denied, a directory, a device ...
    EMPTY = "empty"
    UNSUPPORTED_TYPE = "unsupported_type"
    CORRUPT = "corrupt"  # truncated or damaged: the decoder gave up
    DECOMPRESSION_BOMB = "decompression_bomb"  # more pixels than is safe to decode
    TOO_LARGE = "too_large"  # bigger than the import size limit
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"  # the data directory cannot be written
    CANCELLED = "cancelled"
    FAILED = "failed"  # an unforeseen error (in the log); the rest of the import carried on
    # Notices: the file is in the library.
    DUPLICATE = "duplicate"  # the same content was already in the library
    TYPE_MISMATCH = "type_mismatch"  # the name says one format, the content another
    HAS_LOCATION = "has_location"  # EXIF GPS present: stripped from what is published


#: Problems that leave the file out of the library.
ERRORS: frozenset[ImportProblem] = frozenset(
    {
        ImportProblem.NOT_FOUND,
        ImportProblem.UNREADABLE,
        ImportProblem.EMPTY,
        ImportProblem.UNSUPPORTED_TYPE,
        ImportProblem.CORRUPT,
        ImportProblem.DECOMPRESSION_BOMB,
        ImportProblem.TOO_LARGE,
        ImportProblem.DISK_FULL,
        ImportProblem.READ_ONLY,
        ImportProblem.CANCELLED,
        ImportProblem.FAILED,
    }
)


class MediaError(Exception):
    """A media operation failed for a reason the user can be told.

    Attributes:
        problem: the code the UI words.
        detail: a short technical detail for the log (never shown as the message itself).
    """

    def __init__(self, problem: ImportProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail
