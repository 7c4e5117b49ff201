"""Several `mailwarden run` processes on one database: this process's presence, the
folders it watches, and the jobs its workers have in hand.

Each process registers a row (`storage.leases`) and beats its heartbeat every
`heartbeat_s`, until its workers are done. Every watched folder (and each account's
Junk-folder watcher and quarantine audit) is leased to one process at a time: a process
takes the leases nobody alive holds, up to its fair share of them (so a second process
started later gets half), and gives up what it holds beyond its share once its thread
has left the folder. A process that stops signs off when its workers are done; one
that dies is found dead by the others when its heartbeat is `takeover_after_s` old (or
after three missed beats, by a process on its host that sees its pid gone), and its
folders and job claims are taken over. Leases go by each host's clock.

A job is claimed before a worker touches it (`storage.jobs.claim`): one process at a
time has it in hand (and `Run.in_flight` one worker within it); so any process's
workers may judge any folder's mail: an idle worker asks the database for the oldest
job of a folder another process watches (`claim_next`).

With one process, it holds every lease from the first round and never asks for other
processes' jobs; what it adds for a household on SQLite is a heartbeat every few
seconds and a claim and its release per message.
"""
from __future__ import annotations

import logging
import math
import os
import socket
import threading
import uuid
from collections.abc import Callable, Collection
from datetime import datetime, timedelta

from sqlalchemy.exc import DBAPIError

from pipeline.imap import AccountSettings
from pipeline.service_settings import ServiceOptions
from storage import Database, StorageFault, jobs, leases
from storage.jobs import JobKey
from storage.leases import JUNK, QUARANTINE_AUDIT, Process
from storage.models import utcnow

log = logging.getLogger(__name__)

CLAIM_STALE_S = 3600.0
"""A claim this old is taken over even from a live process (its worker is stuck)."""

_RUNNING: set[str] = set()
"""The ids of the `Leases` started in this very process and not stopped: another row
with this pid is an earlier run of this process that did not stop (a test's crash)."""

LeaseKey = tuple[str, str]
"""(account, folder), or (account, `JUNK` / `QUARANTINE_AUDIT`)."""


def lease_keys(accounts: list[AccountSettings]) -> list[LeaseKey]:
    """Every lease these accounts need: their folders, Junk watchers and audits."""
    keys: list[LeaseKey] = []
    for account in accounts:
        keys.extend((account.name, folder) for folder in account.folders)
        if account.learn_from_junk:
            keys.append((account.name, JUNK))
        keys.append((account.name, QUARANTINE_AUDIT))
    return keys


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Leases:
    def __init__(self, db: Database, accounts: list[AccountSettings], options: ServiceOptions,
                 stopped_accounts: Callable[[], Collection[str]] = tuple):
        """`stopped_accounts`: the accounts this process has stopped (a setup error): their
        leases are left to other processes, which may be configured to work them."""
        self.db = db
        self.options = options
        self.stopped_accounts = stopped_accounts
        self._halt = threading.Event()
        """Set by `stop`, after the workers are done: the heartbeat goes on while they finish."""
        self.host = socket.gethostname()
        self.id = f"{self.host[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.wanted = lease_keys(accounts)
        self.folders = [(a.name, f) for a in accounts for f in a.folders]
        self._lock = threading.Lock()
        self._held: set[LeaseKey] = set()
        self._leaving: set[LeaseKey] = set()
        """Held beyond this process's share: given up once its watcher has left."""
        self._active: set[LeaseKey] = set()
        """Leases a thread of this process is working under now."""
        self._beat_at: datetime | None = None
        self._thread: threading.Thread | None = None
        self.registered = False

    # ------------------------------------------------------------ life

    def start(self) -> None:
        """Register and take the first leases now, so watchers start at once; then keep
        them in a thread. A database that cannot be written now is retried there."""
        try:
            self._round()
        except (StorageFault, DBAPIError) as err:
            log.warning("cannot record this process in the database yet (%s); trying again", err)
        self._thread = threading.Thread(target=self._keep, name="leases", daemon=True)
        self._thread.start()

    def stop(self) -> set[LeaseKey]:
        """Forget this process (once its workers are done): its folders are free for the
        others at once. Returns the leases it held."""
        self._halt.set()
        _RUNNING.discard(self.id)
        if self._thread is not None:
            self._thread.join(timeout=10)
        with self._lock:
            held, self._held = self._held, set()
        try:
            with self.db.session() as s:
                leases.forget(s, self.id)
        except StorageFault as err:
            log.warning("could not tell the database this process stopped (%s); the others take its folders "
                        "over in %.0f s", err, self.options.takeover_after_s)
        return held

    def _keep(self) -> None:
        failing = False
        while not self._halt.wait(self.options.heartbeat_s):
            try:
                self._round()
                if failing:
                    log.info("leases: the database answers again")
                failing = False
            except (StorageFault, DBAPIError) as err:  # a full disk, a restarting server, a deadlock
                if not failing:
                    log.warning("leases: cannot beat the heartbeat (%s); folders are left to other processes "
                                "after %.0f s", err, self.options.takeover_after_s)
                failing = True
                self._forget_if_silent()
            except Exception:  # noqa: BLE001 - the heartbeat must go on
                log.exception("leases: unexpected error")
                self._forget_if_silent()

    def _forget_if_silent(self) -> None:
        """Silent for as long as others wait before taking over: stop working under
        leases that may be someone else's by now."""
        if self._beat_at is not None and utcnow() - self._beat_at > timedelta(seconds=self.options.takeover_after_s / 2):
            with self._lock:
                if self._held:
                    log.warning("leases: silent too long; leaving %s folder(s) to other processes", len(self._held))
                self._held.clear()

    # ------------------------------------------------------------ one round

    def _round(self) -> None:
        now = utcnow()
        with self.db.session() as s:
            if not self.registered or not leases.heartbeat(s, self.id, now):
                if self.registered:
                    log.warning("leases: another process took this one for dead; taking folders afresh")
                    with self._lock:
                        self._held.clear()
                leases.register(s, self.id, self.host, os.getpid(), now)
                self.registered = True
                _RUNNING.add(self.id)
            every = leases.processes(s)
            alive = {p.id for p in every if self._is_alive(p, now)}
            for p in every:
                if p.id not in alive:
                    log.info("process %s (host %s, pid %s) is gone; its folders and jobs are taken over",
                             p.id, p.host, p.pid)
                    leases.forget(s, p.id)
            holders = {(lease.account, lease.folder): lease.process_id for lease in leases.leases(s)}
            stopped = set(self.stopped_accounts())
            wanted = [k for k in self.wanted if k[0] not in stopped]
            share = math.ceil(len(wanted) / max(1, len(alive)))
            with self._lock:
                for key in self.wanted:
                    if key[0] in stopped and holders.get(key) == self.id and key not in self._active:
                        leases.give_up(s, key[0], key[1], self.id)  # its threads left: another may work it
                mine = {k for k in wanted if holders.get(k) == self.id}
                lost = self._held - mine
                for key in sorted(lost):
                    log.warning("leases: %s/%s is watched by another process now", *key)
                # The ones nobody alive holds, up to this process's share, starting at a
                # place of its own so that processes starting together take different ones.
                offset = int(self.id.rsplit(":", 1)[1], 16) % max(1, len(wanted))
                free = [k for k in wanted[offset:] + wanted[:offset] if k not in mine and holders.get(k) not in alive]
                # Taken in one order by every process, so two taking at once never deadlock.
                for key in sorted(free[:max(0, share - len(mine))]):
                    if leases.take(s, key[0], key[1], self.id, now):
                        mine.add(key)
                for key in sorted(mine - self._held):
                    log.info("leases: this process watches %s/%s", *key)
                # Beyond the share (a process joined): leave some to it, each once its
                # thread has left (`leave`); account-wide duties first (they sort first).
                excess = len(mine) - share
                leaving = set(sorted(mine)[:max(0, excess)]) if excess > 0 else set()
                # Losses count at once (no thread may enter them from now on); what was
                # taken counts once the round has committed, below.
                self._held &= mine
                self._leaving = leaving
                for key in sorted(leaving - self._active):
                    leases.give_up(s, key[0], key[1], self.id)
                    mine.discard(key)
                    self._held.discard(key)
                    log.info("leases: left %s/%s to another process", *key)
                leaving &= mine
        # Only once the round committed: a lease taken in a transaction that failed is not held.
        with self._lock:
            self._held, self._leaving = mine, leaving
        self._beat_at = now

    def _is_alive(self, p: Process, now: datetime) -> bool:
        if p.id == self.id:
            return True
        if p.host == self.host and p.pid == os.getpid():
            return p.id in _RUNNING
        silent = now - p.heartbeat_at
        if p.host == self.host and not _pid_alive(p.pid) and silent > timedelta(seconds=3 * self.options.heartbeat_s):
            # Its pid is gone here and it has missed beats: dead, without waiting the
            # whole takeover time. (Both, since a process in another pid namespace under
            # the same host name, a container's, is not visible to this one's kill(0).)
            return False
        return silent <= timedelta(seconds=self.options.takeover_after_s)

    # ------------------------------------------------------------ what the threads ask

    def holds(self, key: LeaseKey) -> bool:
        """May this process's thread go on working under this lease?"""
        with self._lock:
            return key in self._held and key not in self._leaving

    def enter(self, key: LeaseKey) -> bool:
        """A thread starts working under a lease, if this process holds it (in one step
        with the check, so a round cannot give it up in between); False, and counted as
        not working, when it does not."""
        with self._lock:
            if key in self._held and key not in self._leaving:
                self._active.add(key)
                return True
            self._active.discard(key)
            return False

    def leave(self, key: LeaseKey) -> None:
        """A thread no longer works under this lease (its watcher returned or stopped)."""
        with self._lock:
            self._active.discard(key)


    # ------------------------------------------------------------ job claims

    def _stale_before(self, now: datetime) -> datetime:
        return now - timedelta(seconds=CLAIM_STALE_S)

    def claim(self, key: JobKey) -> bool:
        """This process has the job in hand now (False: another process has)."""
        now = utcnow()
        with self.db.session() as s:
            return jobs.claim(s, key, self.id, now, self._stale_before(now))

    def claim_next(self, skip_accounts: set[str]) -> JobKey | None:
        """The oldest runnable job nobody has in hand, of a configured folder another
        process watches (this one's own are queued by its watchers, with their
        back-off; alone, it has none to look for and asks nothing)."""
        now = utcnow()
        with self._lock:
            folders = [f for f in self.folders if f[0] not in skip_accounts and f not in self._held]
        if not folders:
            return None
        with self.db.session() as s:
            return jobs.claim_next(s, self.id, folders, now, self._stale_before(now))

    def unclaim(self, key: JobKey) -> None:
        with self.db.session() as s:
            jobs.unclaim(s, key, self.id)
