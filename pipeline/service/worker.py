"""The worker: take a job, judge, record, act, record again (rq's loop is the model).

Each worker thread has its own connection per account. The verdict, the planned
action and the job's new state commit in one transaction *before* the mailbox is
touched, and the action is recorded after it: a crash at any moment repeats at most
one idempotent step (re-judging an unrecorded message, re-adding a keyword, or finding
that a move already happened). A model that is down or refuses is an outcome: the job
waits for a retry with back-off, and fails after `max_attempts`.
"""

from __future__ import annotations

import logging
import queue
import time
from datetime import timedelta

from agent.backends.base import BackendError
from agent.message import ParsedMessage
from pipeline.actions import choose_action, keywords_for
from pipeline.digest import DIGEST_HEADER, is_our_digest
from pipeline.logs import printable
from pipeline.imap import JUDGED_KEYWORD, ConnectionLost, ImapError, Mailbox, SetupError
from pipeline.judging import Judgement, record
from pipeline.parsing import parse_message
from pipeline.service.owner_moves import OwnerMoves
from pipeline.service.run import Run
from storage import StorageFault, jobs, verdicts
from storage.audit import note
from storage.jobs import JobKey
from storage.kinds import Action, JobState
from storage.models import utcnow

log = logging.getLogger(__name__)

UNWATCHED_LOOK_S = 1.0
"""How often an idle worker pool asks the database for jobs nobody has in hand."""
UNWATCHED_REST_S = 30.0
"""How long it stops asking after such a job failed (its server down, say)."""


class Worker:
    def __init__(self, run: Run, moves: OwnerMoves):
        self.run = run
        self.moves = moves
        self._next_look = 0.0
        """When an idle worker may next ask the database for a job nobody has (shared
        between this process's workers: one asks per interval)."""
        self.quarantine_ready: set[str] = set()
        """Accounts whose quarantine folder this run has made sure exists."""

    def work(self) -> None:
        """One worker thread's loop, until the stop flag is set."""
        run = self.run
        mailboxes: dict[str, Mailbox] = {}
        try:
            while not run.stop_requested.is_set():
                run.faults.wait()  # while the disk is full, trying the next message is pointless
                claimed = False
                try:
                    key = run.queue.get(timeout=0.3)
                except queue.Empty:
                    try:
                        key = self._unwatched_job()
                    except Exception as err:  # noqa: BLE001 - a server restarting: try again later
                        log.warning("looking for jobs other processes found: %s", err)
                        self._next_look = time.monotonic() + UNWATCHED_REST_S
                        continue
                    if key is None:
                        continue
                    claimed = True
                try:
                    if key.account not in run.stopped_accounts and self._claimed_process(key, mailboxes, claimed):
                        run.faults.succeeded()  # else left for the next start, or nothing written
                except SetupError as err:
                    run.stop_account(key.account, err)
                except StorageFault as err:
                    # The transaction was rolled back: the job keeps its state, and the
                    # checkpoint stays below it, so a scan queues it again.
                    run.faults.failed(err)
                except (ConnectionLost, ImapError, OSError) as err:
                    # The job stays in its current state and is picked up by the next scan.
                    log.warning("account %s folder %s uid %s: %s", key.account, key.folder, key.uid, err)
                    if claimed:  # another process's folder: let its watcher's back-off lead
                        self._next_look = time.monotonic() + UNWATCHED_REST_S
                    box = mailboxes.pop(key.account, None)
                    if box is not None:
                        box.close()
                except Exception:  # noqa: BLE001
                    log.exception("account %s folder %s uid %s: unexpected error", key.account, key.folder, key.uid)
                finally:
                    with run.lock:
                        run.in_flight.discard(key)
        finally:
            for box in mailboxes.values():
                box.close()

    def _unwatched_job(self) -> JobKey | None:
        """Nothing queued here: the oldest job nobody has in hand, whichever process's
        watcher found it (several processes share the work of every folder). Claimed
        for this worker, and in flight here so this process's watcher leaves it."""
        run = self.run
        now = time.monotonic()
        if now < self._next_look:
            return None
        self._next_look = now + UNWATCHED_LOOK_S
        try:
            key = run.leases.claim_next(set(run.stopped_accounts))
        except StorageFault as err:
            run.faults.failed(err)
            return None
        if key is None:
            return None
        with run.lock:
            if key in run.in_flight:
                return None  # queued here after all: the worker that takes it has the claim
            run.in_flight.add(key)
        return key

    def _claimed_process(self, key: JobKey, mailboxes: dict[str, Mailbox], claimed: bool) -> bool:
        """`_process` with the job in this process's hands (a claim in the database;
        `in_flight` keeps it to one worker here), let go after; False when another
        process has it."""
        if not claimed and not self.run.leases.claim(key):
            return False
        try:
            return self._process(key, mailboxes)
        finally:
            try:
                self.run.leases.unclaim(key)
            except Exception as err:  # noqa: BLE001 - this process may claim it again; others when it ends
                log.debug("claim of %s not let go: %s", key, err)

    def _mailbox(self, mailboxes: dict[str, Mailbox], account: str) -> Mailbox:
        box = mailboxes.get(account)
        if box is None or box.client is None:
            box = Mailbox(self.run.accounts[account]).connect()
            mailboxes[account] = box
        return box

    def _process(self, key: JobKey, mailboxes: dict[str, Mailbox]) -> bool:
        """Take one job as far as it goes now; False when nothing was written (so the
        storage back-off does not take it for a write that worked)."""
        with self.run.db.reader() as s:
            job = jobs.get(s, key)
        if job is None or job.final:
            return False
        box = self._mailbox(mailboxes, key.account)
        if box.ensure_selected(key.folder) != key.uidvalidity:
            return False  # the folder was renumbered; the watcher rescans it
        if key.folder == self.run.junk_folders.get(key.account):
            self.moves.learn_from_junk(key, self._parsed(key, box))
            return True
        resumed = job.status == JobState.judged
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

    def _parsed(self, key: JobKey, box: Mailbox) -> ParsedMessage:
        raw, _, size = self._fetch(key, box)
        return parse_message(raw, full_size=size)

    def _judge(self, key: JobKey, box: Mailbox) -> bool:
        """Judge and record. False when there is nothing (more) to do for this job now."""
        raw, flags, size = self._fetch(key, box)
        parsed = parse_message(raw, full_size=size)
        if self.moves.was_quarantined_before(parsed.fingerprint, parsed.message_id, key):
            self.moves.rescued(key, parsed)
            return False
        if parsed.header(DIGEST_HEADER) is not None and is_our_digest(self.run.db, parsed.message_id):
            self._finish(key, JobState.skipped, error="mailwarden's own digest")
            return False
        if JUDGED_KEYWORD in flags:
            self._finish(key, JobState.skipped, error="already carries the judged keyword")
            return False
        try:
            verdict = self.run.lists.judge(self.run.judges[key.account], parsed, key.account)
        except BackendError as err:
            self._model_failed(key, err)
            return False
        action = choose_action(verdict.spam_probability, self.run.options.tiers, verdict.unfamiliar)
        judgement = Judgement(source=f"imap:{key.account}/{key.folder}#{key.uid}", parsed=parsed, verdict=verdict)
        # The verdict, the planned action and the job's new status commit together.
        with self.run.db.session() as s:
            record(self.run.db, judgement, session=s, account=key.account, folder=key.folder,
                   uidvalidity=key.uidvalidity, uid=key.uid)
            jobs.record_judged(s, key, action=action, message_pk=judgement.message_pk,
                               verdict_pk=judgement.verdict_pk)
        sender = printable(f"{parsed.from_name} <{parsed.from_address}>" if parsed.from_name
                           else parsed.from_address or "?", 50)
        subject = printable(parsed.subject, 60)
        log.info("%s/%s #%s %s \"%s\": %s p=%.2f by %s -> %s (%.0f ms)", key.account, key.folder, key.uid, sender,
                 subject, verdict.label, verdict.spam_probability, verdict.decided_by, action, verdict.elapsed_ms,
                 extra={"fields": {"account": key.account, "folder": key.folder, "uid": key.uid, "sender": sender,
                                   "subject": subject, "verdict": verdict.label,
                                   "p": round(verdict.spam_probability, 4), "decided_by": str(verdict.decided_by),
                                   "action": str(action), "ms": round(verdict.elapsed_ms, 1)}})
        return True

    def _act(self, key: JobKey, box: Mailbox, resumed: bool) -> None:
        """Carry out the recorded action. `resumed`: judged in an earlier run that may
        have been killed half-way, so first look whether the message is still there."""
        options = self.run.options
        with self.run.db.reader() as s:
            job = jobs.get(s, key)
            action = job.action or Action.deliver
            category = (verdicts.category_of(s, job.verdict_pk) if job.verdict_pk else None) or "unknown"
        if options.dry_run:
            self._finish(key, JobState.acted, error=f"dry run: would {action}")
            return
        if resumed and key.uid not in box.flags([key.uid]):
            # Already moved (a crash after the MOVE, before this was recorded) or deleted.
            self._finish(key, JobState.acted, error="no longer in the folder when acting; not touched again")
            return
        box.add_flags(key.uid, keywords_for(action, category, options.tiers))
        if action == Action.quarantine and options.mode == "enforce":
            account = self.run.accounts[key.account]
            if account.name not in self.quarantine_ready:
                box.ensure_folder(account.quarantine_folder)
                self.quarantine_ready.add(account.name)
            box.move(key.uid, account.quarantine_folder)
        self._finish(key, JobState.acted)

    def _finish(self, key: JobKey, status: JobState, error: str | None = None) -> None:
        """Record the job's final state, and (acted or skipped) the action in the audit log."""
        run = self.run
        with run.db.session() as s:
            job = jobs.finish(s, key, status, error=error)
            if status in (JobState.acted, JobState.skipped):
                moved_to = (run.accounts[key.account].quarantine_folder
                            if job.action == Action.quarantine and run.options.mode == "enforce" and not error
                            else None)
                note(run.db, s, "action", f"{key.account}/{key.folder}#{key.uid}", status=status,
                     action=job.action, moved_to=moved_to, note=error, message_pk=job.message_pk,
                     mode=run.options.mode, dry_run=run.options.dry_run)

    def _model_failed(self, key: JobKey, err: BackendError) -> None:
        options = self.run.options
        with self.run.db.session() as s:
            job = jobs.add_failure(s, key, str(err))
            if not err.retryable or job.attempts >= options.max_attempts:
                jobs.finish(s, key, JobState.failed, error=job.error)
                log.error("account %s folder %s uid %s: giving up after %s attempts: %s", key.account, key.folder,
                          key.uid, job.attempts, err)
            else:
                wait = options.retry_after_s * 2 ** (job.attempts - 1)
                jobs.retry_at(s, key, utcnow() + timedelta(seconds=wait))
                (log.warning if job.attempts == 1 else log.info)(
                    "%s/%s #%s: not judged yet, left where it is (%s); trying again in %.0f s", key.account,
                    key.folder, key.uid, err, wait)
