"""The owner's allow and block lists, applied before anything else judges a message.

An entry names a sender address, a sender's registered domain or a mailing list's
List-Id, for one account or all of them (`storage.sender_lists`). A blocked sender's
mail is quarantined and an allowed sender's delivered, without the fast path or the
model: the owner has said. The one exception is the reason allow lists are dangerous
in other filters: a From line is easy to forge. Mail on the allow list whose sender
did not authenticate (DMARC, or SPF with no DKIM, failed), or whose display name and
address disagree about who is sending, or whose domain is a look-alike, is judged as
usual, with the refused allow entry among its risk factors.

The entries are read once and read again only when they change (`storage.sender_lists
.version`, one small query per message), so a change on the web page or the CLI
reaches the running service with the next message.
"""

from __future__ import annotations

import re
import threading
import time
from typing import Protocol

from agent.message import ParsedMessage
from agent.structure import findings, spam_category
from agent.verdict import Category, Verdict
from prompts.renderer import template_version
from storage import Database
from storage import sender_lists
from storage.kinds import Decider, ListMatch, ListVerdict
from storage.sender_lists import ListEntry

FORGERY_SIGNS = ("auth-failed", "display-name-brand", "display-name-address", "lookalike-sender", "punycode-sender")
"""The structural findings (`agent.structure`) that say the From line may not be who sent it."""

_ADDRESS_IN_NAME = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LIST_ID = re.compile(r"<([^<>\s]+)>")


class Judge(Protocol):
    def judge(self, message: ParsedMessage) -> Verdict: ...


def list_id_of(header: str | None) -> str | None:
    """The identifier of a List-Id header (`Announcements <announce.example.org>` ->
    `announce.example.org`), lower case; None without one."""
    if not header:
        return None
    found = _LIST_ID.search(header)
    value = (found.group(1) if found else header).strip().strip("<>").lower()
    return value or None


def forged(message: ParsedMessage) -> str | None:
    """Why the From line of this message cannot be taken at its word, or None."""
    for finding in findings(message):
        if finding.kind in FORGERY_SIGNS:
            return finding.detail
    named = _ADDRESS_IN_NAME.search(message.from_name or "")
    if named and message.from_address and named.group(0).lower() != message.from_address.lower():
        return f"the sender's name shows {named.group(0)} but the mail is from {message.from_address}"
    return None


class SenderLists:
    """The lists as the judging side reads them: `judge()` in front of any judge."""

    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.Lock()
        self._version: tuple[int, int] | None = None
        self._entries: dict[tuple[str | None, ListMatch, str], ListEntry] = {}

    def _current(self) -> dict[tuple[str | None, ListMatch, str], ListEntry]:
        with self.db.reader() as s:
            version = sender_lists.version(s)
            if version == self._version:
                return self._entries
            entries = sender_lists.listing(s)
        with self._lock:
            self._entries = {(e.account, e.match, e.value): e for e in entries}
            self._version = version
            return self._entries

    def entry_for(self, message: ParsedMessage, account: str | None) -> ListEntry | None:
        """The entry that decides this message: the account's own before those for every
        account, and within each the most specific (address, then List-Id, then domain)."""
        entries = self._current()
        if not entries:
            return None
        keys = [(ListMatch.address, (message.from_address or "").lower()),
                (ListMatch.list_id, list_id_of(message.list_id) or ""),
                (ListMatch.domain, (message.sender_registered or message.sender_domain or "").lower())]
        for who in ((account, None) if account else (None,)):
            for match, value in keys:
                if value and (who, match, value) in entries:
                    return entries[(who, match, value)]
        return None

    def judge(self, judge: Judge | None, message: ParsedMessage, account: str | None = None) -> Verdict:
        """The list's verdict when an entry decides the message, else `judge`'s."""
        started = time.perf_counter()
        entry = self.entry_for(message, account)
        if entry is not None and entry.verdict == ListVerdict.block:
            return self._verdict(entry, message, started)
        if entry is not None:
            forgery = forged(message)
            if forgery is None:
                return self._verdict(entry, message, started)
            verdict = judge.judge(message)
            refused = f"on your allow list ({entry.match} {entry.value}), not let through: {forgery}"
            return verdict.amended(risk_factors=[refused, *verdict.risk_factors],
                                   reason=f"{verdict.reason}; {refused}")
        return judge.judge(message)

    @staticmethod
    def _verdict(entry: ListEntry, message: ParsedMessage, started: float) -> Verdict:
        blocked = entry.verdict == ListVerdict.block
        where = f"{entry.account}'s" if entry.account else "your"
        listed = {ListMatch.address: "sender", ListMatch.domain: "sender's domain",
                  ListMatch.list_id: "mailing list"}[entry.match]
        return Verdict(
            label="spam" if blocked else "ham",
            spam_probability=1.0 if blocked else 0.0,
            category=spam_category(message) if blocked else Category.legitimate,
            reason=f"the {listed} {entry.value} is on {where} {'block' if blocked else 'allow'} list",
            backend="lists", model=f"{entry.verdict} list entry {entry.id}",
            elapsed_ms=(time.perf_counter() - started) * 1000.0, prompt_version=template_version(),
            decided_by=Decider.block_list if blocked else Decider.allow_list)
