"""Putting senders on the allow and block lists and taking them off: what `mailwarden
allow|block`, the web page and the API call (`agent.sender_lists` applies the lists).

A value is read the way a person writes it: `alice@example.com` is an address,
`<announce.example.org>` (or `--list-id`) a mailing list, anything else a domain, kept
as its registered domain (`mail.example.co.uk` lists `example.co.uk`: the part someone
registered, which a spammer cannot take from its owner).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from storage import Database
from storage import sender_lists as stored
from storage.kinds import ListMatch, ListVerdict
from storage.sender_lists import ListEntry

_ADDRESS = re.compile(r"[^@\s<>\"]{1,64}@[a-z0-9.-]{1,253}\.[a-z0-9-]{2,63}")
_HOST = re.compile(r"(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9-]{2,63}")
_LIST_ID = re.compile(r"[a-z0-9_+-]{1,200}(?:\.[a-z0-9_+-]{1,200})+")  # RFC 2919: a dot-atom with a dot

MatchName = Literal["auto", "address", "domain", "list-id"]


class ListError(ValueError):
    """A value, account or entry the lists cannot take: the message says what to give."""


class ListEntryView(BaseModel):
    """An entry as the API and the web page show it."""

    id: int
    account: str | None = Field(description="None: every account")
    verdict: ListVerdict
    match: ListMatch
    value: str
    note: str | None
    actor: str | None
    created_at: datetime

    @classmethod
    def of(cls, entry: ListEntry) -> "ListEntryView":
        return cls(**dataclasses.asdict(entry))


def normalise(text: str, kind: MatchName = "auto") -> tuple[ListMatch, str]:
    """What `text` names and its stored form; `ListError` when it is none of them (its
    message does not repeat `text`: the API must not echo what a client sent)."""
    value = text.strip().lower()
    if kind == "auto":
        kind = ("address" if "@" in value.strip("@") else
                "list-id" if value.startswith("<") and value.endswith(">") else "domain")
    if kind == "address":
        value = value.strip("<>")
        if not _ADDRESS.fullmatch(value):
            raise ListError("not an email address (give one like alice@example.com)")
        return ListMatch.address, value
    if kind == "list-id":
        from agent.sender_lists import list_id_of

        value = list_id_of(value) or ""
        if not _LIST_ID.fullmatch(value):
            raise ListError("not a List-Id (give the part in angle brackets, like <announce.example.org>)")
        return ListMatch.list_id, value
    from pipeline.parsing import registered_domain

    host = value.lstrip("@").removeprefix("*.").strip(".")
    if not _HOST.fullmatch(host):
        raise ListError("not a domain, an address or a List-Id (give example.com, alice@example.com or "
                        "<list.example.org>)")
    return ListMatch.domain, registered_domain(host)


def add(db: Database, verdict: ListVerdict, text: str, *, kind: MatchName = "auto", account: str | None = None,
        accounts: list[str] | None = None, note: str | None = None,
        actor: str | None = None) -> tuple[ListEntry, ListEntry | None]:
    """Put a sender on the allow or block list (of `account`, else of every account);
    returns the entry and the one it replaced. `accounts`: the configured names, which
    `account` must be one of."""
    if account is not None and accounts is not None and account not in accounts:
        raise ListError(f"no such account in the configuration (there are: {', '.join(accounts) or 'none'})")
    match, value = normalise(text, kind)
    with db.session() as s:
        return stored.add(db, s, verdict, match, value, account=account, note_text=(note or None) and note[:500],
                          actor=actor)


def remove(db: Database, entry: int | str, *, account: str | None = None, actor: str | None = None) -> ListEntry:
    """Take an entry off (by its id, or by the value it lists for `account`)."""
    with db.session() as s:
        if isinstance(entry, int) or (isinstance(entry, str) and entry.isdigit()):
            removed = stored.remove(db, s, int(entry), actor=actor)
        else:
            match, value = normalise(entry)
            found = stored.find(s, match, value, account)
            removed = stored.remove(db, s, found.id, actor=actor) if found is not None else None
    if removed is None:
        raise ListError("no such list entry" + (f" for account {account}" if account else "")
                        + "; `mailwarden allow list` and `mailwarden block list` show them")
    return removed


def entries(db: Database, *, account: str | None = None, verdict: ListVerdict | None = None,
            with_global: bool = True) -> list[ListEntry]:
    with db.reader() as s:
        return stored.listing(s, account=account, verdict=verdict, with_global=with_global)
