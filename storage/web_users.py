"""The web page's people (`WebUser`), its used one-time links (`UsedLink`) and the
digests sent (`DigestSent`): the few queries `pipeline.web` and `pipeline.digest` make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import DigestSent, UsedLink, WebUser


@dataclass(frozen=True)
class StoredWebUser:
    name: str
    account: str | None
    """None: sees every account."""
    password_hash: str
    updated_at: datetime


def get(session: Session, name: str) -> StoredWebUser | None:
    row = session.scalar(select(WebUser).where(WebUser.name == name))
    return StoredWebUser(row.name, row.account, row.password_hash, row.updated_at) if row is not None else None


def set_password(session: Session, name: str, password_hash: str, account: str | None) -> None:
    row = session.scalar(select(WebUser).where(WebUser.name == name))
    if row is None:
        session.add(WebUser(name=name, account=account, password_hash=password_hash))
    else:
        row.password_hash, row.account = password_hash, account


def remove(session: Session, name: str) -> bool:
    row = session.scalar(select(WebUser).where(WebUser.name == name))
    if row is None:
        return False
    session.delete(row)
    return True


def names(session: Session) -> list[tuple[str, str | None]]:
    return [tuple(r) for r in session.execute(select(WebUser.name, WebUser.account).order_by(WebUser.name))]


def use_link(session: Session, nonce: str, message_pk: int | None, action: str) -> bool:
    """Record a one-time link as used; False when it had been used already."""
    try:
        with session.begin_nested():
            session.add(UsedLink(nonce=nonce, message_pk=message_pk, action=action))
    except IntegrityError:
        return False
    return True


def link_used(session: Session, nonce: str) -> bool:
    return session.scalar(select(UsedLink.id).where(UsedLink.nonce == nonce)) is not None


def last_digest(session: Session, account: str) -> DigestSent | None:
    return session.scalar(select(DigestSent).where(DigestSent.account == account)
                          .order_by(DigestSent.id.desc()).limit(1))


def add_digest(session: Session, account: str, covered_until: datetime, messages: int, message_id: str | None) -> None:
    """Recorded as sent at `covered_until`, the moment the caller composed it for, so the
    schedule reads one clock (a test's or a catch-up's `now`, not the wall's)."""
    session.add(DigestSent(account=account, covered_until=covered_until, messages=messages, message_id=message_id,
                           sent_at=covered_until))


def digest_with_message_id(session: Session, message_id: str) -> bool:
    return session.scalar(select(DigestSent.id).where(DigestSent.message_id == message_id).limit(1)) is not None
