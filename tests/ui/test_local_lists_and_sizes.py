"""Lists and byte sizes the way the user's language writes them (`local_format.format_list`,
`format_size`): Japanese joins with "、", Arabic with "و", Spanish writes "483,9 kB"; the panes that
build such text from code use them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from postdesk.core.csv_posts import MAX_BYTES, FileProblem
from postdesk.core.insights import BestTime
from postdesk.core.networks import Network
from postdesk.ui.csv_import.words import file_problem_text
from postdesk.ui.dialogs.delete_published import names
from postdesk.ui.insights.models import best_times_text
from postdesk.ui.local_format import format_list, format_size
from postdesk.ui.welcome import WelcomeDialog, network_reach


@pytest.fixture
def locale() -> Iterator[object]:
    """Sets the default QLocale for one test; the one before comes back after it."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_sizes_follow_the_locale(locale) -> None:  # type: ignore[no-untyped-def]
    locale("en_US")
    assert format_size(483_900) == "483.9 kB"
    assert format_size(4_800_000) == "4.8 MB"
    locale("es")
    assert format_size(483_900) == "483,9 kB"
    locale("fr")
    assert format_size(483_900) == "483,9 ko"
    locale("ar")
    assert format_size(483_900).startswith("٤٨٣٫٩")


def test_the_csv_size_limit_is_said_in_the_units_it_is_set_in(locale) -> None:  # type: ignore[no-untyped-def]
    locale("de")
    text = file_problem_text(FileProblem.TOO_BIG, {"size": 6_000_000, "limit": MAX_BYTES})
    assert "(5,7 MB; at most 5,0 MB)" in text  # 5 MiB, as MB with one decimal: not "5,00 MiB"


def test_lists_follow_the_locale(locale) -> None:  # type: ignore[no-untyped-def]
    locale("en_US")
    assert format_list(["Bluesky"]) == "Bluesky"
    assert format_list(["Bluesky", "X"]) == "Bluesky and X"
    locale("de")
    assert format_list(["Bluesky", "Mastodon", "X"]) == "Bluesky, Mastodon und X"
    locale("ja")
    assert format_list(["Bluesky", "Mastodon", "X"]) == "Bluesky、Mastodon、X"
    assert format_list([]) == ""


def test_best_times_are_joined_the_japanese_way(locale) -> None:  # type: ignore[no-untyped-def]
    locale("ja")
    text = best_times_text([BestTime(1, 18, 4, 2.0), BestTime(0, 9, 3, 1.5)])
    assert "、" in text and ", " not in text


def test_network_names_in_the_delete_dialog_are_joined_the_arabic_way(locale) -> None:  # type: ignore[no-untyped-def]
    locale("ar")
    text = names(["bluesky", "mastodon", "x"])
    assert "Bluesky" in text and "Mastodon" in text and ", " not in text and "و" in text


def test_the_welcome_lists_networks_the_japanese_way(locale, qtbot) -> None:  # type: ignore[no-untyped-def]
    locale("ja")
    dialog = WelcomeDialog(network_reach(frozenset({Network.BLUESKY, Network.MASTODON, Network.TELEGRAM})))
    qtbot.addWidget(dialog)
    assert "Bluesky、Mastodon、Telegram" in dialog.publishing_label.text()
    assert ", " not in dialog.draft_label.text().split(":")[0]
