"""The sentences for refusals YouTube, TikTok and Reddit explain with an error code of their own, worded by
Postdesk (the network's own words, when it sent any, follow as "The network said").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def messages() -> dict[str, str]:
    """Refusal code -> sentence ({network}, {name} and the code's parameters as placeholders)."""
    return {**_youtube_processing(), **_youtube_reasons(), **_tiktok_failures(), **_reddit_errors()}


def _youtube_processing() -> dict[str, str]:
    # YouTube's processing failures and rejections of an uploaded video (platforms.youtube_errors
    # codes; YouTube's own reason word follows as "The network said").
    return {
        "youtube_failed_conversion": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} could not convert the video."
        ),
        "youtube_failed_invalid_file": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} could not read the video file."
        ),
        "youtube_failed_empty_file": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} received an empty video file."
        ),
        "youtube_failed_too_small": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} says the video file is too small."
        ),
        "youtube_failed_codec": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} cannot decode the video's format."
        ),
        "youtube_failed_upload_aborted": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the upload was cut off before {network} had all of it. Schedule the post again.",
        ),
        "youtube_failed_other": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} could not process the video."
        ),
        "youtube_rejected_copyright": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video for copyright."
        ),
        "youtube_rejected_inappropriate": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video as inappropriate."
        ),
        "youtube_rejected_duplicate": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} rejected the video as a duplicate of one already on the channel.",
        ),
        "youtube_rejected_terms_of_use": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video under its terms of use."
        ),
        "youtube_rejected_account_suspended": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video because the channel is suspended."
        ),
        "youtube_rejected_length": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video because it is too long for this channel."
        ),
        "youtube_rejected_claim": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video because of a claim on it."
        ),
        "youtube_rejected_account_closed": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video because the channel is closed."
        ),
        "youtube_rejected_trademark": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video for trademark reasons."
        ),
        "youtube_rejected_legal": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video for legal reasons."
        ),
        "youtube_rejected_other": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} rejected the video."
        ),
    }


def _tiktok_failures() -> dict[str, str]:
    # TikTok's fail_reason of a post it did not publish (platforms.tiktok_upload codes; TikTok's
    # own reason word follows as "The network said").
    return {
        "tiktok_fail_format": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} could not read the file's format. "
            "It takes MP4, MOV or WebM videos and JPEG or WebP photos.",
        ),
        "tiktok_fail_duration": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} refused the video's length for this account."
        ),
        "tiktok_fail_frame_rate": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} refused the video's frame rate. It takes 23 to 60 frames a second.",
        ),
        "tiktok_fail_picture_size": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} refused a photo's size. Photos up to 1080p work."
        ),
        "tiktok_fail_internal": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} had an internal problem with this post. Schedule the post again."
        ),
        "tiktok_fail_video_pull": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} could not download the video."
        ),
        "tiktok_fail_photo_pull": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} could not download a photo from the media relay."
        ),
        "tiktok_fail_cancelled": QCoreApplication.translate(
            "ComposerActivity", "Not posted: the post was cancelled in {network}."
        ),
        "tiktok_fail_auth_removed": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: Postdesk's access to this {network} account was removed. Reconnect the account in Accounts.",
        ),
        "tiktok_fail_too_many_posts": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: this account has reached {network}'s daily limit of posts from apps. Try again tomorrow.",
        ),
        "tiktok_fail_user_banned": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} does not let this account post right now."
        ),
        "tiktok_fail_spam_text": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} flagged the caption as spam."
        ),
        "tiktok_fail_spam": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} flagged the post as spam."
        ),
        "tiktok_app_not_approved": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: your {network} app is not approved for this permission. "
            "Check the products of your app on {network}'s developer site.",
        ),
        "tiktok_app_not_audited": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: your {network} app has not passed {network}'s audit yet, "
            "so it can post only privately, from a private account.",
        ),
        "tiktok_fail_other": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} could not publish the post."
        ),
    }


def _reddit_errors() -> dict[str, str]:
    # Reddit's error codes (platforms.reddit_call codes; Reddit's code and message follow as
    # "The network said").
    return {
        "reddit_subreddit_not_found": QCoreApplication.translate(
            "ComposerActivity", "Not posted: that subreddit does not exist. Check its name and schedule the post again."
        ),
        "reddit_subreddit_unseen": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the subreddit does not exist or cannot be seen from your account. "
            "Check its name and schedule the post again.",
        ),
        "reddit_subreddit_not_allowed": QCoreApplication.translate(
            "ComposerActivity", "Not posted: you are not allowed to post in this subreddit."
        ),
        "reddit_subreddit_required": QCoreApplication.translate(
            "ComposerActivity", "Not posted: choose the subreddit to post to and schedule the post again."
        ),
        "reddit_no_text_posts": QCoreApplication.translate(
            "ComposerActivity", "Not posted: this subreddit does not take text posts."
        ),
        "reddit_text_posts_only": QCoreApplication.translate(
            "ComposerActivity", "Not posted: this subreddit takes text posts only."
        ),
        "reddit_no_images": QCoreApplication.translate(
            "ComposerActivity", "Not posted: this subreddit does not take images."
        ),
        "reddit_no_videos": QCoreApplication.translate(
            "ComposerActivity", "Not posted: this subreddit does not take videos."
        ),
        "reddit_already_posted": QCoreApplication.translate(
            "ComposerActivity", "Not posted: this link has already been posted to this subreddit."
        ),
        "reddit_text_required": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} needs a title or text here."
        ),
        "reddit_bad_url": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} could not use the link or the uploaded media."
        ),
        "reddit_url_required": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} needs a link for this post."
        ),
        "reddit_flair_required": QCoreApplication.translate(
            "ComposerActivity", "Not posted: this subreddit requires a flair. Choose one and schedule the post again."
        ),
        "reddit_flair_gone": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the chosen flair no longer exists in this subreddit. "
            "Choose another and schedule the post again.",
        ),
        "reddit_sign_in_again": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} asks you to sign in again. Reconnect the account in Accounts."
        ),
        "reddit_comment_deleted": QCoreApplication.translate(
            "ComposerActivity", "The comment you are answering has been deleted."
        ),
        "reddit_post_deleted": QCoreApplication.translate(
            "ComposerActivity", "The post you are answering has been deleted."
        ),
        "reddit_thread_locked": QCoreApplication.translate("ComposerActivity", "Comments are locked on this post."),
        "reddit_post_archived": QCoreApplication.translate(
            "ComposerActivity", "This post is archived and takes no more comments."
        ),
        "reddit_too_long": QCoreApplication.translate(
            "ComposerActivity", "Not posted: part of the post is too long for {network}."
        ),
        "reddit_subreddit_rule": QCoreApplication.translate(
            "ComposerActivity", "Not posted: the post does not follow one of the subreddit's rules."
        ),
        "reddit_refused": QCoreApplication.translate("ComposerActivity", "Not posted: {network} refused the post."),
    }


def _youtube_reasons() -> dict[str, str]:
    # Google's errors[].reason of a request YouTube refused (platforms.youtube_errors codes; Google's
    # reason and message follow as "The network said").
    return {
        "youtube_invalid_title": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} refused the title (empty, too long, or with < or >)."
        ),
        "youtube_invalid_description": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} refused the description (over 5000 bytes, or with < or >)."
        ),
        "youtube_invalid_tags": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} refused the tags (together over 500 characters, or with < or >)."
        ),
        "youtube_invalid_category": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} does not have that category."
        ),
        "youtube_invalid_publish_at": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} refused the scheduled time."
        ),
        "youtube_privacy_forbidden": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} does not allow that privacy setting for this video."
        ),
        "youtube_license_forbidden": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} does not allow that license for this video."
        ),
        "youtube_language_not_set": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} needs the video's language set first."
        ),
        "youtube_no_video_file": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} got no video file."
        ),
        "youtube_thumbnail_unreadable": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} could not read the thumbnail image."
        ),
        "youtube_thumbnail_too_big": QCoreApplication.translate(
            "ComposerActivity", "Not posted: the thumbnail is over {network}'s 2 MB."
        ),
        "youtube_playlist_not_found": QCoreApplication.translate(
            "ComposerActivity", "Not posted: {network} cannot find that playlist."
        ),
        "youtube_video_not_found": QCoreApplication.translate(
            "ComposerActivity", "The video is no longer on {network}."
        ),
        "youtube_comments_disabled": QCoreApplication.translate(
            "ComposerActivity", "Comments are turned off for this video."
        ),
        "youtube_no_channel": QCoreApplication.translate(
            "ComposerActivity", "Not posted: this Google account has no {network} channel yet."
        ),
    }
