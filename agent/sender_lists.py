"""The owner's allow and block lists, applied before anything else judges a message.

An entry names a sender address, a sender's registered domain or a mailing list's
List-Id, for one account or all of them (`storage.sender_lists`). A blocked sender's
mail is quarantined and an allowed sender's delivered, without the fast path or the
model: the owner has said. The one exception is the reason allow lists are dangerous
in other filters: a From line is easy to forge, and a List-Id header easier still. An
allow entry lets mail through only when the receiving server vouched for its From
domain: the top Authentication-Results header (the one the owner's own server added;
those below it may be the sender's inventions) says DMARC passed, or DKIM or SPF passed
for the From domain itself (aligned: a pass for the spammer's own domain says nothing
about the From line). Mail on the allow list without that, or whose display name and
address disagree about who is sending, or whose domain is a look-alike, is judged as
usual, with the refused allow entry among its risk factors. A server that adds no
Authentication-Results header at all therefore gets no allow-list passes (judged as
usual, never lost); block entries need no proof.

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


def _aligned(domain: str, from_domain: str, from_registered: str) -> bool:
    return domain == from_domain or domain == from_registered or domain.endswith("." + from_registered)


def vouched_for(message: ParsedMessage) -> str | None:
    """None when the receiving server vouched for the From domain (top
    Authentication-Results: dmarc=pass, or dkim/spf=pass for an aligned domain), else why not."""
    passes = message.auth.top_passes
    if passes is None:
        return "the receiving server added no Authentication-Results to say who sent it"
    from_domain = (message.sender_domain or "").lower()
    registered = (message.sender_registered or from_domain).lower()
    if not from_domain:
        return "it has no sender address"
    for found in passes:
        if found.method == "dmarc" or any(_aligned(d, from_domain, registered) for d in found.domains):
            return None
    return f"the receiving server did not confirm that {from_domain} sent it (no DMARC pass, no aligned DKIM or SPF pass)"


def list_vouched_for(message: ParsedMessage, list_id: str) -> str | None:
    """None when the receiving server saw DKIM or SPF pass for the list's own domain (the
    List-Id `announce.example.org` is under `example.org`): a List-Id header is only words,
    the list server's signature or envelope is not."""
    passes = message.auth.top_passes
    if not passes:
        return "the receiving server confirmed no sender for it (no Authentication-Results pass)"
    for found in passes:
        if found.method in ("dkim", "spf") and any("." in d and (list_id == d or list_id.endswith("." + d))
                                                   for d in found.domains):
            return None
    return f"nothing confirms it came from the list server of {list_id} (no DKIM or SPF pass for its domain)"


def _display_forgery(message: ParsedMessage) -> str | None:
    """A From line whose name, domain or authentication says someone else is sending."""
    for finding in message.derived(findings):
        if finding.kind in FORGERY_SIGNS:
            return finding.detail
    named = _ADDRESS_IN_NAME.search(message.from_name or "")
    if named and message.from_address and named.group(0).lower() != message.from_address.lower():
        return f"the sender's name shows {named.group(0)} but the mail is from {message.from_address}"
    return None


def forged(message: ParsedMessage) -> str | None:
    """Why the From line of this message cannot be taken at its word (for an address or
    domain allow entry), or None."""
    return _display_forgery(message) or vouched_for(message)


class SenderLists:
    """The lists as the judging side reads them: `judge()` in front of any judge."""

    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.Lock()
        self._version: int | None = None
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
            forgery = (list_vouched_for(message, entry.value) or _display_forgery(message)
                       if entry.match == ListMatch.list_id else forged(message))
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
