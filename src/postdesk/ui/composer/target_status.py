"""How one target measures up: its counters, its tab title and the spans to mark, from one evaluation.

`measure_part` counts a part the way the network counts it; `TargetStatus` holds what one cheap
pass found; the rest turns a status into what the user sees (counter text, its spoken form and
level, the tab title, the spans to highlight). No widgets here except the words' translation.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.media_info import MediaInfo
from postdesk.core.networks import Network
from postdesk.core.text import TextMeasure, measure, measure_field, measure_mastodon
from postdesk.core.validation import Problem, ProblemCode, PublishContext, validate
from postdesk.ui.local_format import format_number
from postdesk.ui.widgets.counter import CounterLevel, counter_level

#: Mastodon's default limit when no instance tells us its own.
MASTODON_DEFAULT = 500


@cache
def shipped_networks() -> frozenset[Network]:
    """The networks this build of Postdesk can publish to (what `platforms.shipped` registers)."""
    from postdesk.platforms.shipped import SHIPPED_MODULES

    return frozenset(
        Network(name.rsplit(".", 1)[1]) for name in SHIPPED_MODULES if importlib.util.find_spec(name) is not None
    )


def measure_part(
    network: Network,
    text: str,
    index: int,
    *,
    has_media: bool,
    options: Mapping[str, Any],
    max_chars: int | None,
) -> TextMeasure:
    """Measure one part the way `network` counts it, with its options and media.

    Mastodon counts the content warning of the first status; Telegram counts a caption
    (a shorter limit) when media is attached to the first message.
    """
    if network is Network.MASTODON:
        spoiler = str(options.get("spoiler_text", "")) if index == 0 else ""
        return measure_mastodon(text, spoiler, max_chars or MASTODON_DEFAULT)
    if network is Network.TELEGRAM and has_media and index == 0:
        return measure_field(text, network, "caption")
    return measure(text, network, max_chars=max_chars)


@dataclass(frozen=True)
class TargetStatus:
    """The result of the cheap per-keystroke pass over one target.

    Attributes:
        measures: one measure per effective part.
        problems: what validation found.
    """

    measures: tuple[TextMeasure, ...]
    problems: tuple[Problem, ...]

    @property
    def has_errors(self) -> bool:
        """Whether anything blocks scheduling."""
        return any(p.severity == "error" for p in self.problems)


def evaluate_target(
    post: Post,
    target: Target,
    media: Mapping[int, MediaInfo],
    max_chars: int | None,
    context: PublishContext,
    instance_limits: dict[str, int] | None,
    relay_setup: bool,
) -> TargetStatus:
    """Measure and validate `target` of `post` (cheap: every target, every keystroke)."""
    parts = target.effective_parts(post.parts)
    has_media = bool(target.effective_media(post.media))
    measures = tuple(
        measure_part(target.network, text, i, has_media=has_media, options=target.options, max_chars=max_chars)
        for i, text in enumerate(parts)
    )
    problems = tuple(
        validate(post, target, media, max_chars=max_chars, context=context, instance_limits=instance_limits)
    )
    if relay_setup:
        # Both the problem list and the reason beside Schedule then point to the relay page.
        problems = tuple(
            replace(p, params={**p.params, "relay_setup": 1}) if p.code is ProblemCode.NEEDS_MEDIA_RELAY else p
            for p in problems
        )
    return TargetStatus(measures, problems)


def worst_measure(measures: tuple[TextMeasure, ...]) -> TextMeasure:
    """The part furthest over (or nearest to) its limit."""
    return max(measures, key=lambda m: (not m.fits, m.length - m.limit))


def spoken_count(m: TextMeasure) -> str:
    """The counter as a screen reader says it ("12 of 300 characters")."""
    return QCoreApplication.translate("TargetPanel", "{length} of {limit} characters").format(
        length=format_number(m.length), limit=format_number(m.limit)
    )


def counter_level_of(m: TextMeasure) -> CounterLevel:
    """How close the part is to its limit, by characters and (where counted) bytes."""
    level = counter_level(m.length, m.limit)
    if m.byte_length is not None and m.byte_limit:
        by_bytes = counter_level(m.byte_length, m.byte_limit)
        if by_bytes is CounterLevel.OVER or (by_bytes is CounterLevel.NEAR and level is CounterLevel.OK):
            level = by_bytes
    if not m.fits:
        level = CounterLevel.OVER
    return level


def short_count(m: TextMeasure) -> str:
    """The counter as shown ("12 / 300", with bytes once they are near their own limit)."""
    short = f"{format_number(m.length)} / {format_number(m.limit)}"
    if m.byte_length is not None and m.byte_limit and m.byte_length >= m.byte_limit * 0.9:
        short += " · " + QCoreApplication.translate("TargetPanel", "{bytes} / {limit} bytes").format(
            bytes=format_number(m.byte_length), limit=format_number(m.byte_limit)
        )
    return short


def spoken_summary(measures: tuple[TextMeasure, ...]) -> str:
    """The whole target's counter as spoken: the worst part, with its bytes and the number of parts."""
    worst = worst_measure(measures)
    spoken = spoken_count(worst)
    if worst.byte_length is not None and worst.byte_limit:
        spoken += ", " + QCoreApplication.translate("TargetPanel", "{bytes} of {limit} bytes").format(
            bytes=format_number(worst.byte_length), limit=format_number(worst.byte_limit)
        )
    if len(measures) > 1:
        spoken = QCoreApplication.translate("TargetPanel", "Longest of {n} parts: {count}").format(
            n=format_number(len(measures)), count=spoken
        )
    return spoken


def tab_title(name: str, status: TargetStatus | None) -> str:
    """The tab's title: network name and live counter (longest part in a thread)."""
    if status is None or not status.measures:
        return name
    worst = worst_measure(status.measures)
    mark = " ⚠" if status.has_errors else ""
    parts = f" ×{len(status.measures)}" if len(status.measures) > 1 else ""
    return f"{name}  {worst.length}/{worst.limit}{parts}{mark}"


def highlight_spans(status: TargetStatus | None) -> dict[int, list[tuple[int, int]]]:
    """Spans (str indices) to mark per part: overflow and located problems."""
    spans: dict[int, list[tuple[int, int]]] = {}
    if status is None:
        return spans
    for i, m in enumerate(status.measures):
        if m.overflow_start is not None:
            spans.setdefault(i, []).append((m.overflow_start, 1 << 30))
    for problem in status.problems:
        if problem.span is not None and problem.severity == "error":
            part = problem.part_index or 0
            span = (problem.span[0], problem.span[1])
            overflow = status.measures[part].overflow_start if part < len(status.measures) else None
            # The overflow span already covers a "too long" problem that starts there.
            if span[0] != overflow and span not in spans.get(part, []):
                spans.setdefault(part, []).append(span)
    return spans


def locked_reason(state: TargetState, name: str) -> str:
    """Why a target in `state` is read-only, for the network called `name`."""
    if state is TargetState.PUBLISHED:
        text = QCoreApplication.translate(
            "TargetPanel", "Already published to {network}: its text can no longer be changed here."
        )
    elif state is TargetState.PUBLISHING:
        text = QCoreApplication.translate(
            "TargetPanel", "Being published to {network} right now: its text can't be changed."
        )
    elif state is TargetState.DUE:
        text = QCoreApplication.translate(
            "TargetPanel", "About to be published to {network}: its text is fixed and can't be changed here."
        )
    elif state is TargetState.FAILED_RETRYABLE:
        text = QCoreApplication.translate(
            "TargetPanel", "{network} will be tried again with exactly what was sent: it can't be changed here."
        )
    elif state is TargetState.SCHEDULED:
        text = QCoreApplication.translate(
            "TargetPanel", "{network}'s own scheduler holds this post: its text can't be changed here."
        )
    else:
        text = QCoreApplication.translate(
            "TargetPanel",
            "Postdesk does not know whether this went out on {network}: its text can't be changed until "
            "that is settled.",
        )
    return text.format(network=name)
