"""How the service waits out a storage fault (a full disk, a database that became
read-only): one line when it starts, a reminder now and then, one line when it clears.

A storage fault is the machine's state, not the mail's: every message would meet it, so
logging it per message says nothing new a thousand times. Instead every thread that
meets it reports it here and waits; the first report logs it, later ones only widen the
pause (1 s, doubling, up to `max_s`), and the next write that commits ends it. Nothing
is lost meanwhile: a job whose write failed keeps the state it had in the database (the
transaction was rolled back), and the checkpoint never moves past it, so the next scan
queues it again.
"""

from __future__ import annotations

import logging
import threading
import time

from storage.faults import StorageFault

log = logging.getLogger(__name__)

REMIND_EVERY_S = 600.0
"""While a fault lasts, say so again this often: a line a day would be missed, one a
second would bury everything else."""


class StorageBackoff:
    """Shared by the watchers and workers of one service."""

    def __init__(self, stop: threading.Event, first_s: float = 1.0, max_s: float = 30.0,
                 remind_every_s: float = REMIND_EVERY_S):
        if not 0 < first_s <= max_s:
            raise ValueError(f"StorageBackoff: first_s ({first_s}) must be above 0 and at most max_s ({max_s})")
        self._stop = stop
        self.first_s, self.max_s, self.remind_every_s = first_s, max_s, remind_every_s
        self._lock = threading.Lock()
        self._fault: StorageFault | None = None
        self._since = 0.0
        self._delay = first_s
        self._resume_at = 0.0
        self._said_at = 0.0
        self._attempts = 0

    @property
    def active(self) -> bool:
        return self._fault is not None

    @property
    def attempts(self) -> int:
        """Writes that failed since the fault began (0 without one)."""
        return self._attempts

    def failed(self, fault: StorageFault) -> None:
        """A write failed with `fault`: pause every caller of `wait`. Logged when the
        fault starts or changes kind, and every `remind_every_s` while it lasts."""
        log.debug("storage fault", exc_info=fault)
        now = time.monotonic()
        with self._lock:
            self._attempts += 1
            if self._fault is None or self._fault.kind != fault.kind:
                if self._fault is None:
                    self._since = now
                self._fault, self._delay, self._said_at = fault, self.first_s, now
                self._resume_at = now + self._delay
                log.error("%s; meanwhile the service pauses, leaving mail where it is, and carries on by itself "
                          "when it can write (it tries every %g s at most)", fault, self.max_s)
                return
            self._fault = fault
            if now >= self._resume_at:  # a new failure after the pause: pause longer
                self._delay = min(self.max_s, self._delay * 2)
                self._resume_at = now + self._delay
            if now - self._said_at >= self.remind_every_s:
                self._said_at = now
                log.error("still: %s (for %s, %s attempts)", fault, _duration(now - self._since), self._attempts)

    def succeeded(self) -> None:
        """A write committed: the fault, if there was one, is over."""
        if self._fault is None:
            return
        with self._lock:
            if self._fault is None:
                return
            fault, lasted = self._fault, time.monotonic() - self._since
            self._fault, self._attempts, self._delay = None, 0, self.first_s
        log.warning("%s can be written again after %s; carrying on", fault.path, _duration(lasted))

    def wait(self) -> None:
        """Return at once without a fault; else when the pause ends or the service stops."""
        while self._fault is not None and not self._stop.is_set():
            left = self._resume_at - time.monotonic()
            if left <= 0:
                return
            self._stop.wait(min(left, 1.0))


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"
