"""The learned prompt rules (`Rule`): drafting, scoring, and the one way to change a
rule's status.

`agent.learning` drafts and validates rules and keeps their score; the CLI lets the
owner disable and enable them; the prompt, `stats` and the dashboard read the active
ones. A status change always appends to the rule's history and to the audit log
(`set_status`), whoever makes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.audit import note
from storage.kinds import RuleStatus
from storage.models import Rule, utcnow


@dataclass(frozen=True)
class StoredRule:
    id: int
    condition: dict[str, Any]
    instruction: str
    weight: float
    status: RuleStatus
    uses: int
    hits: int
    misses: int
    origin_feedback_ids: list[Any]
    history: list[Any]
    retired_reason: str | None
    created_at: datetime

    @classmethod
    def of(cls, row: Rule) -> "StoredRule":
        return cls(row.id, dict(row.condition or {}), row.instruction, row.weight, row.status, row.uses, row.hits,
                   row.misses, list(row.origin_feedback_ids or []), list(row.history or []), row.retired_reason,
                   row.created_at)


def get(session: Session, rule_id: int) -> StoredRule | None:
    row = session.get(Rule, rule_id)
    return StoredRule.of(row) if row is not None else None


def active(session: Session, limit: int | None = None) -> list[StoredRule]:
    """The active rules, highest weight first."""
    q = select(Rule).where(Rule.status == RuleStatus.active).order_by(Rule.weight.desc())
    if limit is not None:
        q = q.limit(limit)
    return [StoredRule.of(r) for r in session.scalars(q)]


def listing(session: Session, *, retired: bool = False) -> list[StoredRule]:
    """The rules by status, highest weight first within each (retired ones when asked)."""
    q = select(Rule).order_by(Rule.status, Rule.weight.desc())
    if not retired:
        q = q.where(Rule.status != RuleStatus.retired)
    return [StoredRule.of(r) for r in session.scalars(q)]


def counts(session: Session) -> dict[RuleStatus, int]:
    """How many rules have each status."""
    return dict(session.execute(select(Rule.status, func.count()).group_by(Rule.status)).all())


def newest_created_at(session: Session) -> datetime | None:
    """When the newest rule was drafted (the last learning cycle that drafted one)."""
    return session.scalar(select(Rule.created_at).order_by(Rule.created_at.desc()).limit(1))


def feedback_used(session: Session) -> set[int]:
    """The corrections some rule, of any status, was drafted from."""
    return {fid for ids in session.scalars(select(Rule.origin_feedback_ids)) for fid in (ids or [])}


def open_conditions(session: Session) -> set[tuple[Any, Any, Any]]:
    """(field, value, label) of every candidate or active rule: not to be drafted again."""
    return {(c.get("field"), c.get("value"), c.get("label")) for c in session.scalars(
        select(Rule.condition).where(Rule.status.in_((RuleStatus.candidate, RuleStatus.active))))}


def add_candidate(session: Session, *, condition: dict[str, Any], instruction: str, weight: float,
                  origin_feedback_ids: list[int]) -> StoredRule:
    """A new candidate rule, drafted from these corrections (with its first history entry)."""
    row = Rule(condition=condition, instruction=instruction, weight=weight, status=RuleStatus.candidate, uses=0,
               hits=0, misses=0, origin_feedback_ids=origin_feedback_ids,
               history=[{"at": utcnow().isoformat(), "event": "drafted", "from_corrections": origin_feedback_ids}])
    session.add(row)
    session.flush()
    return StoredRule.of(row)


def count_uses(session: Session, rule_ids: Iterable[int]) -> None:
    """These rules went into a prompt once more."""
    for rule in session.scalars(select(Rule).where(Rule.id.in_(list(rule_ids)))):
        rule.uses += 1


def score(session: Session, rule_ids: Iterable[int], *, hit: bool, gain: float, loss: float) -> list[StoredRule]:
    """A later verdict made under these rules was confirmed (`hit`: weight + `gain`) or
    corrected (weight - `loss`, not below 0); returns the rules as they are now."""
    out = []
    for rule in session.scalars(select(Rule).where(Rule.id.in_(list(rule_ids)))):
        if hit:
            rule.hits += 1
            rule.weight += gain
        else:
            rule.misses += 1
            rule.weight = max(0.0, rule.weight - loss)
        out.append(StoredRule.of(rule))
    return out


def set_status(db, session: Session, rule_id: int, status: RuleStatus, why: str, *,
               retired_reason: str | None = None) -> StoredRule | None:
    """Give a rule a new status, with `why` in its history and in the audit log; a
    retired rule keeps `retired_reason` (default: `why`), any other status clears it.
    None when there is no such rule."""
    rule = session.get(Rule, rule_id)
    if rule is None:
        return None
    status = RuleStatus(status)
    rule.status = status
    rule.retired_reason = (retired_reason or why) if status == RuleStatus.retired else None
    rule.history = [*(rule.history or []), {"at": utcnow().isoformat(), "event": status.value, "why": why}]
    note(db, session, "rule", f"rule {rule.id}", event=status.value, why=why, weight=round(rule.weight, 4))
    return StoredRule.of(rule)
