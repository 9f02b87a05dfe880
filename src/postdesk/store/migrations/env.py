"""Alembic environment: runs migrations on the connection `store.db` hands over.

Postdesk applies migrations only programmatically at start-up (`store.db.open_database`), so
this environment supports neither offline SQL generation nor a URL from `alembic.ini`.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Postdesk migrations run only through postdesk.store.db.open_database")

# render_as_batch: SQLite cannot ALTER most things, so revisions use batch operations
# (copy-and-move). `store.db.schema_change` hands over a connection with foreign keys off (and
# checks them before committing), so recreating a parent table such as `post` does not cascade
# into its children. Downgrades run by hand (tests) must go through it too.
context.configure(connection=connection, target_metadata=None, render_as_batch=True)

with context.begin_transaction():
    context.run_migrations()
