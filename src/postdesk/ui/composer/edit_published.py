"""Edit on Mastodon: change a published post on the network, from the record of what was sent.

What was sent stays frozen in Postdesk (`store.snapshots`); where the network itself lets a
published post be edited (Mastodon 3.5+, `SupportsEdit`), this small dialog changes it there.
It counts the text the way Mastodon counts it, with the account's own server limit, lists the
problems, and asks the engine (`Engine.edit_published`, through `ui.engine_actions`): never from
the UI thread. The engine records the new text as the target's next revision, so the sent view then
shows what the network says now, marked as edited.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.networks import Network
from postdesk.core.text.measure import measure, measure_mastodon
from postdesk.ui.composer.activity import describe_code, describe_reason, is_problem_code
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.local_format import format_number
from postdesk.ui.look.style import colours_of

#: The networks whose adapter is `SupportsEdit` (a test holds the two together).
EDITABLE_NETWORKS = frozenset({Network.MASTODON})
#: Mastodon's default text limit, when the account's server said nothing at sign-in.
DEFAULT_LIMIT = 500


class EditCalls(Protocol):
    """The engine call the dialog makes (`ui.engine_actions.EngineActions.edit_published`)."""

    def edit_published(
        self,
        target_id: int,
        parts: Sequence[str],
        options: Mapping[str, Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...


def refusal_words(reason: str, network: str) -> str:
    """The sentence for an edit the engine or the network refused (`engine.engine.EDIT_REFUSALS`)."""
    name = style_for(Network(network)).name
    words = {
        "not_published": QCoreApplication.translate(
            "EditPublished", "Only a published post can be edited on {network}."
        ),
        "cannot_edit": QCoreApplication.translate(
            "EditPublished", "{network} does not let Postdesk edit a published post."
        ),
        "empty": QCoreApplication.translate("EditPublished", "The post can't be empty."),
        "too_long": QCoreApplication.translate(
            "EditPublished", "The text is longer than your {network} server allows."
        ),
        "thread_parts": QCoreApplication.translate(
            "EditPublished", "Only the first post of a thread can be edited here."
        ),
    }
    # The adapter's own checks of the same rules (their codes, without the numbers) read as the engine's.
    reason = {"text_empty": "empty", "text_too_long": "too_long"}.get(reason, reason)
    if reason in words:
        return words[reason].format(network=name)
    if is_problem_code(reason):
        # Postdesk refused the edit itself (the outbox keeps the code, `engine.outbox.failure_words`).
        return QCoreApplication.translate("ComposerActivity", "{sentence} {reason}").format(
            sentence=describe_code("edit_on_network_failed"), reason=describe_reason(reason, None, network)
        )
    return QCoreApplication.translate("EditPublished", "{network} did not take the edit: {reason}").format(
        network=name, reason=reason
    )


class EditPublishedDialog(QDialog):
    """Change the text and content warning of one published post on its network.

    Args:
        calls: reaches the engine.
        target_id: the published target.
        network: its network key.
        parts: what the network says now (the frozen record's newest revision).
        options: its options (content warning, sensitive, language).
        max_chars: the account's own server limit, or None for the network's default.
        parent: the parent widget.

    Attributes:
        text_edit: the post's text (the first part of a thread).
        warning_edit: the content warning.
        counter_label: "n / limit", counted the network's way.
        problems_label: why it can't be saved yet.
        save_button, cancel_button: the actions.
        result_label: how the edit went, in words.

    Signals:
        edited: the engine answered (edited, waiting to go, or refused): the record may have changed.
    """

    edited = Signal()

    def __init__(
        self,
        calls: EditCalls,
        target_id: int,
        network: str,
        parts: Sequence[str],
        options: Mapping[str, Any],
        max_chars: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._target_id = target_id
        self._network = network
        self._parts = tuple(parts) or ("",)
        self._options = dict(options)
        self._limit = max_chars
        self._busy = False
        name = style_for(Network(network)).name
        self.setObjectName("editPublishedDialog")
        self.setWindowTitle(self.tr("Edit on {network}").format(network=name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This changes the post on {network} itself. People who boosted it are told it was edited, "
                "and anyone can see its earlier versions there. Postdesk keeps them too."
            ).format(network=name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning_label = QLabel(self.tr("Content &warning (optional):"), self)
        self.warning_edit = QLineEdit(str(self._options.get("spoiler_text") or ""), self)
        self.warning_edit.setAccessibleName(self.tr("Content warning"))
        warning_label.setBuddy(self.warning_edit)
        layout.addWidget(warning_label)
        layout.addWidget(self.warning_edit)
        text_label = QLabel(self.tr("&Text:"), self)
        self.text_edit = QPlainTextEdit(self._parts[0], self)
        self.text_edit.setAccessibleName(self.tr("Text of the post on {network}").format(network=name))
        self.text_edit.setTabChangesFocus(True)
        text_label.setBuddy(self.text_edit)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit, 1)
        if len(self._parts) > 1:
            note = QLabel(self.tr("This is the first post of a thread; the others stay as they are."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        row = QHBoxLayout()
        self.counter_label = QLabel(self)
        self.counter_label.setAccessibleName(self.tr("Characters used"))
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("Why it can't be saved yet"))
        row.addWidget(self.problems_label, 1)
        row.addWidget(self.counter_label)
        layout.addLayout(row)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("How the edit went"))
        self.result_label.hide()
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Close without changing the post"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save on {network}").format(network=name), self)
        self.save_button.setAccessibleName(self.tr("Save the edit on {network}").format(network=name))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.text_edit.textChanged.connect(self._check)
        self.warning_edit.textChanged.connect(self._check)
        self._check()

    # -- checking ----------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What stops the edit now, in words (empty: it can be saved)."""
        text = self.text_edit.toPlainText()
        found: list[str] = []
        if not text.strip():
            found.append(self.tr("The post can't be empty."))
        measured = self._measure(text)
        if not measured.fits:
            name = style_for(Network(self._network)).name
            found.append(
                self.tr("{over} characters over the limit of your {network} server ({limit}).").format(
                    over=measured.length - measured.limit, network=name, limit=measured.limit
                )
            )
        if not found and not self._changed():
            found.append(self.tr("Nothing has changed yet."))
        return found

    def _measure(self, text: str) -> Any:
        if Network(self._network) is Network.MASTODON:
            return measure_mastodon(text, self.warning_edit.text(), self._limit or DEFAULT_LIMIT)
        return measure(text, self._network, max_chars=self._limit)

    def _changed(self) -> bool:
        return self.text_edit.toPlainText() != self._parts[0] or self.warning_edit.text() != str(
            self._options.get("spoiler_text") or ""
        )

    def _check(self) -> None:
        measured = self._measure(self.text_edit.toPlainText())
        self.counter_label.setText(
            self.tr("{used} / {limit}").format(used=format_number(measured.length), limit=format_number(measured.limit))
        )
        over = colours_of(self.palette()).danger  # readable red on each theme
        self.counter_label.setStyleSheet("" if measured.fits else f"QLabel {{ color: {over}; font-weight: 600; }}")
        self.problems_label.setStyleSheet(f"QLabel {{ color: {over}; }}")
        problems = self.problems()
        self.problems_label.setText(" ".join(problems))
        self.save_button.setEnabled(not problems and not self._busy)

    # -- saving ------------------------------------------------------------------------------------

    def save(self) -> None:
        """Ask the engine to edit the post on the network (the answer comes back in `_on_done`)."""
        if self.problems() or self._busy:
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self.text_edit.setReadOnly(True)
        self.warning_edit.setReadOnly(True)
        self._say(self.tr("Saving on {network}…").format(network=style_for(Network(self._network)).name))
        warning = self.warning_edit.text().strip()
        options: dict[str, Any] = {"spoiler_text": warning}
        if warning:
            options["sensitive"] = True
        parts = (self.text_edit.toPlainText(), *self._parts[1:])
        self._calls.edit_published(self._target_id, parts, options, on_done=self._on_done, on_error=self._on_error)

    def _on_done(self, result: Any) -> None:
        name = style_for(Network(self._network)).name
        state = getattr(result, "state", "")
        if state == "edited":
            self._say(
                self.tr("Edited on {network}. The record of what was sent shows the new text.").format(network=name)
            )
            self._finish()
        elif state == "waiting":
            self._say(
                self.tr(
                    "Postdesk can't reach {network} right now. The edit will be made as soon as it can, by itself."
                ).format(network=name)
            )
            self._finish()
        else:
            self._say(refusal_words(str(getattr(result, "reason", "")), self._network))
            self._busy = False
            self.text_edit.setReadOnly(False)
            self.warning_edit.setReadOnly(False)
            self._check()
        self.edited.emit()

    def _on_error(self, _error: BaseException) -> None:
        self._say(
            self.tr(
                "Postdesk could not ask {network} to edit the post. Nothing was changed; try again in a moment."
            ).format(network=style_for(Network(self._network)).name)
        )
        self._busy = False
        self.text_edit.setReadOnly(False)
        self.warning_edit.setReadOnly(False)
        self._check()

    def _finish(self) -> None:
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close this window"))
        self.save_button.hide()

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()

    def result_text(self) -> str:
        """The words shown about the edit ("" before saving)."""
        return self.result_label.text() if self.result_label.isVisibleTo(self) else ""
