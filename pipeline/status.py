"""What `mailwarden status` shows, read from the database the service keeps up to date."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import func, select

from storage import Database
from storage.models import FolderState, MailJob, RateLimitHit


class LimitHits(BaseModel):
    scope: str
    key: str
    hits: int
    last_at: datetime | None


def rate_limit_hits(db: Database, top: int = 20) -> list[LimitHits]:
    """The keys that ran into a rate limit most often (senders, relays, API clients)."""
    with db.reader() as s:
        rows = s.scalars(select(RateLimitHit).order_by(RateLimitHit.hits.desc()).limit(top)).all()
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


def folder_status(db: Database) -> list[FolderStatus]:
    with db.reader() as s:
        states = s.scalars(select(FolderState).order_by(FolderState.account, FolderState.folder,
                                                        FolderState.id.desc())).all()
        counts = s.execute(
            select(MailJob.account, MailJob.folder, MailJob.uidvalidity, MailJob.status, MailJob.action, func.count())
            .group_by(MailJob.account, MailJob.folder, MailJob.uidvalidity, MailJob.status, MailJob.action)
        ).all()
    out: list[FolderStatus] = []
    seen: set[tuple[str, str]] = set()
    for state in states:
        if (state.account, state.folder) in seen:
            continue  # only the current UIDVALIDITY
        seen.add((state.account, state.folder))
        row = FolderStatus(account=state.account, folder=state.folder, uidvalidity=state.uidvalidity,
                           last_uid=state.last_uid, connected=state.connected, heartbeat_at=state.heartbeat_at,
                           last_error=state.last_error)
        for account, folder, validity, status, action, n in counts:
            if (account, folder, validity) != (state.account, state.folder, state.uidvalidity):
                continue
            if status in ("queued",):
                row.queued += n
            elif status == "waiting":
                row.waiting += n
            elif status == "failed":
                row.failed += n
            if status in ("judged", "acted"):
                row.judged += n
                if action == "quarantine":
                    row.quarantined += n
                elif action in ("suspicious", "possible_spam"):
                    row.flagged += n
            if action == "rescued":
                row.rescued += n
        out.append(row)
    return out
