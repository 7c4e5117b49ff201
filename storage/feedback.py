"""The owner's corrections (`Feedback` rows): recording them, and reading those a model
has not learned yet.

Every correction lands here first, from whichever process heard it (the CLI, the API,
the service watching the owner's folders); the one process that owns the model files
reads them back in id order (`after`) and learns each once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from storage.models import Feedback, Marker, Message

FEEDBACK_LEARNED_BEFORE = "feedback_learned_before_0009"
"""The marker written by migration 0009: the newest correction when it ran."""


@dataclass(frozen=True)
class PendingCorrection:
    """One recorded correction, with what learning from it needs of its message."""

    id: int
    message_pk: int
    label: str
    old_label: str | None
    account: str | None
    feature_hashes: list[int] | None
    reputation_keys: list[tuple[str, str]]

    @property
    def is_correction(self) -> bool:
        """The owner disagreed with the verdict (not a confirmation)."""
        return self.old_label is not None and self.old_label != self.label


def latest_label(session: Session, message_pk: int) -> str | None:
    """The owner's latest word on a message, if any."""
    return session.scalar(select(Feedback.label).where(Feedback.message_pk == message_pk)
                          .order_by(Feedback.id.desc()).limit(1))


def last_id(session: Session) -> int:
    """The newest correction's id (0 when there is none)."""
    return session.scalar(select(func.max(Feedback.id))) or 0


def applied_before_upgrade(session: Session) -> int:
    """What a model file saved before files kept their newest correction holds: every
    correction recorded when the database was upgraded (they were learned as they came)."""
    return session.scalar(select(Marker.value).where(Marker.name == FEEDBACK_LEARNED_BEFORE)) or 0


def add(session: Session, row: Feedback) -> Feedback:
    """Insert a correction. Ids must become visible in order, because the owner learns
    them in id order and moves past what it has read: SQLite's write transactions are
    serialised (BEGIN IMMEDIATE), elsewhere inserts of corrections are serialised here
    until their transaction ends (an advisory lock on PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _FEEDBACK_ORDER_LOCK})
    session.add(row)
    session.flush()
    return row


_FEEDBACK_ORDER_LOCK = 0x6D770001  # "mw", 1: this application's advisory lock for feedback order


def after(session: Session, feedback_id: int, limit: int = 1000) -> list[PendingCorrection]:
    """Corrections recorded after `feedback_id`, oldest first."""
    rows = session.execute(
        select(Feedback.id, Feedback.message_pk, Feedback.label, Feedback.old_label, Message.account,
               Message.feature_hashes, Message.reputation_keys)
        .join(Message, Message.id == Feedback.message_pk)
        .where(Feedback.id > feedback_id).order_by(Feedback.id).limit(limit)).all()
    return [PendingCorrection(r.id, r.message_pk, r.label, r.old_label, r.account, r.feature_hashes,
                              [tuple(k) for k in (r.reputation_keys or [])]) for r in rows]
