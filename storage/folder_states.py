"""Where the service stands in each watched folder (`FolderState`): the checkpoint per
UIDVALIDITY, the connection's health and heartbeat.

The watcher is the only writer; `status` and the tests read them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import FolderState, utcnow


@dataclass(frozen=True)
class Checkpoint:
    id: int
    account: str
    folder: str
    uidvalidity: int
    last_uid: int
    """Every UID up to here has reached a final state."""
    connected: bool
    last_error: str | None
    heartbeat_at: datetime | None

    @classmethod
    def of(cls, row: FolderState) -> "Checkpoint":
        return cls(row.id, row.account, row.folder, row.uidvalidity, row.last_uid, row.connected, row.last_error,
                   row.heartbeat_at)


def find(session: Session, account: str, folder: str, uidvalidity: int) -> Checkpoint | None:
    row = session.scalar(select(FolderState).where(
        FolderState.account == account, FolderState.folder == folder, FolderState.uidvalidity == uidvalidity))
    return Checkpoint.of(row) if row is not None else None


def known(session: Session, account: str, folder: str) -> bool:
    """Was this folder watched before, under any UIDVALIDITY?"""
    return session.scalar(select(FolderState.id).where(
        FolderState.account == account, FolderState.folder == folder).limit(1)) is not None


def add(session: Session, account: str, folder: str, uidvalidity: int, last_uid: int) -> Checkpoint:
    row = FolderState(account=account, folder=folder, uidvalidity=uidvalidity, last_uid=last_uid)
    session.add(row)
    session.flush()
    return Checkpoint.of(row)


def last_uid(session: Session, state_id: int) -> int:
    return session.get(FolderState, state_id).last_uid


def advance(session: Session, state_id: int, last_uid: int, heartbeat_at: datetime) -> None:
    """Move the checkpoint up to `last_uid` (never back) and beat the heart."""
    state = session.get(FolderState, state_id)
    state.last_uid = max(state.last_uid, last_uid)
    state.heartbeat_at = heartbeat_at


def set_connected(session: Session, state_id: int, connected: bool, error: str | None) -> None:
    state = session.get(FolderState, state_id)
    state.connected, state.last_error, state.heartbeat_at = connected, error, utcnow()


def record_error(session: Session, account: str, folder: str, error: str) -> None:
    """The folder's connection failed: disconnected, with why (every UIDVALIDITY's row)."""
    for state in session.scalars(select(FolderState).where(FolderState.account == account,
                                                           FolderState.folder == folder)):
        state.connected, state.last_error = False, error[:1000]


def disconnect(session: Session, folders: Collection[tuple[str, str]]) -> None:
    """A service stopped: these (account, folder)s it watched are not connected now."""
    for state in session.scalars(select(FolderState).where(FolderState.connected.is_(True))):
        if (state.account, state.folder) in folders:
            state.connected = False


def newest_first(session: Session) -> list[Checkpoint]:
    """Every checkpoint by account and folder, the newest UIDVALIDITY's first."""
    return [Checkpoint.of(r) for r in session.scalars(
        select(FolderState).order_by(FolderState.account, FolderState.folder, FolderState.id.desc()))]


def any_heartbeat(session: Session) -> bool:
    """Has a watcher scanned some folder yet?"""
    return session.scalar(select(FolderState.id).where(FolderState.heartbeat_at.is_not(None)).limit(1)) is not None
