"""One run of the service: what its threads share, and nothing else.

The watchers, the workers and the owner-move threads never call each other's loops;
they meet here: the stop flag, the bounded job queue and the set of jobs in flight,
the accounts that stopped (with the line that says what to fix), the one storage
back-off every thread pauses on, the Junk folder found for each account, and the
leases that say which folders this process watches among several sharing the database.
"""

from __future__ import annotations

import logging
import queue
import threading

from agent.cascade import Judge
from agent.sender_lists import SenderLists
from pipeline.corrections import Corrections
from pipeline.faults import StorageBackoff
from pipeline.feedback import give_feedback
from pipeline.imap import AccountSettings
from pipeline.service.leases import Leases
from pipeline.service_settings import ServiceOptions
from storage import Database
from storage.jobs import JobKey
from storage.kinds import FeedbackSource

log = logging.getLogger(__name__)


class Run:
    def __init__(self, accounts: dict[str, AccountSettings], judges: dict[str, Judge], db: Database,
                 options: ServiceOptions, corrections: Corrections | None):
        self.accounts = accounts
        self.judges = judges
        self.db = db
        self.lists = SenderLists(db)
        """The owner's allow and block lists: they decide before any judge does."""
        self.options = options
        self.corrections = corrections
        self.queue: queue.Queue[JobKey] = queue.Queue(maxsize=options.queue_size)
        self.stop_requested = threading.Event()
        self.lock = threading.Lock()
        """Guards `in_flight`, `scanned` and `stopped_accounts`."""
        self.in_flight: set[JobKey] = set()
        """Jobs on the queue or in a worker's hands: a scan does not queue them again."""
        self.scanned: set[tuple[str, str]] = set()
        """(account, folder) scanned at least once since the start."""
        self.stopped_accounts: dict[str, str] = {}
        """Accounts that cannot work as configured, with the line that says what to fix."""
        self.faults = StorageBackoff(self.stop_requested, max_s=options.storage_retry_max_s)
        self.junk_folders: dict[str, str] = {}
        """The Junk folder found for each account that learns from it."""
        self.leases = Leases(db, list(accounts.values()), options, lambda: list(self.stopped_accounts))
        """This process among the others sharing the database: its folders, its jobs' claims."""

    def going(self, account: str) -> bool:
        """This account's threads carry on: no stop asked for, the account not stopped."""
        return not self.stop_requested.is_set() and account not in self.stopped_accounts

    def stop_account(self, name: str, err: Exception) -> None:
        """This account cannot work as configured: say so once, and let its threads go."""
        with self.lock:
            if name in self.stopped_accounts:
                return
            self.stopped_accounts[name] = str(err)
        log.error("%s", err)

    def all_stopped(self) -> bool:
        return len(self.stopped_accounts) == len(self.accounts) > 0

    def owner_says(self, account: str, message_pk: int, label: str, source: FeedbackSource) -> None:
        """What the owner did in their mail client, as a correction: recorded once (and
        learned at once by the corrections loop, which this wakes)."""
        if self.corrections is not None:
            self.corrections.record(str(message_pk), label, source=source, actor="owner")
        else:
            give_feedback(self.db, str(message_pk), label, source=source, actor="owner")
