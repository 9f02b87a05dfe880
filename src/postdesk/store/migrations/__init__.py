"""Alembic migrations of the Postdesk schema, and the newest revision they reach.

`HEAD_REVISION` lets `store.db` see that a database is already up to date without importing
Alembic (a third of a second at start-up). A unit test asserts it equals Alembic's own head,
so adding a revision without updating it fails the suite.
"""

from __future__ import annotations

#: The newest revision in `versions/`; keep in step with the latest migration file.
HEAD_REVISION = "0011_composer_tools"
