"""Copying a whole database to another (`mailwarden db copy --to URL`): from the SQLite
file a household started with to the PostgreSQL a bigger installation moves to.

Every table of the schema, in the order foreign keys need, row for row with the same
ids, in chunks; then PostgreSQL's id sequences are moved past the copied ids so new
rows do not collide. The audit chain is copied as it is, so it still verifies (its
records sign their own contents, not where they are stored). The target must be empty
(freshly migrated): a copy never merges. Afterwards the row counts are compared table by
table.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Integer, func, select, text

from storage.database import Database
from storage.models import Base

CHUNK = 1000
WRITTEN_BY_MIGRATIONS = {"markers"}
"""Tables a fresh database already has rows in (an upgrade's notes): the source's replace them."""


class CopyRefused(Exception):
    """The copy cannot start (a target with data in it); the message says what to do."""


def copy_database(source: Database, target: Database,
                  progress: Callable[[str, int, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty `target`; rows per table."""
    tables = Base.metadata.sorted_tables
    with target.engine.connect() as conn:
        filled = [t.name for t in tables
                  if t.name not in WRITTEN_BY_MIGRATIONS and conn.scalar(select(func.count()).select_from(t))]
    if filled:
        raise CopyRefused(f"the target database already holds data ({', '.join(filled[:5])}); copy into a new, "
                          "empty database")
    copied: dict[str, int] = {}
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in tables:
            if table.name in WRITTEN_BY_MIGRATIONS:
                dst.execute(table.delete())  # the source's facts replace the fresh database's
            total = src.scalar(select(func.count()).select_from(table)) or 0
            done = 0
            order = list(table.primary_key.columns)
            result = src.execution_options(stream_results=True).execute(select(table).order_by(*order))
            while rows := result.fetchmany(CHUNK):
                dst.execute(table.insert(), [dict(r._mapping) for r in rows])
                done += len(rows)
                if progress is not None:
                    progress(table.name, done, total)
            copied[table.name] = done
        if dst.dialect.name == "postgresql":
            for table in tables:
                if "id" in table.c and table.c.id.primary_key and isinstance(table.c.id.type, Integer):
                    dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                     f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))
    with target.engine.connect() as conn:
        landed = {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
    short = {name: (n, landed[name]) for name, n in copied.items() if landed[name] != n}
    if short:
        raise RuntimeError(f"the copy is incomplete: {short}")
    return copied
