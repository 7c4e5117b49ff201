"""`mailwarden stats`: what the filter has done, and how right it was by the owner's word.

Everything comes from the database: verdicts (with who decided and how long it took),
mailbox actions, waiting and failed jobs, corrections and rules. Precision, recall and
FPR are estimated from feedback: a verdict the owner corrected was wrong, one they did
not correct is taken as right — an optimistic estimate, stated as such.
"""

from __future__ import annotations

import statistics
from datetime import datetime, timezone

from pydantic import BaseModel

from storage import Database, jobs, monitor_samples, rate_limit_hits, rules, verdicts
from storage import feedback as owner_words
from storage.feedback import is_false_negative, is_false_positive
from storage.kinds import FLAGGED, Action, Decider, JobState, RuleStatus


class Stats(BaseModel):
    since: datetime | None
    judged: int
    spam: int
    ham: int
    decided_by: dict[str, int]
    quarantined: int
    flagged: int
    waiting: int
    failed: int
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    model_latency_p50_ms: float | None
    false_positives: int
    """Spam verdicts the owner corrected to ham."""
    false_negatives: int
    estimated_precision: float | None
    estimated_recall: float | None
    estimated_fpr: float | None
    rules_active: int
    rules_retired: int
    model_errors: int
    """Failed attempts to judge (model down, bad answers, over a rate limit with no fast path)."""
    model_retries: int
    """Messages that needed more than one attempt."""
    rate_limit_hits: dict[str, int]
    service_started_at: datetime | None
    uptime_s: float | None
    """Of the current run, from the monitor's samples; None when no run is sampling now."""


def _quantile(values: list[float], q: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def compute_stats(db: Database, since: datetime | None = None, monitor_interval_s: float = 60.0) -> Stats:
    with db.reader() as s:
        rows = verdicts.since(s, since)
        latest: dict[int, verdicts.StoredVerdict] = {}
        for v in rows:
            latest[v.message_pk] = v  # ids ascend: the last one wins
        feedback = owner_words.latest_labels(s)
        job_counts = jobs.counts(s)
        actions = jobs.acted_counts(s)
        rule_counts = rules.counts(s)
        attempts = jobs.attempts(s)
        limits = rate_limit_hits.totals(s)
        sample = monitor_samples.latest(s)

    # A judged job's last attempt succeeded; every other attempt was a failure.
    failed_attempts = [max(0, n - (1 if status in (JobState.judged, JobState.acted) else 0)) for status, n in attempts]
    started_at = uptime = None
    if sample is not None:
        started_at = sample.started_at
        last = sample.at
        # Running now if it sampled within the last few intervals (else it has stopped).
        if (datetime.now(timezone.utc) - last).total_seconds() <= max(3 * monitor_interval_s, 5):
            uptime = (datetime.now(timezone.utc) - started_at).total_seconds()
    decided: dict[str, int] = {}
    for v in rows:
        decided[v.decided_by] = decided.get(v.decided_by, 0) + 1
    tp = fp = tn = fn = 0
    for message_pk, v in latest.items():
        truth = feedback.get(message_pk, v.label)
        if v.label == "spam":
            tp += truth == "spam"
            fp += is_false_positive(v.label, truth)
        else:
            tn += truth == "ham"
            fn += is_false_negative(v.label, truth)
    return Stats(
        since=since,
        judged=len(latest),
        spam=sum(1 for v in latest.values() if v.label == "spam"),
        ham=sum(1 for v in latest.values() if v.label == "ham"),
        decided_by=decided,
        quarantined=actions.get(Action.quarantine, 0),
        flagged=sum(actions.get(a, 0) for a in FLAGGED),
        waiting=job_counts.get(JobState.waiting, 0),
        failed=job_counts.get(JobState.failed, 0),
        latency_p50_ms=_quantile([v.elapsed_ms for v in rows], 50),
        latency_p95_ms=_quantile([v.elapsed_ms for v in rows], 95),
        model_latency_p50_ms=_quantile([v.elapsed_ms for v in rows if v.decided_by == Decider.model], 50),
        false_positives=fp,
        false_negatives=fn,
        estimated_precision=tp / (tp + fp) if tp + fp else None,
        estimated_recall=tp / (tp + fn) if tp + fn else None,
        estimated_fpr=fp / (fp + tn) if fp + tn else None,
        rules_active=rule_counts.get(RuleStatus.active, 0),
        rules_retired=rule_counts.get(RuleStatus.retired, 0),
        model_errors=sum(failed_attempts),
        model_retries=sum(1 for n in failed_attempts if n),
        rate_limit_hits=limits,
        service_started_at=started_at,
        uptime_s=uptime,
    )

