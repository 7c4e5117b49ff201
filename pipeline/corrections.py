"""The owner's corrections reach the model files through exactly one owner.

Any process may record a correction (`pipeline.feedback.give_feedback`: the database
first, reputation and rule scores in the same transaction). The fast path's text model
and its neighbour memory live in files with one writer at a time, the owner of the
learned state (`pipeline.ownership`):

- `mailwarden run` (and `api serve`) take it at start, waiting for a command that holds
  it for a moment, and keep it; their `Corrections.serve` loop learns every correction
  recorded by any process, in id order, once each, within `every_s` seconds (at once
  for their own);
- with no such service, a command that records a correction takes it for a moment and
  learns what is pending itself (`settle`), after waiting for another command that
  holds it;
- the model file remembers the newest correction it holds (`TextModel.applied_feedback_id`),
  saved atomically with it: a crash between learning and saving repeats the learning on
  the next start, never skips or doubles it;
- a second `run` on the same data directory (several processes sharing one database)
  follows the owner: its `serve` loop reads the model file again when the owner saves it
  and the reputation marks of new corrections (`follow`), and takes the ownership over
  when the owner stops. Processes on other hosts have data directories of their own,
  each with its owner, which learns every correction recorded anywhere.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from agent.fast_path import FastPath, StoredFeatures
from agent.learning import Learning
from agent.reputation import ReputationSettings
from pipeline.feedback import FeedbackResult, give_feedback
from pipeline.ownership import Holder, OwnerLock, OwnerRole
from storage import Database
from storage import feedback as recorded
from storage.kinds import FeedbackSource

log = logging.getLogger(__name__)

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
        self._apply_lock = threading.RLock()
        self._unsaved: list[FastPath] = []
        self._stale_keys: set[tuple[str, str]] = set()
        self._cycle_due = False
        self._followed_through: int | None = None
        """Following another owner: the newest correction whose reputation marks were read."""

    # ------------------------------------------------------------ recording

    def record(self, ref: str, label: str, *, source: FeedbackSource, actor: str | None = None) -> FeedbackResult:
        """Record one correction (exactly once, in the database); see `settle` for the model."""
        result = give_feedback(self.db, ref, label, source=source, actor=actor, learning=self.learning,
                               reputation=self.reputation)
        if result.recorded:
            self._due.set()
        return result

    def give(self, ref: str, label: str, *, source: FeedbackSource, actor: str | None = None,
             role: OwnerRole = OwnerRole.FEEDBACK) -> FeedbackResult:
        """Record one correction and settle it: `learned` says whether the model holds it
        already (else the service learns it within seconds)."""
        result = self.record(ref, label, source=source, actor=actor)
        if result.recorded:
            result.learned = bool(self.settle(role))
        return result

    def settle(self, role: OwnerRole = OwnerRole.FEEDBACK) -> bool | None:
        """Make what was recorded reach the model files as soon as this process may:
        True when learned now; None when a service (this process's `serve` loop, or
        another process's) will learn it within seconds."""
        if self._serving:
            self._due.set()
            return None
        return self.apply_if_unowned(role)

    def apply_if_unowned(self, role: OwnerRole = OwnerRole.FEEDBACK, wait_s: float = 120.0) -> bool | None:
        """Learn pending corrections under the lock, unless a service keeps it (None);
        a command holding it for a moment is waited for. Then a learning cycle, if one
        is due (outside the lock: it touches only the database)."""
        with self._apply_lock:  # one thread of this process at a time, from the lock to its release
            if self.lock is None or self.lock.held:
                self.apply_pending()
            else:
                if not self.lock.wait_acquire(role, wait_s):
                    return None
                try:
                    if callable(self._models_source):
                        # Read the files afresh under the lock: a copy loaded earlier may
                        # predate what the last owner saved, and saving it would erase that.
                        self._models = None
                    # Until nothing is pending: what another command recorded while this
                    # one held the lock would otherwise wait for the next owner.
                    while self.apply_pending() or self._pending():
                        pass
                finally:
                    self.lock.release()
        self.cycle_if_due()
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

    def _pending(self) -> bool:
        with self.db.reader() as s:
            newest = recorded.last_id(s)
        return any(newest > m.applied_through for m in self._distinct())

    def _distinct(self) -> list[FastPath]:
        return list({id(m): m for m in self.models().values()}.values())

    def apply_pending(self) -> int:
        """Learn every correction recorded since each model's last one, oldest first, and
        save the models that changed; returns how many were learned. Only the owner of
        the learned state may call this."""
        with self._apply_lock:
            distinct = self._distinct()
            low = min(m.applied_through for m in distinct)
            changed = {id(m): m for m in self._unsaved}
            applied, corrected = 0, False
            while True:
                with self.db.reader() as s:
                    batch = recorded.after(s, low, limit=500)
                if not batch:
                    break
                for row in batch:
                    target = self.model_for(row.account)
                    for model in distinct:
                        if row.id <= model.applied_through:
                            continue
                        if model is not target:  # another account's: this model is past it too
                            model.pass_correction(row.id)
                            continue
                        stored = StoredFeatures.of(row.feature_hashes, row.reputation_keys) \
                            if row.feature_hashes else None
                        model.learn_correction(row.id, stored, row.label)
                        changed[id(model)] = model
                        applied += 1
                        corrected = corrected or row.is_correction
                        self._stale_keys.update(row.reputation_keys)
                low = batch[-1].id
            if self._stale_keys:
                # Their marks were made in the database when recorded; this process's
                # copy is read again (its own counts written first).
                self._read_marks_again(distinct, self._stale_keys)
                self._stale_keys.clear()
            # Saved after the batch, not per correction (a model file is tens of MB);
            # each on its own, and what fails to save (a full disk) is saved on the next
            # call, not learned again.
            self._unsaved, failure = [], None
            for model in changed.values():
                try:
                    model.save_model()
                except Exception as err:  # noqa: BLE001 - raised below, after the others were tried
                    self._unsaved.append(model)
                    failure = failure or err
            if failure is not None:
                raise failure
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
        """The service's loop. As the owner: apply what other processes record within
        `every_s`, and this process's own at once; once more before leaving. While
        another service owns the learned state (several `run` on one data directory):
        follow it, and become the owner when it stops."""
        self._serving = True
        failing = False
        cycling: threading.Thread | None = None
        try:
            while not stop.is_set():
                self._due.wait(every_s)
                self._due.clear()
                try:
                    if not self._owns():
                        self.follow()
                        continue
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
                if self.lock is None or self.lock.held:
                    self.apply_pending()
            except Exception as err:  # noqa: BLE001
                log.error("corrections not learned before stopping (%s); the next start learns them", err)
            if cycling is not None:
                cycling.join(timeout=30)

    def _owns(self) -> bool:
        """Does this process own the learned state? One that followed another takes it
        over when that one lets go, reading the files its last save left first."""
        if self.lock is None or self.lock.held:
            return True
        if not self.lock.try_acquire(OwnerRole.SERVICE):
            return False
        log.info("this process owns the learned state now (the service that did has stopped)")
        self.follow()
        return True

    def follow(self) -> None:
        """Another process owns the learned state: read the model files it saved since
        they were read here, and the reputation counts its corrections changed."""
        distinct = self._distinct()
        for model in distinct:
            if model.reload_if_changed():
                log.info("read the fast path's model again (saved by the process that owns the learned state)")
        if self._followed_through is None:
            self._followed_through = min(m.applied_through for m in distinct)
        with self.db.reader() as s:
            batch = recorded.after(s, self._followed_through, limit=500)
        if batch:
            self._read_marks_again(distinct, {tuple(k) for row in batch for k in row.reputation_keys})
            self._followed_through = batch[-1].id

    @staticmethod
    def _read_marks_again(models: list[FastPath], keys: set[tuple[str, str]]) -> None:
        """Corrections mark reputation in the database when recorded; each reputation
        book of this process reads those keys again (its own counts written first)."""
        for book in {id(m.reputation): m.reputation for m in models}.values():
            book.flush()
            book.refresh(sorted(keys))

    def _cycle_quietly(self) -> None:
        try:
            self.cycle_if_due()
        except Exception:  # noqa: BLE001 - a failed cycle is tried again after the next correction
            log.exception("the learning cycle failed; it runs again after the next correction")
