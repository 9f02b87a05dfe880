"""The Google Business Profile location last chosen, remembered per account.

One place: the account's own metadata, `Account.default_options["_google_business_location"]`
(`{"location": "accounts/…/locations/…", "location_title": "…"}`). A key starting with "_" is
Postdesk's own bookkeeping: the accounts pane's options dialog neither shows nor drops it
(`ServiceFacade.set_default_options` keeps such keys). The composer's location picker preselects
it for a new Google target of that account when the account still has that location.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from postdesk.store.repositories.accounts import AccountRepository
from postdesk.ui.background import BackgroundRunner

LOCATION_KEY = "_google_business_location"


def remembered(default_options: Mapping[str, Any]) -> dict[str, str]:
    """The remembered location in an account's metadata ({} when none)."""
    kept = default_options.get(LOCATION_KEY)
    if not isinstance(kept, Mapping) or not kept.get("location"):
        return {}
    return {"location": str(kept["location"]), "location_title": str(kept.get("location_title") or "")}


def with_remembered(default_options: Mapping[str, Any], location: str, title: str) -> dict[str, Any]:
    """The account's metadata with `location` remembered (everything else kept)."""
    return {**default_options, LOCATION_KEY: {"location": location, "location_title": title}}


@runtime_checkable
class RemembersLocation(Protocol):
    """A location source that also remembers the location chosen per account."""

    def recall_location(self, account_id: int, on_done: Callable[[dict[str, str]], None]) -> None: ...

    def remember_location(self, account_id: int, location: str, title: str) -> None: ...


class AccountLocationMemory:
    """Reads and writes the remembered location in the account's row, off the UI thread.

    Args:
        accounts: the account repository.
        runner: the UI's BackgroundRunner (answers come back on the UI thread).
    """

    def __init__(self, accounts: AccountRepository, runner: BackgroundRunner) -> None:
        self._accounts = accounts
        self._runner = runner

    def recall(self, account_id: int, on_done: Callable[[dict[str, str]], None]) -> None:
        def read() -> dict[str, str]:
            account = self._accounts.get(account_id)
            return remembered(account.default_options) if account is not None else {}

        self._runner.submit(read, on_done=on_done, key=f"google-business-location-recall-{account_id}")

    def remember(self, account_id: int, location: str, title: str) -> None:
        def write() -> None:
            account = self._accounts.get(account_id)
            if account is not None and remembered(account.default_options).get("location") != location:
                self._accounts.update(
                    account_id, default_options=with_remembered(account.default_options, location, title)
                )

        self._runner.submit(write)  # a write carries no key: newest-wins never drops it
