"""X's weighted text length for the fake X, written apart from the app's counter.

The app counts with twitter-text (`postdesk.core.text.x_weighted`). The fake must not: were both
to share the library, they could never disagree and the tests could not see a wrong count. So
this module implements X's published rules with nothing from the app and nothing from
twitter-text's code (only twitter-text's published *data*: its configuration file and its list
of top-level domains):

- docs.x.com/fundamentals/counting-characters: the text is NFC-normalised; each code point
  weighs by the `ranges` of the configuration (`/work/shared/specs/twitter-text/config_v3.json`:
  U+0000-10FF, U+2000-200D, U+2010-201F, U+2032-2037 weigh 100) or `defaultWeight` (200); every
  URL weighs `transformedURLLength` (23) x `scale`; every emoji (with its skin tone, gender and
  ZWJ parts) weighs `defaultWeight`; the sum divided by `scale` must be at most
  `maxWeightedTweetLength` (280).
- URLs, found by a small regex of its own: `http(s)://` or a bare domain, a host of dotted labels
  whose last label is a top-level domain on twitter-text's published list (read as data from the
  installed package's files, never imported), labels of at most 63 characters (punycoded), a URL
  of at most 4,096 characters; a bare domain has Latin labels (any published TLD), is not
  preceded by an ASCII letter or digit or ``@ $ # - _ . /`` (a bare ``name.cc`` is a link too:
  twitter-text's published conformance, "Extract short URLs without protocol on ccTLD domains
  without path"); a TLD must not run on into an ASCII letter, digit, ``@ + -``; underscores only
  in subdomains; an http(s) t.co link's path is its slug. Path, query and fragment characters are those
  of RFC 3986; a path ends in a letter, digit, ``+ - = _ # /`` or a balanced ``)``, a query in
  a letter, digit, ``_ & = # / -``; a bare domain keeps a query only after a path. Checked
  against twitter-text's published URL extraction cases (conformance_extract.yml): 107 of 108
  agree (not a symbol such as ✪ inside a host). On random text of links, punctuation and
  separators it agrees with the app's counter on all but about 1 in 2,000 texts, all of them
  fringes of twitter-text's own parser (a bare domain glued by ``_`` to another, a non-Latin
  character glued by ``-`` or ``.`` before a bare domain, nested parentheses).
- Emoji, from Unicode's emoji properties (the `regex` module): a flag (two regional indicators),
  a keycap (``[#*0-9]`` FE0F? U+20E3), a subdivision flag (U+1F3F4 + tags), a ZWJ sequence of
  pictographs, a modifier base with its skin tone, a character whose default presentation is
  emoji, or a text-default pictograph *with* U+FE0F. A text-default character alone (©, ®, ‼)
  is no emoji: it weighs by its code point (© and ® weigh 100). This is the decision recorded in
  the app's `x_weighted` docstring (twemoji matches text-default characters only fully
  qualified), reached here by properties rather than by twitter-text's emoji list.
- Line breaks are code points like any other: CR LF weighs 2 (X's reference implementations
  only NFC-normalise).

Known differences, kept on purpose: a ZWJ sequence that is not in Unicode's recommended set
(e.g. man ZWJ cat) counts 2 here, while twitter-text (matching only listed sequences) counts its
parts; and emoji newer than the app's list (Emoji 12.0, e.g. heart on fire) count 2 here, as
X's docs say for every emoji twemoji supports, while the app counts their parts. The app
over-counts such text, which X never refuses.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

CONFIG_PATH = Path("/work/shared/specs/twitter-text/config_v3.json")


@dataclass(frozen=True, slots=True)
class XCountConfig:
    """X's published counting configuration (twitter-text config v3)."""

    max_weighted: int
    scale: int
    default_weight: int
    url_length: int
    ranges: tuple[tuple[int, int, int], ...]

    def weight_of(self, char: str) -> int:
        code = ord(char)
        for start, end, weight in self.ranges:
            if start <= code <= end:
                return weight
        return self.default_weight


@functools.cache
def config() -> XCountConfig:
    """The configuration read from the published config_v3.json."""
    raw = json.loads(CONFIG_PATH.read_text())
    return XCountConfig(
        max_weighted=int(raw["maxWeightedTweetLength"]),
        scale=int(raw["scale"]),
        default_weight=int(raw["defaultWeight"]),
        url_length=int(raw["transformedURLLength"]),
        ranges=tuple((int(r["start"]), int(r["end"]), int(r["weight"])) for r in raw["ranges"]),
    )


@functools.cache
def _tlds() -> tuple[frozenset[str], frozenset[str]]:
    """(generic, country-code) top-level domains from twitter-text's published lists.

    Read as text from the installed package's data modules (a `|`-separated list in string
    literals), so nothing of twitter-text runs here.
    """
    found = importlib.util.find_spec("twitter_text")
    assert found is not None and found.submodule_search_locations
    folder = Path(next(iter(found.submodule_search_locations))) / "regexp"
    lists = []
    for name in ("valid_gtld.py", "valid_cctld.py"):
        literals = re.findall(r"'([^']*)'", (folder / name).read_text(encoding="utf-8"))
        # "(?:(?:" + "a|b|...|z" + ")(?=...))": the words sit between the groups' brackets.
        body = "".join(literals).removeprefix("(?:(?:").split(")(?=")[0]
        lists.append(frozenset(w.casefold() for w in body.split("|") if w))
    return lists[0], lists[1]


# -- URLs ------------------------------------------------------------------------------------------

# A label of a host after a scheme: letters and digits of any script, hyphens (and, in a
# subdomain, underscores) inside. A bare domain's labels are Latin (X finds bare domains only in
# ASCII and accented Latin), its last label any published TLD.
_ULABEL = r"[^\W_](?:[\w-]*[^\W_])?"
_ALABEL = r"[A-Za-z0-9\u00c0-\u024f](?:[A-Za-z0-9\u00c0-\u024f_-]*[A-Za-z0-9\u00c0-\u024f])?"
_WITH_SCHEME = regex.compile(rf"https?://(?P<host>{_ULABEL}(?:\.{_ULABEL})+)", regex.IGNORECASE)
_BARE = regex.compile(rf"(?P<host>(?:{_ALABEL}\.)+[^\W_]+)")
# RFC 3986 path, query and fragment characters (unreserved, sub-delims, ':' '@' '/' '?' '#',
# percent escapes), '|' '[' ']' and the en dash X keeps in links, and accented Latin and
# Cyrillic letters.
_PATH_CHAR = r"[A-Za-z0-9\-._~!$&'*+,;=:@/%|\[\]\u2013\u00c0-\u024f\u0400-\u04ff]"
_PORT = regex.compile(r":\d{1,5}")
# Parentheses only in balanced pairs (a Wikipedia link keeps its "(disambiguation)").
_PATH = regex.compile(rf"/(?:{_PATH_CHAR}|\#|\((?:{_PATH_CHAR})+\))*")
_QUERY = regex.compile(rf"\?(?:{_PATH_CHAR}|[?\#()])*")
# A path ends in a letter, digit, + - = _ # / (or a closing parenthesis that balances one); a
# query in a letter, digit, _ & = # / - (twitter-text's published cases: "Extract URLs with a -
# or + at the end of the path", "Extract URL ending with # value", "DO NOT include period at
# the end of URL" ...).
_PATH_END = regex.compile(r"[A-Za-z0-9+\-=_#/\u00c0-\u024f\u0400-\u04ff]")
_QUERY_END = regex.compile(r"[A-Za-z0-9_&=#/\-]")
_TCO_SLUG = regex.compile(r"/([A-Za-z0-9]+)")
_BEFORE_ANY = set("@＠$#＃")
_BEFORE_BARE = set("-_./")
_AFTER_TLD = set("@+-")


def _label_ok(label: str) -> bool:
    if label.casefold().startswith("xn--") and not label.isascii():
        return False  # a punycode label is ASCII by definition
    ascii_form = label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
    return 0 < len(ascii_form) <= 63


def _tail(text: str, end: int) -> tuple[str, int]:
    """The port, path and query kept after a host ending at `end`, and where the whole run ends.

    Trailing characters a link cannot end in are left out of the link, but the run they belong
    to is still consumed (X resumes looking for links after it).
    """
    pos = end
    port = _PORT.match(text, pos)
    if port is not None:
        pos = port.end()
    run_end = pos
    path = _PATH.match(text, pos)
    trimmed = False
    if path is not None:
        kept = path.group()
        run_end = path.end()
        while len(kept) > 1 and not (
            _PATH_END.fullmatch(kept[-1]) or (kept[-1] == ")" and kept.count("(") == kept.count(")"))
        ):
            kept = kept[:-1]
        trimmed = len(kept) < len(path.group())
        pos += len(kept)
    query = None if trimmed else _QUERY.match(text, pos)
    if query is not None:
        kept = query.group()
        run_end = query.end()
        while len(kept) > 1 and not _QUERY_END.fullmatch(kept[-1]):
            kept = kept[:-1]
        if len(kept) > 1:
            pos += len(kept)
    return text[end:pos], max(run_end, pos)


def _ends_word(char: str) -> bool:
    # A TLD must not run on into an ASCII letter, digit, '@', '+' or '-'.
    return not char or not ((char.isascii() and char.isalnum()) or char in _AFTER_TLD)


def _host(labels: list[str], after: str = "") -> tuple[str, bool] | None:
    """The longest host in `labels` that ends in a published TLD, and whether it is all of them.

    The last label may run on into other letters (``example.comだよね``): then its TLD prefix
    ends the host where the next character cannot continue a TLD. `after` is the character
    that follows the labels in the text.
    """
    generic, country = _tlds()
    tlds = generic | country
    for k in range(len(labels), 1, -1):
        last = labels[k - 1]
        if "_" in labels[k - 2]:
            continue  # underscores only in subdomains
        for j in range(len(last), 0, -1):
            follows = last[j : j + 1] or (after if k == len(labels) else ".")
            if last[:j].casefold() in tlds and _ends_word(follows):
                return ".".join([*labels[: k - 1], last[:j]]), k == len(labels) and j == len(last)
    return None


def _url_at(text: str, m: regex.Match[str], scheme: bool) -> tuple[str | None, int]:
    """The link starting at `m` (or None), and where to look for the next one.

    A wrong preceding character or no published TLD: no candidate, look again one character on.
    A candidate refused afterwards (a bare domain after - _ . /, a label over 63 characters, a
    link over 4,096, a t.co slug over 40) is skipped whole, as is the rest of a t.co link's path.
    """
    start = m.start()
    before = text[start - 1] if start else ""
    if (before.isascii() and before.isalnum()) or before in _BEFORE_ANY:
        return None, start + 1
    found = _host(m.group("host").split("."), text[m.end() : m.end() + 1])
    if found is None:
        return None, start + 1
    host, whole = found
    head = text[start : m.start("host")] + host
    end = start + len(head)
    rest, run_end = _tail(text, end) if whole else ("", end)
    if not scheme and before in _BEFORE_BARE:
        return None, run_end
    if not scheme and not rest.startswith("/"):
        rest = ""  # a bare domain keeps a query only after a path
    if scheme and host.casefold() == "t.co" and rest:
        slug = _TCO_SLUG.match(rest)
        if slug is not None and len(slug.group(1)) > 40:
            return None, run_end
        if slug is not None:
            after = rest[slug.end() :]
            rest = slug.group() + (after if after[:1] == "?" else "")
    url = head + rest
    if not all(_label_ok(label) for label in host.split(".")) or len(url) > 4096:
        return None, run_end
    return url, max(run_end, start + len(url))


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every URL X links in `text` (an NFC-normalised string)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        with_scheme = _WITH_SCHEME.search(text, pos)
        bare = _BARE.search(text, pos)
        tries = sorted(
            (m.start(), not scheme, m, scheme) for m, scheme in ((with_scheme, True), (bare, False)) if m is not None
        )
        if not tries:
            break
        start, _, m, scheme = tries[0]
        url, resume = _url_at(text, m, scheme)
        if url is None and len(tries) > 1 and tries[1][0] == start:
            url, resume = _url_at(text, tries[1][2], tries[1][3])
        if url is not None:
            spans.append((start, start + len(url)))
        pos = max(resume, start + 1)
    return spans


# -- emoji -----------------------------------------------------------------------------------------

_PICTO = r"(?:\p{Emoji_Modifier_Base}\p{Emoji_Modifier}|\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)"
_ZWJ_PART = r"(?:\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]?)"
_EMOJI = regex.compile(
    r"[\U0001F1E6-\U0001F1FF]{2}"  # flag
    r"|[#*0-9]\uFE0F?\u20E3"  # keycap
    r"|\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F"  # subdivision flag
    rf"|{_ZWJ_PART}(?:\u200D{_ZWJ_PART})+"  # ZWJ sequence
    rf"|{_PICTO}",  # one emoji
)


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every emoji of `text` (an NFC-normalised string)."""
    return [m.span() for m in _EMOJI.finditer(text)]


# -- weighing --------------------------------------------------------------------------------------


def weighted_length(text: str, cfg: XCountConfig | None = None) -> int:
    """X's weighted length of `text`: what X compares with 280."""
    cfg = cfg or config()
    norm = unicodedata.normalize("NFC", text)
    urls = url_spans(norm)
    units = [(s, e, cfg.url_length * cfg.scale) for s, e in urls]
    for s, e in emoji_spans(norm):
        if not any(us <= s < ue for us, ue in urls):
            units.append((s, e, cfg.default_weight))
    units.sort()
    total = 0
    pos = 0
    for start, end, weight in units:
        if start < pos:
            continue
        total += sum(cfg.weight_of(c) for c in norm[pos:start]) + weight
        pos = end
    total += sum(cfg.weight_of(c) for c in norm[pos:])
    return total // cfg.scale


def fits(text: str, cfg: XCountConfig | None = None) -> bool:
    """Whether X takes `text` as a post's text (weighted length 1..280)."""
    cfg = cfg or config()
    return 0 < weighted_length(text, cfg) <= cfg.max_weighted
