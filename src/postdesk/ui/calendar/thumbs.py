"""The calendar cards' thumbnails: the media library's thumbnail cache, made on first use.

A card shows its post's first image as a small square. The pixels come from the thumbnails the
library already keeps on disk (`media.thumbnails`), loaded and cropped off the UI thread by the
library's `ThumbnailLoader`; a card paints a placeholder until `ready` says the image is in
memory. The loader (and Pillow, which its module imports) is made only when the first card
with an image is painted, so a calendar without images costs nothing at start-up.

Usage (app.py):
    CalendarPane(..., thumbnails=CardThumbnails(paths))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from postdesk.paths import Paths

if TYPE_CHECKING:
    from postdesk.ui.media_library.models import ThumbnailLoader

#: The side a card's thumbnail is cropped to, in device pixels: a day popup's card (24 px) on a
#: 2x screen; a cell's smaller card scales it down smoothly.
SQUARE_PX = 48
#: Thumbnails kept in memory (a busy month shows a few hundred cards).
CAPACITY = 600


class CardThumbnails(QObject):
    """Thumbnails for the calendar's cards, by content digest.

    Args:
        paths: the data directory (its thumbnail cache is read).
        parent: the owning QObject.

    Signals:
        ready: (str) the thumbnail of this digest is now available from `get`.
    """

    ready = Signal(str)

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._loader: ThumbnailLoader | None = None

    def get(self, sha: str) -> QPixmap | None:
        """The thumbnail if in memory; else start loading it off the UI thread and return None."""
        if self._loader is None:
            # Imported here: the library's module imports Pillow, which a first window without
            # images never needs.
            from postdesk.media import thumbnails
            from postdesk.ui.media_library.models import ThumbnailLoader

            size = thumbnails.best_size(SQUARE_PX)
            self._loader = ThumbnailLoader(self._paths, size, CAPACITY, parent=self, square=SQUARE_PX)
            self._loader.ready.connect(self.ready)
        return self._loader.get(sha)

    def wait(self) -> None:
        """Block until queued loads finish (tests and shutdown only)."""
        if self._loader is not None:
            self._loader.wait()
