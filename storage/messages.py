"""Reading and writing messages and their verdicts."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from storage.models import Message, VerdictRecord


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


def add_verdict(session: Session, message: Message, **fields: Any) -> VerdictRecord:
    record = VerdictRecord(message_pk=message.id, **fields)
    session.add(record)
    session.flush()
    return record


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


def latest_verdict(session: Session, message: Message) -> VerdictRecord | None:
    return session.scalar(
        select(VerdictRecord).where(VerdictRecord.message_pk == message.id).order_by(VerdictRecord.id.desc()).limit(1)
    )
