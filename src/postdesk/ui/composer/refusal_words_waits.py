"""The networks' waits Postdesk words itself: a daily or 24-hour limit an adapter found (Instagram's
publishing quota, YouTube's API quota and upload limit, TikTok's daily caps), raised as
`RateLimited(problem=...)`. The engine keeps the code as the wait's reason; the network's own
words, if any, follow as "The network said". `refusal_words.problem_messages` merges these.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def messages() -> dict[str, str]:
    """The wait codes, with their sentences ({network}: the network's name; {max}: a limit)."""
    return {
        # platforms.instagram_calls.POST_QUOTA_REACHED; {max} is Instagram's quota (50).
        "instagram_post_quota_reached": QCoreApplication.translate(
            "ComposerActivity",
            "Waiting: this account has reached the limit of posts per 24 hours on {network} ({max}). "
            "Postdesk will try again in an hour.",
        ),
        # platforms.threads.POST_QUOTA_REACHED: the same sentence as Instagram's.
        "threads_post_quota_reached": QCoreApplication.translate(
            "ComposerActivity",
            "Waiting: this account has reached the limit of posts per 24 hours on {network} ({max}). "
            "Postdesk will try again in an hour.",
        ),
        # platforms.threads.REPLY_QUOTA_REACHED: a thread's later parts are replies.
        "threads_reply_quota_reached": QCoreApplication.translate(
            "ComposerActivity",
            "Waiting: this account has reached the limit of replies per 24 hours on {network} ({max}). "
            "Postdesk will try again in an hour.",
        ),
        # platforms.youtube_errors.QUOTA_SPENT: the quota of the creator's own Google API project.
        "youtube_quota_spent": QCoreApplication.translate(
            "ComposerActivity",
            "Waiting: your {network} API project does not have enough quota left today for this video. "
            "Postdesk will upload it after midnight Pacific time.",
        ),
        # platforms.youtube_errors.UPLOAD_LIMIT
        "youtube_upload_limit": QCoreApplication.translate(
            "ComposerActivity",
            "Waiting: this channel has uploaded as many videos as {network} allows for now. "
            "Postdesk will try again in 24 hours.",
        ),
        # platforms.tiktok.DAILY_POST_CAP
        "tiktok_daily_post_cap": QCoreApplication.translate(
            "ComposerActivity",
            "Waiting: this account has reached {network}'s daily limit of posts from apps. "
            "Postdesk will try again in an hour.",
        ),
        # platforms.tiktok.DAILY_USER_CAP: the creator's own TikTok developer app.
        "tiktok_daily_user_cap": QCoreApplication.translate(
            "ComposerActivity",
            "Waiting: your {network} app has reached its daily number of accounts that may post. "
            "Postdesk will try again in an hour.",
        ),
        # platforms.reddit_upload.STORAGE_REFUSED: Reddit's media storage refused a file (not for
        # its size: that is media_too_big_to_send); {name} is the attachment's name.
        "reddit_storage_refused": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network}'s media storage did not take {name}. Try again later or use another file.",
        ),
    }
