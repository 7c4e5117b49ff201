"""Everything known about one stored message: what `mailwarden explain` prints and the
web page's message view shows. Each verdict with what produced it, what was done in the
mailbox, and what the owner said."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agent.excerpts import opened_excerpt
from storage import Database, jobs
from storage import feedback as owner_words
from storage import verdicts as stored_verdicts
from storage.feedback import StoredFeedback
from storage.jobs import Job
from storage.messages import find_message
from storage.verdicts import StoredVerdict


@dataclass(frozen=True)
class Explanation:
    id: int
    message_id: str | None
    sender: str | None
    """The From address."""
    shown_sender: str | None
    """The From line as the reader sees it (name and address), from the sealed excerpt."""
    subject: str | None
    """From the sealed excerpt; None without one."""
    size: int
    first_seen_at: datetime
    where: str
    """account/folder uid N for IMAP mail, else where it came from."""
    account: str | None
    verdicts: list[StoredVerdict]
    jobs: list[Job]
    feedback: list[StoredFeedback]

    @property
    def latest(self) -> StoredVerdict | None:
        return self.verdicts[-1] if self.verdicts else None


def explain(db: Database, ref: str) -> Explanation | None:
    """The message `ref` names (stored id, Message-ID or fingerprint), or None."""
    with db.reader() as s:
        found = find_message(s, ref)
        if found is None:
            return None
        shown = opened_excerpt(db, found.excerpt)
        job_list = jobs.for_message(s, found.id)
        where = (f"{found.account}/{found.folder} uid {found.uid}" if found.account else (found.source or ""))
        return Explanation(
            id=found.id, message_id=found.message_id, sender=found.sender,
            shown_sender=(shown.sender or None) if shown else None, subject=shown.subject if shown else None,
            size=found.size, first_seen_at=found.first_seen_at, where=where,
            account=found.account or (job_list[-1].key.account if job_list else None),
            verdicts=stored_verdicts.for_message(s, found.id), jobs=job_list,
            feedback=owner_words.for_message(s, found.id))
