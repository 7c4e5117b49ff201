"""What `mailwarden status` shows, read from the database the service keeps up to date."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from storage import Database, folder_states, jobs, leases, rate_limit_hits as limit_hits
from storage.kinds import FLAGGED, Action, JobState


class LimitHits(BaseModel):
    scope: str
    key: str
    hits: int
    last_at: datetime | None


def rate_limit_hits(db: Database, top: int = 20) -> list[LimitHits]:
    """The keys that ran into a rate limit most often (senders, relays, API clients)."""
    with db.reader() as s:
        rows = limit_hits.top(s, top)
    return [LimitHits(scope=r.scope, key=r.key, hits=r.hits, last_at=r.last_at) for r in rows]


class FolderStatus(BaseModel):
    account: str
    folder: str
    uidvalidity: int
    last_uid: int
    connected: bool
    heartbeat_at: datetime | None
    last_error: str | None
    queued: int = 0
    judged: int = 0
    quarantined: int = 0
    flagged: int = 0
    waiting: int = 0
    failed: int = 0
    rescued: int = 0
    watched_by: str | None = None
    """The `run` process holding the folder's lease (host:pid:token), if one does."""


class ProcessStatus(BaseModel):
    """One running `mailwarden run` sharing the database, and what it watches."""

    id: str
    host: str
    pid: int
    started_at: datetime
    heartbeat_at: datetime
    leases: list[str]
    """account/folder for each folder it watches (and its Junk and quarantine-audit duties)."""


def process_status(db: Database) -> list[ProcessStatus]:
    with db.reader() as s:
        every = leases.processes(s)
        held = leases.leases(s)
    return [ProcessStatus(id=p.id, host=p.host, pid=p.pid, started_at=p.started_at, heartbeat_at=p.heartbeat_at,
                          leases=[f"{h.account}/{h.folder}" for h in held if h.process_id == p.id]) for p in every]


def folder_status(db: Database) -> list[FolderStatus]:
    with db.reader() as s:
        states = folder_states.newest_first(s)
        counts = jobs.folder_counts(s)
        holders = {(h.account, h.folder): h.process_id for h in leases.leases(s)}
    out: list[FolderStatus] = []
    seen: set[tuple[str, str]] = set()
    for state in states:
        if (state.account, state.folder) in seen:
            continue  # only the current UIDVALIDITY
        seen.add((state.account, state.folder))
        row = FolderStatus(account=state.account, folder=state.folder, uidvalidity=state.uidvalidity,
                           last_uid=state.last_uid, connected=state.connected, heartbeat_at=state.heartbeat_at,
                           last_error=state.last_error, watched_by=holders.get((state.account, state.folder)))
        for c in counts:
            if (c.account, c.folder, c.uidvalidity) != (state.account, state.folder, state.uidvalidity):
                continue
            n = c.jobs
            if c.status == JobState.queued:
                row.queued += n
            elif c.status == JobState.waiting:
                row.waiting += n
            elif c.status == JobState.failed:
                row.failed += n
            if c.status in (JobState.judged, JobState.acted):
                row.judged += n
                if c.action == Action.quarantine:
                    row.quarantined += n
                elif c.action in FLAGGED:
                    row.flagged += n
            if c.action == Action.rescued:
                row.rescued += n
        out.append(row)
    return out
