"""Which process owns the learned state (the fast path's model files) right now.

The model files are held in memory and saved whole, so two writers would each save
their own copy and the last save would erase the other's corrections. One process at a
time owns them, by an exclusive `flock` on `data_dir/learned-state.lock`: the kernel
drops it when its holder dies, SIGKILL included, so a crash never leaves it stuck. A
long-running owner (`mailwarden run`, `mailwarden api serve`) keeps it while it runs;
a command that records a correction with no such owner takes it for a moment. Another
`run` on the same directory follows the owner (`pipeline.corrections`).
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path

LOCK_FILE = "learned-state.lock"


class OwnerRole(StrEnum):
    """Who holds the learned state: a service keeps it, a command holds it for a moment."""

    SERVICE = "run"
    API = "api serve"
    FEEDBACK = "feedback"
    RELEASE = "release"
    TRAIN = "train"

    @property
    def long_running(self) -> bool:
        return self in (OwnerRole.SERVICE, OwnerRole.API)


class LearnedStateBusy(Exception):
    """Another process owns the model files; the text says which and what to do."""


@dataclass(frozen=True)
class Holder:
    pid: int
    role: OwnerRole
    since: str

    @property
    def alive(self) -> bool:
        """Is that process still there? (The lock file may still name the last holder
        for a moment after a new one took the lock.)"""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    @property
    def keeps_it(self) -> bool:
        """A live service, which learns what others record; not a brief command."""
        return self.role.long_running and self.alive

    def describe(self) -> str:
        return f"`mailwarden {self.role}` (pid {self.pid}, since {self.since[:19].replace('T', ' ')} UTC)"


class OwnerLock:
    """The exclusive lock on one data directory's learned state. One object per process
    and purpose; safe to share between its threads."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_FILE
        self._fd: int | None = None
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        """Held by this object (by this process)."""
        return self._fd is not None

    def try_acquire(self, role: OwnerRole) -> bool:
        """Take the lock if nobody holds it; True when this object now holds it."""
        with self._guard:
            if self._fd is not None:
                return True
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as err:
                os.close(fd)
                if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    return False
                raise
            self._fd = fd
            try:  # who holds it, for the messages of those who wait; the lock itself is the flock
                os.ftruncate(fd, 0)
                os.pwrite(fd, json.dumps({"pid": os.getpid(), "role": str(role),
                                          "since": datetime.now(timezone.utc).isoformat()}).encode(), 0)
            except OSError:  # a full disk: the lock is held all the same
                pass
            return True

    def wait_acquire(self, role: OwnerRole, wait_s: float) -> bool:
        """Take the lock once a brief holder lets go, within `wait_s`; False when a
        service keeps it, or the wait ran out."""
        deadline = time.monotonic() + wait_s
        while not self.try_acquire(role):
            holder = self.holder()
            if (holder is not None and holder.keeps_it) or time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def acquire(self, role: OwnerRole, wait_s: float = 120.0) -> "OwnerLock":
        """Take the lock for a long-running owner: wait for a command holding it for a
        moment; refuse at once when another service keeps it (`LearnedStateBusy`)."""
        if self.wait_acquire(role, wait_s):
            return self
        holder = self.holder()
        if holder is not None and holder.keeps_it:
            raise LearnedStateBusy(f"{holder.describe()} already uses the learned state in {self.path.parent}; "
                                   "stop it first (one service per data directory)")
        who = holder.describe() if holder is not None else "another process"
        raise LearnedStateBusy(f"{who} has held the learned state in {self.path.parent} for over {wait_s:.0f} s; "
                               "let it finish (or stop it) and start again")

    def release(self) -> None:
        with self._guard:
            if self._fd is not None:
                os.close(self._fd)  # closing the descriptor drops the flock
                self._fd = None

    def holder(self) -> Holder | None:
        """Who holds the lock, as it wrote when it took it (None if unknown)."""
        try:
            data = json.loads(self.path.read_text() or "{}")
            return Holder(int(data["pid"]), OwnerRole(data["role"]), str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def __enter__(self) -> "OwnerLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()
