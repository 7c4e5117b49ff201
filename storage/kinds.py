"""Every status and kind the database stores, each defined once.

They are `StrEnum`s whose values are exactly the strings stored before they existed,
so old databases read the same and no migration was needed; a member compares equal to
its string (`JobState.acted == "acted"`), so a caller holding a plain string loses
nothing. The columns that hold them (`storage.columns.EnumText`) hand back members.
"""

from __future__ import annotations

from enum import StrEnum


class JobState(StrEnum):
    """How far the service got with one message in a watched folder (`MailJob.status`).

    queued -> judged (verdict and planned action stored) -> acted; or waiting (the model
    was unavailable: retried later), gone (deleted before we got to it), skipped (judged
    before, rescued by the owner, or learned from Junk), failed (out of retries)."""

    queued = "queued"
    judged = "judged"
    acted = "acted"
    waiting = "waiting"
    gone = "gone"
    skipped = "skipped"
    failed = "failed"


FINAL: tuple[JobState, ...] = (JobState.acted, JobState.gone, JobState.skipped, JobState.failed)
"""The states a job never leaves: a folder's checkpoint moves only past these."""


class Action(StrEnum):
    """What was done, or is planned, in the mailbox (`MailJob.action`). The first five are
    the tiers (`pipeline.actions`); the others record the owner's own moves."""

    quarantine = "quarantine"
    suspicious = "suspicious"
    possible_spam = "possible_spam"
    deliver = "deliver"
    unfamiliar = "unfamiliar"
    """Delivered, but marked for the owner to look at: a new kind of mail the fast path
    knew little of, and no model judged it (`pipeline.actions`)."""
    rescued = "rescued"
    """Back in a watched folder after we quarantined it: the owner's, left in place."""
    learned_spam = "learned-spam"
    """Filed in the training Junk folder by the owner: learned as spam, not judged."""
    deleted = "deleted"
    """Quarantined, then deleted from the quarantine folder by the owner (the web page)."""


FLAGGED: tuple[Action, ...] = (Action.suspicious, Action.possible_spam, Action.unfamiliar)
"""The actions that mark a message (keywords) without moving it."""


class RuleStatus(StrEnum):
    """A learned prompt rule's standing (`Rule.status`)."""

    candidate = "candidate"
    """Drafted from corrections, not validated yet: never in a prompt."""
    active = "active"
    retired = "retired"
    """Rejected by validation, worn down by misses, or disabled by the owner."""


class FeedbackSource(StrEnum):
    """How the owner's word reached us (`Feedback.source`)."""

    cli = "cli"
    """`mailwarden feedback spam|ham`."""
    cli_release = "cli-release"
    """`mailwarden release`: moved back out of quarantine from the CLI."""
    api = "api"
    imap_rescue = "imap-rescue"
    """The owner moved a quarantined message out of quarantine in their mail client."""
    imap_junk = "imap-junk"
    """The owner filed a message in the training Junk folder."""
    web = "web"
    """The web page: released, confirmed as spam or marked spam by someone signed in."""
    digest = "digest"
    """A release link in the daily digest mail."""


class Decider(StrEnum):
    """Who settled a verdict (`VerdictRecord.decided_by`, `Verdict.decided_by`)."""

    fast = "fast"
    """The fast path alone: a clear case, no model configured, or over a rate limit."""
    model = "model"
    """The language model (its probability combined with the fast path's)."""
    cache = "cache"
    """A model verdict on the same content given lately, reused."""
    allow_list = "allow-list"
    """The owner's allow list: the sender, its domain or its mailing list is always let through."""
    block_list = "block-list"
    """The owner's block list: always quarantined."""


class ListVerdict(StrEnum):
    """What an allow/block list entry says about the mail it matches (`SenderListEntry.verdict`)."""

    allow = "allow"
    block = "block"


class ListMatch(StrEnum):
    """What an allow/block list entry is matched against (`SenderListEntry.match`)."""

    address = "address"
    """The From address, exactly (case-insensitive)."""
    domain = "domain"
    """The From address's registered domain (`mail.example.co.uk` is under `example.co.uk`)."""
    list_id = "list-id"
    """The List-Id header's identifier (`<announce.example.org>` or `announce.example.org`)."""
