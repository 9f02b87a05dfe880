"""Posts in a CSV file: read the rows, say every problem, and write posts back out (docs/CSV.md).

Pure (ARCHITECTURE.md): the file's bytes, the accounts, the probed media and the clock are
passed in; nothing here reads a file or the time. Problems are codes with parameters; `ui/`
words them. Each target is checked with `core.validation.validate`, the composer's own rules.

The columns: text, accounts, networks, scheduled_at, zone, media, alt_text, tags, first_comment.
A post's thread parts are separated by a line holding only `---`; lists (accounts, networks, media,
tags) by `;` (or `|`); the media's descriptions (alt_text), one per file in order, by `|` only.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from postdesk.core.calendar import Ambiguity, resolve_wall_time
from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.media_info import MediaInfo
from postdesk.core.networks import Network, display_name, look
from postdesk.core.validation import Problem, ProblemCode, PublishContext, validate

#: The columns, in the order an export writes them.
COLUMNS: tuple[str, ...] = (
    "text",
    "accounts",
    "networks",
    "scheduled_at",
    "zone",
    "media",
    "alt_text",
    "tags",
    "first_comment",
)
#: Other names a header may use for a column (compared without case, spaces or underscores).
ALIASES: dict[str, str] = {
    "post": "text",
    "body": "text",
    "account": "accounts",
    "network": "networks",
    "scheduled": "scheduled_at",
    "time": "scheduled_at",
    "date": "scheduled_at",
    "when": "scheduled_at",
    "timezone": "zone",
    "tz": "zone",
    "image": "media",
    "images": "media",
    "files": "media",
    "tag": "tags",
    "comment": "first_comment",
    "alt": "alt_text",
    "description": "alt_text",
}
#: Files larger than this are refused before they are read (a CSV of posts is small).
MAX_BYTES = 5 * 1024 * 1024
#: Rows beyond this are refused: a preview that long helps nobody.
MAX_ROWS = 2000
#: What separates thread parts in the text column.
PART_SEPARATOR = "\n---\n"
_LIST_SPLIT = re.compile(r"[;|]")
_PART_SPLIT = re.compile(r"\r?\n-{3,}\r?\n")


class FileProblem(StrEnum):
    """Why a whole file is refused."""

    TOO_BIG = "too_big"  # params: size, limit (bytes)
    NOT_UTF8 = "not_utf8"
    NOT_CSV = "not_csv"  # params: line
    EMPTY = "empty"
    NO_TEXT_COLUMN = "no_text_column"
    NO_DESTINATION_COLUMN = "no_destination_column"
    TOO_MANY_ROWS = "too_many_rows"  # params: count, limit


class RowProblem(StrEnum):
    """What is wrong with one row, before the network's own rules."""

    UNKNOWN_ACCOUNT = "unknown_account"  # params: name
    AMBIGUOUS_ACCOUNT = "ambiguous_account"  # params: name
    UNKNOWN_NETWORK = "unknown_network"  # params: name
    NO_DESTINATION = "no_destination"
    SAME_ACCOUNT_TWICE = "same_account_twice"  # params: name
    BROKEN_DATE = "broken_date"  # params: value
    UNKNOWN_ZONE = "unknown_zone"  # params: value
    TIME_SKIPPED = "time_skipped"  # params: value, zone
    TIME_IN_PAST = "time_in_past"
    MEDIA_MISSING = "media_missing"  # params: path
    EXTRA_CELLS = "extra_cells"  # params: count
    FIRST_COMMENT_NOT_SUPPORTED = "first_comment_not_supported"  # params: network (a warning)


@dataclass(frozen=True, slots=True)
class CsvAccount:
    """A connected account as the import matches it.

    Attributes:
        id: the account id.
        network: its network.
        handle: its handle.
        status: its `AccountStatus` value.
        max_characters: its own text limit (a Mastodon server), or None.
        instance_limits: its server's media limits, as pairs.
    """

    id: int
    network: Network
    handle: str
    status: str = "connected"
    max_characters: int | None = None
    instance_limits: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem of one row: a `RowProblem`, or a `validation.Problem` of one target.

    Attributes:
        code: the `RowProblem` or `validation.ProblemCode` value.
        network: the target's network, or None for the whole row.
        params: numbers and names for the sentence.
        error: True blocks the row; False is a warning.
        rule: True for the network's own rules (`validate`): a draft may keep those.
    """

    code: str
    network: Network | None = None
    params: Mapping[str, int | float | str] = field(default_factory=dict)
    error: bool = True
    rule: bool = False


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One row read and checked.

    Attributes:
        line: the row's first line in the file (1 is the header).
        post: the post it makes (media ids are the media paths' positions, see `media_paths`).
        tags: its tags.
        media_paths: the media column's paths, in order.
        issues: its problems, in a stable order.
        alt_texts: a description per media file ("" where none was given).
    """

    line: int
    post: Post
    tags: tuple[str, ...] = ()
    media_paths: tuple[str, ...] = ()
    issues: tuple[Issue, ...] = ()
    alt_texts: tuple[str, ...] = ()

    def importable(self, scheduled: bool) -> bool:
        """Whether the row can be imported: as a draft, the networks' own rules may still fail."""
        return not any(i.error and (scheduled or not i.rule) for i in self.issues)


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A file's rows before checking: cells by column name, and what was refused.

    Attributes:
        rows: (first line, cells by column, extra cells) per data row.
        problem: why the file is refused, or None.
        params: the problem's numbers.
        ignored_columns: header names that are not columns Postdesk reads.
    """

    rows: tuple[tuple[int, dict[str, str], int], ...] = ()
    problem: FileProblem | None = None
    params: Mapping[str, int] = field(default_factory=dict)
    ignored_columns: tuple[str, ...] = ()


def _column(name: str) -> str | None:
    key = re.sub(r"[\s_\-]+", "_", name.strip().lower()).strip("_")
    if key in COLUMNS:
        return key
    return ALIASES.get(key.replace("_", ""), ALIASES.get(key))


def parse(data: bytes) -> ParsedFile:
    """Read a CSV file's bytes: UTF-8 with or without a BOM, its dialect sniffed, a header row first."""
    if len(data) > MAX_BYTES:
        return ParsedFile(problem=FileProblem.TOO_BIG, params={"size": len(data), "limit": MAX_BYTES})
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ParsedFile(problem=FileProblem.NOT_UTF8)
    if not content.strip():
        return ParsedFile(problem=FileProblem.EMPTY)
    if "\x00" in content:
        return ParsedFile(
            problem=FileProblem.NOT_CSV, params={"line": content[: content.index("\x00")].count("\n") + 1}
        )
    # The sniffer reads the delimiter from the header line; its guesses about quoting from quoted
    # multi-line cells are unreliable, so quoting stays the standard one (RFC 4180).
    delimiter = ","
    with contextlib.suppress(csv.Error):  # one column, or nothing to tell by: the comma
        delimiter = csv.Sniffer().sniff(content.split("\n", 1)[0], delimiters=",;\t|").delimiter
    reader = csv.reader(io.StringIO(content, newline=""), csv.excel, delimiter=delimiter, strict=True)
    try:
        header = next(reader)
        names = [_column(cell) for cell in header]
        ignored = tuple(cell.strip() for cell, name in zip(header, names, strict=True) if name is None and cell.strip())
        if "text" not in names:
            return ParsedFile(problem=FileProblem.NO_TEXT_COLUMN, ignored_columns=ignored)
        if "accounts" not in names and "networks" not in names:
            return ParsedFile(problem=FileProblem.NO_DESTINATION_COLUMN, ignored_columns=ignored)
        rows: list[tuple[int, dict[str, str], int]] = []
        line = reader.line_num + 1
        for record in reader:
            if any(cell.strip() for cell in record):
                if len(rows) >= MAX_ROWS:
                    return ParsedFile(
                        problem=FileProblem.TOO_MANY_ROWS, params={"count": len(rows) + 1, "limit": MAX_ROWS}
                    )
                cells: dict[str, str] = {}
                for name, cell in zip(names, record, strict=False):
                    if name is not None and name not in cells:
                        cells[name] = cell
                rows.append((line, cells, max(0, len(record) - len(names))))
            line = reader.line_num + 1
    except csv.Error:
        return ParsedFile(problem=FileProblem.NOT_CSV, params={"line": reader.line_num})
    if not rows:
        return ParsedFile(problem=FileProblem.EMPTY, ignored_columns=ignored)
    return ParsedFile(rows=tuple(rows), ignored_columns=ignored)


def split_list(value: str) -> list[str]:
    """A list cell's items ("a; b | c"), blanks dropped."""
    return [item.strip() for item in _LIST_SPLIT.split(value) if item.strip()]


def network_named(name: str) -> Network | None:
    """The network a name means: its key ("google_business"), brand or full name ("Bluesky", "X (Twitter)")."""
    key = name.strip().lower()
    for network in Network:
        names = (network.value, network.value.replace("_", " "), display_name(network), look(network).full_name)
        if key in (n.lower() for n in names):
            return network
    return Network.X if key == "twitter" else None  # the name many spreadsheets still use


def _match_account(name: str, accounts: Sequence[CsvAccount]) -> tuple[CsvAccount | None, RowProblem | None]:
    network: Network | None = None
    handle = name.strip()
    if ":" in handle:
        prefix, rest = handle.split(":", 1)
        network = network_named(prefix)
        if network is not None:
            handle = rest.strip()
    handle = handle.lstrip("@").lower()
    found = [a for a in accounts if a.handle.lstrip("@").lower() == handle and network in (None, a.network)]
    if len(found) > 1:
        return None, RowProblem.AMBIGUOUS_ACCOUNT
    return (found[0], None) if found else (None, RowProblem.UNKNOWN_ACCOUNT)


def parse_time(value: str) -> tuple[date, time, tzinfo | None] | None:
    """A date and time cell: ISO 8601 ("2026-03-10 09:30", "...T09:30:00+01:00", "...Z"); None if broken."""
    text = value.strip().replace("/", "-")
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if len(text) <= 10:  # a date alone is not a time to publish at
        return None
    return parsed.date(), parsed.time().replace(tzinfo=None), parsed.tzinfo


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What checking rows needs besides the rows.

    Attributes:
        accounts: the connected accounts.
        media: what probing found per media path (None: no readable file there).
        now: the current instant (aware).
        zone: the app's IANA zone (times without a zone column are in it).
        publish: the adapters, relay and account statuses, as the composer checks with.
        first_comment_networks: the networks that can post a first comment.
    """

    accounts: Sequence[CsvAccount]
    media: Mapping[str, MediaInfo | None]
    now: datetime
    zone: str
    publish: PublishContext
    first_comment_networks: frozenset[Network] = frozenset()


def check(parsed: ParsedFile, context: CheckContext) -> list[CsvRow]:
    """Turn parsed rows into posts with every problem (the network's rules as the composer checks them)."""
    return [check_row(line, cells, extra, context) for line, cells, extra in parsed.rows]


def check_row(line: int, cells: Mapping[str, str], extra: int, context: CheckContext) -> CsvRow:
    """One row: its targets, time, media and tags, and every problem."""
    issues: list[Issue] = []
    if extra:
        issues.append(Issue(RowProblem.EXTRA_CELLS.value, params={"count": extra}))
    text = cells.get("text", "").replace("\r\n", "\n")
    parts = tuple(_PART_SPLIT.split(text)) if text else ("",)
    targets: list[Target] = []
    chosen: dict[int, CsvAccount] = {}
    for name in split_list(cells.get("accounts", "")):
        account, problem = _match_account(name, context.accounts)
        if problem is not None:
            issues.append(Issue(problem.value, params={"name": name}))
        elif account is not None and account.id in chosen:
            issues.append(Issue(RowProblem.SAME_ACCOUNT_TWICE.value, params={"name": name}))
        elif account is not None:
            chosen[account.id] = account
            targets.append(Target(account.network, account.id))
    for name in split_list(cells.get("networks", "")):
        network = network_named(name)
        if network is None:
            issues.append(Issue(RowProblem.UNKNOWN_NETWORK.value, params={"name": name}))
        elif all(t.network is not network for t in targets):
            targets.append(Target(network))
    named = (RowProblem.UNKNOWN_ACCOUNT, RowProblem.AMBIGUOUS_ACCOUNT, RowProblem.UNKNOWN_NETWORK)
    if not targets and not any(i.code in named for i in issues):
        issues.append(Issue(RowProblem.NO_DESTINATION.value))
    comment = cells.get("first_comment", "").strip()
    if comment:
        targets = [replace(t, options={**t.options, "first_comment": comment}) for t in targets]
        for network in dict.fromkeys(t.network for t in targets):
            if network not in context.first_comment_networks:
                issues.append(
                    Issue(
                        RowProblem.FIRST_COMMENT_NOT_SUPPORTED.value, network, {"network": network.value}, error=False
                    )
                )
    scheduled_at, zone_name = _when(cells, context, issues)
    paths = tuple(split_list(cells.get("media", "")))
    given = [a.strip() for a in cells.get("alt_text", "").split("|")]
    alts = tuple(given[i] if i < len(given) else "" for i in range(len(paths)))
    media: dict[int, MediaInfo] = {}
    for position, path in enumerate(paths):
        info = context.media.get(path)
        if info is None:
            issues.append(Issue(RowProblem.MEDIA_MISSING.value, params={"path": path}))
        else:
            media[position] = replace(info, asset_id=position, alt_text=alts[position] or info.alt_text)
    state = TargetState.SCHEDULED if scheduled_at is not None else TargetState.DRAFT
    post = Post(
        parts=parts,
        media=tuple(range(len(paths))),
        targets=tuple(replace(t, state=state) for t in targets),
        scheduled_at=scheduled_at,
        scheduled_zone=zone_name if scheduled_at is not None else None,
    )
    by_id = {a.id: a for a in context.accounts}
    for target in post.targets:
        account = by_id.get(target.account_id) if target.account_id is not None else None
        limits = dict(account.instance_limits) if account is not None and account.instance_limits else None
        max_chars = account.max_characters if account is not None else None
        found = validate(post, target, media, max_chars=max_chars, context=context.publish, instance_limits=limits)
        # A file not found is said once, as MEDIA_MISSING, not again as "missing from the library".
        issues.extend(_rule_issue(p) for p in found if p.code is not ProblemCode.MEDIA_UNKNOWN)
    tags = tuple(dict.fromkeys(split_list(cells.get("tags", "").replace(",", ";"))))
    return CsvRow(line, post, tags, paths, tuple(issues), alts)


def _rule_issue(problem: Problem) -> Issue:
    params: dict[str, int | float | str] = dict(problem.params)
    if problem.part_index is not None:
        params.setdefault("part", problem.part_index)
    asset = params.get("asset_id")
    if isinstance(asset, int):  # here a media file's position in the row
        params.setdefault("position", asset + 1)
    return Issue(problem.code.value, problem.network, params, problem.severity == "error", rule=True)


def _when(cells: Mapping[str, str], context: CheckContext, issues: list[Issue]) -> tuple[datetime | None, str]:
    zone_name = cells.get("zone", "").strip() or context.zone
    zone = _zone(zone_name)
    if zone is None:
        issues.append(Issue(RowProblem.UNKNOWN_ZONE.value, params={"value": zone_name}))
    value = cells.get("scheduled_at", "").strip()
    if not value:
        return None, zone_name
    parsed = parse_time(value)
    if parsed is None:
        issues.append(Issue(RowProblem.BROKEN_DATE.value, params={"value": value}))
        return None, zone_name
    day, at, offset = parsed
    if offset is not None:
        instant = datetime.combine(day, at, offset)
    elif zone is None:
        return None, zone_name
    else:
        resolved = resolve_wall_time(day, at, zone, ambiguity=Ambiguity.EARLIER).instant
        if resolved is None:
            issues.append(Issue(RowProblem.TIME_SKIPPED.value, params={"value": value, "zone": zone_name}))
            return None, zone_name
        instant = resolved
    if instant <= context.now:
        issues.append(Issue(RowProblem.TIME_IN_PAST.value, params={"value": value}))
    return instant, zone_name


# -- export --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportPost:
    """A stored post as an export writes it.

    Attributes:
        post: the post.
        tags: its tags.
        media_paths: its media files, in order (where the library keeps them).
        handles: account id → "network:handle".
        alt_texts: the media's descriptions, in the same order.
    """

    post: Post
    tags: tuple[str, ...] = ()
    media_paths: tuple[str, ...] = ()
    handles: Mapping[int, str] = field(default_factory=dict)
    alt_texts: tuple[str, ...] = ()


def export_row(item: ExportPost, zone: str) -> dict[str, str]:
    """One post in the import's columns (its time as a wall time in its own zone, or `zone`)."""
    post = item.post
    accounts = [
        item.handles[t.account_id] for t in post.targets if t.account_id is not None and t.account_id in item.handles
    ]
    networks = [t.network.value for t in post.targets if t.account_id is None or t.account_id not in item.handles]
    comments = [str(t.options.get("first_comment") or "") for t in post.targets]
    when = ""
    post_zone = post.scheduled_zone or zone
    if post.scheduled_at is not None:
        when = post.scheduled_at.astimezone(ZoneInfo(post_zone)).strftime("%Y-%m-%d %H:%M")
    return {
        "text": PART_SEPARATOR.join(post.parts),
        "accounts": "; ".join(accounts),
        "networks": "; ".join(dict.fromkeys(networks)),
        "scheduled_at": when,
        "zone": post_zone if when else "",
        "media": "; ".join(item.media_paths),
        "alt_text": " | ".join(a.replace("|", "/") for a in item.alt_texts) if any(item.alt_texts) else "",
        "tags": "; ".join(item.tags),
        "first_comment": next((c for c in comments if c.strip()), ""),
    }


def export_csv(items: Iterable[ExportPost], zone: str) -> str:
    """The CSV text of `items` (a header, then one row per post; the caller writes it as UTF-8 with a BOM)."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for item in items:
        writer.writerow(export_row(item, zone))
    return out.getvalue()
