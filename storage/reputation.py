"""The reputation table's queries: every change is an increment in SQL.

Several processes change the same counts: the service counts each judged message, a
correction from the CLI or the API marks its sender and links, `train` marks a corpus.
Had each written back the counts it holds in memory, the last writer would erase the
others' changes. So a change is a delta, and the arithmetic happens in the UPDATE:

    seen = seen + n
    spam = max(0, spam * 0.5 ** ((at - marked_at_s) / half_life) + delta)

which is also where the decay of the old marks is applied, from `marked_at_s` (a change
dated before the stored marks is decayed to their time instead).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import and_, bindparam, case, func, select
from sqlalchemy.orm import Session

from storage.models import ReputationEntry

MAX_KEY_CHARS = 500
_CHUNK = 400

_table = ReputationEntry.__table__


@dataclass(frozen=True)
class ReputationChange:
    """What one process adds to one entry: judged messages counted, marks added (a
    negative mark takes an earlier one back) as of `at` (Unix seconds)."""

    kind: str
    key: str
    seen: int = 0
    spam: float = 0.0
    ham: float = 0.0
    at: float | None = None
    """When the marks were made; None when only `seen` changes."""

    @property
    def marks(self) -> bool:
        return self.at is not None and (self.spam != 0.0 or self.ham != 0.0)


@dataclass(frozen=True)
class ReputationRow:
    kind: str
    key: str
    seen: int
    spam: float
    ham: float
    marked_at_s: float | None


def add_changes(session: Session, changes: Iterable[ReputationChange], half_life_s: float) -> int:
    """Apply `changes` as increments in the caller's transaction; returns how many
    entries changed. Entries are created on first sight."""
    changes = [c for c in changes if c.seen or c.marks]
    if not changes:
        return 0
    connection = session.connection()
    now = datetime.now(timezone.utc)
    _insert_missing(connection, {(c.kind, c.key[:MAX_KEY_CHARS]) for c in changes}, now)
    counted = [{"k_kind": c.kind, "k_key": c.key[:MAX_KEY_CHARS], "d_seen": c.seen} for c in changes if not c.marks]
    marked = [{"k_kind": c.kind, "k_key": c.key[:MAX_KEY_CHARS], "d_seen": c.seen, "d_spam": c.spam, "d_ham": c.ham,
               "at": c.at, "at_time": datetime.fromtimestamp(c.at, timezone.utc)} for c in changes if c.marks]
    where = and_(_table.c.kind == bindparam("k_kind"), _table.c.key == bindparam("k_key"))
    if counted:
        connection.execute(_table.update().where(where).values(seen=_table.c.seen + bindparam("d_seen")), counted)
    if marked:
        # Marks fade from when they were made. A change made later than the stored marks
        # decays those to its own time; one made earlier (a late flush, another
        # process's clock) is decayed itself to theirs, so nothing fades twice.
        elapsed = bindparam("at") - func.coalesce(_table.c.marked_at_s, bindparam("at"))
        newer = elapsed >= 0
        stored_decay = func.power(0.5, case((newer, elapsed), else_=0.0) / half_life_s)
        delta_decay = func.power(0.5, case((newer, 0.0), else_=-elapsed) / half_life_s)
        connection.execute(_table.update().where(where).values(
            seen=_table.c.seen + bindparam("d_seen"),
            spam=_not_below_zero(_table.c.spam * stored_decay + bindparam("d_spam") * delta_decay),
            ham=_not_below_zero(_table.c.ham * stored_decay + bindparam("d_ham") * delta_decay),
            marked_at_s=case((newer, bindparam("at")), else_=_table.c.marked_at_s),
            updated_at=bindparam("at_time")), marked)
    return len(changes)


def load(session: Session, keys: Iterable[tuple[str, str]] | None = None) -> list[ReputationRow]:
    """Every entry, or those for `keys` ((kind, key) pairs)."""
    columns = (_table.c.kind, _table.c.key, _table.c.seen, _table.c.spam, _table.c.ham, _table.c.marked_at_s,
               _table.c.updated_at)
    if keys is None:
        return [_row(r) for r in session.execute(select(*columns))]
    by_kind: dict[str, set[str]] = {}
    for kind, key in keys:
        by_kind.setdefault(kind, set()).add(key[:MAX_KEY_CHARS])
    out = []
    for kind, wanted in sorted(by_kind.items()):
        ordered = sorted(wanted)
        for start in range(0, len(ordered), _CHUNK):
            out.extend(_row(r) for r in session.execute(select(*columns).where(
                _table.c.kind == kind, _table.c.key.in_(ordered[start:start + _CHUNK]))))
    return out


def _row(r) -> ReputationRow:
    marked = r.marked_at_s
    if marked is None and r.updated_at is not None:  # marked before marks were dated: as of its last change
        marked = r.updated_at.timestamp()
    return ReputationRow(r.kind, r.key, r.seen, r.spam, r.ham, marked)


def _not_below_zero(expression):
    return case((expression < 0, 0.0), else_=expression)


def _insert_missing(connection, keys: set[tuple[str, str]], now: datetime) -> None:
    """Create empty entries for keys not in the table yet (a concurrent writer may create
    the same ones: the upsert's DO NOTHING, or the unique constraint, settles it)."""
    dialect = connection.dialect.name
    rows = [{"kind": kind, "key": key, "seen": 0, "spam": 0.0, "ham": 0.0, "marked_at_s": None, "updated_at": now}
            for kind, key in sorted(keys)]
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert
        for start in range(0, len(rows), _CHUNK):
            connection.execute(insert(_table).on_conflict_do_nothing(index_elements=["kind", "key"]),
                               rows[start:start + _CHUNK])
        return
    existing: set[tuple[str, str]] = set()
    for kind in {k for k, _ in keys}:
        ordered = sorted(key for k, key in keys if k == kind)
        for start in range(0, len(ordered), _CHUNK):
            existing.update((kind, key) for (key,) in connection.execute(
                select(_table.c.key).where(_table.c.kind == kind, _table.c.key.in_(ordered[start:start + _CHUNK]))))
    missing = [r for r in rows if (r["kind"], r["key"]) not in existing]
    if missing:
        connection.execute(_table.insert(), missing)
