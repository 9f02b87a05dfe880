"""The row above the library grid: search, what to show, folder, sort order, favourites, and
Import…. It describes a `LibraryQuery`; the pane decides when to run it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from postdesk.store.repositories.media_library import LibraryQuery, SortOrder


class LibraryFilterBar(QWidget):
    """Search and filters.

    Signals:
        text_edited(): the search text changed (the pane waits for typing to pause).
        changed(): a filter other than the text changed (the pane refreshes at once).
        import_clicked(): the user pressed Import….
    """

    text_edited = Signal()
    changed = Signal()
    import_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, tags and alt text"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        # At 1024 px the menus beside it keep their whole values (Qt clips a narrowed menu's text
        # mid-word); the field keeps at least a few words of its hint, and the hint whole as its tooltip.
        self.search.setToolTip(self.search.placeholderText())
        metrics = self.search.fontMetrics()
        frame = self.search.sizeHint().width() - 17 * metrics.horizontalAdvance("x") + 2  # Qt's hint: 17 x's
        words = min(metrics.horizontalAdvance(self.search.placeholderText()), 14 * metrics.averageCharWidth())
        self.search.setMinimumWidth(frame + words)
        self.search.textChanged.connect(lambda _t: self.text_edited.emit())

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Show"))
        for label, kinds in (
            (self.tr("All media"), ()),
            (self.tr("Images"), ("image",)),
            (self.tr("GIFs"), ("gif",)),
            (self.tr("Videos"), ("video",)),
        ):
            self.kind.addItem(label, kinds)
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())

        self.folder = QComboBox(self)
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.addItem(self.tr("All folders"), None)
        self.folder.currentIndexChanged.connect(lambda _i: self.changed.emit())

        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Sort by"))
        for label, order in (
            (self.tr("Newest first"), SortOrder.NEWEST_IMPORT),
            (self.tr("Oldest first"), SortOrder.OLDEST_IMPORT),
            (self.tr("Date taken"), SortOrder.NEWEST_TAKEN),
            (self.tr("Name"), SortOrder.NAME),
            (self.tr("Largest"), SortOrder.LARGEST),
        ):
            self.sort.addItem(label, order)
        self.sort.currentIndexChanged.connect(lambda _i: self.changed.emit())

        self.favourites = QCheckBox(self.tr("&Favourites"), self)
        self.favourites.setAccessibleName(self.tr("Only favourites"))
        self.favourites.toggled.connect(lambda _on: self.changed.emit())

        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setAccessibleName(self.tr("Import files"))
        self.import_button.clicked.connect(lambda: self.import_clicked.emit())

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 3)
        row.addWidget(self.kind)
        row.addWidget(self.folder)
        row.addWidget(self.sort)
        row.addWidget(self.favourites)
        row.addWidget(self.import_button)

    def query(self) -> LibraryQuery:
        """The query the filters describe."""
        return LibraryQuery(
            text=self.search.text(),
            kinds=frozenset(self.kind.currentData() or ()),
            folder=self.folder.currentData(),
            favourites_only=self.favourites.isChecked(),
            # Qt hands item data back as a plain str; `sort_key` compares members by identity,
            # so a bare "newest_import" slotted new imports by size (they jumped on refresh).
            sort=SortOrder(self.sort.currentData()),
        )

    def target_folder(self) -> str | None:
        """Where new imports go: the folder being looked at, or none."""
        return self.folder.currentData() or None

    def set_folders(self, folders: Sequence[str]) -> None:
        """Offer these folders, keeping the one chosen (without refreshing)."""
        current = self.folder.currentData()
        self.folder.blockSignals(True)
        self.folder.clear()
        self.folder.addItem(self.tr("All folders"), None)
        self.folder.addItem(self.tr("No folder"), "")
        for name in folders:
            self.folder.addItem(name, name)
        self.folder.setCurrentIndex(max(0, self.folder.findData(current)))
        self.folder.blockSignals(False)
