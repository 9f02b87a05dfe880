"""Mastodon's status length for the fake instance, written apart from the app's counter.

From Mastodon's own code (mastodon/mastodon: app/validators/status_length_validator.rb,
app/lib/extractor.rb, app/models/account.rb MENTION_RE, config/initializers/twitter_regex.rb),
re-expressed here without `postdesk.core.text`:

- the length is the number of grapheme clusters of ``spoiler_text + countable_text(text)``;
- ``countable_text`` is '' for a blank text (Ruby's ``blank?``: whitespace only);
- every URL Mastodon links becomes ``characters_reserved_per_url`` characters (23 on a stock
  instance); Mastodon links only URLs *with* a scheme (``extract_url_without_protocol: false``),
  and its schemes are http, https, dat, dweb, ipfs, ipns, ssb, gopher and gemini; the host needs
  a published top-level domain (twitter-text's list, as the X fake reads it), labels of at most
  63 characters, the URL at most 4,096; the path runs over anything but white space, ``< > ( )
  ?`` (balanced parentheses allowed) and does not end in ``! * " ' 「 」 ; : = , . $ % [ ] ~ & | @``;
- every mention ``@user@domain`` becomes ``@user``, unless its domain is longer than 253
  characters (Extractor::MAX_DOMAIN_LENGTH: then it is no mention and counts in full); a
  mention is ``@`` not after a word character, ``=`` or ``/``, then a username (letters, digits,
  ``_``, with ``.``/``-`` inside), optionally ``@domain``, and not followed by ``@``, an accented
  Latin letter or ``://``;
- a URL and a mention that overlap: the one that starts first wins.
"""

from __future__ import annotations

import regex

from tests.fakes.x_counting import _host, _label_ok

_SCHEME = r"(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://"
_LABEL = r"[^\W_](?:[\w-]*[^\W_])?"
_URL_HEAD = regex.compile(rf"{_SCHEME}(?P<host>{_LABEL}(?:\.{_LABEL})+)(?::\d{{1,5}})?", regex.IGNORECASE)
_PATH = regex.compile(r"/(?:[^\s<>()?]|\([^\s<>()?]*\))*")
_QUERY = regex.compile(r"\?[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@^\u00a0-\U0010ffff]*", regex.IGNORECASE)
_PATH_END_BAD = set("!*\"'「」;:=,.$%[]~&|@")
_QUERY_END = regex.compile(r"[a-z0-9_&=#/\-\u00a0-\U0010ffff]", regex.IGNORECASE)
_MENTION = regex.compile(
    r"(?<![=/\w])@(?P<user>[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@(?P<domain>[\w.-]+\w+))?", regex.IGNORECASE
)
_MENTION_STOP = regex.compile(
    r"[@＠\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257"
    r"\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff]|://"
)
MAX_DOMAIN = 253
_BEFORE = set("@＠$#＃")


def _path_end(path: str) -> str:
    while len(path) > 1 and (path[-1] in _PATH_END_BAD or (path[-1] == ")" and path.count("(") < path.count(")"))):
        path = path[:-1]
    return path


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each URL Mastodon links (scheme required)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _URL_HEAD.search(text, pos)) is not None:
        start = m.start()
        before = text[start - 1] if start else ""
        found = _host(m.group("host").split("."), text[m.end("host") : m.end("host") + 1])
        if (before.isascii() and before.isalnum()) or before in _BEFORE or found is None:
            pos = start + 1
            continue
        host, whole = found
        end = m.start("host") + len(host)
        if whole:
            end = m.end()
        if whole:
            path = _PATH.match(text, end)
            trimmed = path is not None and _path_end(path.group()) != path.group()
            if path is not None:
                end += len(_path_end(path.group()))
            query = None if trimmed else _QUERY.match(text, end)
            if query is not None:
                q = query.group()
                while len(q) > 1 and not _QUERY_END.fullmatch(q[-1]):
                    q = q[:-1]
                if len(q) > 1:
                    end += len(q)
        if not all(_label_ok(label) for label in host.split(".")) or end - start > 4096:
            pos = start + 1
            continue
        spans.append((start, end))
        pos = end
    return spans


def mention_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, local part) of each mention Mastodon rewrites."""
    found = []
    for m in _MENTION.finditer(text):
        if _MENTION_STOP.match(text, m.end()):
            continue
        domain = m.group("domain")
        if domain is not None and len(domain) > MAX_DOMAIN:
            continue
        found.append((m.start(), m.end(), "@" + m.group("user")))
    return found


def status_length(text: str, spoiler_text: str = "", *, url_length: int = 23) -> int:
    """Mastodon's length of a status: what it compares with max_characters."""
    countable = ""
    if text.strip():  # blank? (whitespace only) counts ''
        entities = sorted(
            [(s, e, "x" * url_length) for s, e in url_spans(text)] + mention_spans(text), key=lambda item: item[0]
        )
        kept, last_end = [], -1
        for start, end, replacement in entities:
            if start >= last_end:
                kept.append((start, end, replacement))
                last_end = end
        pieces, pos = [], 0
        for start, end, replacement in kept:
            pieces += [text[pos:start], replacement]
            pos = end
        countable = "".join([*pieces, text[pos:]])
    return len(regex.findall(r"\X", spoiler_text + countable))
