"""The performance monitor: the running service samples itself into the database.

Every `interval_s` it records its own CPU time and memory (psutil), a local model
server's when there is one (an `ollama` process on this machine; the embedded model
runs inside the service and is counted with it), the queue depth, how many messages
were judged since the last sample and their mean model latency. `mailwarden stats`,
the dashboard and `/metrics` read these rows; the service also redraws the dashboard
PNG on a schedule when `dashboard_path` is set, and logs the audit chain's head every
`audit.head_log_every_s` (and when it starts and stops, even with sampling off) so a
copy of it exists outside the database (`storage.audit.log_head`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import psutil
from pydantic import BaseModel, ConfigDict, Field

from storage import Database, StorageFault, monitor_samples, verdicts
from storage.audit import log_head
from storage.models import utcnow
from storage.monitor_samples import Sample

log = logging.getLogger(__name__)


class MonitorSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    interval_s: float = Field(default=60.0, ge=0.05, description="seconds between samples")
    model_process_names: list[str] = Field(default_factory=lambda: ["ollama"],
                                           description="local model server processes to sample too")
    dashboard_path: Path | None = Field(default=None, description="redraw this PNG while the service runs")
    dashboard_every_s: float = Field(default=3600.0, gt=0)
    keep_days: float = Field(default=90.0, gt=0, description="older samples are deleted")


class Monitor:
    def __init__(self, db: Database, settings: MonitorSettings | None = None,
                 queue_depth: Callable[[], int] = lambda: 0, watch_model_process: bool = False,
                 draw_dashboard: Callable[[Path], None] | None = None):
        self.db = db
        self.settings = settings or MonitorSettings()
        self.queue_depth = queue_depth
        self.watch_model_process = watch_model_process
        self.draw_dashboard = draw_dashboard
        self.started_at = utcnow()
        self._process = psutil.Process()
        self._last_wall = time.monotonic()
        self._last_cpu = self._cpu_seconds(self._process)
        self._model: psutil.Process | None = None
        self._model_last: tuple[float, float] | None = None
        self._last_at = self.started_at
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_dashboard = 0.0
        self._last_head = 0.0
        self._storage_fault = False

    @staticmethod
    def _cpu_seconds(process: psutil.Process) -> float:
        times = process.cpu_times()
        return times.user + times.system

    def _model_process(self) -> psutil.Process | None:
        if not self.watch_model_process:
            return None
        if self._model is not None and self._model.is_running():
            return self._model
        self._model, self._model_last = None, None
        for proc in psutil.process_iter(["name"]):
            if (proc.info.get("name") or "").lower() in self.settings.model_process_names:
                self._model = proc
                break
        return self._model

    def sample(self) -> Sample:
        """Take one sample and store it."""
        now_wall = time.monotonic()
        cpu = self._cpu_seconds(self._process)
        wall = max(now_wall - self._last_wall, 1e-6)
        cpu_percent = 100.0 * (cpu - self._last_cpu) / wall
        self._last_wall, self._last_cpu = now_wall, cpu
        rss_mb = self._process.memory_info().rss / 2**20

        model_cpu = model_rss = None
        model = self._model_process()
        if model is not None:
            try:
                m_cpu = self._cpu_seconds(model)
                if self._model_last is not None:
                    model_cpu = 100.0 * (m_cpu - self._model_last[0]) / max(now_wall - self._model_last[1], 1e-6)
                self._model_last = (m_cpu, now_wall)
                model_rss = model.memory_info().rss / 2**20
            except psutil.Error:
                self._model = None

        at = utcnow()
        with self.db.session() as s:
            judged, latency = verdicts.judged_between(s, self._last_at, at)
            row = Sample(at=at, started_at=self.started_at, cpu_percent=round(cpu_percent, 2),
                         rss_mb=round(rss_mb, 2), model_cpu_percent=model_cpu, model_rss_mb=model_rss,
                         queue_depth=self.queue_depth(), judged=judged, model_latency_ms=latency)
            monitor_samples.add(s, row)
            monitor_samples.prune(s, at - timedelta(days=self.settings.keep_days))
        self._last_at = at
        return row

    # ------------------------------------------------------------ the thread

    def start(self) -> "Monitor":
        self._log_audit_head()
        if not self.settings.enabled:
            return self
        self._thread = threading.Thread(target=self._run, name="monitor", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        if self.settings.enabled:
            self._safely(self.sample)  # the last word of this run
            self._draw()
        self._log_audit_head()

    def _run(self) -> None:
        while not self._stop.wait(self.settings.interval_s):
            self._safely(self.sample)
            if time.monotonic() - self._last_dashboard >= self.settings.dashboard_every_s:
                self._draw()
            every = self._head_every_s()
            if every and time.monotonic() - self._last_head >= every:
                self._log_audit_head()

    def _head_every_s(self) -> float:
        return self.db.audit.settings.head_log_every_s if self.db.audit is not None else 0.0

    def _log_audit_head(self) -> None:
        if not self._head_every_s():
            return
        self._last_head = time.monotonic()
        self._safely(log_head, self.db)

    def _draw(self) -> None:
        if self.settings.dashboard_path is None or self.draw_dashboard is None:
            return
        self._last_dashboard = time.monotonic()
        self._safely(self.draw_dashboard, self.settings.dashboard_path)

    def _safely(self, fn, *args) -> None:
        try:
            fn(*args)
        except StorageFault as err:  # a full disk: said once, not at every sample
            log.debug("monitor: %s failed", getattr(fn, "__name__", fn), exc_info=True)
            if not self._storage_fault:
                log.warning("monitor: not sampling for now: %s", err)
            self._storage_fault = True
        except Exception:  # noqa: BLE001 - monitoring must never take the service down
            log.exception("monitor: %s failed", getattr(fn, "__name__", fn))
        else:
            self._storage_fault = False


def latest_run(db: Database) -> tuple[datetime | None, datetime | None]:
    """(started_at, last sample at) of the most recent run that wrote samples."""
    with db.reader() as s:
        row = monitor_samples.latest(s)
    return (row.started_at, row.at) if row is not None else (None, None)
