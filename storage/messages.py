"""The messages (`Message`): every message the filter has seen, wherever it was.

A message's verdicts are `storage.verdicts` (`add_verdict` and `latest_verdict` are
re-exported here, where they were first)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from storage.models import Message
from storage.verdicts import add_verdict, latest_verdict

__all__ = ["StoredMessage", "add_verdict", "find_message", "first_with", "latest_verdict", "subject_hash",
           "upsert_message"]


@dataclass(frozen=True)
class StoredMessage:
    """What learning tests a rule's condition on, of a stored message (no mail text:
    the excerpt is sealed by the vault)."""

    id: int
    fingerprint: str
    sender: str | None
    sender_domain: str | None
    list_id: str | None
    feature_hashes: list[Any] | None
    reputation_keys: list[Any] | None
    excerpt: str | None

    @classmethod
    def of(cls, row: Message) -> "StoredMessage":
        return cls(row.id, row.fingerprint, row.sender, row.sender_domain, row.list_id, row.feature_hashes,
                   row.reputation_keys, row.excerpt)


def subject_hash(subject: str) -> str:
    return hashlib.sha256(" ".join(subject.split()).lower().encode("utf-8", "replace")).hexdigest()


def upsert_message(session: Session, *, fingerprint: str, **fields: Any) -> Message:
    """The row for this exact message, created on first sight; known location fields
    (source, account, folder, uid...) are updated when given."""
    message = session.scalar(select(Message).where(Message.fingerprint == fingerprint))
    if message is None:
        message = Message(fingerprint=fingerprint, **fields)
        session.add(message)
        session.flush()
        return message
    for key, value in fields.items():
        if value is not None and getattr(message, key) != value:
            setattr(message, key, value)
    return message


def find_message(session: Session, ref: str) -> Message | None:
    """Find a message by stored id, Message-ID (with or without <>) or fingerprint."""
    ref = ref.strip()
    if ref.isascii() and ref.isdigit() and len(ref) <= 18:  # more digits may not fit SQLite's 64-bit INTEGER (binding raises)
        found = session.get(Message, int(ref))
        if found is not None:
            return found
    bare = ref.strip("<>")
    return session.scalar(
        select(Message)
        .where(or_(Message.message_id == f"<{bare}>", Message.message_id == ref, Message.fingerprint == ref.lower()))
        .order_by(Message.id.desc())
        .limit(1)
    )


def first_with(session: Session, fingerprint: str, message_id: str | None) -> int | None:
    """The oldest stored message with this fingerprint or (when given) this Message-ID."""
    return session.scalar(select(Message.id).where(or_(
        Message.fingerprint == fingerprint,
        Message.message_id == message_id if message_id else False)).order_by(Message.id).limit(1))
