"""Column types that hand back what the rest of the code expects, whatever the database.

Both wrap the type the column already had, so the schema (and the migrations that
made it) stays exactly as it was: Alembic compares the wrapped type.
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import StrEnum

from sqlalchemy import DateTime, String
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator):
    """`DateTime(timezone=True)` that always gives aware UTC datetimes back.

    SQLite has no time zone type: SQLAlchemy stores the wall-clock digits and returns a
    naive datetime, so `.timestamp()` on it silently used the machine's local zone
    (`/metrics` put the service's start 5 h off under TZ=America/New_York). Values are
    written in UTC (an aware one is converted first; a naive one is taken as UTC, which
    every writer here meant) and read back tagged UTC; PostgreSQL's answers, aware in
    the session's zone, are converted to UTC too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(timezone.utc)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class EnumText(TypeDecorator):
    """A `String(length)` column holding one of `kind`'s values, read back as the member.

    The stored text is the member's value, exactly what was stored when these were bare
    strings. A value the enum does not know (written by a newer version, or by hand) is
    handed back as the plain string rather than failing every query that reads the row."""

    impl = String
    cache_ok = True

    def __init__(self, kind: type[StrEnum], length: int):
        super().__init__(length)
        self.kind = kind

    def process_bind_param(self, value, dialect):
        return None if value is None else str(value)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        try:
            return self.kind(value)
        except ValueError:
            return value
