"""Connected accounts (their tokens are the vault's business, not the store's)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import col, select

from postdesk.core.entities import Account, AccountStatus
from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.repositories._json import dumps, loads
from postdesk.store.tables import AccountRow


def _to_account(row: AccountRow) -> Account:
    assert row.id is not None
    return Account(
        id=row.id,
        network=Network(row.network),
        handle=row.handle,
        display_name=row.display_name,
        status=AccountStatus(row.status),
        created_at=row.created_at,
        avatar_path=row.avatar_path,
        instance_url=row.instance_url,
        remote_user_id=row.remote_user_id,
        token_expires_at=row.token_expires_at,
        keyring_backend=row.keyring_backend,
        default_options=loads(row.default_options_json),
    )


class AccountRepository:
    """Stores `Account`s."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(
        self,
        network: Network,
        handle: str,
        *,
        now: datetime,
        display_name: str = "",
        instance_url: str | None = None,
        remote_user_id: str | None = None,
        avatar_path: str | None = None,
        token_expires_at: datetime | None = None,
        keyring_backend: str | None = None,
        default_options: dict[str, Any] | None = None,
        status: AccountStatus = AccountStatus.CONNECTED,
    ) -> Account:
        """Store a newly connected account and return it with its id."""
        row = AccountRow(
            network=network.value,
            handle=handle,
            display_name=display_name,
            instance_url=instance_url,
            remote_user_id=remote_user_id,
            avatar_path=avatar_path,
            token_expires_at=token_expires_at,
            keyring_backend=keyring_backend,
            default_options_json=dumps(default_options or {}),
            status=status.value,
            created_at=now,
        )
        with self._db.session() as session:
            session.add(row)
            session.flush()
            return _to_account(row)

    def list(self) -> list[Account]:
        """Every account, in the order they were connected."""
        with self._db.read_session() as session:
            rows = session.exec(select(AccountRow).order_by(col(AccountRow.id))).all()
            return [_to_account(r) for r in rows]

    def get(self, account_id: int) -> Account | None:
        """The account with this id, or None."""
        with self._db.read_session() as session:
            row = session.get(AccountRow, account_id)
            return None if row is None else _to_account(row)

    def set_status(self, account_id: int, status: AccountStatus) -> None:
        """Change an account's status.

        Raises:
            KeyError: no such account.
        """
        with self._db.session() as session:
            row = session.get(AccountRow, account_id)
            if row is None:
                raise KeyError(account_id)
            row.status = status.value
            session.add(row)

    _UNSET: Any = object()

    def update(
        self,
        account_id: int,
        *,
        token_expires_at: datetime | Any | None = _UNSET,
        keyring_backend: str | Any | None = _UNSET,
        default_options: dict[str, Any] | Any = _UNSET,
        handle: str | Any = _UNSET,
        display_name: str | Any = _UNSET,
        status: AccountStatus | Any = _UNSET,
        avatar_path: str | Any | None = _UNSET,
    ) -> Account:
        """Change some fields of an account (those passed) and return it.

        Added by the accounts (auth) work: refreshes move the token expiry, reconnects may
        change the keyring backend and handle, and the pane edits default options.

        Raises:
            KeyError: no such account.
        """
        unset = AccountRepository._UNSET
        with self._db.session() as session:
            row = session.get(AccountRow, account_id)
            if row is None:
                raise KeyError(account_id)
            if token_expires_at is not unset:
                row.token_expires_at = token_expires_at
            if keyring_backend is not unset:
                row.keyring_backend = keyring_backend
            if default_options is not unset:
                row.default_options_json = dumps(default_options or {})
            if handle is not unset:
                row.handle = handle
            if display_name is not unset:
                row.display_name = display_name
            if status is not unset:
                row.status = status.value
            if avatar_path is not unset:
                row.avatar_path = avatar_path
            session.add(row)
            session.flush()
            return _to_account(row)

    def remove(self, account_id: int) -> None:
        """Forget an account; its targets stay, without an account (ON DELETE SET NULL)."""
        with self._db.session() as session:
            row = session.get(AccountRow, account_id)
            if row is not None:
                session.delete(row)
