"""The service itself: starts the threads, watches for the end, stops them (rq's pool
that only supervises is the model).

The threads: one watcher per watched folder (and one for the Junk folder of an account
that learns from it), one quarantine audit per account, N workers, and the corrections
loop when this process owns the learned state. Stop: the first signal sets a flag;
workers finish the job in hand and leave, watchers leave at their next wait. Jobs
still queued stay `queued` in the database and are found again on the next start.
"""

from __future__ import annotations

import logging
import threading
import time

from agent.cascade import Judge
from pipeline.corrections import Corrections
from pipeline.faults import StorageBackoff
from pipeline.imap import AccountSettings
from pipeline.service_settings import ServiceOptions
from pipeline.service.owner_moves import OwnerMoves
from pipeline.service.run import Run
from pipeline.service.watcher import Watcher
from pipeline.service.worker import Worker
from storage import Database, StorageFault, folder_states, jobs
from storage.leases import JUNK

log = logging.getLogger(__name__)


class Service:
    def __init__(self, accounts: list[AccountSettings], judge: Judge | dict[str, Judge], db: Database,
                 options: ServiceOptions, corrections: Corrections | None = None):
        """`judge`: one for every account, or one per account name. `corrections`: where
        the owner's moves are recorded, and (the service owning the learned state) the
        loop that learns every recorded correction; without it they are only recorded."""
        judges = judge if isinstance(judge, dict) else {a.name: judge for a in accounts}
        self._run = Run({a.name: a for a in accounts}, judges, db, options, corrections)
        self.moves = OwnerMoves(self._run)
        self.watcher = Watcher(self._run)
        self.worker = Worker(self._run, self.moves)
        self._threads: list[threading.Thread] = []
        self._corrections_thread: threading.Thread | None = None

    # What callers and tests read of a run, where it has always been.

    @property
    def accounts(self) -> dict[str, AccountSettings]:
        return self._run.accounts

    @property
    def db(self) -> Database:
        return self._run.db

    @property
    def options(self) -> ServiceOptions:
        return self._run.options

    @property
    def corrections(self) -> Corrections | None:
        return self._run.corrections

    @property
    def stop_requested(self) -> threading.Event:
        return self._run.stop_requested

    @property
    def stopped_accounts(self) -> dict[str, str]:
        """Accounts that cannot work as configured, with the line that says what to fix."""
        return self._run.stopped_accounts

    @property
    def faults(self) -> StorageBackoff:
        return self._run.faults

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        self._run.leases.start()
        for account in self.accounts.values():
            for folder in account.folders:
                self._spawn(f"watch:{account.name}:{folder}", self.watcher.watch, account, folder)
            if account.learn_from_junk:
                self._spawn(f"junk:{account.name}", self.watcher.watch, account, None)
            self._spawn(f"quarantine-audit:{account.name}", self.moves.audit_quarantine, account)
        for n in range(self.options.workers):
            self._spawn(f"worker-{n}", self.worker.work)
        if self.corrections is not None:
            self._spawn("corrections", self.corrections.serve, self.stop_requested, self.options.corrections_every_s)
            self._corrections_thread = self._threads[-1]

    def stop(self, timeout: float = 60.0) -> None:
        self.stop_requested.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.1, deadline - time.monotonic()))
        if self._corrections_thread is not None:
            # Its last round learns what is still pending and saves the model: the caller
            # releases the learned state after this, so it must be over, however long.
            self._corrections_thread.join()
        held = self._run.leases.stop()
        held |= {(account, self._run.junk_folders[account]) for account, duty in held
                 if duty == JUNK and account in self._run.junk_folders}
        try:
            with self.db.session() as s:
                folder_states.disconnect(s, held)  # (the others' folders stay connected)
        except StorageFault as err:  # already reported while running; `status` may show "connected" a while
            log.debug("stop: folder states not updated: %s", err)

    def run(self, until=None, poll: float = 0.2) -> None:
        """Run until `stop_requested` is set, `until()` returns True, or every account
        has stopped (see `stopped_accounts`)."""
        self.start()
        try:
            while not self.stop_requested.is_set() and not self.all_stopped():
                if until is not None and until():
                    break
                time.sleep(poll)
        finally:
            self.stop()

    def all_stopped(self) -> bool:
        return self._run.all_stopped()

    def _spawn(self, name: str, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def queue_depth(self) -> int:
        return self._run.queue.qsize()

    def idle(self) -> bool:
        """Every watched folder scanned at least once *by this run* and no job left to
        do now (jobs waiting for a model retry still count as work). Stopped accounts
        count as done; while a storage fault lasts nothing does (a scan that could not
        be recorded may have found mail)."""
        run = self._run
        if run.all_stopped():
            return True
        if run.faults.active:
            return False
        if not run.leases.registered:
            return False
        wanted = {(a.name, f) for a in run.accounts.values() if a.name not in run.stopped_accounts
                  for f in a.folders if run.leases.holds((a.name, f))}
        with run.lock:
            if run.in_flight or not run.queue.empty() or not wanted <= run.scanned:
                return False
        with run.db.reader() as s:
            # A stopped account's jobs stay for its next start; they are not work for this run.
            open_jobs = jobs.open_count(s, excluding_accounts=run.stopped_accounts)
        return open_jobs == 0
