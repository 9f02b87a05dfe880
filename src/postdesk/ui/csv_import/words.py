"""The CSV import's problems in words (`core.csv_posts` returns codes; the networks' own rules are
worded by the composer's `describe_problem`, so a row says exactly what the composer would say)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from postdesk.core.csv_posts import CsvRow, FileProblem, Issue, RowProblem
from postdesk.core.networks import display_name
from postdesk.ui.composer.wording import describe_problem
from postdesk.ui.local_format import format_number, format_size


def file_problem_text(problem: FileProblem, params: Mapping[str, int]) -> str:
    """Why a whole file is refused, and what to do about it."""
    if problem is FileProblem.TOO_BIG:
        return QCoreApplication.translate(
            "CsvImport",
            "This file is too big to be a list of posts ({size}; at most {limit}). Split it into smaller files.",
        ).format(
            size=format_size(params.get("size", 0), binary=True),  # the limit is 5 MiB: the same units
            limit=format_size(params.get("limit", 0), binary=True),
        )
    if problem is FileProblem.NOT_UTF8:
        return QCoreApplication.translate(
            "CsvImport",
            "This file is not in UTF-8 text. Save it again as \u201cCSV UTF-8\u201d from your spreadsheet"
            " and choose it again.",
        )
    if problem is FileProblem.NOT_CSV:
        return QCoreApplication.translate(
            "CsvImport",
            "This file is broken near line {line} (a quote left open, or not a CSV file at all). Nothing was read.",
        ).format(line=format_number(params.get("line", 0)))
    if problem is FileProblem.NO_TEXT_COLUMN:
        return QCoreApplication.translate(
            "CsvImport", "The first line must name the columns, with one called \u201ctext\u201d for the post's text."
        )
    if problem is FileProblem.NO_DESTINATION_COLUMN:
        return QCoreApplication.translate(
            "CsvImport",
            "The file says nothing about where the posts go: add an \u201caccounts\u201d or a"
            " \u201cnetworks\u201d column.",
        )
    if problem is FileProblem.TOO_MANY_ROWS:
        return QCoreApplication.translate(
            "CsvImport", "This file has more than {limit} posts. Split it into smaller files."
        ).format(limit=format_number(params.get("limit", 0)))
    if params.get("unreadable"):
        return QCoreApplication.translate(
            "CsvImport", "Postdesk could not open this file. Check that it is still there."
        )
    return QCoreApplication.translate("CsvImport", "This file holds no posts: only a header line, or nothing at all.")


def issue_text(issue: Issue, part_count: int = 1) -> str:
    """One problem of a row as the creator reads it."""
    p = issue.params
    if issue.rule and issue.network is not None:
        part = p.get("part")
        sentence = describe_problem(issue.code, issue.network, p, part if isinstance(part, int) else None, part_count)
        return QCoreApplication.translate("CsvImport", "{network}: {sentence}").format(
            network=display_name(issue.network), sentence=sentence
        )
    code = RowProblem(issue.code)
    words = {
        RowProblem.UNKNOWN_ACCOUNT: QCoreApplication.translate(
            "CsvImport", "No connected account is called \u201c{name}\u201d."
        ),
        RowProblem.AMBIGUOUS_ACCOUNT: QCoreApplication.translate(
            "CsvImport",
            "More than one account is called \u201c{name}\u201d: write it as network:handle (bluesky:{name}).",
        ),
        RowProblem.UNKNOWN_NETWORK: QCoreApplication.translate(
            "CsvImport", "Postdesk does not know a network called \u201c{name}\u201d."
        ),
        RowProblem.NO_DESTINATION: QCoreApplication.translate(
            "CsvImport", "This post goes nowhere: name an account or a network."
        ),
        RowProblem.SAME_ACCOUNT_TWICE: QCoreApplication.translate(
            "CsvImport", "The account \u201c{name}\u201d is named twice."
        ),
        RowProblem.BROKEN_DATE: QCoreApplication.translate(
            "CsvImport", "\u201c{value}\u201d is not a date and time Postdesk can read: write it as 2026-03-10 09:30."
        ),
        RowProblem.UNKNOWN_ZONE: QCoreApplication.translate(
            "CsvImport", "\u201c{value}\u201d is not a time zone: write it as Europe/Paris or America/New_York."
        ),
        RowProblem.TIME_SKIPPED: QCoreApplication.translate(
            "CsvImport", "{value} does not exist in {zone}: the clocks skip that hour that day."
        ),
        RowProblem.TIME_IN_PAST: QCoreApplication.translate(
            "CsvImport", "{value} is already past. Pick a later time, or leave it empty for a draft."
        ),
        RowProblem.MEDIA_MISSING: QCoreApplication.translate(
            "CsvImport", "No picture or video Postdesk can read at \u201c{path}\u201d."
        ),
        RowProblem.EXTRA_CELLS: QCoreApplication.translate(
            "CsvImport", "This line has {count} more cells than the header names; they were left out."
        ),
        RowProblem.FIRST_COMMENT_NOT_SUPPORTED: QCoreApplication.translate(
            "CsvImport", "{network} cannot post a first comment; it is kept but not sent there."
        ),
    }
    values: dict[str, object] = dict(p)
    if code is RowProblem.FIRST_COMMENT_NOT_SUPPORTED and issue.network is not None:
        values["network"] = display_name(issue.network)
    return words[code].format_map(_Missing(values))


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def row_problems(row: CsvRow, scheduled: bool) -> list[str]:
    """Every problem of a row in words; those that block the import first."""

    def blocks(issue: Issue) -> bool:
        return issue.error and (scheduled or not issue.rule)

    ordered = sorted(row.issues, key=lambda i: not blocks(i))
    return [issue_text(i, len(row.post.parts)) for i in ordered]
