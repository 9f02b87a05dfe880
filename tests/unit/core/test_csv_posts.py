"""CSV import and export of posts (issue 13 item 10): reading, every problem, the composer's rules, round trip."""

from __future__ import annotations

from datetime import UTC, datetime

from postdesk.core import csv_posts
from postdesk.core.csv_posts import CheckContext, CsvAccount, ExportPost, FileProblem, RowProblem
from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import PublishContext

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ACCOUNTS = (
    CsvAccount(1, Network.BLUESKY, "alice.bsky.social"),
    CsvAccount(2, Network.MASTODON, "alice", max_characters=500),
    CsvAccount(3, Network.X, "alice"),
)
PHOTO = MediaInfo(0, MediaKind.IMAGE, "image/jpeg", 1200, 800, 200_000, None, "a cat")


def context(**media: MediaInfo | None) -> CheckContext:
    return CheckContext(
        accounts=ACCOUNTS,
        media=dict(media),
        now=NOW,
        zone="Europe/Paris",
        publish=PublishContext(frozenset(Network), accounts={1: "connected", 2: "connected", 3: "connected"}),
        first_comment_networks=frozenset({Network.BLUESKY, Network.MASTODON}),
    )


def rows(text: str, ctx: CheckContext | None = None) -> list[csv_posts.CsvRow]:
    parsed = csv_posts.parse(text.encode("utf-8"))
    assert parsed.problem is None, parsed.problem
    return csv_posts.check(parsed, ctx or context())


def codes(row: csv_posts.CsvRow) -> list[str]:
    return [i.code for i in row.issues]


def test_a_clean_row_makes_a_scheduled_post_in_the_given_zone() -> None:
    [row] = rows(
        "text,accounts,scheduled_at,zone,tags\nHello,alice.bsky.social,2026-03-10 09:30,Europe/Paris,launch; tour\n"
    )
    assert row.issues == ()
    assert row.importable(scheduled=True)
    assert row.post.parts == ("Hello",)
    assert row.post.targets[0].network is Network.BLUESKY and row.post.targets[0].account_id == 1
    assert row.post.scheduled_at == datetime(2026, 3, 10, 8, 30, tzinfo=UTC)
    assert row.post.scheduled_zone == "Europe/Paris"
    assert row.tags == ("launch", "tour")
    assert row.line == 2


def test_bom_semicolons_aliases_and_the_apps_zone() -> None:
    data = "\ufeffPost;Network;Time\nHi there;Bluesky;2026-07-01T18:00\n".encode()
    parsed = csv_posts.parse(data)
    [row] = csv_posts.check(parsed, context())
    assert row.post.targets == (Target(Network.BLUESKY, state=row.post.targets[0].state),)
    # No zone column: the app's zone (Paris is UTC+2 in July).
    assert row.post.scheduled_at == datetime(2026, 7, 1, 16, 0, tzinfo=UTC)


def test_every_problem_of_a_row_is_listed() -> None:
    text = (
        "text,accounts,networks,scheduled_at,zone,media\n"
        "Hello,nobody,myspace,tomorrow-ish,Mars/Olympus,/gone.jpg\n"
        "Old,alice.bsky.social,,2020-01-01 10:00,,\n"
    )
    first, second = rows(text, context(**{"/gone.jpg": None}))
    assert set(codes(first)) >= {
        RowProblem.UNKNOWN_ACCOUNT,
        RowProblem.UNKNOWN_NETWORK,
        RowProblem.BROKEN_DATE,
        RowProblem.UNKNOWN_ZONE,
        RowProblem.MEDIA_MISSING,
    }
    assert not first.importable(scheduled=False)
    assert codes(second) == [RowProblem.TIME_IN_PAST]
    assert not second.importable(scheduled=False)


def test_text_too_long_uses_the_composers_rules_per_network() -> None:
    long = "x" * 400  # over Bluesky's 300 graphemes, under the Mastodon account's 500
    [row] = rows(f"text,accounts\n{long},alice.bsky.social; mastodon:alice\n")
    too_long = [i for i in row.issues if i.code == "text_too_long"]
    assert [i.network for i in too_long] == [Network.BLUESKY]
    assert too_long[0].params["limit"] == 300 and too_long[0].params["length"] == 400
    assert too_long[0].rule
    # A draft may keep what the network would refuse; scheduling may not.
    assert row.importable(scheduled=False)
    assert not row.importable(scheduled=True)


def test_an_ambiguous_handle_must_name_its_network() -> None:
    [row] = rows("text,accounts\nHi,alice\n")
    assert codes(row) == [RowProblem.AMBIGUOUS_ACCOUNT]
    [row] = rows("text,accounts\nHi,x:@alice\n")
    assert row.post.targets[0].account_id == 3


def test_media_and_first_comment_and_thread_parts() -> None:
    text = 'text,accounts,media,first_comment\n"One\n---\nTwo",alice.bsky.social,/a.jpg,"More below"\n'
    [row] = rows(text, context(**{"/a.jpg": PHOTO}))
    assert row.issues == ()
    assert row.post.parts == ("One", "Two")
    assert row.media_paths == ("/a.jpg",)
    assert row.post.targets[0].options == {"first_comment": "More below"}
    [row] = rows("text,accounts,first_comment\nHi,x:alice,Comment\n")
    warning = [i for i in row.issues if i.code == RowProblem.FIRST_COMMENT_NOT_SUPPORTED]
    assert warning and not warning[0].error


def test_a_time_the_clocks_skip_is_a_problem() -> None:
    [row] = rows("text,accounts,scheduled_at,zone\nHi,alice.bsky.social,2026-03-29 02:30,Europe/Paris\n")
    assert codes(row) == [RowProblem.TIME_SKIPPED]


def test_files_refused_with_a_reason() -> None:
    assert csv_posts.parse(b"\xff\xfe\x00bad").problem is FileProblem.NOT_UTF8
    assert csv_posts.parse(b"").problem is FileProblem.EMPTY
    assert csv_posts.parse(b"accounts\nalice\n").problem is FileProblem.NO_TEXT_COLUMN
    assert csv_posts.parse(b"text,when\nhi,2026-01-01 10:00\n").problem is FileProblem.NO_DESTINATION_COLUMN
    assert csv_posts.parse(b"text,networks\nhi\x00,bluesky\n").problem is FileProblem.NOT_CSV
    huge = b"text,networks\n" + b"a,bluesky\n" * (csv_posts.MAX_BYTES // 10 + 1)
    assert csv_posts.parse(huge).problem is FileProblem.TOO_BIG
    many = b"text,networks\n" + b"a,bluesky\n" * (csv_posts.MAX_ROWS + 1)
    assert csv_posts.parse(many).problem is FileProblem.TOO_MANY_ROWS
    broken = b'text,networks\n"unclosed,bluesky\n'
    assert csv_posts.parse(broken).problem is FileProblem.NOT_CSV


def test_unknown_columns_are_named_and_extra_cells_flagged() -> None:
    parsed = csv_posts.parse(b"text,networks,colour\nHi,bluesky,red,extra\n")
    assert parsed.ignored_columns == ("colour",)
    [row] = csv_posts.check(parsed, context())
    assert RowProblem.EXTRA_CELLS in codes(row)


def test_export_then_import_gives_the_same_posts() -> None:
    posts = [
        ExportPost(
            Post(
                parts=("First, with a comma", 'and "quotes"\non two lines'),
                targets=(Target(Network.BLUESKY, 1, options={"first_comment": "c"}), Target(Network.LINKEDIN)),
                scheduled_at=datetime(2026, 4, 2, 7, 15, tzinfo=UTC),
                scheduled_zone="America/New_York",
            ),
            tags=("launch", "spring"),
            media_paths=("/lib/a.jpg",),
            handles={1: "bluesky:alice.bsky.social"},
        ),
        ExportPost(Post(parts=("A draft",), targets=(Target(Network.MASTODON, 2),)), handles={2: "mastodon:alice"}),
    ]
    text = csv_posts.export_csv(posts, "Europe/Paris")
    read = csv_posts.check(csv_posts.parse(text.encode("utf-8-sig")), context(**{"/lib/a.jpg": PHOTO}))
    assert [r.post.parts for r in read] == [p.post.parts for p in posts]
    assert [r.post.scheduled_at for r in read] == [p.post.scheduled_at for p in posts]
    assert read[0].post.scheduled_zone == "America/New_York"
    assert [(t.network, t.account_id, t.options) for t in read[0].post.targets] == [
        (Network.BLUESKY, 1, {"first_comment": "c"}),
        (Network.LINKEDIN, None, {"first_comment": "c"}),
    ]
    assert read[0].tags == ("launch", "spring") and read[0].media_paths == ("/lib/a.jpg",)
    assert read[1].post.targets[0].account_id == 2 and read[1].post.scheduled_at is None


def test_network_names_as_a_spreadsheet_writes_them() -> None:
    assert csv_posts.network_named("X (Twitter)") is Network.X
    assert csv_posts.network_named("twitter") is Network.X
    assert csv_posts.network_named("Google Business Profile") is Network.GOOGLE_BUSINESS
    assert csv_posts.network_named("google_business") is Network.GOOGLE_BUSINESS
    assert csv_posts.network_named(" linkedin ") is Network.LINKEDIN
    assert csv_posts.network_named("myspace") is None
