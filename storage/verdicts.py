"""The verdicts (`VerdictRecord`): every judgement of every message, kept to explain it.

Writers: `pipeline.judging.record` (through `add_verdict`). Readers: the verdict cache
(`agent.cascade`), learning (what the filter had said about a corrected message),
`explain`, `stats`, `/metrics`, the monitor and the dashboard. What leaves a session is
a `StoredVerdict` (or plain numbers), never the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.kinds import Action, Decider
from storage.models import Feedback, MailJob, Message, VerdictRecord


@dataclass(frozen=True)
class StoredVerdict:
    id: int
    message_pk: int
    label: str
    spam_probability: float
    category: str
    reason: str
    risk_factors: list[Any]
    backend: str
    model: str
    decided_by: Decider
    elapsed_ms: float
    prompt_version: str
    rule_ids: list[Any]
    example_ids: list[Any]
    created_at: datetime

    @classmethod
    def of(cls, row: VerdictRecord) -> "StoredVerdict":
        return cls(row.id, row.message_pk, row.label, row.spam_probability, row.category, row.reason or "",
                   list(row.risk_factors or []), row.backend, row.model, row.decided_by, row.elapsed_ms,
                   row.prompt_version, list(row.rule_ids or []), list(row.example_ids or []), row.created_at)


def add_verdict(session: Session, message: Message, **fields: Any) -> VerdictRecord:
    record = VerdictRecord(message_pk=message.id, **fields)
    session.add(record)
    session.flush()
    return record


def latest_verdict(session: Session, message: Message) -> VerdictRecord | None:
    return session.scalar(
        select(VerdictRecord).where(VerdictRecord.message_pk == message.id).order_by(VerdictRecord.id.desc()).limit(1)
    )


def latest_for(session: Session, message_pk: int) -> StoredVerdict | None:
    """The message's newest verdict."""
    row = session.scalar(select(VerdictRecord).where(VerdictRecord.message_pk == message_pk)
                         .order_by(VerdictRecord.id.desc()).limit(1))
    return StoredVerdict.of(row) if row is not None else None


def for_message(session: Session, message_pk: int) -> list[StoredVerdict]:
    """Every verdict on one message, oldest first."""
    return [StoredVerdict.of(v) for v in session.scalars(
        select(VerdictRecord).where(VerdictRecord.message_pk == message_pk).order_by(VerdictRecord.id))]


def category_of(session: Session, verdict_pk: int) -> str | None:
    return session.scalar(select(VerdictRecord.category).where(VerdictRecord.id == verdict_pk))


def cached(session: Session, content_fingerprint: str, backend: str, since: datetime) -> StoredVerdict | None:
    """The newest verdict the model (with this backend) took part in, since `since`, on
    a message with this content: what the verdict cache reuses."""
    row = session.scalar(
        select(VerdictRecord).join(Message, Message.id == VerdictRecord.message_pk)
        .where(Message.content_fingerprint == content_fingerprint,
               VerdictRecord.decided_by == Decider.model, VerdictRecord.created_at >= since,
               VerdictRecord.backend == backend)
        .order_by(VerdictRecord.id.desc()).limit(1))
    return StoredVerdict.of(row) if row is not None else None


def since(session: Session, moment: datetime | None = None) -> list[StoredVerdict]:
    """Every verdict (made at or after `moment`), oldest first."""
    q = select(VerdictRecord)
    if moment is not None:
        q = q.where(VerdictRecord.created_at >= moment)
    return [StoredVerdict.of(v) for v in session.scalars(q.order_by(VerdictRecord.id))]


@dataclass(frozen=True)
class VerdictPoint:
    """What the dashboard draws of one verdict."""

    created_at: datetime
    label: str
    spam_probability: float
    decided_by: Decider
    elapsed_ms: float
    message_pk: int


def timeline(session: Session, moment: datetime | None = None) -> list[VerdictPoint]:
    """The verdicts' points (made at or after `moment`), oldest first: a few columns, so
    a long history draws quickly."""
    q = select(VerdictRecord.created_at, VerdictRecord.label, VerdictRecord.spam_probability,
               VerdictRecord.decided_by, VerdictRecord.elapsed_ms, VerdictRecord.message_pk)
    if moment is not None:
        q = q.where(VerdictRecord.created_at >= moment)
    return [VerdictPoint(*row) for row in session.execute(q.order_by(VerdictRecord.id))]


def totals(session: Session) -> list[tuple[Decider, str, int, float]]:
    """(decided_by, label, verdicts, total milliseconds), for `/metrics`."""
    rows = session.execute(select(VerdictRecord.decided_by, VerdictRecord.label, func.count(),
                                  func.sum(VerdictRecord.elapsed_ms))
                           .group_by(VerdictRecord.decided_by, VerdictRecord.label)).all()
    return [(decided_by, label, n, ms or 0.0) for decided_by, label, n, ms in rows]


def judged_between(session: Session, after: datetime, until: datetime) -> tuple[int, float | None]:
    """Verdicts made in (after, until], and the mean time of those the model made (None
    when it made none): what the monitor samples."""
    judged, latency = session.execute(
        select(func.count(VerdictRecord.id),
               func.avg(VerdictRecord.elapsed_ms).filter(VerdictRecord.decided_by == Decider.model))
        .where(VerdictRecord.created_at > after, VerdictRecord.created_at <= until)).one()
    return judged or 0, float(latency) if latency is not None else None


def reasons(session: Session, verdict_ids: list[int]) -> dict[int, tuple[str, list[Any]]]:
    """The stated reason and risk factors of these verdicts, by id."""
    if not verdict_ids:
        return {}
    return {v.id: (v.reason or "", list(v.risk_factors or [])) for v in session.scalars(
        select(VerdictRecord).where(VerdictRecord.id.in_(verdict_ids)))}


def corrected_by(session: Session, feedback_ids: list[int]) -> list[tuple[str, str]]:
    """(category, reason) of the verdicts these corrections overruled."""
    rows = session.execute(
        select(VerdictRecord.category, VerdictRecord.reason)
        .join(Feedback, Feedback.old_verdict_pk == VerdictRecord.id)
        .where(Feedback.id.in_(feedback_ids))).all()
    return [(r.category, r.reason) for r in rows]


def latest_labels(session: Session) -> dict[int, str]:
    """Each judged message's latest verdict label, by message id."""
    return {m_id: label for m_id, label in session.execute(
        select(VerdictRecord.message_pk, VerdictRecord.label).order_by(VerdictRecord.id))}


@dataclass(frozen=True)
class RecentVerdict:
    """A verdict with its message and what was done: a line of the web page's recent list."""

    verdict: StoredVerdict
    sender: str | None
    excerpt: str | None
    account: str | None
    action: Action | None


def recent(session: Session, *, account: str | None = None, limit: int = 50, offset: int = 0) -> list[RecentVerdict]:
    """Verdicts on mail in the watched folders, newest first (`account`: that account's only)."""
    q = (select(VerdictRecord, Message.sender, Message.excerpt, MailJob.account, MailJob.action)
         .join(Message, Message.id == VerdictRecord.message_pk)
         .join(MailJob, MailJob.verdict_pk == VerdictRecord.id)
         .order_by(VerdictRecord.id.desc()).limit(limit).offset(offset))
    if account is not None:
        q = q.where(MailJob.account == account)
    return [RecentVerdict(StoredVerdict.of(v), sender, excerpt, acct, action)
            for v, sender, excerpt, acct, action in session.execute(q)]
