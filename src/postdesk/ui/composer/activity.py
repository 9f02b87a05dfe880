"""The post's activity: each target's state in one line, and the engine's log, in plain words.

The engine records codes (`engine.ledger`, `engine.delivery`); this module words them. An
unknown code gets a generic sentence rather than the raw code, so a newer engine never shows
the user an identifier.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from postdesk.core.calendar import to_local
from postdesk.core.entities import TargetState
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.problem_templates import problem_templates
from postdesk.ui.composer.refusal_words import (
    COUNTED,
    MissingAsQuestion,
    attachment_name,
    counted_message,
    param_words,
    plain_int,
    problem_messages,
)
from postdesk.ui.composer.service_types import ActivityLine, PostActivity, TargetActivity
from postdesk.ui.composer.wording import describe_problem
from postdesk.ui.local_format import format_clock, format_number, format_short_when

#: States whose text went (or may have gone) out: the composer shows it read-only.
LOCKED_STATES = frozenset({TargetState.PUBLISHING, TargetState.PUBLISHED, TargetState.UNKNOWN})


def _messages() -> dict[str, str]:
    # Built on each call so a language switch applies at once.
    return {
        "fell_due": QCoreApplication.translate("ComposerActivity", "Its time came; getting ready to publish."),
        "caught_up": QCoreApplication.translate(
            "ComposerActivity", "Published late, as you chose, after Postdesk was closed at its time."
        ),
        "catch_up_asked": QCoreApplication.translate(
            "ComposerActivity", "Its time passed while Postdesk was closed; waiting for your decision."
        ),
        "catch_up_skipped": QCoreApplication.translate(
            "ComposerActivity", "Skipped: its time passed while Postdesk was closed."
        ),
        "publish_now": QCoreApplication.translate("ComposerActivity", "You asked to publish it now."),
        "retry_due": QCoreApplication.translate("ComposerActivity", "Trying again."),
        "published": QCoreApplication.translate("ComposerActivity", "Published."),
        "found_by_lookup": QCoreApplication.translate("ComposerActivity", "Found on the network: it was published."),
        "not_found_by_lookup": QCoreApplication.translate(
            "ComposerActivity", "Not found on the network; sending it again."
        ),
        "user_marked_published": QCoreApplication.translate("ComposerActivity", "You confirmed it was published."),
        "recovered_unknown": QCoreApplication.translate(
            "ComposerActivity", "Postdesk stopped while publishing; it will check whether the post went out."
        ),
        "answer_lost": QCoreApplication.translate(
            "ComposerActivity", "The network did not answer; Postdesk will check before trying again."
        ),
        "rate_limited": QCoreApplication.translate(
            "ComposerActivity", "The network asked to wait (too many requests); will try again."
        ),
        "transient": QCoreApplication.translate("ComposerActivity", "Could not reach the network; will try again."),
        # Postdesk's own findings about an answer (platforms.base problem codes): a lost answer
        # is looked up before any resend, so each may promise "without posting twice".
        "answer_too_slow": QCoreApplication.translate(
            "ComposerActivity",
            "The network took too long to answer, so Postdesk stopped waiting; it will retry without posting twice.",
        ),
        "answer_too_large": QCoreApplication.translate(
            "ComposerActivity",
            "The network's answer was far too large, so Postdesk stopped reading; it will retry without posting twice.",
        ),
        "answer_garbled": QCoreApplication.translate(
            "ComposerActivity",
            "The network's answer was not in the expected form; Postdesk will retry without posting twice.",
        ),
        "auth_expired": QCoreApplication.translate("ComposerActivity", "The account needs you to sign in again."),
        "needs_reconnect": QCoreApplication.translate(
            "ComposerActivity", "Waiting: sign in to this account again and it will go out."
        ),
        "sign_ins_locked": QCoreApplication.translate(
            "ComposerActivity", "Waiting: your sign-ins are locked. Unlock them in Accounts and it will go out."
        ),
        "waiting_for_reconnect": QCoreApplication.translate(
            "ComposerActivity", "Waiting: sign in to this account again and it will go out."
        ),
        "media_missing": QCoreApplication.translate(
            "ComposerActivity", "An attached file is no longer in the media library, so this could not be posted."
        ),
        "alt_text_required": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: you asked for alt text on every image, and an image has none. Describe it and schedule again.",
        ),
        "rejected": QCoreApplication.translate("ComposerActivity", "The network refused the post."),
        "gave_up": QCoreApplication.translate("ComposerActivity", "Gave up after several failed tries."),
        "no_adapter": QCoreApplication.translate(
            "ComposerActivity", "Paused: Postdesk cannot publish to this network yet."
        ),
        "paused": QCoreApplication.translate("ComposerActivity", "Paused."),
        "resumed": QCoreApplication.translate("ComposerActivity", "Resumed."),
        "cancelled": QCoreApplication.translate("ComposerActivity", "Cancelled."),
        "hand_off_started": QCoreApplication.translate(
            "ComposerActivity", "Handing it to the network's own scheduler…"
        ),
        "handed_off": QCoreApplication.translate(
            "ComposerActivity", "The network's own scheduler will publish it, even with Postdesk closed."
        ),
        "hand_off_cleared": QCoreApplication.translate("ComposerActivity", "Postdesk will publish it itself."),
        "hand_off_failed": QCoreApplication.translate(
            "ComposerActivity", "The network's scheduler did not take it; Postdesk will publish it itself."
        ),
        "hand_off_taken_back": QCoreApplication.translate(
            "ComposerActivity", "The network did not publish it; Postdesk is publishing it now."
        ),
        "hand_off_published": QCoreApplication.translate("ComposerActivity", "Published by the network's scheduler."),
        "hand_off_missing": QCoreApplication.translate(
            "ComposerActivity", "Paused: the network's scheduler does not show it. Please check."
        ),
        "restored_from_backup": QCoreApplication.translate(
            "ComposerActivity",
            "Paused: Postdesk's data was restored from a backup, and this may have gone out since. "
            "Check the network, then resume or publish it.",
        ),
        "first_comment_published": QCoreApplication.translate("ComposerActivity", "First comment posted."),
        "first_comment_failed": QCoreApplication.translate(
            "ComposerActivity", "The post is out, but the first comment could not be posted."
        ),
        "first_comment_unsupported": QCoreApplication.translate(
            "ComposerActivity", "This network has no first comment; it was not posted."
        ),
        "lookup_failed": QCoreApplication.translate(
            "ComposerActivity", "Could not check the network yet; will check again."
        ),
        "unknown_needs_user": QCoreApplication.translate(
            "ComposerActivity", "Only you can tell whether it is there: choose “Did it go out?”."
        ),
        "missed": QCoreApplication.translate("ComposerActivity", "Skipped: its time passed while Postdesk was closed."),
        "edited_on_network": QCoreApplication.translate(
            "ComposerActivity", "Edited on the network; what it said before is kept in this log."
        ),
        "edit_on_network_failed": QCoreApplication.translate(
            "ComposerActivity", "The edit did not reach the network; the post there is unchanged."
        ),
    }


def describe_reason(code: str, params: Mapping[str, Any] | None = None, network: str | None = None) -> str:
    """The sentence for a reason code with its parameters, in the user's language.

    The engine's own codes come first (`_messages`); then Postdesk's own refusals
    (`platforms.base` codes: media, hand-offs, edits ...); then a composer problem code (`core.validation.ProblemCode`
    value) an adapter raised on the same rule the composer checks, worded as the composer words
    it; anything else gets the generic sentence.

    Args:
        code: the reason or activity code.
        params: the problem's parameters (attachment index and name, sizes ...), if any.
        network: the network key of the target concerned, if known.
    """
    values = dict(params or {})
    if code in _messages():
        return describe_code(code)
    network_name = style_for(network).name if network else "?"
    count = plain_int(values.get("minutes", values.get("days")))
    template = problem_messages().get(code) or (counted_message(code, count) if count is not None else None)
    if template is not None:
        return template.format_map(
            MissingAsQuestion(name=attachment_name(values), network=network_name, **param_words(values))
        )
    if network and code.upper() in problem_templates():
        return describe_problem(code, network, values, None)
    return describe_code(code)


def is_problem_code(code: str) -> bool:
    """Whether `code` is a problem code `describe_reason` words (not the network's own words)."""
    return code in problem_messages() or code in COUNTED or code.upper() in problem_templates()


def describe_code(code: str) -> str:
    """The sentence for an activity or reason code (a generic one for codes not known here)."""
    return _messages().get(code, QCoreApplication.translate("ComposerActivity", "Something happened with this post."))


def describe_line(line: ActivityLine, zone: str) -> str:
    """One log line: local time, network, what happened and the network's own words."""
    when = format_short_when(_local(line.at, zone))
    params = line.detail.get("params")
    params = params if isinstance(params, Mapping) else None
    text = describe_reason(line.code, params, line.network)
    cause = line.detail.get("reason_code")
    if "problem" in line.detail and isinstance(cause, str) and cause and cause != line.code:
        # A side request (hand-off, first comment) that Postdesk itself refused: say why.
        text = QCoreApplication.translate("ComposerActivity", "{sentence} {reason}").format(
            sentence=text, reason=describe_reason(cause, params, line.network)
        )
    message = line.detail.get("network_message")
    if message:
        text = QCoreApplication.translate("ComposerActivity", "{sentence} The network said: “{message}”").format(
            sentence=text, message=message
        )
    if line.network:
        return QCoreApplication.translate("ComposerActivity", "{when} · {network}: {text}").format(
            when=when, network=style_for(line.network).name, text=text
        )
    return QCoreApplication.translate("ComposerActivity", "{when}: {text}").format(when=when, text=text)


def describe_target(target: TargetActivity, zone: str) -> str:
    """One target's state in a short sentence (HTML: a published one links to the post)."""
    name = style_for(target.network).name
    state = TargetState(target.state)
    reason = _reason(target)
    if state is TargetState.PUBLISHED:
        if target.remote_url:
            see = _escape(QCoreApplication.translate("ComposerActivity", "see the post"))
            link = f'<a href="{_escape(target.remote_url)}">{see}</a>'
            return (
                _escape(QCoreApplication.translate("ComposerActivity", "{network}: published —").format(network=name))
                + " "
                + link
            )
        return _escape(QCoreApplication.translate("ComposerActivity", "{network}: published.").format(network=name))
    words: Mapping[TargetState, str] = {
        TargetState.DRAFT: QCoreApplication.translate("ComposerActivity", "{network}: draft, not scheduled."),
        TargetState.SCHEDULED: QCoreApplication.translate("ComposerActivity", "{network}: scheduled."),
        TargetState.DUE: QCoreApplication.translate("ComposerActivity", "{network}: about to publish."),
        TargetState.PUBLISHING: QCoreApplication.translate("ComposerActivity", "{network}: publishing now…"),
        TargetState.FAILED_RETRYABLE: QCoreApplication.translate(
            "ComposerActivity", "{network}: failed, will try again {when}. {reason}"
        ),
        TargetState.FAILED: QCoreApplication.translate("ComposerActivity", "{network}: failed. {reason}"),
        TargetState.PAUSED: QCoreApplication.translate("ComposerActivity", "{network}: paused. {reason}"),
        TargetState.CANCELLED: QCoreApplication.translate("ComposerActivity", "{network}: cancelled."),
        TargetState.UNKNOWN: QCoreApplication.translate(
            "ComposerActivity", "{network}: Postdesk does not know whether it went out. {reason}"
        ),
    }
    when = (
        format_clock(_local(target.next_attempt_at, zone))
        if target.next_attempt_at
        else QCoreApplication.translate("ComposerActivity", "soon")
    )
    sentence = words[state].format(network=name, reason=reason, when=when).strip()
    return _escape(sentence)


def _reason(target: TargetActivity) -> str:
    sentence = describe_reason(target.reason_code, target.reason_params, target.network) if target.reason_code else ""
    if target.reason_text:
        if target.reason_code:
            return QCoreApplication.translate("ComposerActivity", "{sentence} The network said: “{message}”").format(
                sentence=sentence, message=target.reason_text
            )
        return QCoreApplication.translate("ComposerActivity", "The network said: “{message}”").format(
            message=target.reason_text
        )
    return sentence


def _local(instant: datetime, zone: str) -> datetime:
    return to_local(instant, ZoneInfo(zone))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class ActivitySection(QWidget):
    """A collapsible "Activity" section: one line per target, then the log, newest first.

    Args:
        zone: the user's IANA zone (times are shown in it).
        parent: the parent widget.

    Attributes:
        toggle: the header button that shows and hides the details.
        targets_label: the per-target states (rich text with links).
        log_label: the log lines.

    Signals:
        link_activated: a link to a published post was clicked (the url).
    """

    link_activated = Signal(str)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._activity: PostActivity | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(self.tr("Acti&vity"))
        self.toggle.setAccessibleName(self.tr("Show the post's activity"))
        self.toggle.toggled.connect(self._on_toggled)
        self.targets_label = QLabel(self)
        self.targets_label.setWordWrap(True)
        self.targets_label.setTextFormat(Qt.TextFormat.RichText)
        self.targets_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.targets_label.setOpenExternalLinks(False)
        self.targets_label.linkActivated.connect(self.link_activated)
        self.targets_label.setAccessibleName(self.tr("Where each network stands"))
        self.log_label = QLabel(self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setAccessibleName(self.tr("Activity log"))
        layout.addWidget(self.toggle)
        layout.addWidget(self.targets_label)
        layout.addWidget(self.log_label)
        self.targets_label.hide()
        self.log_label.hide()
        self.set_activity(None)

    def set_zone(self, zone: str) -> None:
        """Show times in another zone."""
        self._zone = zone
        self.set_activity(self._activity)

    def activity(self) -> PostActivity | None:
        """What is shown (None for a post never saved)."""
        return self._activity

    def set_activity(self, activity: PostActivity | None) -> None:
        """Show a post's activity (None: nothing has happened yet)."""
        self._activity = activity
        targets = activity.targets if activity else ()
        lines = activity.lines if activity else ()
        self.targets_label.setText("<br>".join(describe_target(t, self._zone) for t in targets))
        if lines:
            self.log_label.setText("\n".join(describe_line(line, self._zone) for line in reversed(lines)))
        else:
            self.log_label.setText(self.tr("Nothing has happened to this post yet."))
        count = len(lines)
        self.toggle.setText(
            self.tr("Acti&vity ({count})").format(count=format_number(count)) if count else self.tr("Acti&vity")
        )
        self._on_toggled(self.toggle.isChecked())

    def _on_toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(
            self.tr("Hide the post's activity") if shown else self.tr("Show the post's activity")
        )
        self.targets_label.setVisible(shown and bool(self.targets_label.text()))
        self.log_label.setVisible(shown)
