"""Sentences for the problems of a post's extras: first comment, poll, quote, reply settings, language.

`core.post_extras` returns the codes; `problem_templates()` merges these in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def extras_problem_templates() -> dict[str, str]:
    # Built on each call so that a language switch takes effect without a restart.
    return {
        "FIRST_COMMENT_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "The first comment is too long for {network}: {length} of {limit} characters."
        ),
        "FIRST_COMMENT_NOT_SUPPORTED": QCoreApplication.translate(
            "ComposerProblems", "Postdesk can't post a first comment on {network}: remove it, or post it yourself."
        ),
        "POLL_NOT_SUPPORTED": QCoreApplication.translate(
            "ComposerProblems", "Postdesk can't add a poll to a {network} post: remove the poll."
        ),
        "POLL_OPTION_COUNT": QCoreApplication.translate(
            "ComposerProblems", "A poll on {network} needs {min} to {max} choices; this one has {count}."
        ),
        "POLL_OPTION_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "Poll choice {position} is too long for {network}: {length} of {limit} characters."
        ),
        "POLL_OPTIONS_REPEAT": QCoreApplication.translate(
            "ComposerProblems", "Two poll choices say the same thing: {network} wants each one different."
        ),
        "POLL_DURATION": QCoreApplication.translate(
            "ComposerProblems",
            "A poll on {network} runs from {min_duration} to {max_duration}; this one runs {duration}.",
        ),
        "POLL_MULTIPLE_NOT_SUPPORTED": QCoreApplication.translate(
            "ComposerProblems", "On {network}, people can pick only one poll choice."
        ),
        "QUOTE_NOT_SUPPORTED": QCoreApplication.translate(
            "ComposerProblems", "Postdesk can't quote a post on {network}: remove the address, or put it in the text."
        ),
        "QUOTE_URL_INVALID": QCoreApplication.translate(
            "ComposerProblems",
            "The address to quote is not a {network} post: copy it from the post's Share menu.",
        ),
        "QUOTE_SERVER_TOO_OLD": QCoreApplication.translate(
            "ComposerProblems",
            "Your {network} server can't quote posts yet (it needs Mastodon 4.5): remove the address, or put it"
            " in the text.",
        ),
        "QUOTE_WITH_POLL": QCoreApplication.translate(
            "ComposerProblems", "{network} does not allow a quoted post and a poll together: keep one."
        ),
        "QUOTE_WITH_MEDIA": QCoreApplication.translate(
            "ComposerProblems",
            "{network} does not allow a quoted post with images or video: remove the media, or the quote.",
        ),
        "REPLY_SETTING_UNKNOWN": QCoreApplication.translate(
            "ComposerProblems", "Choose again who can reply: {network} does not know this choice."
        ),
        "LANGUAGE_UNKNOWN": QCoreApplication.translate(
            "ComposerProblems", "Choose the post's language again: {network} does not know “{language}”."
        ),
    }
