"""The service's jobs (`MailJob`): one per message in a watched folder, and how far the
service got with it (`JobState`).

Every change of a job's state is a function here, made in the caller's session and
never committed on its own: the worker commits the verdict, the planned action and the
job's new state in one transaction, and the watcher moves a folder's checkpoint in the
same transaction as the jobs it looked at. What leaves a session is a `Job` snapshot.

Also the one definition of a quarantined message (`QUARANTINED`): its job acted on a
quarantine action (in shadow mode too, where the move was only planned).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from storage.kinds import FINAL, Action, FeedbackSource, JobState
from storage.leases import registered_ids
from storage.models import Feedback, FolderState, MailJob, Message, VerdictRecord
from storage.verdicts import StoredVerdict


@dataclass(frozen=True)
class JobKey:
    """Where a job's message is: what identifies the job."""

    account: str
    folder: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True)
class Job:
    id: int
    key: JobKey
    status: JobState
    action: Action | None
    attempts: int
    message_pk: int | None
    verdict_pk: int | None
    next_attempt_at: datetime | None
    error: str | None
    updated_at: datetime | None
    claimed_by: str | None = None
    """The process whose worker has it in hand, if any (see `claim`)."""

    @classmethod
    def of(cls, row: MailJob) -> "Job":
        return cls(row.id, JobKey(row.account, row.folder, row.uidvalidity, row.uid), row.status, row.action,
                   row.attempts or 0, row.message_pk, row.verdict_pk, row.next_attempt_at, row.error, row.updated_at,
                   row.claimed_by)

    @property
    def final(self) -> bool:
        return self.status in FINAL


QUARANTINED = and_(MailJob.action == Action.quarantine, MailJob.status == JobState.acted)
"""A job whose message the service quarantined: the one definition, for queries."""


def _row(session: Session, key: JobKey) -> MailJob | None:
    return session.scalar(select(MailJob).where(
        MailJob.account == key.account, MailJob.folder == key.folder,
        MailJob.uidvalidity == key.uidvalidity, MailJob.uid == key.uid))


def get(session: Session, key: JobKey) -> Job | None:
    row = _row(session, key)
    return Job.of(row) if row is not None else None


# ------------------------------------------------------------ the watcher's side

def above(session: Session, account: str, folder: str, uidvalidity: int, last_uid: int) -> dict[int, Job]:
    """The folder's jobs above its checkpoint, by UID."""
    return {j.uid: Job.of(j) for j in session.scalars(select(MailJob).where(
        MailJob.account == account, MailJob.folder == folder,
        MailJob.uidvalidity == uidvalidity, MailJob.uid > last_uid))}


def add_queued(session: Session, keys: list[JobKey]) -> dict[int, Job]:
    """New jobs for UIDs just found (one folder's), by UID."""
    rows = [MailJob(account=k.account, folder=k.folder, uidvalidity=k.uidvalidity, uid=k.uid,
                    status=JobState.queued, attempts=0) for k in keys]
    session.add_all(rows)
    session.flush()
    return {row.uid: Job.of(row) for row in rows}


def mark(session: Session, job_id: int, status: JobState, error: str | None) -> Job:
    """Set a job's state and note, by id (for jobs just read with `above`)."""
    row = session.get(MailJob, job_id)
    row.status, row.error = status, error
    return Job.of(row)


def open_count(session: Session, excluding_accounts: Collection[str] = ()) -> int:
    """Jobs not in a final state, of every account but these."""
    return session.scalar(select(func.count()).select_from(MailJob).where(
        MailJob.status.not_in(FINAL), MailJob.account.not_in(list(excluding_accounts))))


def next_retry_at(session: Session) -> datetime | None:
    """When the first job waiting for a model retry comes due."""
    return session.scalar(select(MailJob.next_attempt_at).where(MailJob.status == JobState.waiting)
                          .order_by(MailJob.next_attempt_at).limit(1))


# ------------------------------------------------------------ the worker's side

def _free(stale_before: datetime):
    """Nobody's, or a claim left by a process no longer registered (or held too long)."""
    return or_(MailJob.claimed_by.is_(None), MailJob.claimed_by.not_in(registered_ids()),
               MailJob.claimed_at < stale_before)


def _where(key: JobKey):
    return and_(MailJob.account == key.account, MailJob.folder == key.folder,
                MailJob.uidvalidity == key.uidvalidity, MailJob.uid == key.uid)


def claim(session: Session, key: JobKey, process_id: str, now: datetime, stale_before: datetime) -> bool:
    """Put this job in this process's hands: True unless another process has it (a
    compare-and-set, so two processes never both do; within one, the caller keeps one
    worker per job). Its own claim counts as free, so one that was not let go (the
    disk was full) does not keep its job from it. Let go with `unclaim`; a claim older
    than `stale_before` is taken over (a worker stuck that long is not coming back)."""
    return session.execute(update(MailJob).where(_where(key), or_(_free(stale_before),
                                                                  MailJob.claimed_by == process_id))
                           .values(claimed_by=process_id, claimed_at=now)
                           .execution_options(synchronize_session=False)).rowcount == 1


def claim_next(session: Session, process_id: str, folders: Collection[tuple[str, str]], now: datetime,
               stale_before: datetime) -> JobKey | None:
    """Claim the oldest job of these (account, folder)s (their current UIDVALIDITY)
    that can run now and no process has in hand, whichever process's watcher found it: `SELECT ... FOR UPDATE SKIP
    LOCKED` on PostgreSQL, so workers of several processes never wait on each other's
    rows (SQLite serialises writers and ignores the clause; the claim's compare-and-set
    decides there)."""
    if not folders:
        return None
    current = (select(FolderState.uidvalidity).where(FolderState.account == MailJob.account,
                                                     FolderState.folder == MailJob.folder)
               .order_by(FolderState.id.desc()).limit(1).scalar_subquery())
    runnable = or_(MailJob.status.in_([JobState.queued, JobState.judged]),
                   and_(MailJob.status == JobState.waiting,
                        or_(MailJob.next_attempt_at.is_(None), MailJob.next_attempt_at <= now)))
    wanted = or_(*(and_(MailJob.account == a, MailJob.folder == f) for a, f in folders))
    row = session.execute(select(MailJob.id, MailJob.account, MailJob.folder, MailJob.uidvalidity, MailJob.uid)
                          .where(runnable, wanted, MailJob.uidvalidity == current, _free(stale_before))
                          .order_by(MailJob.id).limit(1).with_for_update(skip_locked=True)).first()
    if row is None:
        return None
    key = JobKey(row.account, row.folder, row.uidvalidity, row.uid)
    return key if claim(session, key, process_id, now, stale_before) else None


def unclaim(session: Session, key: JobKey, process_id: str) -> None:
    session.execute(update(MailJob).where(_where(key), MailJob.claimed_by == process_id)
                    .values(claimed_by=None, claimed_at=None).execution_options(synchronize_session=False))


def record_judged(session: Session, key: JobKey, *, action: Action, message_pk: int | None,
                  verdict_pk: int | None) -> None:
    """Judged: the verdict is stored and `action` is what will be done (one attempt more)."""
    job = _row(session, key)
    job.status, job.action, job.error = JobState.judged, action, None
    job.message_pk, job.verdict_pk = message_pk, verdict_pk
    job.attempts += 1


def finish(session: Session, key: JobKey, status: JobState, *, error: str | None = None,
           action: Action | None = None, message_pk: int | None = None) -> Job:
    """Put a job in `status` with `error` as its note (None clears it); `action` and
    `message_pk` are set when given."""
    job = _row(session, key)
    job.status, job.error = status, error
    if action is not None:
        job.action = action
    if message_pk is not None:
        job.message_pk = message_pk
    return Job.of(job)


def add_failure(session: Session, key: JobKey, error: str) -> Job:
    """One more attempt that failed, with why."""
    job = _row(session, key)
    job.attempts += 1
    job.error = error[:1000]
    return Job.of(job)


def retry_at(session: Session, key: JobKey, when: datetime) -> None:
    """Waiting for the model, to be tried again at `when`."""
    job = _row(session, key)
    job.status, job.next_attempt_at = JobState.waiting, when


# ------------------------------------------------------------ quarantine

def was_quarantined(session: Session, account: str, fingerprint: str, message_id: str | None) -> bool:
    """Did the service quarantine this message (this fingerprint, or this Message-ID)
    from this account before?"""
    conditions = [Message.fingerprint == fingerprint]
    if message_id:
        conditions.append(Message.message_id == message_id)
    found = session.scalar(
        select(MailJob.id).join(Message, Message.id == MailJob.message_pk)
        .where(or_(*conditions), QUARANTINED, MailJob.account == account)
        .limit(1))
    return found is not None


def quarantined_unanswered(session: Session, account: str) -> dict[str, int]:
    """Message-ID -> message id of the account's quarantined messages the owner has said
    nothing about yet."""
    return dict(session.execute(
        select(Message.message_id, Message.id).join(MailJob, MailJob.message_pk == Message.id)
        .where(MailJob.account == account, QUARANTINED, Message.message_id.is_not(None))
        .where(~select(Feedback.id).where(Feedback.message_pk == Message.id).exists())).all())


@dataclass(frozen=True)
class Quarantined:
    """A quarantined message with the verdict that put it there."""

    job: Job
    message_pk: int
    sender: str | None
    message_id: str | None
    verdict: StoredVerdict
    excerpt: str | None = None
    """The message's sealed excerpt (`storage.vault`): its subject, for a person to read."""


TAKEN_OUT = (FeedbackSource.cli_release, FeedbackSource.imap_rescue, FeedbackSource.web, FeedbackSource.digest)
"""The ways a quarantined message leaves quarantine as wanted mail: released (CLI, web
page, digest link) or moved out by the owner. Saying "ham" alone (`feedback ham`, the
API) leaves it where it is."""


def _taken_out(message_pk):
    return select(Feedback.id).where(Feedback.message_pk == message_pk, Feedback.label == "ham",
                                     Feedback.source.in_(TAKEN_OUT)).exists()


def quarantined_not_released(session: Session) -> list[Quarantined]:
    """Quarantined messages the owner has not said are wanted, newest first. (Saying "ham"
    without releasing drops a message from this list though it is still in the folder:
    a release then records nothing new, the label being ham already, so the list could
    not tell it was released. `still_in_quarantine` is the folder's truth.)"""
    # The message's columns one by one: its whole row carries the hashed features (a
    # JSON list per message), which made reading 1,000 of them take 100 ms.
    rows = session.execute(
        select(MailJob, Message.id, Message.sender, Message.message_id, Message.excerpt, VerdictRecord)
        .join(Message, Message.id == MailJob.message_pk)
        .join(VerdictRecord, VerdictRecord.id == MailJob.verdict_pk)
        .where(QUARANTINED)
        .where(~select(Feedback.id).where(Feedback.message_pk == Message.id, Feedback.label == "ham").exists())
        .order_by(MailJob.updated_at.desc())
    ).all()
    return [Quarantined(Job.of(j), pk, sender, message_id, StoredVerdict.of(v), excerpt)
            for j, pk, sender, message_id, excerpt, v in rows]


def still_in_quarantine(session: Session, message_pk: int) -> bool:
    """Did the service quarantine this message, with nobody having taken it back out
    (`TAKEN_OUT`)? Its newest job must be the quarantine: seen since in another folder, it
    is out."""
    newest = session.scalar(select(MailJob).where(MailJob.message_pk == message_pk)
                            .order_by(MailJob.id.desc()).limit(1))
    if newest is None or newest.action != Action.quarantine or newest.status != JobState.acted:
        return False  # never quarantined, or seen since in another folder
    return not session.scalar(select(_taken_out(message_pk)))


def newest_for(session: Session, message_pk: int) -> Job | None:
    """The newest job of this message: where the service last saw it."""
    row = session.scalar(select(MailJob).where(MailJob.message_pk == message_pk).order_by(MailJob.id.desc()).limit(1))
    return Job.of(row) if row is not None else None


def set_action(session: Session, job_id: int, action: Action) -> None:
    """The owner did something else with this job's message than the service did (deleted
    it from quarantine, or had it quarantined): what stats and the quarantine list read."""
    row = session.get(MailJob, job_id)
    if row is not None:
        row.action = action


# ------------------------------------------------------------ what status and stats show

def for_message(session: Session, message_pk: int) -> list[Job]:
    return [Job.of(j) for j in session.scalars(select(MailJob).where(MailJob.message_pk == message_pk))]


def in_state(session: Session, status: JobState) -> list[Job]:
    return [Job.of(j) for j in session.scalars(select(MailJob).where(MailJob.status == status))]


def counts(session: Session) -> dict[JobState, int]:
    """How many jobs are in each state."""
    return dict(session.execute(select(MailJob.status, func.count()).group_by(MailJob.status)).all())


def acted_counts(session: Session) -> dict[Action | None, int]:
    """How many jobs acted with each action (None: acted before actions were recorded)."""
    return dict(session.execute(select(MailJob.action, func.count()).where(MailJob.status == JobState.acted)
                                .group_by(MailJob.action)).all())


def attempts(session: Session) -> list[tuple[JobState, int]]:
    """(state, attempts) of every job."""
    return [tuple(r) for r in session.execute(select(MailJob.status, MailJob.attempts))]


@dataclass(frozen=True)
class FolderCount:
    account: str
    folder: str
    uidvalidity: int
    status: JobState
    action: Action | None
    jobs: int


def folder_counts(session: Session) -> list[FolderCount]:
    """Jobs per folder (and UIDVALIDITY), state and action."""
    return [FolderCount(*r) for r in session.execute(
        select(MailJob.account, MailJob.folder, MailJob.uidvalidity, MailJob.status, MailJob.action, func.count())
        .group_by(MailJob.account, MailJob.folder, MailJob.uidvalidity, MailJob.status, MailJob.action))]


def judged_by_fingerprint(session: Session, fingerprint: str) -> tuple[StoredVerdict, Action | None] | None:
    """The verdict a job recorded for the message with this fingerprint, and the job's
    action (the first such job)."""
    found = session.execute(
        select(VerdictRecord, MailJob.action)
        .join(Message, Message.id == VerdictRecord.message_pk)
        .join(MailJob, MailJob.verdict_pk == VerdictRecord.id)
        .where(Message.fingerprint == fingerprint)).first()
    return (StoredVerdict.of(found[0]), found[1]) if found else None

