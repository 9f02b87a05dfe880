"""The post's activity: each target's state in one line, and the engine's log, in plain words.

The engine records codes (`engine.ledger`, `engine.delivery`); this module words them. An
unknown code gets a generic sentence rather than the raw code, so a newer engine never shows
the user an identifier.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from postdesk.core.calendar import to_local
from postdesk.core.entities import TargetState
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.service_types import ActivityLine, PostActivity, TargetActivity

_CONTEXT = "ComposerActivity"
#: States whose text went (or may have gone) out: the composer shows it read-only.
LOCKED_STATES = frozenset({TargetState.PUBLISHING, TargetState.PUBLISHED, TargetState.UNKNOWN})


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _messages() -> dict[str, str]:
    # Built on each call so a language switch applies at once.
    return {
        "fell_due": _tr("Its time came; getting ready to publish."),
        "caught_up": _tr("Published late, as you chose, after Postdesk was closed at its time."),
        "catch_up_asked": _tr("Its time passed while Postdesk was closed; waiting for your decision."),
        "catch_up_skipped": _tr("Skipped: its time passed while Postdesk was closed."),
        "publish_now": _tr("You asked to publish it now."),
        "retry_due": _tr("Trying again."),
        "published": _tr("Published."),
        "found_by_lookup": _tr("Found on the network: it was published."),
        "not_found_by_lookup": _tr("Not found on the network; sending it again."),
        "user_marked_published": _tr("You confirmed it was published."),
        "recovered_unknown": _tr("Postdesk stopped while publishing; it will check whether the post went out."),
        "answer_lost": _tr("The network did not answer; Postdesk will check before trying again."),
        "rate_limited": _tr("The network asked to wait (too many requests); will try again."),
        "transient": _tr("Could not reach the network; will try again."),
        # Postdesk's own findings about an answer (platforms.base problem codes): a lost answer
        # is looked up before any resend, so each may promise "without posting twice".
        "answer_too_slow": _tr(
            "The network took too long to answer, so Postdesk stopped waiting; it will retry without posting twice."
        ),
        "answer_too_large": _tr(
            "The network's answer was far too large, so Postdesk stopped reading; it will retry without posting twice."
        ),
        "answer_garbled": _tr(
            "The network's answer was not in the expected form; Postdesk will retry without posting twice."
        ),
        "auth_expired": _tr("The account needs you to sign in again."),
        "needs_reconnect": _tr("Waiting: sign in to this account again and it will go out."),
        "sign_ins_locked": _tr("Waiting: your sign-ins are locked. Unlock them in Accounts and it will go out."),
        "waiting_for_reconnect": _tr("Waiting: sign in to this account again and it will go out."),
        "media_missing": _tr("An attached file is no longer in the media library, so this could not be posted."),
        "rejected": _tr("The network refused the post."),
        "gave_up": _tr("Gave up after several failed tries."),
        "no_adapter": _tr("Paused: Postdesk cannot publish to this network yet."),
        "paused": _tr("Paused."),
        "resumed": _tr("Resumed."),
        "cancelled": _tr("Cancelled."),
        "hand_off_started": _tr("Handing it to the network's own scheduler…"),
        "handed_off": _tr("The network's own scheduler will publish it, even with Postdesk closed."),
        "hand_off_cleared": _tr("Postdesk will publish it itself."),
        "hand_off_failed": _tr("The network's scheduler did not take it; Postdesk will publish it itself."),
        "hand_off_taken_back": _tr("The network did not publish it; Postdesk is publishing it now."),
        "hand_off_published": _tr("Published by the network's scheduler."),
        "hand_off_missing": _tr("Paused: the network's scheduler does not show it. Please check."),
        "restored_from_backup": _tr(
            "Paused: Postdesk's data was restored from a backup, and this may have gone out since. "
            "Check the network, then resume or publish it."
        ),
        "first_comment_published": _tr("First comment posted."),
        "first_comment_failed": _tr("The post is out, but the first comment could not be posted."),
        "first_comment_unsupported": _tr("This network has no first comment; it was not posted."),
        "lookup_failed": _tr("Could not check the network yet; will check again."),
        "unknown_needs_user": _tr("Only you can tell whether it is there: choose “Did it go out?”."),
        "missed": _tr("Skipped: its time passed while Postdesk was closed."),
        "edited_on_network": _tr("Edited on the network; what it said before is kept in this log."),
        "edit_on_network_failed": _tr("The edit did not reach the network; the post there is unchanged."),
    }


def describe_code(code: str) -> str:
    """The sentence for an activity or reason code (a generic one for codes not known here)."""
    return _messages().get(code, _tr("Something happened with this post."))


def describe_line(line: ActivityLine, zone: str) -> str:
    """One log line: local time, network, what happened and the network's own words."""
    when = _local(line.at, zone).strftime("%d %b %H:%M")
    text = describe_code(line.code)
    message = line.detail.get("network_message")
    if message:
        text = _tr("{sentence} The network said: “{message}”").format(sentence=text, message=message)
    if line.network:
        return _tr("{when} · {network}: {text}").format(when=when, network=style_for(line.network).name, text=text)
    return _tr("{when}: {text}").format(when=when, text=text)


def describe_target(target: TargetActivity, zone: str) -> str:
    """One target's state in a short sentence (HTML: a published one links to the post)."""
    name = style_for(target.network).name
    state = TargetState(target.state)
    reason = _reason(target)
    if state is TargetState.PUBLISHED:
        if target.remote_url:
            link = f'<a href="{_escape(target.remote_url)}">{_escape(_tr("see the post"))}</a>'
            return _escape(_tr("{network}: published —").format(network=name)) + " " + link
        return _escape(_tr("{network}: published.").format(network=name))
    words: Mapping[TargetState, str] = {
        TargetState.DRAFT: _tr("{network}: draft, not scheduled."),
        TargetState.SCHEDULED: _tr("{network}: scheduled."),
        TargetState.DUE: _tr("{network}: about to publish."),
        TargetState.PUBLISHING: _tr("{network}: publishing now…"),
        TargetState.FAILED_RETRYABLE: _tr("{network}: failed, will try again {when}. {reason}"),
        TargetState.FAILED: _tr("{network}: failed. {reason}"),
        TargetState.PAUSED: _tr("{network}: paused. {reason}"),
        TargetState.CANCELLED: _tr("{network}: cancelled."),
        TargetState.UNKNOWN: _tr("{network}: Postdesk does not know whether it went out. {reason}"),
    }
    when = _local(target.next_attempt_at, zone).strftime("%H:%M") if target.next_attempt_at else _tr("soon")
    sentence = words[state].format(network=name, reason=reason, when=when).strip()
    return _escape(sentence)


def _reason(target: TargetActivity) -> str:
    if target.reason_text:
        if target.reason_code:
            return _tr("{sentence} The network said: “{message}”").format(
                sentence=describe_code(target.reason_code), message=target.reason_text
            )
        return _tr("The network said: “{message}”").format(message=target.reason_text)
    return describe_code(target.reason_code) if target.reason_code else ""


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
        self.toggle.setText(self.tr("Ac&tivity"))
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
        self.toggle.setText(self.tr("Ac&tivity ({count})").format(count=count) if count else self.tr("Ac&tivity"))
        self._on_toggled(self.toggle.isChecked())

    def _on_toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(
            self.tr("Hide the post's activity") if shown else self.tr("Show the post's activity")
        )
        self.targets_label.setVisible(shown and bool(self.targets_label.text()))
        self.log_label.setVisible(shown)
