"""The database schema, as SQLAlchemy 2.0 typed models.

The schema itself is created and upgraded by the Alembic steps in
`storage/migrations/versions/`; a change here needs a new step there (the test
`test_migrations_match_models` fails until it has one). Every time is a `UtcDateTime`
(aware UTC, on SQLite too) and every status or kind an `EnumText` of `storage.kinds`;
both keep the column's stored type, so they needed no migration.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.columns import EnumText, UtcDateTime
from storage.kinds import Action, Decider, FeedbackSource, JobState, ListMatch, ListVerdict, RuleStatus


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Message(Base):
    """One message the filter has seen, wherever it was (file, IMAP folder)."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    content_fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    message_id: Mapped[str | None] = mapped_column(String(500), index=True)
    account: Mapped[str | None] = mapped_column(String(200))
    folder: Mapped[str | None] = mapped_column(String(500))
    uidvalidity: Mapped[int | None] = mapped_column(Integer)
    uid: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    """Where a message read from disk came from (path, or path#index inside an mbox)."""
    sender: Mapped[str | None] = mapped_column(String(320), index=True)
    sender_domain: Mapped[str | None] = mapped_column(String(255), index=True)
    list_id: Mapped[str | None] = mapped_column(String(500))
    subject_hash: Mapped[str] = mapped_column(String(64))
    """sha256 of the subject: enough to group, without keeping the subject in clear."""
    size: Mapped[int] = mapped_column(Integer)
    defect_count: Mapped[int] = mapped_column(Integer, default=0)
    feature_hashes: Mapped[list[Any] | None] = mapped_column(JSON)
    """The fast path's hashed feature buckets: enough to learn from a later correction
    without keeping the mail itself."""
    reputation_keys: Mapped[list[Any] | None] = mapped_column(JSON)
    excerpt: Mapped[str | None] = mapped_column(Text)
    """Sender, subject and the start of the text, encrypted (storage.vault): what a
    few-shot example shows of a corrected message."""
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    verdicts: Mapped[list[VerdictRecord]] = relationship(
        back_populates="message", order_by="VerdictRecord.id", cascade="all, delete-orphan"
    )
    feedback: Mapped[list[Feedback]] = relationship(back_populates="message", cascade="all, delete-orphan")

    __table_args__ = (Index("ix_messages_location", "account", "folder", "uidvalidity", "uid"),)


class VerdictRecord(Base):
    """One judgement of one message, with everything needed to explain it later."""

    __tablename__ = "verdicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(8))
    spam_probability: Mapped[float] = mapped_column(Float)
    category: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    risk_factors: Mapped[list[Any]] = mapped_column(default=list)
    backend: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(200))
    decided_by: Mapped[Decider] = mapped_column(EnumText(Decider, 20), default=Decider.model)
    elapsed_ms: Mapped[float] = mapped_column(Float)
    prompt_version: Mapped[str] = mapped_column(String(40))
    rule_ids: Mapped[list[Any]] = mapped_column(default=list)
    example_ids: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)

    message: Mapped[Message] = relationship(back_populates="verdicts")


class Rule(Base):
    """A prompt rule learned from the owner's corrections (filled by the learning work)."""

    __tablename__ = "rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    condition: Mapped[dict[str, Any]] = mapped_column(default=dict)
    """A condition the code can test against a parsed message (sender domain, List-Id, ...)."""
    instruction: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    status: Mapped[RuleStatus] = mapped_column(EnumText(RuleStatus, 12), default=RuleStatus.candidate, index=True)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    hits: Mapped[int] = mapped_column(Integer, default=0)
    misses: Mapped[int] = mapped_column(Integer, default=0)
    origin_feedback_ids: Mapped[list[Any]] = mapped_column(default=list)
    history: Mapped[list[Any]] = mapped_column(default=list)
    retired_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Feedback(Base):
    """A correction or confirmation from the owner: what they said, how, and when."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(8))
    source: Mapped[FeedbackSource] = mapped_column(EnumText(FeedbackSource, 40))
    """How the owner said it: the CLI, a release, the API, a move out of quarantine or into Junk."""
    actor: Mapped[str | None] = mapped_column(String(200))
    old_label: Mapped[str | None] = mapped_column(String(8))
    old_verdict_pk: Mapped[int | None] = mapped_column(ForeignKey("verdicts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)

    message: Mapped[Message] = relationship(back_populates="feedback")


class FolderState(Base):
    """Where the service stands in one watched folder: the checkpoint and its health.

    The checkpoint is per UIDVALIDITY: when the server renumbers a folder, UIDs above
    an old checkpoint mean nothing, so a new row starts (see `pipeline.service.watcher`).
    """

    __tablename__ = "folder_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    """Every UID up to here has reached a final state (acted, gone, skipped, failed)."""
    connected: Mapped[bool] = mapped_column(default=False)
    last_error: Mapped[str | None] = mapped_column(Text)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("account", "folder", "uidvalidity", name="uq_folder_state"),)


class MailJob(Base):
    """One message in a watched folder and how far the service got with it.

    `status` is a `JobState` (its docstring has the life of a job); the queries and
    state changes are `storage.jobs`.
    """

    __tablename__ = "mail_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)
    status: Mapped[JobState] = mapped_column(EnumText(JobState, 12), default=JobState.queued, index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    verdict_pk: Mapped[int | None] = mapped_column(ForeignKey("verdicts.id", ondelete="SET NULL"))
    action: Mapped[Action | None] = mapped_column(EnumText(Action, 20))
    """What was done or is planned (`storage.kinds.Action`)."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    error: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    """The `ServiceProcess` whose worker has this job in hand (None: nobody's)."""
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_mail_job"),)


class ReputationEntry(Base):
    """What the owner's own mail says about one sender, IP, link domain or message shape.

    `spam` and `ham` are decayed counts of labelled messages (training, corrections);
    `seen` counts every message judged. Every change is an increment in SQL
    (`storage.reputation`), never a count written back from one process's memory, so
    the service and a CLI correction made meanwhile both count. Decay is applied when
    an entry is marked, from `marked_at_s`, so old evidence fades without a sweeping job.
    """

    __tablename__ = "reputation"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    """ip, sender, link_domain or profile."""
    key: Mapped[str] = mapped_column(String(500))
    seen: Mapped[int] = mapped_column(Integer, default=0)
    spam: Mapped[float] = mapped_column(Float, default=0.0)
    ham: Mapped[float] = mapped_column(Float, default=0.0)
    marked_at_s: Mapped[float | None] = mapped_column(Float)
    """When `spam`/`ham` were last marked, in Unix seconds: the decay of a new mark is
    computed from it inside the UPDATE itself (a number, so SQL can do the arithmetic)."""
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("kind", "key", name="uq_reputation"),)


class AuditRecord(Base):
    """One entry of the tamper-evident audit log (see `storage.audit`).

    `mac` is HMAC-SHA256, under the key named by `key_id`, over this record's content
    and the previous record's mac: changing, removing, inserting or reordering records
    breaks the chain from that point on."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[str] = mapped_column(String(40))
    """ISO 8601 UTC, as text: exactly the string the mac was computed over."""
    kind: Mapped[str] = mapped_column(String(40), index=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[str] = mapped_column(Text, default="{}")
    """Canonical JSON (sorted keys, no spaces): hashes and ids, never raw mail."""
    key_id: Mapped[str] = mapped_column(String(40))
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class RateLimitHit(Base):
    """How often a rate limit turned a message away from the model, per scope and key."""

    __tablename__ = "rate_limit_hits"
    __table_args__ = (UniqueConstraint("scope", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(320))
    hits: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class MonitorSample(Base):
    """One sample of the running service: its CPU and memory (and a local model
    server's), queue depth and recent model latency; written every `monitor.interval_s`."""

    __tablename__ = "monitor_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    """When this run of the service started (uptime = at - started_at)."""
    cpu_percent: Mapped[float] = mapped_column(Float)
    """Of one core, averaged since the previous sample (200 = two cores busy)."""
    rss_mb: Mapped[float] = mapped_column(Float)
    model_cpu_percent: Mapped[float | None] = mapped_column(Float)
    model_rss_mb: Mapped[float | None] = mapped_column(Float)
    queue_depth: Mapped[int] = mapped_column(Integer, default=0)
    judged: Mapped[int] = mapped_column(Integer, default=0)
    """Messages judged since the previous sample."""
    model_latency_ms: Mapped[float | None] = mapped_column(Float)
    """Mean model-call time since the previous sample (None: no model call)."""


class Marker(Base):
    """A fact about this database's history that code reads later, by name: e.g. how far
    corrections had been learned when an upgrade changed how that is kept."""

    __tablename__ = "markers"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class TrainingSample(Base):
    """One message read from an account's own folders by `mailwarden train --account`:
    what the fast path learns from it (hashed features and reputation keys, not the mail),
    its label, and where it was, so an interrupted training goes on where it stopped
    and a message in two folders is learned once."""

    __tablename__ = "training_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(100))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(4))
    """spam or ham."""
    answered: Mapped[bool] = mapped_column(default=False)
    """The owner answered it (\\Answered) or sent it: wanted for sure."""
    feature_hashes: Mapped[list[Any]] = mapped_column(JSON)
    reputation_keys: Mapped[list[Any]] = mapped_column(JSON)
    read_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    observed: Mapped[bool] = mapped_column(default=False)
    """Its reputation marks are made (once, whatever number of trainings use it)."""

    __table_args__ = (UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_training_location"),
                      Index("ix_training_fingerprint", "account", "fingerprint"))


GLOBAL = ""
"""`SenderListEntry.account` of an entry for every account."""


class SenderListEntry(Base):
    """One line of the owner's allow or block list: mail whose sender address, sender
    domain or List-Id matches is let through or quarantined without being judged
    (`agent.sender_lists`). Per account, or for all accounts (`account` = GLOBAL, an
    empty string rather than NULL so that the unique constraint holds for it too).
    One entry per value: blocking what was allowed replaces the allow entry."""

    __tablename__ = "sender_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(200), default=GLOBAL)
    verdict: Mapped[ListVerdict] = mapped_column(EnumText(ListVerdict, 8))
    match: Mapped[ListMatch] = mapped_column(EnumText(ListMatch, 12))
    value: Mapped[str] = mapped_column(String(500))
    """Lower case: an address, a registered domain, or a List-Id without angle brackets."""
    note: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("account", "match", "value", name="uq_sender_list_value"),)


class WebUser(Base):
    """Someone who signs in to the web page with a password (`mailwarden web passwd`):
    for every account (`account` None), or for one account only: a family member sees
    and releases their own mail. The hash is scrypt's (`pipeline.web.passwords`)."""

    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    account: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class UsedLink(Base):
    """A signed one-time link (a digest's release link) that has been used: refused after."""

    __tablename__ = "used_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    message_pk: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    used_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DigestSent(Base):
    """A daily digest appended to an account's INBOX: what it covered, so the next one
    starts where it ended."""

    __tablename__ = "digests"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(200), index=True)
    covered_until: Mapped[datetime] = mapped_column(UtcDateTime)
    """Quarantined up to this moment (exclusive): the next digest lists what came after."""
    messages: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[str | None] = mapped_column(String(500))
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ServiceProcess(Base):
    """One running `mailwarden run` (on any host sharing this database), alive while
    its heartbeat is fresh. Its folder leases and job claims last as long as it does."""

    __tablename__ = "service_processes"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FolderLease(Base):
    """Which process watches one folder of one account: exactly one at a time."""

    __tablename__ = "folder_leases"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(500))
    """A watched folder, or a marker for an account-wide duty (`storage.leases.JUNK`, ...)."""
    process_id: Mapped[str] = mapped_column(String(64))
    since: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("account", "folder", name="uq_folder_lease"),)
