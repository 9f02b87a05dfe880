"""The sentences for refusals YouTube, TikTok and Reddit explain with an error code of their own, worded by
Postdesk (the network's own words, when it sent any, follow as "The network said").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def messages() -> dict[str, str]:
    """Refusal code -> sentence ({network}, {name} and the code's parameters as placeholders)."""
    return _youtube_processing()


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
