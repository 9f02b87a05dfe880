"""The sentences for refusals Threads, Instagram, Telegram, LinkedIn and Bluesky explain with an
error code of their own, worded by Postdesk (the network's own words, when it sent any, follow as "The network said").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def messages() -> dict[str, str]:
    """Refusal code -> sentence ({network}, {name} and the code's parameters as placeholders)."""
    # Meta's containers (platforms.meta_containers codes; Threads and Instagram) and Instagram's
    # own error subcodes (platforms.instagram_calls codes).
    return {
        "meta_media_download_failed": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} could not download the file from the media relay. "
            "Check the relay in Settings › Media relay and schedule the post again.",
        ),
        "meta_container_expired": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} let the prepared post expire before it was published. Schedule the post again.",
        ),
        "meta_video_unusable": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} could not process the video; its format, length or encoding is not one "
            "{network} takes. Convert it and schedule the post again.",
        ),
        "meta_video_sound": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} could not use the video's sound; it takes mono or stereo sound. "
            "Convert the video and schedule the post again.",
        ),
        "meta_video_ratio": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the video's shape (aspect ratio) is not one {network} takes. "
            "Crop it and schedule the post again.",
        ),
        "meta_video_bit_rate": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the video's bit rate is too high for {network}. Convert it and schedule the post again.",
        ),
        "meta_video_duration": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the video is too long or too short for {network}. Trim it and schedule the post again.",
        ),
        "meta_video_frame_rate": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} takes videos of 23 to 60 frames a second, and this one is not. "
            "Convert it and schedule the post again.",
        ),
        "meta_image_format": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} does not take this image format. Save it as JPEG and schedule the post again.",
        ),
        "meta_media_too_large": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the file is larger than {network} takes. Use a smaller file and schedule the post again.",
        ),
        "meta_media_refused": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} could not take the media.",
        ),
        "instagram_photo_ratio": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: a photo's shape is not one {network} takes (from 4:5 to 1.91:1). "
            "Crop it and schedule the post again.",
        ),
        "instagram_caption_too_long": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the caption is longer than the {max} characters {network} takes. "
            "Shorten it and schedule the post again.",
        ),
        "instagram_kind_refused": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} does not take this kind of post.",
        ),
        "instagram_held_as_spam": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} held the post back as suspected spam. Try again later, or post it from the app.",
        ),
        "instagram_cover_outside": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the chosen cover frame is not inside the video. "
            "Choose another one and schedule the post again.",
        ),
        "instagram_container_lost": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} could not find the prepared post. Schedule the post again.",
        ),
        # Telegram (platforms.telegram), LinkedIn (platforms.linkedin), Bluesky's video service
        # (platforms.bluesky_video).
        "telegram_photo_dimensions": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} does not take photos whose width and height add up to more than {max} pixels, "
            "or whose long side is more than 20 times the short side. Resize the photo and schedule the post again.",
        ),
        "linkedin_api_version_retired": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} no longer accepts the version of its API this Postdesk uses. "
            "Update Postdesk to publish to {network} again.",
        ),
        "bluesky_video_too_big": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: the video is larger than {network}'s video service takes. "
            "Use a shorter or smaller video and schedule the post again.",
        ),
        "bluesky_video_refused": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network}'s video service refused the video.",
        ),
        "bluesky_video_email_unconfirmed": QCoreApplication.translate(
            "ComposerActivity",
            "Not posted: {network} takes videos only from accounts with a confirmed email address. "
            "Confirm yours in {network}'s settings, then schedule the post again.",
        ),
    }
