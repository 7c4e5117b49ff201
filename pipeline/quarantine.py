"""What is in quarantine, and taking a message back out (`mailwarden release`)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import select

from pipeline.corrections import Corrections
from pipeline.feedback import FeedbackError
from pipeline.imap import AccountSettings, Mailbox
from storage import Database
from storage.audit import note
from storage.messages import find_message
from storage.models import Feedback, MailJob, Message, VerdictRecord


class QuarantinedMessage(BaseModel):
    id: int
    account: str
    sender: str | None
    message_id: str | None
    quarantined_at: datetime
    spam_probability: float
    category: str
    decided_by: str
    reason: str


def quarantined(db: Database) -> list[QuarantinedMessage]:
    """Messages the service moved to quarantine that the owner has not released."""
    with db.reader() as s:
        rows = s.execute(
            select(MailJob, Message, VerdictRecord)
            .join(Message, Message.id == MailJob.message_pk)
            .join(VerdictRecord, VerdictRecord.id == MailJob.verdict_pk)
            .where(MailJob.action == "quarantine", MailJob.status == "acted")
            .where(~select(Feedback.id).where(Feedback.message_pk == Message.id, Feedback.label == "ham").exists())
            .order_by(MailJob.updated_at.desc())
        ).all()
    return [QuarantinedMessage(id=m.id, account=j.account, sender=m.sender, message_id=m.message_id,
                               quarantined_at=j.updated_at, spam_probability=v.spam_probability,
                               category=v.category, decided_by=v.decided_by, reason=v.reason)
            for j, m, v in rows]


def release(db: Database, accounts: list[AccountSettings], corrections: Corrections, ref: str,
            actor: str | None = None) -> str:
    """Move a quarantined message back to the folder it came from and record the owner's
    ham correction (once; `corrections.settle()` then gets it learned). Returns where it went."""
    with db.reader() as s:
        message = find_message(s, ref)
        if message is None:
            raise FeedbackError(f"no stored message matches {ref!r}")
        job = s.scalar(select(MailJob).where(MailJob.message_pk == message.id, MailJob.action == "quarantine")
                       .order_by(MailJob.id.desc()).limit(1))
        if job is None:
            raise FeedbackError(f"message {message.id} was never quarantined by mailwarden")
        message_id, pk = message.message_id, message.id
    account = next((a for a in accounts if a.name == job.account), None)
    if account is None:
        raise FeedbackError(f"account {job.account!r} is no longer in the configuration")
    if not message_id:
        raise FeedbackError(f"message {pk} has no Message-ID to find it by in {account.quarantine_folder}")
    with Mailbox(account) as box:
        box.select(account.quarantine_folder)
        uids = box.search_message_id(message_id)
        if not uids:
            raise FeedbackError(f"message {pk} is not in {account.quarantine_folder} any more")
        for uid in uids:
            box.move(uid, job.folder)
    with db.session() as s:
        note(db, s, "action", f"message {pk}", action="release", account=account.name,
             source=account.quarantine_folder, to=job.folder, uids=uids, actor=actor)
    corrections.record(str(pk), "ham", source="cli-release", actor=actor)
    return f"{account.name}/{job.folder}"
