"""YouTube's error answers and failure reasons, in words a creator understands.

Google's error body (developers.google.com/youtube/v3/docs/errors):
`{"error": {"code": 403, "message": "...", "errors": [{"domain": "youtube.quota",
"reason": "quotaExceeded", "message": "..."}]}}`. The `reason` says what happened; the words
below replace the API's developer-facing messages where Postdesk knows the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from postdesk.core import youtube_options as yopts
from postdesk.core.youtube_quota import Cost
from postdesk.platforms.base import PERMISSION_MISSING

#: Waits (`RateLimited.problem`), worded by `ui.composer.refusal_words_waits`.
QUOTA_SPENT = "youtube_quota_spent"
UPLOAD_LIMIT = "youtube_upload_limit"

#: Problem codes of Google's `errors[].reason` values that refuse a request, worded by
#: `ui.composer.refusal_words_video` (the quota reasons wait instead: QUOTA_SPENT, UPLOAD_LIMIT).
INVALID_TITLE = "youtube_invalid_title"
INVALID_DESCRIPTION = "youtube_invalid_description"
INVALID_TAGS = "youtube_invalid_tags"
INVALID_CATEGORY = "youtube_invalid_category"
INVALID_PUBLISH_AT = "youtube_invalid_publish_at"
PRIVACY_FORBIDDEN = "youtube_privacy_forbidden"
LICENSE_FORBIDDEN = "youtube_license_forbidden"
LANGUAGE_NOT_SET = "youtube_language_not_set"
NO_VIDEO_FILE = "youtube_no_video_file"
THUMBNAIL_UNREADABLE = "youtube_thumbnail_unreadable"
THUMBNAIL_TOO_BIG = "youtube_thumbnail_too_big"
PLAYLIST_NOT_FOUND = "youtube_playlist_not_found"
VIDEO_NOT_FOUND = "youtube_video_not_found"
COMMENTS_DISABLED = "youtube_comments_disabled"
NO_CHANNEL = "youtube_no_channel"

REASON_PROBLEMS: Mapping[str, str] = {
    "invalidTitle": INVALID_TITLE,
    "invalidDescription": INVALID_DESCRIPTION,
    "invalidTags": INVALID_TAGS,
    "invalidCategoryId": INVALID_CATEGORY,
    "invalidPublishAt": INVALID_PUBLISH_AT,
    "forbiddenPrivacySetting": PRIVACY_FORBIDDEN,
    "forbiddenLicenseSetting": LICENSE_FORBIDDEN,
    "defaultLanguageNotSet": LANGUAGE_NOT_SET,
    "mediaBodyRequired": NO_VIDEO_FILE,
    "invalidImage": THUMBNAIL_UNREADABLE,
    "mediaBodyTooLarge": THUMBNAIL_TOO_BIG,
    "playlistNotFound": PLAYLIST_NOT_FOUND,
    "videoNotFound": VIDEO_NOT_FOUND,
    "commentsDisabled": COMMENTS_DISABLED,
    "youtubeSignupRequired": NO_CHANNEL,
    "insufficientPermissions": PERMISSION_MISSING,
}

# English for the log only; the creator sees the problem code's sentence.
_REASONS: Mapping[str, str] = {
    "quotaExceeded": "Your YouTube API project has used up its daily quota; it comes back at midnight Pacific time",
    "dailyLimitExceeded": "Your YouTube API project has used up its daily quota; it comes back at midnight "
    "Pacific time",
    "uploadLimitExceeded": "YouTube says this channel has uploaded as many videos as it may for now",
    "invalidTitle": "YouTube refused the title (empty, too long, or with < or >)",
    "invalidDescription": "YouTube refused the description (over 5000 bytes, or with < or >)",
    "invalidTags": "YouTube refused the tags (together over 500 characters, or with < or >)",
    "invalidCategoryId": "YouTube does not have that category",
    "invalidPublishAt": "YouTube refused the scheduled time",
    "forbiddenPrivacySetting": "YouTube does not allow that privacy setting for this video",
    "forbiddenLicenseSetting": "YouTube does not allow that license for this video",
    "defaultLanguageNotSet": "YouTube needs the video's language set first",
    "mediaBodyRequired": "YouTube got no video file",
    "invalidImage": "YouTube could not read the thumbnail image",
    "mediaBodyTooLarge": "The thumbnail is over YouTube's 2 MB",
    "playlistNotFound": "YouTube cannot find that playlist",
    "videoNotFound": "The video is no longer on YouTube",
    "commentsDisabled": "Comments are turned off for this video",
    "youtubeSignupRequired": "This Google account has no YouTube channel yet",
    "insufficientPermissions": "YouTube did not give Postdesk permission for this. Reconnect the account "
    "in Accounts and allow everything Postdesk asks for",
}

#: Problem codes of YouTube's processing failures and rejections (`status.failureReason` /
#: `status.rejectionReason` of a video), worded by `ui.composer.refusal_words_video`.
FAILED_CONVERSION = "youtube_failed_conversion"
FAILED_INVALID_FILE = "youtube_failed_invalid_file"
FAILED_EMPTY_FILE = "youtube_failed_empty_file"
FAILED_TOO_SMALL = "youtube_failed_too_small"
FAILED_CODEC = "youtube_failed_codec"
FAILED_UPLOAD_ABORTED = "youtube_failed_upload_aborted"
FAILED_OTHER = "youtube_failed_other"
REJECTED_COPYRIGHT = "youtube_rejected_copyright"
REJECTED_INAPPROPRIATE = "youtube_rejected_inappropriate"
REJECTED_DUPLICATE = "youtube_rejected_duplicate"
REJECTED_TERMS_OF_USE = "youtube_rejected_terms_of_use"
REJECTED_ACCOUNT_SUSPENDED = "youtube_rejected_account_suspended"
REJECTED_LENGTH = "youtube_rejected_length"
REJECTED_CLAIM = "youtube_rejected_claim"
REJECTED_ACCOUNT_CLOSED = "youtube_rejected_account_closed"
REJECTED_TRADEMARK = "youtube_rejected_trademark"
REJECTED_LEGAL = "youtube_rejected_legal"
REJECTED_OTHER = "youtube_rejected_other"

_FAILURE_PROBLEMS: Mapping[str, str] = {
    "failed:conversion": FAILED_CONVERSION,
    "failed:invalidFile": FAILED_INVALID_FILE,
    "failed:emptyFile": FAILED_EMPTY_FILE,
    "failed:tooSmall": FAILED_TOO_SMALL,
    "failed:codec": FAILED_CODEC,
    "failed:uploadAborted": FAILED_UPLOAD_ABORTED,
    "rejected:copyright": REJECTED_COPYRIGHT,
    "rejected:inappropriate": REJECTED_INAPPROPRIATE,
    "rejected:duplicate": REJECTED_DUPLICATE,
    "rejected:termsOfUse": REJECTED_TERMS_OF_USE,
    "rejected:uploaderAccountSuspended": REJECTED_ACCOUNT_SUSPENDED,
    "rejected:length": REJECTED_LENGTH,
    "rejected:claim": REJECTED_CLAIM,
    "rejected:uploaderAccountClosed": REJECTED_ACCOUNT_CLOSED,
    "rejected:trademark": REJECTED_TRADEMARK,
    "rejected:legal": REJECTED_LEGAL,
}

# English for the log only; the creator sees the problem code's sentence.
_FAILURES: Mapping[str, str] = {
    "failed:conversion": "YouTube could not convert the video",
    "failed:invalidFile": "YouTube could not read the video file",
    "failed:emptyFile": "YouTube received an empty video file",
    "failed:tooSmall": "YouTube says the video file is too small",
    "failed:codec": "YouTube cannot decode the video's format",
    "failed:uploadAborted": "The upload was cut off before YouTube had all of it",
    "rejected:copyright": "YouTube rejected the video for copyright",
    "rejected:inappropriate": "YouTube rejected the video as inappropriate",
    "rejected:duplicate": "YouTube rejected the video as a duplicate of one already on the channel",
    "rejected:termsOfUse": "YouTube rejected the video under its terms of use",
    "rejected:uploaderAccountSuspended": "YouTube rejected the video: the channel is suspended",
    "rejected:length": "YouTube rejected the video: it is too long for this channel",
    "rejected:claim": "YouTube rejected the video because of a claim on it",
    "rejected:uploaderAccountClosed": "YouTube rejected the video: the channel is closed",
    "rejected:trademark": "YouTube rejected the video for trademark reasons",
    "rejected:legal": "YouTube rejected the video for legal reasons",
}


def google_error(response: httpx.Response) -> Mapping[str, Any]:
    """The `error` object of a Google error answer ({} when there is none)."""
    try:
        body = response.json()
    except ValueError:
        return {}
    error = body.get("error") if isinstance(body, Mapping) else None
    return error if isinstance(error, Mapping) else {}


def google_reason(response: httpx.Response) -> str:
    """The first `errors[].reason` of an error answer, or ""."""
    errors = google_error(response).get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        return str(errors[0].get("reason") or "")
    return ""


def google_words(response: httpx.Response) -> str:
    """Google's own words for an error answer: its reason and message ("" when there are none)."""
    reason = google_reason(response)
    message = str(google_error(response).get("message") or "")
    return f"{reason}: {message}" if reason and message else reason or message


def explain(response: httpx.Response) -> str:
    """YouTube's reason in words (Postdesk's for known reasons, else Google's message)."""
    reason = google_reason(response)
    return _REASONS.get(reason) or str(google_error(response).get("message") or "")


def failure_problem(status: str, reason: str) -> str:
    """The problem code of a processing failure (`status` "failed") or rejection ("rejected")."""
    code = _FAILURE_PROBLEMS.get(f"{status}:{reason}")
    if code:
        return code
    return FAILED_OTHER if status == "failed" else REJECTED_OTHER


def worded_failure(code: str, params: Mapping[str, Any]) -> str:
    """Words for a processing failure ("failed:codec") or an option problem code."""
    if code in _FAILURES:
        return _FAILURES[code]
    if code.startswith(("failed:", "rejected:")):
        return "YouTube could not process the video" if code.startswith("failed:") else "YouTube rejected the video"
    texts = {
        yopts.TAGS_TOO_LONG: f"YouTube takes tags up to {params.get('limit')} characters together; these come to "
        f"{params.get('length')}",
        yopts.TAG_FORBIDDEN: "YouTube does not allow < or > in tags",
        yopts.OPTION_INVALID: f'YouTube does not know the {params.get("field")} "{params.get("value")}"',
        yopts.HANDOFF_NOT_PUBLIC: "YouTube's own scheduler can only make a video public at its time; choose "
        "public, or let Postdesk publish it",
        yopts.SHORT_TOO_LONG: f"A Short lasts at most {params.get('max_seconds')} seconds",
        yopts.SHORT_NOT_VERTICAL: "A Short must be square or vertical",
    }
    return texts.get(code, code)


def quota_message(left: Cost, needed: Cost) -> str:
    """Why a publish is held back by the quota."""
    if left.uploads < needed.uploads:
        return "Your YouTube API project has no uploads left today; Postdesk will upload after midnight Pacific time"
    return (
        f"Your YouTube API project has {left.units} quota units left today and this video needs about "
        f"{needed.units}; Postdesk will upload after midnight Pacific time"
    )
