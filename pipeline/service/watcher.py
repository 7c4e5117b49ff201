"""The watcher: one thread per watched folder turns new UIDs into jobs.

Each watcher has its own connection: IDLE where the server has it, polling otherwise.
A scan records a job for every UID above the folder's checkpoint and queues the ones
that can run now; a full queue blocks the watcher (back-pressure, not memory). The
checkpoint moves only past UIDs whose job is final (`storage.kinds.FINAL`), in the same
transaction as the jobs the scan looked at: a message is never skipped because the
process died between finding it and dealing with it.
"""

from __future__ import annotations

import logging
import queue
import random
import time

from pipeline.imap import STOPPED, AccountSettings, ConnectionLost, FolderMissing, ImapError, Mailbox, SetupError
from pipeline.service.run import Run
from storage import StorageFault, folder_states, jobs, leases
from storage.jobs import JobKey
from storage.kinds import FINAL, Action, JobState
from storage.leases import JUNK
from storage.models import utcnow

log = logging.getLogger(__name__)


class Watcher:
    def __init__(self, run: Run):
        self.run = run

    def watch(self, account: AccountSettings, folder: str | None) -> None:
        """Watch one folder; `folder=None` means the account's Junk folder, found once
        connected (SPECIAL-USE or config), whose new mail is learned as spam, not judged.

        A watched folder that does not exist the first time it is selected is a typo in
        the config: the account stops. One that vanishes later may come back (a server
        renumbering a folder deletes and re-creates it), so that is retried; a missing
        Junk folder only means there is nothing to learn from."""
        lease = (account.name, folder if folder is not None else JUNK)
        try:
            self._watch(account, folder, lease)
        finally:
            self.run.leases.leave(lease)

    def _watch(self, account: AccountSettings, folder: str | None, lease: tuple[str, str]) -> None:
        run = self.run
        learning = folder is None
        delay = 1.0
        selected_once = False
        while run.going(account.name):
            if not run.leases.enter(lease):
                # Another process watches it (or this one is leaving it to one).
                run.stop_requested.wait(run.options.heartbeat_s)
                continue
            mailbox = Mailbox(account)
            try:
                mailbox.connect()
                if folder is None:
                    folder = self._junk_folder(account, mailbox)
                    if folder is None:
                        return
                uidvalidity, uidnext = mailbox.select(folder)
                selected_once = True
                state_id = self._folder_state(account, folder, mailbox, uidvalidity, uidnext)
                self._set_connected(state_id, True, None)
                delay = 1.0
                while run.going(account.name):
                    self._scan(account, folder, uidvalidity, mailbox, state_id, lease)
                    run.faults.succeeded()  # the scan committed a write (the heartbeat)
                    with run.lock:
                        run.scanned.add((account.name, folder))
                    self._wait_for_mail(account, mailbox, lease)
                    if not run.leases.holds(lease):
                        log.info("account %s folder %s: left to another process", account.name, folder)
                        self._set_connected(state_id, False, None)
                        break
                    current_validity, _ = mailbox.select(folder)
                    if current_validity != uidvalidity:
                        log.warning("account %s folder %s: UIDVALIDITY changed %s -> %s; rescanning",
                                    account.name, folder, uidvalidity, current_validity)
                        break
            except SetupError as err:
                run.stop_account(account.name, err)
                self._record_folder_error(account.name, folder, str(err))
                return
            except FolderMissing as err:
                if learning:
                    log.warning("%s; not learning from a Junk folder (set junk_folder to one that exists)", err)
                    run.junk_folders.pop(account.name, None)
                    return
                if not selected_once:
                    run.stop_account(account.name, SetupError(f"{err}; fix `folders` in the config {STOPPED}"))
                    return
                delay = self._reconnect_later(account, folder, err, delay)
            except StorageFault as err:
                run.faults.failed(err)
                run.faults.wait()
            except (ConnectionLost, ImapError, OSError) as err:
                delay = self._reconnect_later(account, folder, err, delay)
            except Exception:  # noqa: BLE001 - a bug must not kill the watcher silently
                log.exception("account %s folder %s: unexpected error in the watcher", account.name, folder)
                run.stop_requested.wait(delay)
                delay = min(run.options.reconnect_max_s, delay * 2)
            finally:
                mailbox.close()

    def _reconnect_later(self, account: AccountSettings, folder: str | None, err: Exception, delay: float) -> float:
        """Wait (with jitter) before reconnecting after a network fault; the next delay."""
        self._record_folder_error(account.name, folder, str(err))
        wait = min(self.run.options.reconnect_max_s, delay) * (0.5 + random.random())
        log.warning("account %s folder %s: %s; reconnecting in %.1f s", account.name, folder or "(Junk)", err, wait)
        self.run.stop_requested.wait(wait)
        return min(self.run.options.reconnect_max_s, delay * 2)

    def _junk_folder(self, account: AccountSettings, mailbox: Mailbox) -> str | None:
        junk = mailbox.junk_folder()
        if junk is None:
            log.info("account %s: no Junk folder (no SPECIAL-USE \\Junk, none configured); not learning from it",
                     account.name)
            return None
        if junk == account.quarantine_folder or junk in account.folders:
            log.warning("account %s: the Junk folder %s is also the quarantine or a watched folder; not learning "
                        "from moves into it (our own moves would look like the owner's)", account.name, junk)
            return None
        self.run.junk_folders[account.name] = junk
        return junk

    def _wait_for_mail(self, account: AccountSettings, mailbox: Mailbox, lease: tuple[str, str]) -> None:
        # Waiting jobs need a rescan when they come due, so never wait past the next one.
        wait = min(account.poll_interval_s, account.idle_renew_s, self._next_retry_in())
        until = _StopOrLeft(self.run, lease)
        if account.use_idle and mailbox.supports_idle():
            mailbox.idle_wait(wait, stop=until)
        else:
            until.wait(wait)
            mailbox.noop()

    def _next_retry_in(self) -> float:
        with self.run.db.reader() as s:
            due = jobs.next_retry_at(s)
        if due is None:
            return 3600.0
        return max(0.5, (due - utcnow()).total_seconds())

    def _folder_state(self, account: AccountSettings, folder: str, mailbox: Mailbox, uidvalidity: int,
                      uidnext: int) -> int:
        """The checkpoint row for this UIDVALIDITY, created on first sight.

        First start of a folder: only mail from now on (checkpoint = UIDNEXT - 1), less
        `backfill` messages, or back to `since`. A new UIDVALIDITY for a known folder:
        every UID is rescanned from 0; messages judged before are recognised by their
        keyword and fingerprint, so nothing is judged twice.
        """
        options = self.run.options
        with self.run.db.session() as s:
            state = folder_states.find(s, account.name, folder, uidvalidity)
            if state is not None:
                return state.id
            if folder_states.known(s, account.name, folder):
                last_uid = 0
            elif options.since is not None:
                older = mailbox.uids_since(options.since)
                last_uid = (older[0] - 1) if older else max(0, uidnext - 1)
            elif options.backfill:
                existing = mailbox.uids()
                last_uid = existing[-options.backfill] - 1 if len(existing) >= options.backfill else 0
            else:
                existing = mailbox.uids()
                last_uid = existing[-1] if existing else max(0, uidnext - 1)
            state = folder_states.add(s, account.name, folder, uidvalidity, last_uid)
            log.info("account %s folder %s: checkpoint starts at UID %s (UIDVALIDITY %s)",
                     account.name, folder, last_uid, uidvalidity)
            return state.id

    def _scan(self, account: AccountSettings, folder: str, uidvalidity: int, mailbox: Mailbox, state_id: int,
              lease: tuple[str, str]) -> None:
        run = self.run
        with run.db.reader() as s:
            last_uid = folder_states.last_uid(s, state_id)
        present = mailbox.uids_after(last_uid)
        now = utcnow()
        with run.db.session() as s:
            found = jobs.above(s, account.name, folder, uidvalidity, last_uid)
            found.update(jobs.add_queued(s, [JobKey(account.name, folder, uidvalidity, uid)
                                             for uid in present if uid not in found]))
            others: set[str] | None = None  # read once, and only if a job has left the folder
            for uid, job in list(found.items()):
                if job.final or uid in present:
                    continue
                if job.claimed_by is not None:
                    others = leases.process_ids(s) - {run.leases.id} if others is None else others
                    if job.claimed_by in others:
                        continue  # another process's worker has it in hand: what happened is its to record
                if job.status == JobState.judged and job.action == Action.quarantine:
                    # Judged, then the process died after the MOVE but before recording
                    # it: the move happened. (Recording "gone" would hide the action.)
                    found[uid] = jobs.mark(s, job.id, JobState.acted,
                                           "moved before an interruption; recorded on restart")
                else:
                    found[uid] = jobs.mark(s, job.id, JobState.gone, "no longer in the folder")
            runnable = sorted(uid for uid, j in found.items() if j.status in (JobState.queued, JobState.judged) or (
                j.status == JobState.waiting and (j.next_attempt_at is None or j.next_attempt_at <= now)))
            open_uids = [uid for uid, j in found.items() if j.status not in FINAL]
            top = max(present + [last_uid])
            new_last = (min(open_uids) - 1) if open_uids else top
            folder_states.advance(s, state_id, new_last, now)
        for uid in runnable:
            key = JobKey(account.name, folder, uidvalidity, uid)
            with run.lock:
                if key in run.in_flight:
                    continue
                run.in_flight.add(key)
            while not run.stop_requested.is_set() and run.leases.holds(lease):
                try:
                    run.queue.put(key, timeout=0.5)
                    break
                except queue.Full:
                    continue
            else:
                with run.lock:
                    run.in_flight.discard(key)
                return

    def _set_connected(self, state_id: int, connected: bool, error: str | None) -> None:
        with self.run.db.session() as s:
            folder_states.set_connected(s, state_id, connected, error)

    def _record_folder_error(self, account: str, folder: str | None, error: str) -> None:
        """For `status`; a storage fault meanwhile only joins the back-off (the error
        was logged, and the watcher must live on to see the fault clear)."""
        if folder is None:
            return
        try:
            with self.run.db.session() as s:
                folder_states.record_error(s, account, folder, error)
        except StorageFault as err:
            self.run.faults.failed(err)


class _StopOrLeft:
    """Set when the service stops or this process no longer holds the folder's lease:
    what a watcher's wait for new mail ends on."""

    def __init__(self, run: Run, lease: tuple[str, str]):
        self.run, self.lease = run, lease

    def is_set(self) -> bool:
        return self.run.stop_requested.is_set() or not self.run.leases.holds(self.lease)

    def wait(self, seconds: float) -> bool:
        end = time.monotonic() + seconds
        while not self.is_set():
            left = end - time.monotonic()
            if left <= 0:
                return False
            self.run.stop_requested.wait(min(left, 0.5))
        return True
