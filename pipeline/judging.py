"""The message path for one raw message: parse, judge, record.

This is what `mailwarden classify` runs for each file and what the IMAP workers will
run for each new UID. A backend failure is an outcome, not an exception: the message
is stored as seen, no verdict is made up, and the caller decides about retrying.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from agent.backends.base import BackendError
from agent.fast_path import stored_features
from agent.excerpts import excerpt_of
from agent.message import ParsedMessage
from agent.sender_lists import SenderLists
from agent.verdict import Verdict
from pipeline.parsing import parse_message
from storage import Database
from storage.audit import note
from storage.kinds import Decider
from storage.messages import add_verdict, subject_hash, upsert_message

log = logging.getLogger(__name__)


@dataclass
class Judgement:
    source: str
    parsed: ParsedMessage
    verdict: Verdict | None
    error: str | None = None
    retryable: bool = True
    message_pk: int | None = None
    verdict_pk: int | None = None

    @property
    def ok(self) -> bool:
        return self.verdict is not None


def judge_raw(raw: bytes, classifier, db: Database | None, *, source: str = "", lists: SenderLists | None = None,
              lists_for: str | None = None, **location) -> Judgement:
    """Parse, judge and (when `db` is given) store one message.

    `classifier` is anything with `judge(ParsedMessage) -> Verdict` (the cascade, or a
    bare `Classifier`); `lists`, the owner's allow and block lists, go first (those of
    account `lists_for`, else of the account in `location`, and those for every account);
    `location` may carry account/folder/uidvalidity/uid for IMAP mail.
    """
    parsed = parse_message(raw)
    try:
        verdict = (lists.judge(classifier, parsed, lists_for or location.get("account")) if lists is not None
                   else classifier.judge(parsed))
        judgement = Judgement(source=source, parsed=parsed, verdict=verdict)
    except BackendError as err:
        log.warning("message %s (%s): not judged: %s", parsed.fingerprint[:12], source or "?", err)
        judgement = Judgement(source=source, parsed=parsed, verdict=None, error=str(err), retryable=err.retryable)
    if db is not None:
        record(db, judgement, **location)
    return judgement


def record(db: Database, judgement: Judgement, *, session: Session | None = None, **location) -> None:
    """Store the message and its verdict (if any), in `session` when the caller has one
    open so that its own changes commit together with these."""
    if session is None:
        with db.session() as own:
            return record(db, judgement, session=own, **location)
    parsed, verdict = judgement.parsed, judgement.verdict
    stored = stored_features(parsed)
    message = upsert_message(
        session,
        fingerprint=parsed.fingerprint,
        content_fingerprint=parsed.content_fingerprint,
        message_id=parsed.message_id,
        source=judgement.source or None,
        sender=parsed.from_address,
        sender_domain=parsed.sender_domain,
        list_id=parsed.list_id[:500] if parsed.list_id else None,
        subject_hash=subject_hash(parsed.subject),
        size=parsed.size,
        defect_count=len(parsed.defects),
        feature_hashes=stored.feature_hashes,
        reputation_keys=[list(k) for k in stored.reputation_keys],
        excerpt=db.vault.seal(excerpt_of(parsed, db.excerpt_chars)) if db.vault is not None else None,
        **location,
    )
    judgement.message_pk = message.id
    subject = parsed.fingerprint[:16]
    if judgement.error is not None:
        note(db, session, "model-call", subject, error=judgement.error[:300], retryable=judgement.retryable)
    if verdict is not None and verdict.prompt_sha256 and verdict.decided_by == Decider.model:
        note(db, session, "model-call", subject, backend=verdict.backend, model=verdict.model,
             prompt_sha256=verdict.prompt_sha256, answer_sha256=verdict.answer_sha256,
             elapsed_ms=round(verdict.elapsed_ms, 1))
    if verdict is not None:
        row = add_verdict(
            session,
            message,
            label=verdict.label,
            spam_probability=verdict.spam_probability,
            category=verdict.category.value,
            reason=verdict.reason,
            risk_factors=verdict.risk_factors,
            backend=verdict.backend,
            model=verdict.model,
            decided_by=verdict.decided_by,
            elapsed_ms=verdict.elapsed_ms,
            prompt_version=verdict.prompt_version,
            rule_ids=verdict.rule_ids,
            example_ids=verdict.example_ids,
        )
        judgement.verdict_pk = row.id
        note(db, session, "verdict", subject, verdict_pk=row.id, message_pk=message.id, label=verdict.label,
             p=verdict.spam_probability, decided_by=verdict.decided_by, backend=verdict.backend,
             prompt_version=verdict.prompt_version, rule_ids=verdict.rule_ids, example_ids=verdict.example_ids,
             guard=verdict.guard_findings)
