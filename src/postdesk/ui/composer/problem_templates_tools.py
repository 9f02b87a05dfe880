"""Sentences of the writing tools' problem codes (merged into `problem_templates()`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tools_problem_templates() -> dict[str, str]:
    """The "Always require alt text" and per-network media choice sentences."""
    return {
        "ALT_TEXT_REQUIRED": QCoreApplication.translate(
            "ComposerProblems",
            "Describe image {position} (alt text) first: you asked for a description on every image"
            " (Settings, Publishing).",
        ),
    }
