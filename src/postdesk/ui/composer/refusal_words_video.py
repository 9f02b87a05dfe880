"""The sentences for refusals YouTube, TikTok and Reddit explain with an error code of their own, worded by
Postdesk (the network's own words, when it sent any, follow as "The network said").
"""

from __future__ import annotations


def messages() -> dict[str, str]:
    """Refusal code -> sentence ({network}, {name} and the code's parameters as placeholders)."""
    return {}
