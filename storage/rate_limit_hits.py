"""How often a rate limit kept a message (or an API client) from the model
(`RateLimitHit`), per scope and key: counted by the cascade, shown by `status`,
`stats` and `/metrics`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import RateLimitHit, utcnow

MAX_KEY_CHARS = 320


@dataclass(frozen=True)
class LimitHit:
    scope: str
    key: str
    hits: int
    last_at: datetime | None


def add(session: Session, hits: dict[tuple[str, str], int]) -> None:
    """Add `hits` ((scope, key) -> how many since the last time) to the counts."""
    for (scope, key), n in hits.items():
        row = session.scalar(select(RateLimitHit).where(RateLimitHit.scope == scope, RateLimitHit.key == key))
        if row is None:
            session.add(RateLimitHit(scope=scope, key=key[:MAX_KEY_CHARS], hits=n, last_at=utcnow()))
        else:
            row.hits += n
            row.last_at = utcnow()


def top(session: Session, limit: int) -> list[LimitHit]:
    """The keys hit most often."""
    return [LimitHit(r.scope, r.key, r.hits, r.last_at) for r in session.scalars(
        select(RateLimitHit).order_by(RateLimitHit.hits.desc()).limit(limit))]


def totals(session: Session) -> dict[str, int]:
    """Hits per scope."""
    return {scope: int(n or 0) for scope, n in session.execute(
        select(RateLimitHit.scope, func.sum(RateLimitHit.hits)).group_by(RateLimitHit.scope))}
