"""When to ask about posts that fell due while Postdesk was not running, and asking once.

The engine announces late posts (`CatchUpRequired`) at start and after a wake; the tray can ask
again. `CatchUpPrompt` shows `CatchUpDialog` once per post (unless the user asks from the
tray), never out of nowhere while the window is hidden in the tray (the tray's notification
asks then), and hands the answer to the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from postdesk.engine.events import LateTarget
from postdesk.ui.catch_up_dialog import CatchUpDialog


class CatchUpPrompt:
    """Asks about late posts over `parent`.

    Args:
        parent: the main window (the dialog's parent; hidden means "in the tray").
        zone: the user's time zone, read when a question opens.
        resolve: hands the answer (target ids, publish?) to the engine.

    Attributes:
        dialog: the open question, if any.
    """

    def __init__(
        self, parent: QWidget, zone: Callable[[], ZoneInfo], resolve: Callable[[Sequence[int], bool], object]
    ) -> None:
        self._parent = parent
        self._zone = zone
        self._resolve = resolve
        self._asked: set[int] = set()
        self.dialog: CatchUpDialog | None = None

    def ask(self, targets: Sequence[LateTarget], *, force: bool) -> None:
        """Ask about `targets`, unless each was asked about already (`force`: the user asked)."""
        targets = tuple(targets)
        if not targets:
            return
        new = {t.target_id for t in targets} - self._asked
        if not force and (not new or not self._parent.isVisible()):
            return
        self.close()
        self._asked |= {t.target_id for t in targets}
        dialog = CatchUpDialog(targets, self._zone(), self._parent)
        dialog.decided.connect(lambda ids, publish: self._resolve(ids, publish))
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def close(self) -> None:
        """Close the open question (deciding nothing)."""
        if self.dialog is not None:
            self.dialog.close()

    def _forget(self, dialog: CatchUpDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
