"""Postdesk's own refusals, worded: the codes adapters raise for what Postdesk itself found (media it
cannot read, hand-offs a network's scheduler does not take, edits, relays ...; `platforms.base`), with
their parameters in the user's digits and sizes. `activity.describe_reason` uses these tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from postdesk.ui.composer import refusal_words_networks, refusal_words_video, refusal_words_waits
from postdesk.ui.i18n import plural_context
from postdesk.ui.local_format import format_number, format_size

#: Plural sentences of the context "ComposerActivity" (see `i18n.plural_context`).
ComposerActivity = plural_context("ComposerActivity")


def problem_messages() -> dict[str, str]:
    """Every refusal code Postdesk words, with its sentence."""
    return {
        **_own_refusals(),
        **refusal_words_networks.messages(),
        **refusal_words_video.messages(),
        **refusal_words_waits.messages(),
    }


def _own_refusals() -> dict[str, str]:
    # Postdesk's own refusals (platforms.base codes): of a post's media (MEDIA_* codes, found on
    # this computer before anything was sent), of a hand-off, an edit, an action; and the
    # network's refusals Postdesk words itself (its own words, if any, follow as "The network
    # said"). {name} is the attachment's file name (or "attachment 2"), {network} the network's
    # name; sizes and counts come in the user's digits.
    return {
        "media_unreadable": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: Postdesk could not read {name} on this computer. Attach it again and schedule the post again.",
        ),
        "media_not_recognised": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {name} is not an image or video Postdesk recognises. Replace it and schedule the post again.",
        ),
        "media_undecodable": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {name} could not be opened as an image; the file may be damaged. "
            "Replace it and schedule the post again.",
        ),
        "media_video_unreadable": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {name} could not be read as a video; the file may be damaged. "
            "Replace it and schedule the post again.",
        ),
        "media_cannot_shrink": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {name} is too big for {network}, and Postdesk could not make it small enough. "
            "Use a smaller file and schedule the post again.",
        ),
        "media_cover_unusable": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the picture chosen as the video's cover could not be used. "
            "Choose another one and schedule the post again.",
        ),
        "media_type_refused": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} does not take files like {name} ({type}). "
            "Use another file and schedule the post again.",
        ),
        "media_too_big_to_send": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {name} is too big to send to {network}. Use a smaller file and schedule the post again.",
        ),
        "media_changed": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {name} changed on this computer while Postdesk was sending it. Schedule the post again.",
        ),
        "media_not_processed": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} could not process {name}; it may be damaged or in a format {network} does not take.",
        ),
        "video_daily_limit": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: this account has posted as many videos as {network} allows in a day. Try again tomorrow.",
        ),
        "video_upload_refused": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} does not let this account upload videos right now. Try again later.",
        ),
        "video_quota_left": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: this video is {size}, and {network} lets this account upload only {left} more today. "
            "Try again tomorrow or post a shorter video.",
        ),
        "too_many_reply_rules": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} takes at most {max} rules for who may reply, and {count} are chosen.",
        ),
        "account_blocked": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} has blocked this account from posting for a while; "
            "it says recent activity goes against its rules.",
        ),
        "permission_missing": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} says the sign-in lacks a permission Postdesk needs. "
            "Reconnect the account in Accounts and allow everything Postdesk asks for.",
        ),
        # The user's media relay refused to keep a copy for the network to fetch.
        "relay_no_secret": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the media relay's secret key is missing from the keyring. "
            "Enter it again in Settings › Media relay, then schedule the post again.",
        ),
        "relay_no_bucket": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the media relay's bucket does not exist. "
            "Check the bucket name in Settings › Media relay, then schedule the post again.",
        ),
        "relay_key_refused": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the media relay refused the access key (wrong key, wrong secret, or no permission "
            "on the bucket). Check Settings › Media relay, then schedule the post again.",
        ),
        "relay_refused": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the media relay refused to keep a copy of the file. "
            "Check Settings › Media relay, then schedule the post again.",
        ),
        # Why the network's own scheduler did not take a post (after "hand_off_failed").
        "handoff_not_offered": QCoreApplication.translate(
            "ComposerActivity", "{network} has no scheduler Postdesk can hand posts to."
        ),
        "handoff_no_threads": QCoreApplication.translate(
            "ComposerActivity", "{network}'s scheduler takes a single post, not a thread."
        ),
        # Why an edit of a published post did not go out (after "edit_on_network_failed").
        "edit_still_scheduled": QCoreApplication.translate(
            "ComposerActivity",
            "The post still waits in {network}'s scheduler: take it back and schedule it again.",
        ),
        "edit_post_gone": QCoreApplication.translate(
            "ComposerActivity", "{network} no longer has this post, or it was not written by this account."
        ),
        "edit_not_yours": QCoreApplication.translate(
            "ComposerActivity", "This post was written by another account, so it cannot be edited from this one."
        ),
        "edit_has_poll": QCoreApplication.translate(
            "ComposerActivity", "Postdesk cannot edit a post with a poll: {network} would start the poll over."
        ),
        "edit_server_too_old": QCoreApplication.translate(
            "ComposerActivity",
            "This {network} server is too old to edit posts; delete the post and post it again instead.",
        ),
        "action_not_offered": QCoreApplication.translate(
            "ComposerActivity", "{network} does not let Postdesk do this here."
        ),
    }


COUNTED = ("handoff_too_soon", "handoff_too_far")


def counted_message(code: str, count: int) -> str | None:
    # The network scheduler's window (platforms.base HANDOFF_TOO_SOON/FAR): `count` minutes or days.
    if code == "handoff_too_soon":
        return ComposerActivity.tr(
            "{network}'s scheduler takes a post only %Ln minute(s) or more before its time.", "", count
        )
    if code == "handoff_too_far":
        return ComposerActivity.tr("{network}'s scheduler takes a post at most %Ln day(s) before its time.", "", count)
    return None


def plain_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def param_words(values: Mapping[str, Any]) -> dict[str, str]:
    """A problem's parameters as words: sizes and counts in the user's digits, text as it is."""
    words: dict[str, str] = {}
    for key in ("size", "left"):
        if (size := plain_int(values.get(key))) is not None:
            words[key] = format_size(size)
    for key in ("count", "max"):
        if (number := plain_int(values.get(key))) is not None:
            words[key] = format_number(number)
    for key in ("type",):
        if isinstance(values.get(key), str) and values[key]:
            words[key] = values[key]
    return words


class MissingAsQuestion(dict[str, Any]):
    """Format values that show "?" rather than failing for a missing key."""

    def __missing__(self, key: str) -> str:
        return "?"


def attachment_name(params: Mapping[str, Any]) -> str:
    name = params.get("name")
    if isinstance(name, str) and name:
        return name
    index = params.get("index")
    if isinstance(index, int) and not isinstance(index, bool):
        return QCoreApplication.translate("ComposerActivity", "attachment {position}").format(
            position=format_number(index + 1)
        )
    return QCoreApplication.translate("ComposerActivity", "an attached file")
