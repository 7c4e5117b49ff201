"""What is in quarantine, and taking a message back out (`mailwarden release`)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from agent.excerpts import opened_excerpt
from pipeline.corrections import Corrections
from pipeline.feedback import FeedbackError
from pipeline.imap import AccountSettings, Mailbox
from storage import Database, jobs
from storage.audit import note
from storage.kinds import FeedbackSource
from storage.messages import find_message


class QuarantinedMessage(BaseModel):
    id: int
    account: str
    sender: str | None
    shown_sender: str | None = None
    """The From line as the reader sees it, name and address, from the sealed excerpt."""
    subject: str | None = None
    """From the sealed excerpt; None when the database keeps none (no vault) or it was
    sealed under another key."""
    message_id: str | None
    quarantined_at: datetime
    spam_probability: float
    category: str
    decided_by: str
    reason: str


def quarantined(db: Database) -> list[QuarantinedMessage]:
    """Messages the service moved to quarantine that the owner has not released, with
    the subject and the From line a person knows them by (opened from the sealed excerpt)."""
    with db.reader() as s:
        rows = jobs.quarantined_not_released(s)
    out = []
    for q in rows:
        shown = opened_excerpt(db, q.excerpt)
        out.append(QuarantinedMessage(
            id=q.message_pk, account=q.job.key.account, sender=q.sender,
            shown_sender=(shown.sender or None) if shown else None, subject=shown.subject if shown else None,
            message_id=q.message_id, quarantined_at=q.job.updated_at,
            spam_probability=q.verdict.spam_probability, category=q.verdict.category,
            decided_by=q.verdict.decided_by, reason=q.verdict.reason))
    return out


def release(db: Database, accounts: list[AccountSettings], corrections: Corrections, ref: str,
            actor: str | None = None) -> str:
    """Move a quarantined message back to the folder it came from and record the owner's
    ham correction (once; `corrections.settle()` then gets it learned). Returns where it went."""
    with db.reader() as s:
        message = find_message(s, ref)
        if message is None:
            raise FeedbackError(f"no stored message matches {ref!r}")
        job = jobs.last_quarantine_of(s, message.id)
        if job is None:
            raise FeedbackError(f"message {message.id} was never quarantined by mailwarden")
        message_id, pk = message.message_id, message.id
    folder = job.key.folder
    account = next((a for a in accounts if a.name == job.key.account), None)
    if account is None:
        raise FeedbackError(f"account {job.key.account!r} is no longer in the configuration")
    if not message_id:
        raise FeedbackError(f"message {pk} has no Message-ID to find it by in {account.quarantine_folder}")
    with Mailbox(account) as box:
        box.select(account.quarantine_folder)
        uids = box.search_message_id(message_id)
        if not uids:
            raise FeedbackError(f"message {pk} is not in {account.quarantine_folder} any more")
        for uid in uids:
            box.move(uid, folder)
    with db.session() as s:
        note(db, s, "action", f"message {pk}", action="release", account=account.name,
             source=account.quarantine_folder, to=folder, uids=uids, actor=actor)
    corrections.record(str(pk), "ham", source=FeedbackSource.cli_release, actor=actor)
    return f"{account.name}/{folder}"
