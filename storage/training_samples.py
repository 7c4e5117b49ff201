"""What `mailwarden train --account` read from an account's folders (`TrainingSample`):
stored as it is read, so an interrupted training resumes without fetching again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.models import TrainingSample


@dataclass(frozen=True)
class Sample:
    id: int
    label: str
    answered: bool
    feature_hashes: list[int]
    reputation_keys: list[tuple[str, str]]
    observed: bool


def read_locations(session: Session, account: str, folder: str, uidvalidity: int) -> set[int]:
    """The UIDs of `folder` (at this UIDVALIDITY) already read."""
    return set(session.scalars(select(TrainingSample.uid).where(
        TrainingSample.account == account, TrainingSample.folder == folder,
        TrainingSample.uidvalidity == uidvalidity)))


def fingerprints(session: Session, account: str) -> set[str]:
    return set(session.scalars(select(TrainingSample.fingerprint).where(TrainingSample.account == account)))


def add(session: Session, account: str, folder: str, uidvalidity: int, uid: int, fingerprint: str, label: str,
        answered: bool, feature_hashes: list[int], reputation_keys: list[tuple[str, str]]) -> None:
    session.add(TrainingSample(account=account, folder=folder, uidvalidity=uidvalidity, uid=uid,
                               fingerprint=fingerprint, label=label, answered=answered,
                               feature_hashes=feature_hashes, reputation_keys=[list(k) for k in reputation_keys]))


def all_of(session: Session, account: str) -> list[Sample]:
    """Every sample of the account, one per fingerprint (the first read), in reading order."""
    seen: set[str] = set()
    out = []
    for row in session.scalars(select(TrainingSample).where(TrainingSample.account == account)
                               .order_by(TrainingSample.id)):
        if row.fingerprint in seen:
            continue
        seen.add(row.fingerprint)
        out.append(Sample(row.id, row.label, row.answered, list(row.feature_hashes),
                          [tuple(k) for k in row.reputation_keys], row.observed))
    return out


def mark_observed(session: Session, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        session.execute(update(TrainingSample).where(TrainingSample.id.in_(ids[start:start + 500]))
                        .values(observed=True))
