"""What is in quarantine, and what the owner does with it: release (`mailwarden release`,
the web page, a digest link), delete, confirm as spam, or quarantine a message that was
let through. The CLI, the web page and the digest call these; each change is audited.

A message is found in its mailbox by its Message-ID in the folder where the service
last left it (the quarantine folder, or the watched folder it was delivered to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel

from agent.excerpts import opened_excerpt
from pipeline.corrections import Corrections
from pipeline.feedback import FeedbackError
from pipeline.imap import AccountSettings, Mailbox
from storage import Database, jobs
from storage.audit import note
from storage.jobs import Job
from storage.kinds import Action, FeedbackSource
from storage.messages import find_message


SEARCHABLE_ID = re.compile(r"<[A-Za-z0-9!#$&'+,\-./:;=?@\[\]^_`|~]{1,996}>")
"""A Message-ID that goes into an IMAP SEARCH as it is: printable ASCII without space,
quotes, backslash, parentheses, braces, `%` or `*` (what a spammer would put there to
make the search fail or wait for a literal)."""


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


def quarantined(db: Database, account: str | None = None, search: str | None = None) -> list[QuarantinedMessage]:
    """Messages the service moved to quarantine that the owner has not released, newest
    first, with the subject and the From line a person knows them by (opened from the
    sealed excerpt). `account`: that account's only; `search`: words that must all be in
    the sender, the subject or the reason (any case)."""
    with db.reader() as s:
        rows = jobs.quarantined_not_released(s)
    words = (search or "").lower().split()
    out = []
    for q in rows:
        if account is not None and q.job.key.account != account:
            continue
        shown = opened_excerpt(db, q.excerpt)
        item = QuarantinedMessage(
            id=q.message_pk, account=q.job.key.account, sender=q.sender,
            shown_sender=(shown.sender or None) if shown else None, subject=shown.subject if shown else None,
            message_id=q.message_id, quarantined_at=q.job.updated_at,
            spam_probability=q.verdict.spam_probability, category=q.verdict.category,
            decided_by=q.verdict.decided_by, reason=q.verdict.reason)
        if words:
            haystack = " ".join(filter(None, (item.sender, item.shown_sender, item.subject, item.reason))).lower()
            if not all(w in haystack for w in words):
                continue
        out.append(item)
    return out


@dataclass(frozen=True)
class Located:
    """Where a stored message is now, as the service last left it."""

    message_pk: int
    message_id: str
    account: AccountSettings
    job: Job
    folder: str
    """The folder it is in: the quarantine folder, or the one it was delivered to."""
    in_quarantine: bool
    """The service quarantined it and nobody has taken it back out (released, rescued)."""


def locate(db: Database, accounts: list[AccountSettings], ref: str, account: str | None = None) -> Located:
    """Find a stored message's mailbox and folder; `FeedbackError` saying why not.
    `account`: the message must be that account's (a web user who sees only their own)."""
    with db.reader() as s:
        message = find_message(s, ref)
        if message is None:
            raise FeedbackError(f"no stored message matches {ref!r}")
        job = jobs.newest_for(s, message.id)
        message_id, pk = message.message_id, message.id
        in_quarantine = jobs.still_in_quarantine(s, pk)
    if job is None:
        raise FeedbackError(f"message {pk} was not seen in a mailbox by mailwarden")
    if account is not None and job.key.account != account:
        raise FeedbackError(f"message {pk} is not in account {account}")
    settings = next((a for a in accounts if a.name == job.key.account), None)
    if settings is None:
        raise FeedbackError(f"account {job.key.account!r} is no longer in the configuration")
    if not message_id:
        raise FeedbackError(f"message {pk} has no Message-ID to find it by")
    if not SEARCHABLE_ID.fullmatch(message_id):
        raise FeedbackError(f"message {pk} has a Message-ID the mailbox cannot be searched by; find it in your "
                            "mail client")
    return Located(pk, message_id, settings, job, settings.quarantine_folder if in_quarantine else job.key.folder,
                   in_quarantine)


def _uids(box: Mailbox, where: Located) -> list[int]:
    box.select(where.folder)
    uids = box.search_message_id(where.message_id)
    if not uids:
        raise FeedbackError(f"message {where.message_pk} is not in {where.account.name}/{where.folder} any more")
    return uids


def fetch_raw(where: Located) -> bytes:
    """The message `locate` found, as it is in the mailbox now (not marked \\Seen)."""
    with Mailbox(where.account) as box:
        fetched = box.fetch(_uids(box, where)[0])
    if fetched is None:
        raise FeedbackError(f"message {where.message_pk} is not in {where.account.name}/{where.folder} any more")
    return fetched[0]


def release(db: Database, accounts: list[AccountSettings], corrections: Corrections, ref: str,
            actor: str | None = None, *, source: FeedbackSource = FeedbackSource.cli_release,
            account: str | None = None) -> str:
    """Move a quarantined message back to the folder it came from and record the owner's
    ham correction (once; `corrections.settle()` then gets it learned). Returns where it went."""
    where = locate(db, accounts, ref, account)
    if not where.in_quarantine:
        raise FeedbackError(f"message {where.message_pk} is not in quarantine")
    folder = where.job.key.folder
    with Mailbox(where.account) as box:
        uids = _uids(box, where)
        for uid in uids:
            box.move(uid, folder)
    with db.session() as s:
        note(db, s, "action", f"message {where.message_pk}", action="release", account=where.account.name,
             source=where.folder, to=folder, uids=uids, actor=actor, via=source)
    corrections.record(str(where.message_pk), "ham", source=source, actor=actor)
    return f"{where.account.name}/{folder}"


def delete(db: Database, accounts: list[AccountSettings], ref: str, actor: str | None = None,
           account: str | None = None) -> None:
    """Delete a quarantined message from the quarantine folder for good (no correction:
    deleting says nothing about what it was); it leaves the quarantine list."""
    where = locate(db, accounts, ref, account)
    if not where.in_quarantine:
        raise FeedbackError(f"message {where.message_pk} is not in quarantine")
    with Mailbox(where.account) as box:
        uids = _uids(box, where)
        box.delete(uids)
    with db.session() as s:
        jobs.set_action(s, where.job.id, Action.deleted)
        note(db, s, "action", f"message {where.message_pk}", action="delete", account=where.account.name,
             source=where.folder, uids=uids, actor=actor)


def confirm_spam(db: Database, accounts: list[AccountSettings], corrections: Corrections, ref: str,
                 actor: str | None = None, *, source: FeedbackSource = FeedbackSource.web,
                 account: str | None = None) -> str:
    """The owner says a message is spam: recorded as their word, and, when the service had
    let it through, moved to the quarantine folder. Returns where it is now."""
    where = locate(db, accounts, ref, account)
    if not where.in_quarantine:
        target = where.account.quarantine_folder
        with Mailbox(where.account) as box:
            uids = _uids(box, where)
            box.ensure_folder(target)
            for uid in uids:
                box.move(uid, target)
        with db.session() as s:
            jobs.set_action(s, where.job.id, Action.quarantine)
            note(db, s, "action", f"message {where.message_pk}", action="quarantine", account=where.account.name,
                 source=where.folder, to=target, uids=uids, actor=actor, via=source)
    corrections.record(str(where.message_pk), "spam", source=source, actor=actor)
    return f"{where.account.name}/{where.account.quarantine_folder}"
