"""The owner says a verdict was wrong (or right): record it, and learn from it at once.

A correction names a message by stored id, Message-ID, fingerprint, or a file. It is
recorded with who made it, how (cli, imap-rescue, ...), the verdict it corrects and
when; and the fast path learns from it immediately (text model and reputation), from
the feature hashes stored when the message was judged, so the mail itself need not
have been kept. The same label for the same message is recorded only once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from agent.fast_path import FastPath, StoredFeatures
from agent.learning import Learning
from pipeline.judging import Judgement, record
from pipeline.parsing import parse_message
from storage import Database
from storage.audit import note
from storage.messages import find_message, latest_verdict
from storage.models import Feedback, Message

log = logging.getLogger(__name__)


class FeedbackError(Exception):
    """The message cannot be found or the label is not spam/ham."""


@dataclass
class FeedbackResult:
    message_pk: int
    label: str
    old_label: str | None
    recorded: bool
    """False when the owner's latest label for this message already was this one."""
    learned: bool

    @property
    def corrected(self) -> bool:
        return self.old_label is not None and self.old_label != self.label


def give_feedback(db: Database, fast: FastPath | None, ref: str, label: str, *, source: str = "cli",
                  actor: str | None = None, learning: Learning | None = None) -> FeedbackResult:
    """Record the owner's label for a message; the fast path learns from it at once, the
    rules behind its verdict gain or lose weight, and every `cycle_every` corrections
    a learning cycle drafts and validates new rules."""
    if label not in ("spam", "ham"):
        raise FeedbackError(f"label must be spam or ham, not {label!r}")
    path = Path(ref)
    if path.is_file():
        parsed = parse_message(path.read_bytes())
        record(db, Judgement(source=str(path), parsed=parsed, verdict=None))
        ref = parsed.fingerprint
    with db.session() as s:
        message = find_message(s, ref)
        if message is None:
            raise FeedbackError(f"no stored message matches {ref!r}: give a stored id, a Message-ID, or a file")
        last = latest_verdict(s, message)
        # The owner's latest word on this message. Saying it again, whichever way it came,
        # is not another correction (a release from the CLI is then also seen by the IMAP
        # service as a rescue); saying the opposite reverses it (spam by mistake, then ham).
        latest = s.scalar(select(Feedback.label).where(Feedback.message_pk == message.id)
                          .order_by(Feedback.id.desc()).limit(1))
        new = latest != label
        if new:
            s.add(Feedback(message_pk=message.id, label=label, source=source, actor=actor,
                           old_label=last.label if last else None, old_verdict_pk=last.id if last else None))
            note(db, s, "correction", message.fingerprint[:16], label=label, source=source, actor=actor,
                 old_label=last.label if last else None, message_pk=message.id)
        learnable = _stored(message)
        result = FeedbackResult(message.id, label, last.label if last else None, new, False)
    if new and fast is not None and learnable is not None:
        fast.learn_stored(learnable, label, replaces=latest)
        result.learned = True
    if new and learning is not None:
        learning.record_outcome(result.message_pk, label)
        if result.corrected and learning.corrections_since_last_cycle() >= learning.settings.cycle_every:
            learning.cycle()
    log.info("message %s: %s feedback from %s (%s)%s", result.message_pk, label, source, actor or "-",
             "" if result.recorded else ", already recorded")
    return result


def _stored(message: Message) -> StoredFeatures | None:
    if not message.feature_hashes:
        return None
    return StoredFeatures.of(list(message.feature_hashes), [tuple(k) for k in (message.reputation_keys or [])])

