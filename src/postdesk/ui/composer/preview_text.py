"""What a preview card shows (`PreviewData`) and how a part's text becomes rich text.

Pure text work with no widgets: links, mentions and hashtags coloured the way the network
detects them, one paragraph per line with its own direction, long links breakable.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtGui import QImage, QTextDocument

from postdesk.core.networks import Network

EntityFinder = Callable[[str, Network], Sequence[Any]]

#: Characters after which a long link may wrap in the preview.
_BREAK_AFTER = "/.-?&=_"


@dataclass(frozen=True)
class PreviewData:
    """Everything a card shows.

    Attributes:
        network: the network whose look to use.
        display_name: the author's name.
        handle: the author's handle, without prefix.
        parts: the thread parts (one for a single post).
        images: attached images, in order (shown with the first part).
        title: the title (YouTube, Pinterest, Reddit).
        subreddit: the subreddit (Reddit).
        spoiler: the content warning (Mastodon).
        board: the board a Pin is saved to (Pinterest).
        flair: the post flair's text (Reddit), shown as a chip after the title.
        marks: the post's tags shown before the title ("NSFW", "Spoiler": Reddit).
        avatar_url: the account's picture ("": its monogram).
    """

    network: Network
    display_name: str
    handle: str
    parts: tuple[str, ...]
    images: tuple[QImage, ...] = ()
    title: str = ""
    subreddit: str = ""
    spoiler: str = ""
    board: str = ""
    flair: str = ""
    marks: tuple[str, ...] = ()
    avatar_url: str = ""


def paragraph_direction(text: str) -> str:
    """Return "rtl" or "ltr" from the first strong character (Unicode bidi rules P2, P3)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return "rtl"
        if bidi == "L":
            return "ltr"
    return "ltr"


def breakable_html(text: str) -> str:
    """`text` escaped for HTML, with zero-width breaks after link punctuation and long runs."""
    out = []
    run = 0
    for ch in text:
        out.append(html.escape(ch))
        run = 0 if ch.isspace() else run + 1
        if ch in _BREAK_AFTER or run >= 24:
            out.append("&#8203;")
            run = 0
    return "".join(out)


def render_html(text: str, found: Sequence[Any], accent: str, bold_links: bool = False) -> str:
    """Return rich text for `text` with entity spans coloured in `accent`.

    Args:
        text: the plain text.
        found: entities with `.start` and `.end` str indices (non-overlapping, any order).
        accent: a CSS colour.
        bold_links: whether highlighted spans are also bold (some networks do that).

    Returns:
        HTML with one paragraph per line, each with its own direction.
    """
    spans = sorted((e.start, e.end) for e in found if 0 <= e.start < e.end <= len(text))
    weight = "font-weight:600;" if bold_links else ""
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pieces = []
        cursor = start
        for s, e in spans:
            if e <= start or s >= end:
                continue
            s, e = max(s, start), min(e, end)
            if s < cursor:
                continue
            pieces.append(breakable_html(text[cursor:s]))
            pieces.append(f'<span style="color:{accent};{weight}">{breakable_html(text[s:e])}</span>')
            cursor = e
        pieces.append(breakable_html(text[cursor:end]))
        body = "".join(pieces) or "&nbsp;"
        direction = paragraph_direction(line)
        align = "right" if direction == "rtl" else "left"
        paragraphs.append(f'<p dir="{direction}" align="{align}" style="margin:0; white-space:pre-wrap">{body}</p>')
        pos = end + 1
    return "".join(paragraphs)


def link_domain(value: str) -> str:
    """The host name of a link, without "www." (what the link card shows as its title)."""
    url = value if "://" in value else "https://" + value
    try:
        host = urlsplit(url).hostname or value
    except ValueError:
        host = value
    return host.removeprefix("www.")


def plain_text(rich: str) -> str:
    """What rich text from `render_html` reads as: the typed text, without the break hints.

    An empty line is drawn as a no-break space (Qt would drop an empty paragraph); it reads as empty.
    """
    doc = QTextDocument()
    doc.setHtml(rich)
    lines = doc.toPlainText().replace("\u200b", "").split("\n")
    return "\n".join("" if line in (" ", "\u00a0") else line for line in lines)
