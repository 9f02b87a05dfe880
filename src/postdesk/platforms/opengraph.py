"""Link cards built on the client: a page's Open Graph tags (og:title, og:description, og:image).

Networks that do not scrape links themselves (Bluesky) need the card in the post. This module
fetches the page, reads its `<meta property="og:...">` tags (falling back to `<title>` and
`<meta name="description">`), and resolves the image URL against the page URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx

from postdesk.log import get_logger

_log = get_logger("platforms.opengraph")

#: Pages are read only up to here: the head, where the tags are, comes first.
MAX_PAGE_BYTES = 512 * 1024
#: The largest card image downloaded (it is fitted to the network's limit afterwards).
MAX_IMAGE_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LinkCard:
    """What a link card shows.

    Attributes:
        url: the page's canonical address (og:url, else the fetched one).
        title: og:title or <title>.
        description: og:description or the meta description.
        image_url: og:image resolved to an absolute URL, or None.
    """

    url: str
    title: str
    description: str
    image_url: str | None


class _MetaParser(HTMLParser):
    """Collects meta tags and the title until the body starts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if tag == "body":
            self.done = True
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            values = {name.lower(): value or "" for name, value in attrs}
            key = (values.get("property") or values.get("name") or "").strip().lower()
            # The first occurrence wins, as in the scrapers of the big networks.
            if key and "content" in values and key not in self.meta:
                self.meta[key] = values["content"].strip()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "head":
            self.done = True

    def handle_data(self, data: str) -> None:
        if self._in_title and not self.done:
            self.title += data


def parse_card(html: str, page_url: str) -> LinkCard:
    """Read a card from a page's HTML.

    Args:
        html: the page (its head is enough).
        page_url: where it was fetched from, to resolve relative URLs.

    Returns:
        The card; title and description may be empty.
    """
    parser = _MetaParser()
    parser.feed(html)
    meta = parser.meta
    image = meta.get("og:image") or meta.get("og:image:url") or meta.get("twitter:image")
    return LinkCard(
        url=urljoin(page_url, meta["og:url"]) if meta.get("og:url") else page_url,
        title=meta.get("og:title") or meta.get("twitter:title") or " ".join(parser.title.split()),
        description=(meta.get("og:description") or meta.get("twitter:description") or meta.get("description") or ""),
        image_url=urljoin(page_url, image) if image else None,
    )


async def _read_capped(response: httpx.Response, cap: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size >= cap:
            break
    return b"".join(chunks)[:cap]


async def fetch_card(client: httpx.AsyncClient, url: str) -> LinkCard | None:
    """Fetch a page and read its card.

    Args:
        client: an HTTP client that follows redirects.
        url: the link in the post.

    Returns:
        The card, or None when the page cannot be read or is not HTML (the post then goes
        out without a card rather than failing).
    """
    try:
        async with client.stream("GET", url, headers={"Accept": "text/html"}) as response:
            if response.status_code != 200:
                return None
            if "html" not in response.headers.get("content-type", "text/html").lower():
                return None
            body = await _read_capped(response, MAX_PAGE_BYTES)
            page_url = str(response.url)
            encoding = response.charset_encoding or "utf-8"
    except httpx.HTTPError as exc:
        _log.info("link card: %s not readable (%s)", url, type(exc).__name__)
        return None
    return parse_card(body.decode(encoding, errors="replace"), page_url)


async def fetch_image(client: httpx.AsyncClient, url: str) -> bytes | None:
    """Download a card image (None when it cannot be had or is too big)."""
    try:
        async with client.stream("GET", url) as response:
            if response.status_code != 200:
                return None
            data = await _read_capped(response, MAX_IMAGE_BYTES + 1)
    except httpx.HTTPError as exc:
        _log.info("link card image: %s not readable (%s)", url, type(exc).__name__)
        return None
    return data if len(data) <= MAX_IMAGE_BYTES else None
