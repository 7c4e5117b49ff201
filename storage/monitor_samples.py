"""The running service's samples of itself (`MonitorSample`): written by
`pipeline.monitor`, read by `stats`, `/metrics` and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.models import MonitorSample


@dataclass(frozen=True)
class Sample:
    at: datetime
    started_at: datetime
    cpu_percent: float
    rss_mb: float
    model_cpu_percent: float | None
    model_rss_mb: float | None
    queue_depth: int
    judged: int
    model_latency_ms: float | None

    @classmethod
    def of(cls, row: MonitorSample) -> "Sample":
        return cls(row.at, row.started_at, row.cpu_percent, row.rss_mb, row.model_cpu_percent, row.model_rss_mb,
                   row.queue_depth, row.judged, row.model_latency_ms)


def add(session: Session, sample: Sample) -> None:
    session.add(MonitorSample(at=sample.at, started_at=sample.started_at, cpu_percent=sample.cpu_percent,
                              rss_mb=sample.rss_mb, model_cpu_percent=sample.model_cpu_percent,
                              model_rss_mb=sample.model_rss_mb, queue_depth=sample.queue_depth, judged=sample.judged,
                              model_latency_ms=sample.model_latency_ms))


def prune(session: Session, before: datetime) -> None:
    """Delete the samples taken before `before`."""
    session.execute(delete(MonitorSample).where(MonitorSample.at < before))


def latest(session: Session) -> Sample | None:
    """The newest sample (of the newest run that wrote one)."""
    row = session.scalar(select(MonitorSample).order_by(MonitorSample.id.desc()).limit(1))
    return Sample.of(row) if row is not None else None


def since(session: Session, moment: datetime | None = None) -> list[Sample]:
    """The samples (taken at or after `moment`) in time order."""
    q = select(MonitorSample).order_by(MonitorSample.at)
    if moment is not None:
        q = q.where(MonitorSample.at >= moment)
    return [Sample.of(r) for r in session.scalars(q)]
