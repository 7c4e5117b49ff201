"""Times come back from the database as aware UTC, and statuses as their enums, while
the stored values stay exactly what they were."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select, text

from pipeline.metrics import exposition
from storage import jobs
from storage.jobs import JobKey
from storage.kinds import Action, JobState
from storage.models import MailJob, MonitorSample


@pytest.fixture
def new_york():
    """The process's local time zone is America/New_York for the test (restored after)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        assert time.timezone == 5 * 3600, "the TZ change must take effect (tzdata installed?)"
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_metrics_give_the_service_start_time_in_utc_whatever_the_local_zone(db, new_york):
    """GIVEN a service run that started at 12:00 UTC, sampled by the monitor
    WHEN /metrics is built on a machine whose local zone is New York
    THEN the start time is 12:00 UTC in Unix seconds, not 5 hours later."""
    started = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    with db.session() as s:
        s.add(MonitorSample(at=started + timedelta(minutes=1), started_at=started, cpu_percent=1.0, rss_mb=50.0))
    families = {f.name: f for f in text_string_to_metric_families(exposition(db).decode())}
    assert families["mailwarden_service_start_time_seconds"].samples[0].value == started.timestamp()


def test_times_read_back_are_aware_utc_and_a_local_time_is_stored_as_its_instant(db, new_york):
    local = datetime(2026, 7, 1, 9, 30, tzinfo=timezone(timedelta(hours=-4)))
    with db.session() as s:
        s.add(MonitorSample(at=local, started_at=local, cpu_percent=1.0, rss_mb=50.0))
    with db.reader() as s:
        sample = s.scalars(select(MonitorSample)).one()
        stored = s.execute(text("SELECT started_at FROM monitor_samples")).scalar()
    assert sample.started_at.tzinfo == timezone.utc and sample.started_at == local
    assert stored.startswith("2026-07-01 13:30:00"), "kept in UTC"


def test_statuses_read_back_as_enums_and_are_stored_as_the_same_strings(db):
    key = JobKey("acct", "INBOX", 7, 42)
    with db.session() as s:
        jobs.add_queued(s, [key])
        jobs.finish(s, key, JobState.acted, action=Action.learned_spam)
    with db.reader() as s:
        job = jobs.get(s, key)
        stored = s.execute(text("SELECT status, action FROM mail_jobs")).one()
        row = s.scalars(select(MailJob)).one()
    assert job.status is JobState.acted and job.action is Action.learned_spam and job.final
    assert tuple(stored) == ("acted", "learned-spam")
    assert row.status == "acted" and row.created_at.tzinfo == timezone.utc
