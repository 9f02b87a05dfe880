"""The composer's Pinterest options: board and section pickers ("New board…", "New section…"),
destination link and the video's cover.

A Pin goes on one of the account's boards (required: `core.validation` refuses a Pinterest target
without `board_id`), optionally in a section of it. The boards and sections come from the engine
(`platforms.pinterest.PinterestAdapter.boards` / `sections`, run on the engine loop) through a
`BoardSource`; the answers come back on the UI thread and are cached per account, so switching
tabs or posts does not ask Pinterest again ("Refresh" does).

Options written: `board_id`, `board_name` (for the preview and for a board the list no longer
shows), `board_section_id`, `link`, `cover_image` (a file path; empty: Postdesk takes a frame of
the video).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from postdesk.core.networks import Network
from postdesk.platforms.pinterest import Board, BoardsAdapter
from postdesk.ui.composer.engine_source import EngineAdapterSource, OnError, Submitter, Watcher

#: The link's limit (`PinCreate.link` maxLength in Pinterest's OpenAPI description).
LINK_MAX = 2048


class BoardSource(Protocol):
    """Where the pickers get boards and sections; answers arrive on the UI thread."""

    def load_boards(
        self, account_id: int, *, refresh: bool, on_done: Callable[[list[Board]], None], on_error: OnError
    ) -> None: ...

    def create_board(
        self, account_id: int, name: str, *, on_done: Callable[[Board], None], on_error: OnError
    ) -> None: ...

    def load_sections(
        self, account_id: int, board_id: str, *, on_done: Callable[[list[Board]], None], on_error: OnError
    ) -> None: ...

    def create_section(
        self, account_id: int, board_id: str, name: str, *, on_done: Callable[[Board], None], on_error: OnError
    ) -> None: ...


class EngineBoardSource:
    """`BoardSource` over the engine's own Pinterest adapter, with a per-account cache.

    Args:
        submitter: runs coroutines on the engine loop.
        watcher: delivers their answers on the UI thread.
        adapter: the engine's adapter for a network, or None (`Engine.adapter`; called on the
            engine loop, where the adapter's HTTP client lives; the engine closes it).
    """

    def __init__(self, submitter: Submitter, watcher: Watcher, adapter: Callable[[Network], Any]) -> None:
        self._engine = EngineAdapterSource(
            submitter, watcher, adapter, Network.PINTEREST, lambda a: isinstance(a, BoardsAdapter), "Pinterest"
        )
        self._boards: dict[int, list[Board]] = {}
        self._sections: dict[tuple[int, str], list[Board]] = {}

    def load_boards(
        self, account_id: int, *, refresh: bool, on_done: Callable[[list[Board]], None], on_error: OnError
    ) -> None:
        if not refresh and account_id in self._boards:
            on_done(list(self._boards[account_id]))
            return

        def keep(boards: list[Board]) -> None:
            self._boards[account_id] = list(boards)
            on_done(list(boards))

        self._engine.run(f"pinterest-boards-{account_id}", keep, on_error, lambda a: a.boards(account_id))

    def create_board(self, account_id: int, name: str, *, on_done: Callable[[Board], None], on_error: OnError) -> None:
        def keep(board: Board) -> None:
            self._boards.setdefault(account_id, []).append(board)
            on_done(board)

        self._engine.run(
            f"pinterest-new-board-{account_id}", keep, on_error, lambda a: a.create_board(account_id, name)
        )

    def load_sections(
        self, account_id: int, board_id: str, *, on_done: Callable[[list[Board]], None], on_error: OnError
    ) -> None:
        cached = self._sections.get((account_id, board_id))
        if cached is not None:
            on_done(list(cached))
            return

        def keep(sections: list[Board]) -> None:
            self._sections[(account_id, board_id)] = list(sections)
            on_done(list(sections))

        self._engine.run(f"pinterest-sections-{account_id}", keep, on_error, lambda a: a.sections(account_id, board_id))

    def create_section(
        self, account_id: int, board_id: str, name: str, *, on_done: Callable[[Board], None], on_error: OnError
    ) -> None:
        def keep(section: Board) -> None:
            self._sections.setdefault((account_id, board_id), []).append(section)
            on_done(section)

        self._engine.run(
            f"pinterest-new-section-{account_id}",
            keep,
            on_error,
            lambda a: a.create_section(account_id, board_id, name),
        )


class PinterestOptions(QWidget):
    """Board, section, link and cover for a Pinterest target.

    Signals:
        changed: the user changed an option.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: BoardSource | None = None
        self._account: int | None = None
        self._wanted: dict[str, str] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.board_combo = QComboBox(self)
        self.board_combo.setAccessibleName(self.tr("Pinterest board"))
        self.board_combo.setPlaceholderText(self.tr("Choose a board"))
        self.board_combo.currentIndexChanged.connect(self._on_board)
        self.new_board_button = QPushButton(self.tr("New board…"), self)
        self.new_board_button.setAccessibleName(self.tr("Make a new Pinterest board"))
        self.new_board_button.clicked.connect(self._ask_new_board)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Read the boards from Pinterest again"))
        self.refresh_button.clicked.connect(lambda: self._load_boards(refresh=True))
        row = QHBoxLayout()
        row.addWidget(self.board_combo, 1)
        row.addWidget(self.new_board_button)
        row.addWidget(self.refresh_button)
        form.addRow(self._label(self.tr("&Board:"), self.board_combo), row)

        self.section_combo = QComboBox(self)
        self.section_combo.setAccessibleName(self.tr("Board section"))
        self.section_combo.currentIndexChanged.connect(self._on_section)
        self.new_section_button = QPushButton(self.tr("New section…"), self)
        self.new_section_button.setAccessibleName(self.tr("Make a new section on the board"))
        self.new_section_button.clicked.connect(self._ask_new_section)
        row = QHBoxLayout()
        row.addWidget(self.section_combo, 1)
        row.addWidget(self.new_section_button)
        form.addRow(self._label(self.tr("S&ection:"), self.section_combo), row)

        self.link_edit = QLineEdit(self)
        self.link_edit.setAccessibleName(self.tr("Destination link"))
        self.link_edit.setPlaceholderText(self.tr("https://… where the Pin leads (optional)"))
        self.link_edit.setMaxLength(LINK_MAX)
        self.link_edit.textChanged.connect(lambda _: self.changed.emit())
        form.addRow(self.tr("&Link:"), self.link_edit)

        self.cover_label = QLabel(self)
        self.cover_label.setWordWrap(True)
        self.cover_button = QPushButton(self.tr("Choose cover…"), self)
        self.cover_button.setAccessibleName(self.tr("Choose the video's cover image"))
        self.cover_button.clicked.connect(self._ask_cover)
        self.cover_clear = QPushButton(self.tr("Use a frame"), self)
        self.cover_clear.setAccessibleName(self.tr("Use a frame of the video as its cover"))
        self.cover_clear.clicked.connect(lambda: self._set_cover(""))
        row = QHBoxLayout()
        row.addWidget(self.cover_label, 1)
        row.addWidget(self.cover_button)
        row.addWidget(self.cover_clear)
        form.addRow(self._label(self.tr("Video &cover:"), self.cover_button), row)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        form.addRow(self.status_label)
        self._cover = ""
        self._set_cover("", emit=False)
        self._refresh_enabled()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        # A row whose field is a layout gets no buddy from QFormLayout: the "&" would show.
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- wiring ----------------------------------------------------------------------------------

    def set_source(self, source: BoardSource | None) -> None:
        """Where boards come from (the app passes an `EngineBoardSource`); None: typed ids only."""
        self._source = source
        self._load_boards(refresh=False)

    def set_account(self, account_id: int | None) -> None:
        """The target's account changed: show its boards."""
        if account_id == self._account:
            return
        self._account = account_id
        self._load_boards(refresh=False)

    # -- options ---------------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        """The Pinterest options as the target stores them."""
        options: dict[str, Any] = {}
        board = self.board_combo.currentData()
        if board:
            options["board_id"] = str(board)
            options["board_name"] = self.board_combo.currentText()
        elif self._wanted.get("board_id"):
            options["board_id"] = self._wanted["board_id"]
            options["board_name"] = self._wanted.get("board_name", "")
        section = self.section_combo.currentData()
        if section:
            options["board_section_id"] = str(section)
        elif self._wanted.get("board_section_id"):
            options["board_section_id"] = self._wanted["board_section_id"]
        if self.link_edit.text().strip():
            options["link"] = self.link_edit.text().strip()
        if self._cover:
            options["cover_image"] = self._cover
        return options

    def load(self, options: Mapping[str, Any]) -> None:
        """Show stored options (no `changed`)."""
        blockers = [QSignalBlocker(w) for w in (self, self.board_combo, self.section_combo, self.link_edit)]
        self._wanted = {k: str(options.get(k) or "") for k in ("board_id", "board_name", "board_section_id")}
        self.link_edit.setText(str(options.get("link") or ""))
        self._set_cover(str(options.get("cover_image") or ""), emit=False)
        self._select_wanted_board()
        del blockers

    # -- boards ----------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _refresh_enabled(self) -> None:
        online = self._source is not None and self._account is not None
        for button in (self.new_board_button, self.refresh_button):
            button.setEnabled(online and self.isEnabled())
        self.new_section_button.setEnabled(online and bool(self.board_combo.currentData()))

    def _load_boards(self, *, refresh: bool) -> None:
        self._refresh_enabled()
        if self._source is None or self._account is None:
            return
        self._say(self.tr("Reading your boards from Pinterest…"))
        account = self._account
        self._source.load_boards(
            account, refresh=refresh, on_done=lambda b: self._show_boards(account, b), on_error=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self._say(
            self.tr("Pinterest did not answer: {reason}. Try Refresh in a moment.").format(
                reason=str(error) or type(error).__name__
            )
        )

    def _show_boards(self, account: int, boards: list[Board]) -> None:
        if account != self._account:
            return  # the account changed meanwhile
        self._say("" if boards else self.tr("This account has no boards yet: make one with New board…."))
        with QSignalBlocker(self.board_combo):
            self.board_combo.clear()
            for board in boards:
                label = board.name + (self.tr(" (secret)") if board.privacy == "SECRET" else "")
                self.board_combo.addItem(label, board.id)
        self._select_wanted_board()

    def _select_wanted_board(self) -> None:
        wanted = self._wanted.get("board_id")
        if not wanted:
            self._refresh_enabled()
            return
        index = self.board_combo.findData(wanted)
        if index < 0:
            # A board the list does not show (not loaded yet, offline): keep it, by its stored name.
            with QSignalBlocker(self.board_combo):
                self.board_combo.addItem(self._wanted.get("board_name") or wanted, wanted)
            index = self.board_combo.count() - 1
        with QSignalBlocker(self.board_combo):
            self.board_combo.setCurrentIndex(index)
        self._load_sections()

    def _on_board(self, _index: int) -> None:
        self._wanted = {}
        self._load_sections()
        self.changed.emit()

    def _on_section(self, _index: int) -> None:
        self._wanted.pop("board_section_id", None)
        self.changed.emit()

    def _load_sections(self) -> None:
        with QSignalBlocker(self.section_combo):
            self.section_combo.clear()
            self.section_combo.addItem(self.tr("No section"), "")
        self._refresh_enabled()
        board = self.board_combo.currentData()
        if self._source is None or self._account is None or not board:
            return
        account = self._account
        self._source.load_sections(
            account, str(board), on_done=lambda s: self._show_sections(account, str(board), s), on_error=self._failed
        )

    def _show_sections(self, account: int, board: str, sections: list[Board]) -> None:
        if account != self._account or board != self.board_combo.currentData():
            return
        wanted = self._wanted.get("board_section_id")
        with QSignalBlocker(self.section_combo):
            for section in sections:
                self.section_combo.addItem(section.name, section.id)
            if wanted:
                index = self.section_combo.findData(wanted)
                if index < 0:
                    self.section_combo.addItem(self.tr("Section {id}").format(id=wanted), wanted)
                    index = self.section_combo.count() - 1
                self.section_combo.setCurrentIndex(index)

    def _ask_new_board(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New board"), self.tr("Name of the new board:"))
        if ok and name.strip():
            self.create_board(name.strip())

    def create_board(self, name: str) -> None:
        """Make a board on Pinterest and select it once it exists."""
        if self._source is None or self._account is None:
            return
        self._say(self.tr("Making the board “{name}” on Pinterest…").format(name=name))
        self._source.create_board(self._account, name, on_done=self._board_made, on_error=self._failed)

    def _board_made(self, board: Board) -> None:
        self._say("")
        self.board_combo.addItem(board.name, board.id)
        self.board_combo.setCurrentIndex(self.board_combo.count() - 1)

    def _ask_new_section(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New section"), self.tr("Name of the new section:"))
        if ok and name.strip():
            self.create_section(name.strip())

    def create_section(self, name: str) -> None:
        """Make a section on the chosen board and select it once it exists."""
        board = self.board_combo.currentData()
        if self._source is None or self._account is None or not board:
            return
        self._source.create_section(self._account, str(board), name, on_done=self._section_made, on_error=self._failed)

    def _section_made(self, section: Board) -> None:
        self.section_combo.addItem(section.name, section.id)
        self.section_combo.setCurrentIndex(self.section_combo.count() - 1)

    # -- cover -----------------------------------------------------------------------------------

    def _ask_cover(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Cover image for the video"), "", self.tr("Images (*.jpg *.jpeg *.png *.webp)")
        )
        if path:
            self._set_cover(path)

    def _set_cover(self, path: str, *, emit: bool = True) -> None:
        self._cover = path
        self.cover_label.setText(path.rsplit("/", 1)[-1] if path else self.tr("A frame of the video"))
        self.cover_clear.setEnabled(bool(path))
        if emit:
            self.changed.emit()
