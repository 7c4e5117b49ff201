"""Several `mailwarden run` processes sharing one database: who is alive, and which of
them watches which folder (`ServiceProcess`, `FolderLease`).

A process registers when it starts and beats its heartbeat every few seconds. Alive
means registered: whoever finds a process dead (its heartbeat too old, or, on its own
host, its pid gone: the caller decides) `forget`s it, and with it its leases and job
claims. A folder's lease belongs to one process; another takes it over only from a
holder no longer registered, by a compare-and-set that checks the registry in the same
statement, so two processes never both take it. (A process silent for longer than the
others wait may find its leases taken: it stops working under them at its next round.)
Job claims (the other half: one worker per job) are `storage.jobs.claim`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import FolderLease, MailJob, ServiceProcess

JUNK = "(junk folder)"
"""The lease of an account's Junk-folder watcher (its folder is found once connected)."""
QUARANTINE_AUDIT = "(quarantine audit)"
"""The lease of an account's quarantine audit (what the owner moved out of Quarantine)."""


@dataclass(frozen=True)
class Process:
    id: str
    host: str
    pid: int
    started_at: datetime
    heartbeat_at: datetime

    @classmethod
    def of(cls, row: ServiceProcess) -> "Process":
        return cls(row.id, row.host, row.pid, row.started_at, row.heartbeat_at)


@dataclass(frozen=True)
class Lease:
    account: str
    folder: str
    process_id: str
    since: datetime


def register(session: Session, process_id: str, host: str, pid: int, now: datetime) -> None:
    session.add(ServiceProcess(id=process_id, host=host, pid=pid, started_at=now, heartbeat_at=now))


def heartbeat(session: Session, process_id: str, now: datetime) -> bool:
    """False when the row is gone (another process found this one dead and forgot it)."""
    return session.execute(update(ServiceProcess).where(ServiceProcess.id == process_id)
                           .values(heartbeat_at=now)).rowcount == 1


def processes(session: Session) -> list[Process]:
    return [Process.of(r) for r in session.scalars(select(ServiceProcess).order_by(ServiceProcess.started_at))]


def forget(session: Session, process_id: str) -> None:
    """A process that stopped or died: its row, its leases and its job claims go."""
    session.execute(delete(FolderLease).where(FolderLease.process_id == process_id))
    session.execute(update(MailJob).where(MailJob.claimed_by == process_id).values(claimed_by=None, claimed_at=None))
    session.execute(delete(ServiceProcess).where(ServiceProcess.id == process_id))


def leases(session: Session) -> list[Lease]:
    return [Lease(r.account, r.folder, r.process_id, r.since)
            for r in session.scalars(select(FolderLease).order_by(FolderLease.account, FolderLease.folder))]


def registered_ids():
    """The processes alive, as the database says: a process is alive while its row is
    there (one found dead is `forget`-ed), so a claim or lease is checked against
    this in the same statement that takes it, never against a copy read earlier."""
    return select(ServiceProcess.id).scalar_subquery()


def process_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ServiceProcess.id)))


def take(session: Session, account: str, folder: str, process_id: str, now: datetime) -> bool:
    """Hold this folder's lease: True when `process_id` holds it now (it did, nobody
    did, or its holder is no longer registered)."""
    row = session.scalar(select(FolderLease).where(FolderLease.account == account, FolderLease.folder == folder))
    if row is None:
        try:
            with session.begin_nested():
                session.add(FolderLease(account=account, folder=folder, process_id=process_id, since=now))
            return True
        except IntegrityError:  # another process created it first
            return False
    if row.process_id == process_id:
        return True
    return session.execute(update(FolderLease).where(FolderLease.id == row.id,
                                                     FolderLease.process_id == row.process_id,
                                                     FolderLease.process_id.not_in(registered_ids()))
                           .values(process_id=process_id, since=now)
                           .execution_options(synchronize_session=False)).rowcount == 1


def give_up(session: Session, account: str, folder: str, process_id: str) -> None:
    session.execute(delete(FolderLease).where(FolderLease.account == account, FolderLease.folder == folder,
                                              FolderLease.process_id == process_id))
