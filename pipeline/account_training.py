"""Training the fast path from an IMAP account's own folders (`mailwarden train --account`).

A new user has a mailbox, not a labelled corpus, and the shipped sample is someone
else's mail from 2002. But the account already says what its owner wants: the Junk
folder holds spam (found through SPECIAL-USE, or named), INBOX and any other named
folders hold wanted mail, and what the owner answered or sent is wanted for sure.

Everything is read with EXAMINE and BODY.PEEK, so no flag changes and nothing moves.
What is kept of each message is what the fast path learns from (its hashed features and
reputation keys, `TrainingSample`), stored as it is read: an interrupted training starts
again where it stopped without fetching twice, and a message found in two folders (or
in INBOX and in Junk) is learned once, as spam when Junk has it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import imapclient

from agent.fast_path import FastPath, StoredFeatures, stored_features
from pipeline.imap import AccountSettings, Mailbox
from pipeline.parsing import parse_message
from storage import Database
from storage import training_samples as samples

BATCH = 50


class NoJunkFolder(Exception):
    pass


@dataclass
class AccountTraining:
    """What to read: the spam and ham folders, how far back and how many."""

    spam_folders: list[str] = field(default_factory=list)
    """Empty: the folder the server marks \\Junk."""
    ham_folders: list[str] = field(default_factory=lambda: ["INBOX"])
    include_sent: bool = True
    since: date | None = None
    limit: int | None = None
    """At most this many of each label, the newest."""


@dataclass
class TrainingReport:
    spam: int = 0
    ham: int = 0
    answered: int = 0
    read_now: int = 0
    """Fetched in this run (the rest were read by an earlier, interrupted one)."""
    skipped_in_junk: int = 0
    """Wanted-mail folders' messages that are also in Junk or Quarantine: not learned as ham."""
    folders: dict[str, int] = field(default_factory=dict)


def train_from_account(fast: FastPath, db: Database, account: AccountSettings, plan: AccountTraining,
                       progress: Callable[[str, int, int], None] | None = None) -> TrainingReport:
    """Read the account's folders (what was not read before), then train the fast path
    on everything read from it. `progress(folder, done, total)` as messages come in."""
    report = TrainingReport()
    with Mailbox(account) as box:
        spam_folders = plan.spam_folders or [_junk(box)]
        ham_folders = list(plan.ham_folders)
        sent = box.special_folder(imapclient.imapclient.SENT) if plan.include_sent else None
        if sent and sent not in ham_folders:
            ham_folders.append(sent)
        existing = {name for name, _ in box.folders()}
        unwanted_ids = set()
        for folder in (*spam_folders, account.quarantine_folder):
            if folder in existing:
                box.examine(folder)
                unwanted_ids |= box.message_ids()
        for label, folders in (("spam", spam_folders), ("ham", ham_folders)):
            for folder in folders:
                _read_folder(box, db, account.name, folder, label, plan, unwanted_ids if label == "ham" else set(),
                             report, progress, sent=folder == sent)
    with db.reader() as s:
        kept = samples.all_of(s, account.name)
    if not any(k.label == "spam" for k in kept) or not any(k.label == "ham" for k in kept):
        raise ValueError(f"account {account.name}: found {sum(k.label == 'spam' for k in kept)} spam and "
                         f"{sum(k.label == 'ham' for k in kept)} wanted messages; both are needed to train")
    fast.train_stored([StoredFeatures.of(k.feature_hashes, k.reputation_keys) for k in kept],
                      [k.label for k in kept], mark=[not k.observed for k in kept])
    with db.session() as s:
        samples.mark_observed(s, [k.id for k in kept if not k.observed])
    report.spam = sum(k.label == "spam" for k in kept)
    report.ham = sum(k.label == "ham" for k in kept)
    report.answered = sum(k.answered for k in kept)
    return report


def _junk(box: Mailbox) -> str:
    junk = box.junk_folder()
    if junk is None:
        raise NoJunkFolder(f"account {box.account.name}: the server marks no folder as Junk (SPECIAL-USE); "
                           "name the spam folder with --spam-folder")
    return junk


def _read_folder(box: Mailbox, db: Database, account: str, folder: str, label: str, plan: AccountTraining,
                 unwanted_ids: set[str], report: TrainingReport, progress, sent: bool) -> None:
    """Store what was not read yet of one folder. `sent`: the owner's own Sent folder,
    every message of it wanted for sure."""
    uidvalidity = box.examine(folder)
    uids = box.uids(["SINCE", plan.since] if plan.since else "ALL")
    if plan.limit is not None:
        uids = uids[-plan.limit:]
    with db.reader() as s:
        done = samples.read_locations(s, account, folder, uidvalidity)
    todo = [u for u in uids if u not in done]
    report.folders[folder] = len(uids)
    if progress is not None:
        progress(folder, len(uids) - len(todo), len(uids))
    for start in range(0, len(todo), BATCH):
        batch = todo[start:start + BATCH]
        fetched = box.fetch_many(batch)
        with db.session() as s:
            for uid in batch:
                if uid not in fetched:
                    continue  # deleted meanwhile
                raw, flags = fetched[uid]
                message = parse_message(raw)
                if label == "ham" and message.message_id and message.message_id in unwanted_ids:
                    report.skipped_in_junk += 1
                    continue
                features = stored_features(message)
                samples.add(s, account, folder, uidvalidity, uid, message.fingerprint, label,
                            answered=sent or "\\Answered" in flags, feature_hashes=features.feature_hashes,
                            reputation_keys=features.reputation_keys)
                report.read_now += 1
        if progress is not None:
            progress(folder, len(uids) - len(todo) + start + len(batch), len(uids))
