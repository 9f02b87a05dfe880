"""Local storage: SQLite through SQLModel, schema managed by Alembic migrations."""
