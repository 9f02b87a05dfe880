"""Alembic environment: runs migrations on the connection `store.db` hands over.

Postdesk applies migrations only programmatically at start-up (`store.db.open_database`), so
this environment supports neither offline SQL generation nor a URL from `alembic.ini`.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Postdesk migrations run only through postdesk.store.db.open_database")

# render_as_batch: SQLite cannot ALTER most things, so future revisions use batch operations
# (copy-and-move). Such a revision must mind that foreign_keys=ON is set on our connections:
# dropping a parent table in a batch would cascade, so it must recreate children carefully.
context.configure(connection=connection, target_metadata=None, render_as_batch=True)

with context.begin_transaction():
    context.run_migrations()
