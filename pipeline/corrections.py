"""The owner's corrections reach the model files through exactly one owner.

Any process may record a correction (`pipeline.feedback.give_feedback`: the database
first, reputation and rule scores in the same transaction). The fast path's text model
and its neighbour memory live in files that one process holds in memory and saves
whole, so two writers would each save their own copy and the last save would erase
the other's corrections. Hence one owner at a time, decided by a lock file in the data
directory (`OwnerLock`):

- `mailwarden run` takes the lock at start (waiting briefly for a CLI that holds it)
  and keeps it; its `Corrections.serve` loop learns every correction recorded by any
  process, in id order, once each, within `every_s` seconds (at once for its own);
- with no service running, a command that records a correction takes the lock for a
  moment and applies what is pending itself (`settle`);
- the model file remembers the newest correction it holds (`TextModel.applied_feedback_id`),
  saved atomically with it: a crash between learning and saving repeats the learning on
  the next start, never skips or doubles it.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from agent.fast_path import FastPath, StoredFeatures
from agent.learning import Learning
from agent.reputation import ReputationSettings
from pipeline.feedback import FeedbackResult, give_feedback
from storage import Database
from storage import feedback as recorded

log = logging.getLogger(__name__)

LOCK_FILE = "learned-state.lock"


class LearnedStateBusy(Exception):
    """Another process owns the model files; the text says which and what to do."""


@dataclass(frozen=True)
class Holder:
    pid: int
    role: str
    since: str

    def describe(self) -> str:
        what = "`mailwarden run`" if self.role == "service" else f"`mailwarden {self.role}`"
        return f"{what} (pid {self.pid}, since {self.since[:19].replace('T', ' ')} UTC)"


class OwnerLock:
    """An exclusive lock on the data directory's learned state (flock on a file, so it
    is released by the kernel when its holder dies, SIGKILL included)."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self, role: str) -> bool:
        """Take the lock if nobody holds it; True when this process now holds it."""
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
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "role": role,
                                 "since": datetime.now(timezone.utc).isoformat()}).encode())
        self._fd = fd
        return True

    def acquire(self, role: str, wait_s: float = 30.0) -> "OwnerLock":
        """Take the lock, waiting up to `wait_s` for a command that holds it for a moment;
        another service holding it is refused at once (`LearnedStateBusy`)."""
        deadline = time.monotonic() + wait_s
        while not self.try_acquire(role):
            holder = self.holder()
            if (holder is not None and holder.role == "service") or time.monotonic() > deadline:
                who = holder.describe() if holder else "another process"
                raise LearnedStateBusy(f"{who} is using the learned state in {self.path.parent}; "
                                       "stop it first (one service per data directory)")
            time.sleep(0.05)
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None

    def holder(self) -> Holder | None:
        """Who holds the lock, as it wrote when it took it (None if unknown)."""
        try:
            data = json.loads(self.path.read_text() or "{}")
            return Holder(int(data["pid"]), str(data["role"]), str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def __enter__(self) -> "OwnerLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


class Corrections:
    """Recording the owner's word (anyone) and learning it into the model files (the owner).

    `models`: the fast paths by account name, and under None the one for mail of no
    configured account (or every account, without `fast_path.per_account`); a callable
    is asked once, when first needed (a command that only records never loads them).
    """

    def __init__(self, db: Database, models: dict[str | None, FastPath] | Callable[[], dict[str | None, FastPath]],
                 *, lock: OwnerLock | None = None, learning: Learning | None = None,
                 reputation: ReputationSettings | None = None):
        self.db = db
        self._models_source = models
        self._models: dict[str | None, FastPath] | None = None if callable(models) else models
        self.lock = lock
        self.learning = learning
        self.reputation = reputation
        self._due = threading.Event()
        self._serving = False
        self._apply_lock = threading.Lock()
        self._unsaved: list[FastPath] = []
        self._cycle_due = False

    # ------------------------------------------------------------ recording

    def record(self, ref: str, label: str, *, source: str, actor: str | None = None) -> FeedbackResult:
        """Record one correction (exactly once, in the database); see `settle` for the model."""
        result = give_feedback(self.db, ref, label, source=source, actor=actor, learning=self.learning,
                               reputation=self.reputation)
        if result.recorded:
            self._due.set()
        return result

    def give(self, ref: str, label: str, *, source: str, actor: str | None = None) -> FeedbackResult:
        """Record one correction and settle it: `learned` says whether the model holds it
        already (else the service learns it within seconds)."""
        result = self.record(ref, label, source=source, actor=actor)
        if result.recorded:
            result.learned = bool(self.settle())
        return result

    def settle(self) -> bool | None:
        """Make what was recorded reach the model files as soon as this process may:
        True when applied now; None when a service (this process's `serve` loop, or
        another process) will apply it within seconds."""
        if self._serving:
            self._due.set()
            return None
        return self.apply_if_unowned()

    def apply_if_unowned(self, role: str = "feedback") -> bool | None:
        """Apply pending corrections under the lock, if no other process owns it."""
        if self.lock is None or self.lock.held:
            self.apply_pending()
            self.cycle_if_due()
            return True
        if not self.lock.try_acquire(role):
            return None
        try:
            if callable(self._models_source):
                # Read the files afresh under the lock: a copy loaded earlier may predate
                # what the last owner saved, and saving it would erase that.
                self._models = None
            self.apply_pending()
            self.cycle_if_due()
        finally:
            self.lock.release()
        return True

    def holder(self) -> Holder | None:
        return self.lock.holder() if self.lock is not None else None

    # ------------------------------------------------------------ applying (the owner only)

    def models(self) -> dict[str | None, FastPath]:
        if self._models is None:
            self._models = self._models_source()
        return self._models

    def model_for(self, account: str | None) -> FastPath:
        models = self.models()
        return models.get(account) or models[None]

    def apply_pending(self) -> int:
        """Learn every correction recorded since each model's last one, oldest first, and
        save the models that changed; returns how many were learned. Only the owner of
        the learned state may call this."""
        with self._apply_lock:
            models = self.models()
            distinct = list({id(m): m for m in models.values()}.values())
            changed = {id(m): m for m in self._unsaved}
            # A file from before models kept their newest correction: what counts as in
            # it is decided now, and saved, or the next owner would decide differently.
            changed.update({id(m): m for m in distinct if m.text.applied_feedback_id is None})
            low = min(m.applied_through for m in distinct)
            applied, corrected, keys = 0, False, set()
            while True:
                with self.db.reader() as s:
                    batch = recorded.after(s, low, limit=500)
                if not batch:
                    break
                for row in batch:
                    model = self.model_for(row.account)
                    if row.id <= model.applied_through:
                        continue
                    stored = StoredFeatures.of(row.feature_hashes, row.reputation_keys) if row.feature_hashes else None
                    model.learn_correction(row.id, stored, row.label)
                    changed[id(model)] = model
                    applied += 1
                    corrected = corrected or row.is_correction
                    keys.update(row.reputation_keys)
                low = batch[-1].id
            # Saved after the batch, not per correction (a model file is tens of MB); what
            # fails to save (a full disk) is saved on the next call, not learned again.
            self._unsaved = list(changed.values())
            for model in list(self._unsaved):
                model.save_model()
                self._unsaved.remove(model)
            if keys:
                for book in {id(m.reputation): m.reputation for m in distinct}.values():
                    book.flush()
                    book.refresh(sorted(keys))
        if applied:
            log.info("learned %s correction(s) into the fast path", applied)
        if corrected:
            self._cycle_due = True
        return applied

    def cycle_if_due(self) -> None:
        """A learning cycle (drafting and validating prompt rules) when enough corrections
        have come in since the last one. The owner runs it, so two never run at once."""
        if not self._cycle_due or self.learning is None:
            return
        self._cycle_due = False
        if self.learning.corrections_since_last_cycle() >= self.learning.settings.cycle_every:
            self.learning.cycle()

    def serve(self, stop: threading.Event, every_s: float = 2.0) -> None:
        """The owner's loop (the service's thread): apply what other processes record
        within `every_s`, and this process's own at once; once more before leaving."""
        self._serving = True
        failing = False
        cycling: threading.Thread | None = None
        try:
            while not stop.is_set():
                self._due.wait(every_s)
                self._due.clear()
                try:
                    self.apply_pending()
                    if self._cycle_due and (cycling is None or not cycling.is_alive()):
                        # Apart, so that corrections keep being learned meanwhile (the
                        # first cycle reads the bundled sample: seconds).
                        cycling = threading.Thread(target=self._cycle_quietly, name="learning-cycle", daemon=True)
                        cycling.start()
                    if failing:
                        log.warning("corrections are being learned again")
                    failing = False
                except Exception as err:  # noqa: BLE001 - kept for the next round, never lost
                    if not failing:
                        log.error("cannot learn recorded corrections now (%s); they are kept in the database "
                                  "and learned when this clears", err)
                        log.debug("learning corrections failed", exc_info=True)
                    failing = True
                    stop.wait(min(30.0, every_s * 5))
        finally:
            self._serving = False
            try:
                self.apply_pending()
            except Exception as err:  # noqa: BLE001
                log.error("corrections not learned before stopping (%s); the next start learns them", err)
            if cycling is not None:
                cycling.join(timeout=30)

    def _cycle_quietly(self) -> None:
        try:
            self.cycle_if_due()
        except Exception:  # noqa: BLE001 - a failed cycle is tried again after the next correction
            log.exception("the learning cycle failed; it runs again after the next correction")
