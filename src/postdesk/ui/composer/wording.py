"""Plain, translated words for the problem codes that `core.validation` returns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.problem_templates import problem_templates
from postdesk.ui.local_format import format_number


class _Params(dict[str, Any]):
    """Format parameters that show "?" rather than failing for a missing key."""

    def __missing__(self, key: str) -> str:
        return "?"


def duration_words(seconds: int) -> str:
    """A length of time as a creator reads it: "2 min 20 s", "3 h 5 min", "45 s"."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return (
            QCoreApplication.translate("ComposerProblems", "{h} h {m} min")
            if minutes
            else QCoreApplication.translate("ComposerProblems", "{h} h")
        ).format(h=format_number(hours), m=format_number(minutes))
    if minutes:
        return (
            QCoreApplication.translate("ComposerProblems", "{m} min {s} s")
            if secs
            else QCoreApplication.translate("ComposerProblems", "{m} min")
        ).format(m=format_number(minutes), s=format_number(secs))
    return QCoreApplication.translate("ComposerProblems", "{s} s").format(s=format_number(secs))


def describe_problem(code: str, network: Any, params: Mapping[str, Any], part: int | None, part_count: int = 1) -> str:
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
    if "over" not in values and isinstance(values.get("length"), int) and isinstance(values.get("limit"), int):
        values["over"] = values["length"] - values["limit"]
    if "position" not in values and isinstance(values.get("index"), int):
        values["position"] = values["index"] + 1
    for key, out in (("seconds", "duration"), ("max_seconds", "max_duration"), ("min_seconds", "min_duration")):
        if isinstance(values.get(key), int):
            values[out] = duration_words(values[key])
    key = code.upper()
    if key == "NEEDS_MEDIA_RELAY" and values.get("relay_setup"):
        key = "NEEDS_MEDIA_RELAY_SETUP"  # only where Settings has a relay page to send the user to
    template = problem_templates().get(key)
    if template is None:
        template = QCoreApplication.translate(
            "ComposerProblems", "{network} will not accept this post as it is ({code})."
        )
        values["code"] = key.lower().replace("_", " ")
    for name, value in list(values.items()):
        if isinstance(value, int | float) and not isinstance(value, bool):
            values[name] = format_number(value)  # the locale's digits and grouping ("1.000" in German)
    sentence = template.format_map(values)
    if part is not None and part_count > 1:
        return QCoreApplication.translate("ComposerProblems", "Part {n}: {sentence}").format(
            n=format_number(part + 1), sentence=sentence
        )
    return sentence
