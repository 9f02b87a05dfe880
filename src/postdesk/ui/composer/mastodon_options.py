"""The composer's Mastodon options beyond the content warning and visibility: language, poll, quote.

(The content warning, counted with the text as Mastodon counts it, and the visibility are the
target panel's common fields, `ui.composer.target_options`.) Options written: `language`, an
ISO 639-1 code, only when the user chose one: by default none is sent, so the server applies the
posting language set in the account's own preferences (the locale's language is offered first) and
`poll` ({options, duration_minutes, multiple, hide_totals}) held to the instance's own poll
limits (`configuration.polls`, read at sign-in), and `quote_url` (Mastodon 4.5 and newer; the
adapter finds the post on the account's server). `core.post_extras` checks them;
`platforms.mastodon` sends them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.post_extras import LANGUAGES
from postdesk.ui.composer.poll_editor import PollEditor
from postdesk.ui.composer.quote_field import QuoteField


def locale_language(locale: QLocale | None = None) -> str:
    """The ISO 639-1 code of `locale`'s language (the system's by default), or "en" if it has none."""
    code = (locale or QLocale()).name().split("_")[0]
    return code if code in LANGUAGES else "en"


def language_name(code: str) -> str:
    """A language's own name ("Deutsch"), or the code where Qt knows no name for it."""
    language = QLocale.codeToLanguage(code)
    if language == QLocale.Language.AnyLanguage:
        return code
    native = QLocale(language).nativeLanguageName()
    return native[:1].upper() + native[1:] if native else QLocale.languageToString(language)


class MastodonOptions(QWidget):
    """The Mastodon language and poll of one target.

    Attributes:
        language_combo: the post's language.
        poll: the poll editor.

    Signals:
        changed(): an option changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of the Mastodon post"))
        self.language_combo.setToolTip(self.tr("Mastodon shows the post to people who read this language."))
        # No choice sends no language: the server's posting language (the account's own preference) applies,
        # where a guess from this computer's locale would override it.
        self.language_combo.addItem(self.tr("Your server's default"), "")
        own = locale_language()
        self.language_combo.addItem(f"{language_name(own)} ({own})", own)
        others = ((language_name(code), code) for code in LANGUAGES if code != own)
        for name, code in sorted(others, key=lambda item: item[0].casefold()):
            self.language_combo.addItem(f"{name} ({code})", code)
        self.language_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.quote = QuoteField(Network.MASTODON, "Mastodon", self)
        self.quote.changed.connect(self.changed)
        self.poll = PollEditor(Network.MASTODON, "Mastodon", self)
        self.poll.changed.connect(self.changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)
        form.addRow(self.quote.label(), self.quote)
        form.addRow(self.poll)

    def set_instance(self, instance: Mapping[str, int] | None) -> None:
        """Follow the account's server's own poll limits."""
        self.poll.set_instance(instance)

    def options(self) -> dict[str, Any]:
        """The options as the target stores them."""
        language = self.language_combo.currentData()
        return {**({"language": language} if language else {}), **self.quote.options(), **self.poll.options()}

    def load(self, options: Mapping[str, Any]) -> None:
        """Show a target's stored options (no `changed` signal); a post without a language gets the server's."""
        with QSignalBlocker(self.language_combo):
            self.language_combo.setCurrentIndex(max(self.language_combo.findData(options.get("language") or ""), 0))
        self.quote.load(options)
        self.poll.load(options)
