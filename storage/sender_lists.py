"""The owner's allow and block lists (`SenderListEntry`): adding, removing, reading.

Every change goes to the audit log with who made it (the CLI, the web page, the API),
like a correction. What a list entry does to a message is `agent.sender_lists`'s."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.audit import note
from storage.kinds import ListMatch, ListVerdict
from storage.models import GLOBAL, Marker, SenderListEntry

VERSION_MARKER = "sender_lists_version"


@dataclass(frozen=True)
class ListEntry:
    id: int
    account: str | None
    """None: every account."""
    verdict: ListVerdict
    match: ListMatch
    value: str
    note: str | None
    actor: str | None
    created_at: datetime

    @classmethod
    def of(cls, row: SenderListEntry) -> "ListEntry":
        return cls(row.id, row.account or None, row.verdict, row.match, row.value, row.note, row.actor,
                   row.created_at)

    def describe(self) -> str:
        where = f"account {self.account}" if self.account else "every account"
        return f"{self.verdict} {self.match} {self.value} ({where})"


def add(db, session: Session, verdict: ListVerdict, match: ListMatch, value: str, *, account: str | None = None,
        note_text: str | None = None, actor: str | None = None) -> tuple[ListEntry, ListEntry | None]:
    """Put `value` on the list (`value` already normalised, `agent.sender_lists.normalise`);
    returns the entry and the one it replaced (the same value listed the other way, or
    the same way with another note), if any."""
    where = (SenderListEntry.account == (account or GLOBAL), SenderListEntry.match == match,
             SenderListEntry.value == value)
    old = session.scalar(select(SenderListEntry).where(*where))
    replaced = ListEntry.of(old) if old is not None else None
    if old is not None:
        session.delete(old)
        session.flush()
    row = SenderListEntry(account=account or GLOBAL, verdict=verdict, match=match, value=value, note=note_text,
                          actor=actor)
    session.add(row)
    session.flush()
    entry = ListEntry.of(row)
    _changed(session)
    note(db, session, "sender-list", f"entry {entry.id}", event="added", verdict=verdict, match=match, value=value,
         account=account, actor=actor, replaced=replaced.id if replaced else None)
    return entry, replaced


def remove(db, session: Session, entry_id: int, *, actor: str | None = None) -> ListEntry | None:
    """Take an entry off its list; None when there is no such entry."""
    row = session.get(SenderListEntry, entry_id)
    if row is None:
        return None
    entry = ListEntry.of(row)
    session.execute(delete(SenderListEntry).where(SenderListEntry.id == entry_id))
    _changed(session)
    note(db, session, "sender-list", f"entry {entry.id}", event="removed", verdict=entry.verdict,
         match=entry.match, value=entry.value, account=entry.account, actor=actor)
    return entry


def find(session: Session, match: ListMatch, value: str, account: str | None = None) -> ListEntry | None:
    row = session.scalar(select(SenderListEntry).where(
        SenderListEntry.account == (account or GLOBAL), SenderListEntry.match == match,
        SenderListEntry.value == value))
    return ListEntry.of(row) if row is not None else None


def listing(session: Session, *, account: str | None = None, verdict: ListVerdict | None = None,
            with_global: bool = True) -> list[ListEntry]:
    """Entries, allow before block, then by match and value. `account`: that account's
    (and, `with_global`, those for every account); None: all of them."""
    q = select(SenderListEntry).order_by(SenderListEntry.verdict, SenderListEntry.match, SenderListEntry.value)
    if account is not None:
        accounts = [account, GLOBAL] if with_global else [account]
        q = q.where(SenderListEntry.account.in_(accounts))
    if verdict is not None:
        q = q.where(SenderListEntry.verdict == verdict)
    return [ListEntry.of(r) for r in session.scalars(q)]


def _changed(session: Session) -> None:
    """Count one change of the lists, in the same transaction. (Counting rows and the
    highest id is not enough: SQLite gives a removed highest id to the next new row.)"""
    marker = session.get(Marker, VERSION_MARKER)
    if marker is None:
        session.add(Marker(name=VERSION_MARKER, value=1))
    else:
        marker.value += 1


def version(session: Session) -> int:
    """Changes whenever an entry is added or removed: a cache of the lists is still right
    while this is the same."""
    return int(session.scalar(select(Marker.value).where(Marker.name == VERSION_MARKER)) or 0)
