"""The owner's own moves in their mail client, read as their word on a message.

- a rescue: a message we quarantined is back in a watched folder, moved there by the
  owner. It stays where they put it (never quarantined again by the same reasoning)
  and counts as a ham correction;
- junk learning: new mail in the account's training Junk folder was filed there by the
  owner: a spam correction, learned, not judged;
- the quarantine audit: a message we quarantined that the owner moved to some other
  folder, one nobody watches, is a ham correction too (in Trash or Junk it says
  nothing). One thread per account looks for those.
Each is recorded once (`Run.owner_says`).
"""

from __future__ import annotations

import logging

from agent.message import ParsedMessage
from pipeline.imap import AccountSettings, ConnectionLost, ImapError, Mailbox, SetupError
from pipeline.judging import Judgement, record
from pipeline.service.run import Run
from storage import StorageFault, jobs
from storage.jobs import JobKey
from storage.kinds import Action, FeedbackSource, JobState
from storage.leases import QUARANTINE_AUDIT
from storage.messages import first_with

log = logging.getLogger(__name__)


class OwnerMoves:
    def __init__(self, run: Run):
        self.run = run

    # ------------------------------------------------------------ rescued mail

    def was_quarantined_before(self, fingerprint: str, message_id: str | None, key: JobKey) -> bool:
        """Did this service quarantine this very message before? Then it is back in a
        watched folder because the owner moved it out: it stays where they put it."""
        with self.run.db.reader() as s:
            return jobs.was_quarantined(s, key.account, fingerprint, message_id)

    def rescued(self, key: JobKey, parsed: ParsedMessage) -> None:
        """The owner took this message out of quarantine: leave it, and count that as
        their word that it is wanted (recorded once, learned by the fast path at once)."""
        with self.run.db.session() as s:
            message_pk = first_with(s, parsed.fingerprint, parsed.message_id)
            jobs.finish(s, key, JobState.skipped, error="moved out of quarantine by the owner", action=Action.rescued,
                        message_pk=message_pk)
        if message_pk is not None:
            self.run.owner_says(key.account, message_pk, "ham", FeedbackSource.imap_rescue)
        log.info("account %s folder %s uid %s: rescued from quarantine by the owner; left in place",
                 key.account, key.folder, key.uid)

    # ------------------------------------------------------------ junk learning

    def learn_from_junk(self, key: JobKey, parsed: ParsedMessage) -> None:
        """The owner filed this in Junk: a spam correction (or confirmation), recorded once."""
        judgement = Judgement(source=f"imap:{key.account}/{key.folder}#{key.uid}", parsed=parsed, verdict=None)
        record(self.run.db, judgement)
        self.run.owner_says(key.account, judgement.message_pk, "spam", FeedbackSource.imap_junk)
        with self.run.db.session() as s:
            jobs.finish(s, key, JobState.skipped, action=Action.learned_spam, message_pk=judgement.message_pk)
        log.info("account %s: uid %s moved to %s by the owner: learned as spam", key.account, key.uid, key.folder)

    # ------------------------------------------------------------ the quarantine audit

    def audit_quarantine(self, account: AccountSettings) -> None:
        """Notice messages the owner took out of quarantine into a folder nobody watches.

        Moves back into a watched folder are seen there (a rescue); this looks for the
        rest: a message we quarantined that is gone from the quarantine folder and now
        sits in some other folder is a ham correction. In Trash or Junk, it says nothing.
        """
        lease = (account.name, QUARANTINE_AUDIT)
        try:
            self._audit(account, lease)
        finally:
            self.run.leases.leave(lease)

    def _audit(self, account: AccountSettings, lease: tuple[str, str]) -> None:
        run = self.run
        looked_for: set[str] = set()
        while run.going(account.name):
            if not run.leases.enter(lease):
                run.stop_requested.wait(run.options.heartbeat_s)
                continue
            try:
                with Mailbox(account) as box:
                    while run.going(account.name) and run.leases.holds(lease):
                        self._audit_once(account, box, looked_for)
                        run.stop_requested.wait(account.poll_interval_s)
            except SetupError as err:  # before ImapError, which it is a kind of
                run.stop_account(account.name, err)
                return
            except StorageFault as err:
                run.faults.failed(err)
                run.faults.wait()
            except (ConnectionLost, ImapError, OSError) as err:
                log.warning("account %s: quarantine audit: %s", account.name, err)
                run.stop_requested.wait(min(run.options.reconnect_max_s, account.poll_interval_s))

    def _audit_once(self, account: AccountSettings, box: Mailbox, looked_for: set[str]) -> None:
        with self.run.db.reader() as s:
            quarantined = jobs.quarantined_unanswered(s, account.name)
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
        # The Junk folder as the account names it (another process may be the one watching it).
        skip = {account.quarantine_folder, account.junk_folder, self.run.junk_folders.get(account.name)}
        elsewhere = [name for name, flags in folders if name not in skip and name not in account.folders
                     and not flags & {"\\Trash", "\\Junk", "\\Noselect", "\\NonExistent"}]
        for mid, pk in missing.items():
            looked_for.add(mid)
            for folder in elsewhere:
                box.select(folder)
                if box.search_message_id(mid):
                    self.run.owner_says(account.name, pk, "ham", FeedbackSource.imap_rescue)
                    log.info("account %s: message %s moved out of quarantine to %s by the owner: ham",
                             account.name, pk, folder)
                    break
