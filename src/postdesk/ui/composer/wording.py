"""Plain, translated words for the problem codes that `core.validation` returns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from postdesk.ui.composer.card_styles import style_for

_CONTEXT = "ComposerProblems"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class _Params(dict[str, Any]):
    """Format parameters that show "?" rather than failing for a missing key."""

    def __missing__(self, key: str) -> str:
        return "?"


def _templates() -> dict[str, str]:
    # Built on each call so that a language switch takes effect without a restart.
    return {
        "TEXT_TOO_LONG": _tr("Too long by {over}: {length} of {limit} characters."),
        "TEXT_TOO_MANY_BYTES": _tr(
            "Too long for {network}'s storage limit: {length} of {limit} bytes (emoji and"
            " accented letters take more than one)."
        ),
        "TEXT_EMPTY": _tr("Write something: {network} does not accept an empty post."),
        "TITLE_MISSING": _tr("Add a title: {network} needs one."),
        "TITLE_TOO_LONG": _tr("The title is too long: {length} of {limit} characters."),
        "CAPTION_TOO_LONG": _tr(
            "With media attached, the text is a caption: {length} of {limit} characters."
        ),
        "FORBIDDEN_CHARACTERS": _tr("{network} does not allow the character “{char}” here."),
        "TOO_MANY_HASHTAGS": _tr("Too many hashtags: {count}, {network} allows {max}."),
        "TOO_MANY_MENTIONS": _tr("Too many mentions: {count}, {network} allows {max}."),
        "TOO_MANY_IMAGES": _tr("Too many images: {count}, {network} allows {max}."),
        "TOO_MANY_VIDEOS": _tr("Too many videos: {count}, {network} allows {max}."),
        "MIXED_MEDIA_NOT_ALLOWED": _tr("{network} cannot mix images and video in one post."),
        "MEDIA_REQUIRED": _tr("Attach an image or a video: {network} posts need one."),
        "MISSING_ALT_TEXT": _tr(
            "Image {position} has no description (alt text) for people who cannot see it."
        ),
        "ALT_TEXT_TOO_LONG": _tr(
            "The description of image {position} is too long: {length} of {limit} characters."
        ),
        "THREAD_NOT_SUPPORTED": _tr(
            "{network} has no threads: only the first part would be posted. Join the parts"
            " or write a separate text for {network}."
        ),
        "NO_ACCOUNT": _tr("No {network} account chosen yet: connect one before it can be posted."),
        "MEDIA_UNKNOWN": _tr("An attached file is missing from the media library; attach it again."),
        "SUBREDDIT_MISSING": _tr("Choose the subreddit to post to."),
        "SPOILER_TOO_LONG": _tr("The content warning is too long."),
    }


def describe_problem(
    code: str, network: Any, params: Mapping[str, Any], part: int | None, part_count: int = 1
) -> str:
    """Return the sentence a creator reads for one problem.

    Args:
        code: the ProblemCode name (e.g. "TEXT_TOO_LONG") or value.
        network: the Network the problem is about.
        params: the problem's parameters (length, limit, count, max ...).
        part: the thread part index, or None.
        part_count: how many parts the target's text has (the part is named only in a thread).

    Returns:
        A translated sentence, prefixed with the part number inside a thread.
    """
    values = _Params(params)
    values["network"] = style_for(network).name
    if "over" not in values and isinstance(values.get("length"), int) and isinstance(
        values.get("limit"), int
    ):
        values["over"] = values["length"] - values["limit"]
    if "position" not in values and isinstance(values.get("index"), int):
        values["position"] = values["index"] + 1
    key = code.upper()
    template = _templates().get(key)
    if template is None:
        template = _tr("{network} will not accept this post as it is ({code}).")
        values["code"] = key.lower().replace("_", " ")
    sentence = template.format_map(values)
    if part is not None and part_count > 1:
        return _tr("Part {n}: {sentence}").format(n=part + 1, sentence=sentence)
    return sentence
