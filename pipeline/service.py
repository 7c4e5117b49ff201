"""The IMAP service: watchers find new mail, a worker pool judges it and acts on it.

Boring on purpose (rq's worker loop is the model):
- one watcher thread per watched folder, each with its own connection: IDLE where the
  server has it, polling otherwise; it turns UIDs above the folder's checkpoint into
  jobs on a bounded queue (a full queue blocks the watcher: back-pressure, not memory);
- N worker threads, each with its own connection per account, take a job, judge, record,
  act, record again;
- the database is the truth. A job's row says how far it got (queued -> judged -> acted),
  the verdict and the planned action are stored *before* the mailbox is touched, and
  the checkpoint only moves past UIDs whose job is final. So a crash at any moment
  repeats at most one idempotent step: re-judging an unrecorded message, re-adding a
  keyword, or finding that a move already happened. Nothing is lost or moved twice.
- stop: the first signal sets a flag; workers finish the job in hand and leave, watchers
  leave at their next wait. Jobs still queued stay `queued` in the database and are
  found again on the next start.
- faults: an account that cannot work as configured (`SetupError`: a refused password,
  a TLS mode the port does not speak, a watched folder that does not exist) is stopped
  with one line saying what to fix, and when no account is left the service ends. A
  storage fault (a full disk) pauses every thread through one `StorageBackoff`, logged
  once, not per message; network faults are retried per connection with back-off.
"""

from __future__ import annotations

import logging
import queue
import random
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, or_, select

from agent.backends.base import BackendError
from agent.cascade import Judge
from pipeline.actions import choose_action, keywords_for
from pipeline.corrections import Corrections
from pipeline.faults import StorageBackoff
from pipeline.feedback import give_feedback
from pipeline.imap import (JUDGED_KEYWORD, STOPPED, AccountSettings, ConnectionLost, FolderMissing, ImapError, Mailbox,
                           SetupError)
from pipeline.judging import Judgement, record
from pipeline.parsing import parse_message
from pipeline.service_settings import ServiceOptions
from storage import Database, StorageFault
from storage.audit import note
from storage.models import Feedback, FolderState, MailJob, Message, VerdictRecord, utcnow

log = logging.getLogger(__name__)

FINAL = ("acted", "gone", "skipped", "failed")


@dataclass(frozen=True)
class JobKey:
    account: str
    folder: str
    uidvalidity: int
    uid: int


class Service:
    def __init__(self, accounts: list[AccountSettings], judge: Judge | dict[str, Judge], db: Database,
                 options: ServiceOptions, corrections: Corrections | None = None):
        """`judge`: one for every account, or one per account name. `corrections`: where
        the owner's moves are recorded, and (the service owning the learned state) the
        loop that learns every recorded correction; without it they are only recorded."""
        self.accounts = {a.name: a for a in accounts}
        self.corrections = corrections
        self._corrections_thread: threading.Thread | None = None
        self.judges = judge if isinstance(judge, dict) else {a.name: judge for a in accounts}
        self.db = db
        self.options = options
        self.queue: queue.Queue[JobKey] = queue.Queue(maxsize=options.queue_size)
        self.stop_requested = threading.Event()
        self._in_flight: set[JobKey] = set()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self.stopped_accounts: dict[str, str] = {}
        """Accounts that cannot work as configured, with the line that says what to fix."""
        self.faults = StorageBackoff(self.stop_requested, max_s=options.storage_retry_max_s)
        self.junk_folders: dict[str, str] = {}
        self._scanned: set[tuple[str, str]] = set()  # (account, folder) scanned since start
        self.quarantine_ready: set[str] = set()

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        for account in self.accounts.values():
            for folder in account.folders:
                self._spawn(f"watch:{account.name}:{folder}", self._watch, account, folder)
            if account.learn_from_junk:
                self._spawn(f"junk:{account.name}", self._watch, account, None)
            self._spawn(f"quarantine-audit:{account.name}", self._audit_quarantine, account)
        for n in range(self.options.workers):
            self._spawn(f"worker-{n}", self._work)
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
        try:
            with self.db.session() as s:
                for state in s.scalars(select(FolderState).where(FolderState.connected.is_(True))):
                    state.connected = False
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
        return len(self.stopped_accounts) == len(self.accounts) > 0

    def _stop_account(self, name: str, err: Exception) -> None:
        """This account cannot work as configured: say so once, and let its threads go."""
        with self._lock:
            if name in self.stopped_accounts:
                return
            self.stopped_accounts[name] = str(err)
        log.error("%s", err)

    def _spawn(self, name: str, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def queue_depth(self) -> int:
        return self.queue.qsize()

    def idle(self) -> bool:
        """Every watched folder scanned at least once *by this run* and no job left to
        do now (jobs waiting for a model retry still count as work). Stopped accounts
        count as done; while a storage fault lasts nothing does (a scan that could not
        be recorded may have found mail)."""
        if self.all_stopped():
            return True
        if self.faults.active:
            return False
        wanted = {(a.name, f) for a in self.accounts.values() if a.name not in self.stopped_accounts
                  for f in a.folders}
        with self._lock:
            if self._in_flight or not self.queue.empty() or not wanted <= self._scanned:
                return False
        with self.db.reader() as s:
            # A stopped account's jobs stay for its next start; they are not work for this run.
            open_jobs = s.scalar(select(func.count()).select_from(MailJob).where(
                MailJob.status.not_in(FINAL), MailJob.account.not_in(list(self.stopped_accounts))))
        return open_jobs == 0

    # ------------------------------------------------------------ watcher

    def _watch(self, account: AccountSettings, folder: str | None) -> None:
        """Watch one folder; `folder=None` means the account's Junk folder, found once
        connected (SPECIAL-USE or config), whose new mail is learned as spam, not judged.

        A watched folder that does not exist the first time it is selected is a typo in
        the config: the account stops. One that vanishes later may come back (a server
        renumbering a folder deletes and re-creates it), so that is retried; a missing
        Junk folder only means there is nothing to learn from."""
        learning = folder is None
        delay = 1.0
        selected_once = False
        while not self.stop_requested.is_set() and account.name not in self.stopped_accounts:
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
                while not self.stop_requested.is_set() and account.name not in self.stopped_accounts:
                    self._scan(account, folder, uidvalidity, mailbox, state_id)
                    self.faults.succeeded()  # the scan committed a write (the heartbeat)
                    with self._lock:
                        self._scanned.add((account.name, folder))
                    self._wait_for_mail(account, mailbox)
                    current_validity, _ = mailbox.select(folder)
                    if current_validity != uidvalidity:
                        log.warning("account %s folder %s: UIDVALIDITY changed %s -> %s; rescanning",
                                    account.name, folder, uidvalidity, current_validity)
                        break
            except SetupError as err:
                self._stop_account(account.name, err)
                self._record_folder_error(account.name, folder, str(err))
                return
            except FolderMissing as err:
                if learning:
                    log.warning("%s; not learning from a Junk folder (set junk_folder to one that exists)", err)
                    self.junk_folders.pop(account.name, None)
                    return
                if not selected_once:
                    self._stop_account(account.name, SetupError(f"{err}; fix `folders` in the config {STOPPED}"))
                    return
                delay = self._reconnect_later(account, folder, err, delay)
            except StorageFault as err:
                self.faults.failed(err)
                self.faults.wait()
            except (ConnectionLost, ImapError, OSError) as err:
                delay = self._reconnect_later(account, folder, err, delay)
            except Exception:  # noqa: BLE001 - a bug must not kill the watcher silently
                log.exception("account %s folder %s: unexpected error in the watcher", account.name, folder)
                self.stop_requested.wait(delay)
                delay = min(self.options.reconnect_max_s, delay * 2)
            finally:
                mailbox.close()

    def _reconnect_later(self, account: AccountSettings, folder: str | None, err: Exception, delay: float) -> float:
        """Wait (with jitter) before reconnecting after a network fault; the next delay."""
        self._record_folder_error(account.name, folder, str(err))
        wait = min(self.options.reconnect_max_s, delay) * (0.5 + random.random())
        log.warning("account %s folder %s: %s; reconnecting in %.1f s", account.name, folder or "(Junk)", err, wait)
        self.stop_requested.wait(wait)
        return min(self.options.reconnect_max_s, delay * 2)

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
        self.junk_folders[account.name] = junk
        return junk

    def _wait_for_mail(self, account: AccountSettings, mailbox: Mailbox) -> None:
        # Waiting jobs need a rescan when they come due, so never wait past the next one.
        wait = min(account.poll_interval_s, account.idle_renew_s, self._next_retry_in())
        if account.use_idle and mailbox.supports_idle():
            mailbox.idle_wait(wait, stop=self.stop_requested)
        else:
            self.stop_requested.wait(wait)
            mailbox.noop()

    def _next_retry_in(self) -> float:
        with self.db.reader() as s:
            due = s.scalar(select(MailJob.next_attempt_at).where(MailJob.status == "waiting")
                           .order_by(MailJob.next_attempt_at).limit(1))
        if due is None:
            return 3600.0
        return max(0.5, (_aware(due) - utcnow()).total_seconds())

    def _folder_state(self, account: AccountSettings, folder: str, mailbox: Mailbox, uidvalidity: int,
                      uidnext: int) -> int:
        """The checkpoint row for this UIDVALIDITY, created on first sight.

        First start of a folder: only mail from now on (checkpoint = UIDNEXT - 1), less
        `backfill` messages, or back to `since`. A new UIDVALIDITY for a known folder:
        every UID is rescanned from 0; messages judged before are recognised by their
        keyword and fingerprint, so nothing is judged twice.
        """
        with self.db.session() as s:
            state = s.scalar(select(FolderState).where(
                FolderState.account == account.name, FolderState.folder == folder,
                FolderState.uidvalidity == uidvalidity))
            if state is not None:
                return state.id
            known_before = s.scalar(select(FolderState.id).where(
                FolderState.account == account.name, FolderState.folder == folder).limit(1))
            if known_before is not None:
                last_uid = 0
            elif self.options.since is not None:
                older = mailbox.uids_since(self.options.since)
                last_uid = (older[0] - 1) if older else max(0, uidnext - 1)
            elif self.options.backfill:
                existing = mailbox.uids()
                last_uid = existing[-self.options.backfill] - 1 if len(existing) >= self.options.backfill else 0
            else:
                existing = mailbox.uids()
                last_uid = existing[-1] if existing else max(0, uidnext - 1)
            state = FolderState(account=account.name, folder=folder, uidvalidity=uidvalidity, last_uid=last_uid)
            s.add(state)
            s.flush()
            log.info("account %s folder %s: checkpoint starts at UID %s (UIDVALIDITY %s)",
                     account.name, folder, last_uid, uidvalidity)
            return state.id

    def _scan(self, account: AccountSettings, folder: str, uidvalidity: int, mailbox: Mailbox, state_id: int) -> None:
        with self.db.reader() as s:
            last_uid = s.get(FolderState, state_id).last_uid
        present = mailbox.uids_after(last_uid)
        now = utcnow()
        with self.db.session() as s:
            jobs = {j.uid: j for j in s.scalars(select(MailJob).where(
                MailJob.account == account.name, MailJob.folder == folder,
                MailJob.uidvalidity == uidvalidity, MailJob.uid > last_uid))}
            for uid in present:
                if uid not in jobs:
                    jobs[uid] = MailJob(account=account.name, folder=folder, uidvalidity=uidvalidity, uid=uid,
                                        status="queued", attempts=0)
                    s.add(jobs[uid])
            for uid, job in jobs.items():
                if job.status in FINAL or uid in present:
                    continue
                if job.status == "judged" and job.action == "quarantine":
                    # Judged, then the process died after the MOVE but before recording
                    # it: the move happened. (Recording "gone" would hide the action.)
                    job.status, job.error = "acted", "moved before an interruption; recorded on restart"
                else:
                    job.status, job.error = "gone", "no longer in the folder"
            runnable = sorted(uid for uid, j in jobs.items() if j.status in ("queued", "judged") or (
                j.status == "waiting" and (j.next_attempt_at is None or _aware(j.next_attempt_at) <= now)))
            open_uids = [uid for uid, j in jobs.items() if j.status not in FINAL]
            top = max(present + [last_uid])
            new_last = (min(open_uids) - 1) if open_uids else top
            state = s.get(FolderState, state_id)
            state.last_uid = max(state.last_uid, new_last)
            state.heartbeat_at = now
        for uid in runnable:
            key = JobKey(account.name, folder, uidvalidity, uid)
            with self._lock:
                if key in self._in_flight:
                    continue
                self._in_flight.add(key)
            while not self.stop_requested.is_set():
                try:
                    self.queue.put(key, timeout=0.5)
                    break
                except queue.Full:
                    continue
            else:
                with self._lock:
                    self._in_flight.discard(key)
                return

    def _set_connected(self, state_id: int, connected: bool, error: str | None) -> None:
        with self.db.session() as s:
            state = s.get(FolderState, state_id)
            state.connected, state.last_error, state.heartbeat_at = connected, error, utcnow()

    def _record_folder_error(self, account: str, folder: str | None, error: str) -> None:
        """For `status`; a storage fault meanwhile only joins the back-off (the error
        was logged, and the watcher must live on to see the fault clear)."""
        if folder is None:
            return
        try:
            with self.db.session() as s:
                for state in s.scalars(select(FolderState).where(FolderState.account == account,
                                                                 FolderState.folder == folder)):
                    state.connected, state.last_error = False, error[:1000]
        except StorageFault as err:
            self.faults.failed(err)

    # ------------------------------------------------------------ workers

    def _work(self) -> None:
        mailboxes: dict[str, Mailbox] = {}
        try:
            while not self.stop_requested.is_set():
                self.faults.wait()  # while the disk is full, trying the next message is pointless
                try:
                    key = self.queue.get(timeout=0.3)
                except queue.Empty:
                    continue
                try:
                    if key.account not in self.stopped_accounts and self._process(key, mailboxes):
                        self.faults.succeeded()  # else left for the next start, or nothing written
                except SetupError as err:
                    self._stop_account(key.account, err)
                except StorageFault as err:
                    # The transaction was rolled back: the job keeps its state, and the
                    # checkpoint stays below it, so a scan queues it again.
                    self.faults.failed(err)
                except (ConnectionLost, ImapError, OSError) as err:
                    # The job stays in its current state and is picked up by the next scan.
                    log.warning("account %s folder %s uid %s: %s", key.account, key.folder, key.uid, err)
                    box = mailboxes.pop(key.account, None)
                    if box is not None:
                        box.close()
                except Exception:  # noqa: BLE001
                    log.exception("account %s folder %s uid %s: unexpected error", key.account, key.folder, key.uid)
                finally:
                    with self._lock:
                        self._in_flight.discard(key)
        finally:
            for box in mailboxes.values():
                box.close()

    def _mailbox(self, mailboxes: dict[str, Mailbox], account: str) -> Mailbox:
        box = mailboxes.get(account)
        if box is None or box.client is None:
            box = Mailbox(self.accounts[account]).connect()
            mailboxes[account] = box
        return box

    def _process(self, key: JobKey, mailboxes: dict[str, Mailbox]) -> bool:
        """Take one job as far as it goes now; False when nothing was written (so the
        storage back-off does not take it for a write that worked)."""
        with self.db.reader() as s:
            job = _job(s, key)
            if job is None or job.status in FINAL:
                return False
            status = job.status
        box = self._mailbox(mailboxes, key.account)
        if box.ensure_selected(key.folder) != key.uidvalidity:
            return False  # the folder was renumbered; the watcher rescans it
        if key.folder == self.junk_folders.get(key.account):
            self._learn_from_junk(key, box)
            return True
        resumed = status == "judged"
        if not resumed and not self._judge(key, box):
            return True  # skipped, rescued or waiting for the model: each recorded
        self._act(key, box, resumed)
        return True

    @staticmethod
    def _fetch(key: JobKey, box: Mailbox) -> tuple[bytes, set[str], int]:
        fetched = box.fetch(key.uid)
        if fetched is None:
            # This connection may not have seen the new UID yet (a session's view of a
            # folder only moves on at NOOP and similar); look again before concluding.
            box.noop()
            fetched = box.fetch(key.uid)
        if fetched is None:
            # Still not here: leave the job for the watcher's next scan, which marks it
            # gone if its own listing agrees, and start this connection afresh.
            raise ConnectionLost(f"account {key.account}: uid {key.uid} not visible to this connection yet")
        return fetched

    def _judge(self, key: JobKey, box: Mailbox) -> bool:
        """Judge and record. False when there is nothing (more) to do for this job now."""
        raw, flags, size = self._fetch(key, box)
        parsed = parse_message(raw, full_size=size)
        if self._was_quarantined_before(parsed.fingerprint, parsed.message_id, key):
            self._rescued(key, parsed)
            return False
        if JUDGED_KEYWORD in flags:
            self._finish(key, "skipped", error="already carries the judged keyword")
            return False
        try:
            verdict = self.judges[key.account].judge(parsed)
        except BackendError as err:
            self._model_failed(key, err)
            return False
        action = choose_action(verdict.spam_probability, self.options.tiers)
        judgement = Judgement(source=f"imap:{key.account}/{key.folder}#{key.uid}", parsed=parsed, verdict=verdict)
        # The verdict, the planned action and the job's new status commit together.
        with self.db.session() as s:
            record(self.db, judgement, session=s, account=key.account, folder=key.folder,
                   uidvalidity=key.uidvalidity, uid=key.uid)
            job = _job(s, key)
            job.status, job.action, job.error = "judged", action, None
            job.message_pk, job.verdict_pk = judgement.message_pk, judgement.verdict_pk
            job.attempts += 1
        log.info("account %s folder %s uid %s: %s (p=%.2f) -> %s", key.account, key.folder, key.uid,
                 verdict.label, verdict.spam_probability, action)
        return True

    def _act(self, key: JobKey, box: Mailbox, resumed: bool) -> None:
        """Carry out the recorded action. `resumed`: judged in an earlier run that may
        have been killed half-way, so first look whether the message is still there."""
        with self.db.reader() as s:
            job = _job(s, key)
            action = job.action or "deliver"
            category = s.get(VerdictRecord, job.verdict_pk).category if job.verdict_pk else "unknown"
        if self.options.dry_run:
            self._finish(key, "acted", error=f"dry run: would {action}")
            return
        if resumed and key.uid not in box.flags([key.uid]):
            # Already moved (a crash after the MOVE, before this was recorded) or deleted.
            self._finish(key, "acted", error="no longer in the folder when acting; not touched again")
            return
        box.add_flags(key.uid, keywords_for(action, category, self.options.tiers))
        if action == "quarantine" and self.options.mode == "enforce":
            account = self.accounts[key.account]
            if account.name not in self.quarantine_ready:
                box.ensure_folder(account.quarantine_folder)
                self.quarantine_ready.add(account.name)
            box.move(key.uid, account.quarantine_folder)
        self._finish(key, "acted")

    def _finish(self, key: JobKey, status: str, error: str | None = None, action: str | None = None) -> None:
        with self.db.session() as s:
            job = _job(s, key)
            job.status, job.error = status, error
            if action is not None:
                job.action = action
            if status in ("acted", "skipped"):
                moved_to = (self.accounts[key.account].quarantine_folder
                            if job.action == "quarantine" and self.options.mode == "enforce" and not error else None)
                note(self.db, s, "action", f"{key.account}/{key.folder}#{key.uid}", status=status,
                     action=job.action, moved_to=moved_to, note=error, message_pk=job.message_pk,
                     mode=self.options.mode, dry_run=self.options.dry_run)

    def _model_failed(self, key: JobKey, err: BackendError) -> None:
        with self.db.session() as s:
            job = _job(s, key)
            job.attempts += 1
            job.error = str(err)[:1000]
            if not err.retryable or job.attempts >= self.options.max_attempts:
                job.status = "failed"
                log.error("account %s folder %s uid %s: giving up after %s attempts: %s", key.account, key.folder,
                          key.uid, job.attempts, err)
            else:
                job.status = "waiting"
                wait = self.options.retry_after_s * 2 ** (job.attempts - 1)
                job.next_attempt_at = utcnow() + timedelta(seconds=wait)

    # ------------------------------------------------------------ rescued mail

    def _was_quarantined_before(self, fingerprint: str, message_id: str | None, key: JobKey) -> bool:
        """Did this service quarantine this very message before? Then it is back in a
        watched folder because the owner moved it out: it stays where they put it."""
        with self.db.reader() as s:
            conditions = [Message.fingerprint == fingerprint]
            if message_id:
                conditions.append(Message.message_id == message_id)
            found = s.scalar(
                select(MailJob.id).join(Message, Message.id == MailJob.message_pk)
                .where(or_(*conditions), MailJob.action == "quarantine", MailJob.status == "acted",
                       MailJob.account == key.account)
                .limit(1))
        return found is not None

    def _learn_from_junk(self, key: JobKey, box: Mailbox) -> None:
        """The owner filed this in Junk: a spam correction (or confirmation), recorded once."""
        raw, _, size = self._fetch(key, box)
        parsed = parse_message(raw, full_size=size)
        judgement = Judgement(source=f"imap:{key.account}/{key.folder}#{key.uid}", parsed=parsed, verdict=None)
        record(self.db, judgement)
        self._owner_says(key.account, judgement.message_pk, "spam", "imap-junk")
        with self.db.session() as s:
            job = _job(s, key)
            job.status, job.action, job.message_pk = "skipped", "learned-spam", judgement.message_pk
        log.info("account %s: uid %s moved to %s by the owner: learned as spam", key.account, key.uid, key.folder)

    def _audit_quarantine(self, account: AccountSettings) -> None:
        """Notice messages the owner took out of quarantine into a folder nobody watches.

        Moves back into a watched folder are seen there (a rescue); this looks for the
        rest: a message we quarantined that is gone from the quarantine folder and now
        sits in some other folder is a ham correction. In Trash or Junk, it says nothing.
        """
        looked_for: set[str] = set()
        while not self.stop_requested.is_set() and account.name not in self.stopped_accounts:
            try:
                with Mailbox(account) as box:
                    while not self.stop_requested.is_set() and account.name not in self.stopped_accounts:
                        self._audit_once(account, box, looked_for)
                        self.stop_requested.wait(account.poll_interval_s)
            except SetupError as err:  # before ImapError, which it is a kind of
                self._stop_account(account.name, err)
                return
            except StorageFault as err:
                self.faults.failed(err)
                self.faults.wait()
            except (ConnectionLost, ImapError, OSError) as err:
                log.warning("account %s: quarantine audit: %s", account.name, err)
                self.stop_requested.wait(min(self.options.reconnect_max_s, account.poll_interval_s))

    def _audit_once(self, account: AccountSettings, box: Mailbox, looked_for: set[str]) -> None:
        with self.db.reader() as s:
            quarantined = dict(s.execute(
                select(Message.message_id, Message.id).join(MailJob, MailJob.message_pk == Message.id)
                .where(MailJob.account == account.name, MailJob.action == "quarantine", MailJob.status == "acted",
                       Message.message_id.is_not(None))
                .where(~select(Feedback.id).where(Feedback.message_pk == Message.id).exists())).all())
        candidates = {mid: pk for mid, pk in quarantined.items() if mid not in looked_for}
        if not candidates:
            return
        folders = box.folders()
        if account.quarantine_folder not in {name for name, _ in folders}:
            return
        box.select(account.quarantine_folder)
        still_there = box.message_ids()
        missing = {mid: pk for mid, pk in candidates.items() if mid not in still_there}
        if not missing:
            return
        skip = {account.quarantine_folder, self.junk_folders.get(account.name)}
        elsewhere = [name for name, flags in folders if name not in skip and name not in account.folders
                     and not flags & {"\\Trash", "\\Junk", "\\Noselect", "\\NonExistent"}]
        for mid, pk in missing.items():
            looked_for.add(mid)
            for folder in elsewhere:
                box.select(folder)
                if box.search_message_id(mid):
                    self._owner_says(account.name, pk, "ham", "imap-rescue")
                    log.info("account %s: message %s moved out of quarantine to %s by the owner: ham",
                             account.name, pk, folder)
                    break

    def _owner_says(self, account: str, message_pk: int, label: str, source: str) -> None:
        """What the owner did in their mail client, as a correction: recorded once (and
        learned at once by the corrections loop, which this wakes)."""
        if self.corrections is not None:
            self.corrections.record(str(message_pk), label, source=source, actor="owner")
        else:
            give_feedback(self.db, str(message_pk), label, source=source, actor="owner")

    def _rescued(self, key: JobKey, parsed) -> None:
        """The owner took this message out of quarantine: leave it, and count that as
        their word that it is wanted (recorded once, learned by the fast path at once)."""
        with self.db.session() as s:
            message = s.scalar(select(Message).where(or_(
                Message.fingerprint == parsed.fingerprint,
                Message.message_id == parsed.message_id if parsed.message_id else False)).order_by(Message.id))
            job = _job(s, key)
            job.status, job.action, job.error = "skipped", "rescued", "moved out of quarantine by the owner"
            if message is not None:
                job.message_pk = message.id
        if message is not None:
            self._owner_says(key.account, message.id, "ham", "imap-rescue")
        log.info("account %s folder %s uid %s: rescued from quarantine by the owner; left in place",
                 key.account, key.folder, key.uid)


def _job(session, key: JobKey) -> MailJob | None:
    return session.scalar(select(MailJob).where(
        MailJob.account == key.account, MailJob.folder == key.folder,
        MailJob.uidvalidity == key.uidvalidity, MailJob.uid == key.uid))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
