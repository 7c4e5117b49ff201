"""The owner's corrections (`Feedback` rows): recording them, and reading those a model
has not learned yet.

Every correction lands here first, from whichever process heard it (the CLI, the API,
the service watching the owner's folders); the one process that owns the model files
reads them back in id order (`after`) and learns each once.

Also the one definition of what the owner's word means against a verdict:
`is_correction` (they disagreed), `is_false_positive` / `is_false_negative` (which
way), used by learning, `stats`, `/metrics` and the dashboard alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import Session

from storage.kinds import FeedbackSource
from storage.messages import StoredMessage
from storage.models import Feedback, Marker, Message

FEEDBACK_LEARNED_BEFORE = "feedback_learned_before_0009"
"""The marker written by migration 0009: the newest correction when it ran."""


def is_correction(said: str | None, truth: str) -> bool:
    """The owner's label `truth` disagrees with the verdict's `said` (None: there was no
    verdict, so nothing to disagree with: a label, not a correction)."""
    return said is not None and said != truth


def is_false_positive(said: str | None, truth: str) -> bool:
    """Called spam, and the owner says it is wanted mail."""
    return said == "spam" and truth == "ham"


def is_false_negative(said: str | None, truth: str) -> bool:
    """Let through as ham, and the owner says it is spam."""
    return said == "ham" and truth == "spam"


CORRECTS_ITS_VERDICT = and_(Feedback.old_label.is_not(None), Feedback.old_label != Feedback.label)
"""`is_correction` in SQL, for queries over `Feedback`."""


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
        return is_correction(self.old_label, self.label)


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


def add(session: Session, *, message_pk: int, label: str, source: FeedbackSource, actor: str | None,
        old_label: str | None, old_verdict_pk: int | None) -> int:
    """Insert a correction; returns its id. Ids must become visible in order, because the owner learns
    them in id order and moves past what it has read: SQLite's write transactions are
    serialised (BEGIN IMMEDIATE), elsewhere inserts of corrections are serialised here
    until their transaction ends (an advisory lock on PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _FEEDBACK_ORDER_LOCK})
    row = Feedback(message_pk=message_pk, label=label, source=source, actor=actor, old_label=old_label,
                   old_verdict_pk=old_verdict_pk)
    session.add(row)
    session.flush()
    return row.id


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


@dataclass(frozen=True)
class StoredFeedback:
    id: int
    message_pk: int
    label: str
    source: FeedbackSource
    actor: str | None
    old_label: str | None
    old_verdict_pk: int | None
    created_at: datetime

    @classmethod
    def of(cls, row: Feedback) -> "StoredFeedback":
        return cls(row.id, row.message_pk, row.label, row.source, row.actor, row.old_label, row.old_verdict_pk,
                   row.created_at)

    @property
    def is_correction(self) -> bool:
        return is_correction(self.old_label, self.label)


@dataclass(frozen=True)
class OwnerWord:
    """One feedback row with what learning needs of its message."""

    feedback: StoredFeedback
    message: StoredMessage


def for_message(session: Session, message_pk: int) -> list[StoredFeedback]:
    """Everything the owner said about one message, oldest first."""
    return [StoredFeedback.of(f) for f in session.scalars(
        select(Feedback).where(Feedback.message_pk == message_pk).order_by(Feedback.id))]


def since(session: Session, moment: datetime | None = None) -> list[StoredFeedback]:
    """All feedback (recorded at or after `moment`), oldest first."""
    q = select(Feedback)
    if moment is not None:
        q = q.where(Feedback.created_at >= moment)
    return [StoredFeedback.of(f) for f in session.scalars(q.order_by(Feedback.id))]


def latest_labels(session: Session) -> dict[int, str]:
    """The owner's latest label of each message they labelled, by message id."""
    return {pk: label for pk, label in session.execute(
        select(Feedback.message_pk, Feedback.label).order_by(Feedback.id))}


def label_pairs(session: Session) -> list[tuple[str | None, str, int]]:
    """(verdict's label, owner's label, how many): the corrections and confirmations."""
    return [tuple(r) for r in session.execute(select(Feedback.old_label, Feedback.label, func.count())
                                              .group_by(Feedback.old_label, Feedback.label))]


def corrections_since(session: Session, moment: datetime | None) -> int:
    """Corrections (`is_correction`) recorded after `moment` (all, when None)."""
    q = select(func.count()).select_from(Feedback).where(CORRECTS_ITS_VERDICT)
    if moment is not None:
        q = q.where(Feedback.created_at > moment)
    return session.scalar(q) or 0


def words(session: Session) -> list[OwnerWord]:
    """All the owner's feedback with its messages, oldest first."""
    return [OwnerWord(StoredFeedback.of(f), StoredMessage.of(m)) for f, m in session.execute(
        select(Feedback, Message).join(Message, Message.id == Feedback.message_pk).order_by(Feedback.id))]


def corrections(session: Session) -> list[OwnerWord]:
    """Every correction (`is_correction`) with its message, in the database's order."""
    return [OwnerWord(StoredFeedback.of(f), StoredMessage.of(m)) for f, m in session.execute(
        select(Feedback, Message).join(Message, Message.id == Feedback.message_pk).where(CORRECTS_ITS_VERDICT))]


@dataclass(frozen=True)
class LabelledExcerpt:
    """A labelled message a few-shot example can be drawn from."""

    message_pk: int
    fingerprint: str
    feature_hashes: list[int]
    excerpt: str
    label: str


def labelled_excerpts(session: Session) -> list[LabelledExcerpt]:
    """Every labelled message with an excerpt and features, one row per feedback, oldest
    feedback first (so the last row of a message carries the owner's latest word)."""
    rows = session.execute(
        select(Message.id, Message.fingerprint, Message.feature_hashes, Message.excerpt, Feedback.label)
        .join(Feedback, Feedback.message_pk == Message.id)
        .where(Message.excerpt.is_not(None), Message.feature_hashes.is_not(None))
        .order_by(Feedback.id)).all()
    return [LabelledExcerpt(r.id, r.fingerprint, r.feature_hashes, r.excerpt, r.label) for r in rows]
