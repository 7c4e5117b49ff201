"""Reading the log back for people: the newest records (`audit show`) and the last record
of a kind (the configuration last audited, so a restart records only a change)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import AuditRecord


def newest(session: Session, limit: int, kind: str | None = None) -> list[AuditRecord]:
    """The newest `limit` records (of `kind`, when given), oldest of them first: `audit show`."""
    q = select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(limit)
    if kind:
        q = q.where(AuditRecord.kind == kind)
    return list(reversed(session.scalars(q).all()))


def last_data(session: Session, kind: str) -> dict[str, Any] | None:
    """The data of the newest record of `kind` (None when there is none)."""
    last = session.scalar(select(AuditRecord).where(AuditRecord.kind == kind).order_by(AuditRecord.seq.desc()).limit(1))
    return json.loads(last.data) if last is not None else None
