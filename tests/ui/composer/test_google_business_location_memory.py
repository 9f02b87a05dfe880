"""The Google Business Profile location chosen for an account is remembered in the account's own
metadata (one place) and preselected for that account's next Google post; it survives the accounts
pane's options dialog, is not forced on a post that already names a location, and is dropped when the
account no longer has that location.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from postdesk.auth.loop_thread import LoopThread
from postdesk.core.networks import Network
from postdesk.platforms.google_business import Location
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.google_business_memory import LOCATION_KEY, AccountLocationMemory, remembered
from postdesk.ui.composer.google_business_options import EngineLocationSource
from postdesk.ui.composer.services import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
BAKERY = Location("accounts/111/locations/222", "Alice's Bakery", "1 Main St, Springfield", "Alice Baker")
CAFE = Location("accounts/111/locations/333", "Alice's Café", "", "Alice Baker")


class Locations:
    """The engine's Google adapter as far as the picker uses it (`LocationsAdapter`)."""

    def __init__(self, *found: Location) -> None:
        self.found = list(found)

    async def locations(self, account_id: int | None) -> list[Location]:
        return list(self.found)


@pytest.fixture
def world(paths, qtbot):  # type: ignore[no-untyped-def]
    repo = AccountRepository(open_database(paths))
    account = repo.add(Network.GOOGLE_BUSINESS, "Alice Baker", now=NOW, default_options={"_client": {"id": 1}})
    loop = LoopThread("test-google-business-memory")
    runner = BackgroundRunner(workers=1, name="test-disk")
    adapter = Locations(BAKERY, CAFE)

    class Submitter:
        def submit(self, fn: Callable[..., Any], *args: Any, name: str | None = None) -> Any:
            return loop.submit(fn(*args))

    def source() -> EngineLocationSource:  # a new source each time: no cache between composer sessions
        return EngineLocationSource(
            Submitter(),
            runner,
            lambda n: adapter if n is Network.GOOGLE_BUSINESS else None,
            memory=AccountLocationMemory(repo, runner),
        )

    yield repo, account, adapter, source, runner
    loop.stop()
    runner.shutdown()


def _panel(qtbot: Any, account_id: int, source: EngineLocationSource, options: dict | None = None) -> TargetPanel:
    choice = AccountChoice(
        account_id, "google_business", "Alice Baker", display_name="Alice Baker", handle="Alice Baker"
    )
    panel = TargetPanel(Network.GOOGLE_BUSINESS)
    qtbot.addWidget(panel)
    panel.set_accounts([choice])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(account_id))
    assert panel.google_business is not None
    if options is not None:
        panel.google_business.load(options)
    panel.google_business.set_source(source)
    return panel


def test_the_chosen_location_is_remembered_and_preselected_next_time(qtbot, world) -> None:
    repo, account, _adapter, source, _runner = world
    first = _panel(qtbot, account.id, source())
    combo = first.google_business.location_combo
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert combo.currentIndex() == -1 and "location" not in first.options()  # nothing remembered yet
    combo.setCurrentIndex(combo.findData(CAFE.name))  # the creator picks the café
    qtbot.waitUntil(lambda: remembered(repo.get(account.id).default_options).get("location") == CAFE.name)
    stored = repo.get(account.id).default_options
    assert stored[LOCATION_KEY] == {"location": CAFE.name, "location_title": "Alice's Café"}
    assert stored["_client"] == {"id": 1}  # the sign-in's bookkeeping is kept

    second = _panel(qtbot, account.id, source())  # the next Google post of that account
    qtbot.waitUntil(lambda: second.options().get("location") == CAFE.name)
    assert second.options()["location_title"] == "Alice's Café"
    assert second.google_business.location_combo.currentText() == "Alice's Café"


def _drained(qtbot: Any, repo: AccountRepository, runner: BackgroundRunner, account_id: int) -> None:
    """Wait until the one disk worker has answered everything asked before (a recall goes last)."""
    answered: list[dict[str, str]] = []
    AccountLocationMemory(repo, runner).recall(account_id, answered.append)
    qtbot.waitUntil(lambda: bool(answered))


def test_a_post_that_names_a_location_keeps_it(qtbot, world) -> None:
    repo, account, _adapter, source, runner = world
    repo.update(account.id, default_options={LOCATION_KEY: {"location": CAFE.name, "location_title": "Alice's Café"}})
    panel = _panel(qtbot, account.id, source(), {"location": BAKERY.name, "location_title": "Alice's Bakery"})
    qtbot.waitUntil(lambda: panel.google_business.location_combo.count() == 2)
    _drained(qtbot, repo, runner, account.id)
    assert panel.options()["location"] == BAKERY.name


def test_a_location_the_account_no_longer_has_is_not_preselected(qtbot, world) -> None:
    repo, account, _adapter, source, runner = world
    gone = {"location": "accounts/111/locations/999", "location_title": "Gone"}
    repo.update(account.id, default_options={LOCATION_KEY: gone})
    panel = _panel(qtbot, account.id, source())
    combo = panel.google_business.location_combo
    qtbot.waitUntil(lambda: combo.count() == 2)
    _drained(qtbot, repo, runner, account.id)
    assert combo.currentIndex() == -1 and "location" not in panel.options()


def test_the_accounts_options_dialog_keeps_the_remembered_location(paths) -> None:
    from postdesk.ui.accounts.services import ServiceFacade

    database = open_database(paths)
    repo = AccountRepository(database)
    account = repo.add(Network.GOOGLE_BUSINESS, "Alice Baker", now=NOW)
    repo.update(account.id, default_options={LOCATION_KEY: {"location": CAFE.name, "location_title": "Alice's Café"}})
    facade = ServiceFacade(database, paths)
    try:
        facade.set_default_options(account.id, {"post_type": "STANDARD"})  # what the options dialog saves
    finally:
        facade.close()
    assert remembered(repo.get(account.id).default_options)["location"] == CAFE.name
