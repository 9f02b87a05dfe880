"""twitter-text, loaded on first use instead of at import.

Importing twitter-text compiles its URL and emoji regexes (and pulls in pkg_resources), about
0.5 s that would otherwise delay the first window. Everything in `core` that needs it goes
through `load()`, which imports it once; `postdesk.core.text.warm_up` lets the app pay that
cost off the UI thread right after the window shows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_loaded: TwitterText | None = None


@dataclass(frozen=True, slots=True)
class TwitterText:
    """The parts of twitter-text that Postdesk uses.

    Attributes:
        extract_urls_with_indices: twitter-text's URL extractor.
        spaces_group: the characters twitter-text treats as spaces (a regex class body).
        config_v2: twitter-text config v2 (plain weighted code points, no emoji discount).
        config_v3: twitter-text config v3 (the library default: emoji sequences weigh 2).
        emoji: the regex of every emoji sequence.
        emoji_list: the entries that regex is built from.
        invalid_chars: the regex of characters X refuses.
        valid_gtld: the regex of generic top-level domains.
        valid_cctld: the regex of country-code top-level domains.
    """

    extract_urls_with_indices: Callable[..., list[dict[str, Any]]]
    spaces_group: str
    config_v2: dict[str, Any]
    config_v3: dict[str, Any]
    emoji: Any
    emoji_list: list[Any]
    invalid_chars: Any
    valid_gtld: Any
    valid_cctld: Any


def load() -> TwitterText:
    """Import twitter-text (once; later calls return the same object at once).

    Returns:
        Its parts. The config dicts are the same objects on every call, so they may be used
        as identity keys.
    """
    global _loaded
    if _loaded is not None:
        return _loaded
    # A lock rather than functools.cache: the warm-up thread and the UI thread may both ask
    # at once, and the config dicts must be built exactly once.
    with _lock:
        if _loaded is None:
            from twitter_text import extract_urls_with_indices
            from twitter_text.config import config
            from twitter_text.regexp.emoji import emoji, emoji_list
            from twitter_text.regexp.invalid_chars import invalid_chars
            from twitter_text.regexp.spaces_group import spaces_group
            from twitter_text.regexp.valid_cctld import valid_cctld
            from twitter_text.regexp.valid_gtld import valid_gtld

            _loaded = TwitterText(
                extract_urls_with_indices=extract_urls_with_indices,
                spaces_group=str(spaces_group),
                config_v2={**config["version2"], "emoji_parsing_enabled": False},
                config_v3=dict(config["version3"]),
                emoji=emoji,
                emoji_list=list(emoji_list),
                invalid_chars=invalid_chars,
                valid_gtld=valid_gtld,
                valid_cctld=valid_cctld,
            )
        return _loaded
