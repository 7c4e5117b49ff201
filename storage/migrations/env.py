"""Alembic environment, driven only from `storage.database.migrate` (no alembic.ini).

The caller hands in an open connection through `config.attributes["connection"]`.
`render_as_batch` lets SQLite, which cannot ALTER most things, take the same steps
as PostgreSQL by rebuilding tables.
"""

from alembic import context

from storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
