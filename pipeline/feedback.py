"""The owner says a verdict was wrong (or right): record it, in one transaction.

A correction names a stored message (by id, Message-ID or fingerprint; the CLI turns a
file into one first, `record_file`). It is recorded with who made it, how (cli, api,
imap-rescue, ...), the verdict it corrects and when; in the same transaction the
message's reputation keys are marked (by increments in SQL) and the rules behind its
verdict are scored. So a correction counts exactly once, whichever process records it,
even while the service runs.

The text model is not changed here: it lives in a file with one writer, which learns
the recorded corrections in order (`pipeline.corrections`). The same label for the same
message is recorded only once; the opposite label reverses the earlier one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from agent.learning import Learning
from agent.reputation import ReputationSettings, mark_correction
from pipeline.judging import Judgement, record
from pipeline.parsing import parse_message
from storage import Database
from storage import feedback as recorded
from storage.audit import note
from storage.feedback import is_correction
from storage.kinds import FeedbackSource
from storage.messages import find_message, latest_verdict

log = logging.getLogger(__name__)

LABELS = ("spam", "ham")


class FeedbackError(Exception):
    """The message cannot be found or the label is not spam/ham."""


@dataclass
class FeedbackResult:
    message_pk: int
    label: str
    old_label: str | None
    recorded: bool
    """False when the owner's latest label for this message already was this one."""
    feedback_id: int | None = None
    learned: bool = False
    """The fast path's model file holds it already (set by whoever applied it)."""

    @property
    def corrected(self) -> bool:
        return is_correction(self.old_label, self.label)


def give_feedback(db: Database, ref: str, label: str, *, source: FeedbackSource = FeedbackSource.cli,
                  actor: str | None = None,
                  learning: Learning | None = None, reputation: ReputationSettings | None = None) -> FeedbackResult:
    """Record the owner's label for a stored message: the correction, its reputation
    marks and its rules' scores commit together. `ref` is never read as a path."""
    if label not in LABELS:
        raise FeedbackError(f"label must be spam or ham, not {label!r}")
    with db.session() as s:
        message = find_message(s, ref)
        if message is None:
            raise FeedbackError(f"no stored message matches {ref!r}: give a stored id, a Message-ID or a fingerprint")
        last = latest_verdict(s, message)
        # The owner's latest word on this message. Saying it again, whichever way it came,
        # is not another correction (a release from the CLI is then also seen by the IMAP
        # service as a rescue); saying the opposite reverses it (spam by mistake, then ham).
        latest = recorded.latest_label(s, message.id)
        result = FeedbackResult(message.id, label, last.label if last else None, recorded=latest != label)
        if result.recorded:
            result.feedback_id = recorded.add(s, message_pk=message.id, label=label, source=source, actor=actor,
                                              old_label=last.label if last else None,
                                              old_verdict_pk=last.id if last else None)
            note(db, s, "correction", message.fingerprint[:16], label=label, source=source, actor=actor,
                 old_label=last.label if last else None, message_pk=message.id, feedback_id=result.feedback_id)
            if message.reputation_keys:
                mark_correction(s, [tuple(k) for k in message.reputation_keys], label, latest, reputation)
            if learning is not None:
                learning.record_outcome(message.id, label, session=s)
    if result.recorded and learning is not None:
        learning.forget_rules()
    log.info("message %s: %s feedback from %s (%s)%s", result.message_pk, label, source, actor or "-",
             "" if result.recorded else ", already recorded")
    return result


def record_file(db: Database, path: Path) -> str:
    """Store a message read from a file (the CLI's `feedback spam FILE`); returns its
    fingerprint, to give feedback on. Only the CLI reads files, on its user's word."""
    parsed = parse_message(Path(path).read_bytes())
    record(db, Judgement(source=str(path), parsed=parsed, verdict=None))
    return parsed.fingerprint
