"""Reputation learned from the owner's own mail, not from blocklists.

Four tables in one: the originating IP (first external Received hop), the From
address, the registered domain of every link, and the content profile (seed idea:
bulk mail has a constant shape: length within ~5%, content type, number of parts,
image sizes). For each key: messages seen, marked spam, marked ham, with the marks
decaying (half-life in config) so a reformed sender or a reused IP recovers.

A key's state comes from configurable thresholds: blocked (a large share of spam with
enough volume), suspicious, good (enough ham and almost no spam), or unknown. The whole
table is held in memory (100,000 entries are a few tens of MB), because the fast path
must answer in well under a millisecond; what changes is written as increments.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from datetime import datetime, timezone

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from agent.message import ParsedMessage
from storage import Database
from storage import reputation as stored
from storage.reputation import MAX_KEY_CHARS, ReputationChange

KINDS = ("ip", "sender", "link_domain", "profile")
MAX_LINK_DOMAINS = 10


class ReputationSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_volume: float = Field(default=3.0, gt=0, description="labelled messages before a key has a state")
    blocked_spam_share: float = Field(default=0.3, ge=0, le=1)
    suspicious_spam_share: float = Field(default=0.1, ge=0, le=1)
    good_max_spam_share: float = Field(default=0.02, ge=0, le=1)
    half_life_days: float = Field(default=180.0, gt=0)
    # How far each state moves the fast path's score, in margin units (scale x margin is the
    # calibrated log-odds, so 0.5 is 2 in log-odds). Halved from 1.0 when the text model
    # became calibrated: in cross-validation on the SpamAssassin train half the full
    # weights cost recall at 3 false positives and half weights did not.
    blocked_weight: float = 0.5
    suspicious_weight: float = 0.15
    good_weight: float = -0.5
    scored_kinds: list[str] = Field(default_factory=lambda: ["sender", "link_domain"])
    """Kinds whose state moves the score. Measured on the SpamAssassin split: the first
    external IP and the coarse content profile both made false positives there (the
    corpus's own relays carry ham and spam alike; plain-text shapes collide), so they
    are recorded and shown but do not score until a trusted-relay setting exists."""


@dataclass
class Entry:
    """What this process knows of one key, for scoring: decayed marks as of `updated_at`."""

    spam: float = 0.0
    ham: float = 0.0
    updated_at: float = 0.0  # unix seconds of the last mark


@dataclass
class Pending:
    """What this process has added to one key and not yet written: judged messages
    counted, and marks (already decayed to `at`, so writing them is one increment)."""

    seen: int = 0
    spam: float = 0.0
    ham: float = 0.0
    at: float | None = None


@dataclass(frozen=True)
class Standing:
    kind: str
    key: str
    state: str  # good, suspicious, blocked, unknown
    spam: float
    ham: float


def profile_key(message: ParsedMessage) -> str:
    p = message.profile
    size_bucket = round(math.log(max(p.total_length, 1)) / math.log(1.05))
    dims = ",".join(f"{w}x{h}" for w, h in p.image_dimensions[:3])
    return f"{p.content_type}|{p.part_count}|{size_bucket}|{dims}"


def keys_of(message: ParsedMessage) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    if message.first_external_ip:
        keys.append(("ip", message.first_external_ip))
    if message.from_address:
        keys.append(("sender", message.from_address))
    keys.extend(("link_domain", d) for d in message.link_domains[:MAX_LINK_DOMAINS])
    keys.append(("profile", profile_key(message)))
    return keys


class ReputationBook:
    """The reputation as this process sees it: a cache of the table for scoring in
    microseconds, and the changes it made that are not written yet. Writing them is an
    increment in SQL (`storage.reputation`), so other processes' changes survive; a
    process that needs theirs reads the keys again (`refresh`)."""

    def __init__(self, db: Database | None, settings: ReputationSettings | None = None):
        self.db = db
        self.settings = settings or ReputationSettings()
        self._entries: dict[tuple[str, str], Entry] = {}
        self._pending: dict[tuple[str, str], Pending] = {}
        self._lock = threading.Lock()
        if db is not None:
            self._load()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def half_life_s(self) -> float:
        return self.settings.half_life_days * 86400

    def _load(self, keys: list[tuple[str, str]] | None = None) -> None:
        with self.db.reader() as s:
            rows = stored.load(s, keys)
        with self._lock:
            for row in rows:
                self._entries[(row.kind, row.key)] = Entry(row.spam, row.ham, row.marked_at_s or 0.0)

    def refresh(self, keys: list[tuple[str, str]]) -> None:
        """Read these keys again from the database (another process marked them)."""
        if self.db is not None and keys:
            self._load([tuple(k) for k in keys])

    def _decay(self, elapsed: float) -> float:
        return 0.5 ** (max(0.0, elapsed) / self.half_life_s)

    def _decayed(self, entry: Entry, now: float) -> tuple[float, float]:
        if not entry.updated_at:
            return entry.spam, entry.ham
        factor = self._decay(now - entry.updated_at)
        return entry.spam * factor, entry.ham * factor

    def state(self, spam: float, ham: float) -> str:
        s = self.settings
        total = spam + ham
        if total < s.min_volume:
            return "unknown"
        share = spam / total
        if share > s.blocked_spam_share:
            return "blocked"
        if share > s.suspicious_spam_share:
            return "suspicious"
        if share <= s.good_max_spam_share:
            return "good"
        return "unknown"

    def standings(self, message: ParsedMessage, now: float | None = None) -> list[Standing]:
        now = now if now is not None else _now()
        out = []
        for kind, key in keys_of(message):
            entry = self._entries.get((kind, key[:MAX_KEY_CHARS]))
            if entry is None:
                continue
            spam, ham = self._decayed(entry, now)
            out.append(Standing(kind, key, self.state(spam, ham), spam, ham))
        return out

    def adjustment(self, standings: list[Standing]) -> float:
        """The reputation's push on the fast path's margin: the strongest signal of
        each direction counts once (ten good link domains are not ten times as good)."""
        s = self.settings
        weight = {"blocked": s.blocked_weight, "suspicious": s.suspicious_weight, "good": s.good_weight}
        scored = [x for x in standings if x.kind in s.scored_kinds]
        ups = [weight[x.state] for x in scored if x.state in ("blocked", "suspicious")]
        downs = [weight["good"] for x in scored if x.state == "good"]
        return (max(ups) if ups else 0.0) + (min(downs) if downs else 0.0)

    def observe(self, message: ParsedMessage, label: str | None = None, now: float | None = None,
                weight: float = 1.0) -> None:
        """Count a judged message; with `label` ('spam'/'ham'), also mark it."""
        self.observe_keys(keys_of(message), label, now, weight, count_seen=True)

    def observe_keys(self, keys: list[tuple[str, str]], label: str | None = None, now: float | None = None,
                     weight: float = 1.0, count_seen: bool = False) -> None:
        """Mark the keys of a message known only by its stored keys (a later correction).
        A negative `weight` takes a mark back (never below zero). Written by `flush`."""
        now = now if now is not None else _now()
        with self._lock:
            for kind, key in (tuple(k) for k in keys):
                key = key[:MAX_KEY_CHARS]
                entry = self._entries.get((kind, key))
                if entry is None:
                    if weight < 0:
                        continue
                    entry = self._entries[(kind, key)] = Entry(updated_at=now)
                pending = self._pending.setdefault((kind, key), Pending())
                pending.seen += int(count_seen)
                if label is None:
                    continue
                entry.spam, entry.ham = self._decayed(entry, now)
                entry.updated_at = now
                if pending.at is not None:
                    factor = self._decay(now - pending.at)
                    pending.spam, pending.ham = pending.spam * factor, pending.ham * factor
                pending.at = now
                if label == "spam":
                    delta = max(-entry.spam, weight)
                    entry.spam += delta
                    pending.spam += delta
                else:
                    delta = max(-entry.ham, weight)
                    entry.ham += delta
                    pending.ham += delta

    def flush(self) -> int:
        """Write this process's changes to the database as increments, in one
        transaction; returns how many entries changed. On failure they are kept for
        the next flush."""
        if self.db is None:
            return 0
        with self._lock:
            pending, self._pending = self._pending, {}
        changes = [ReputationChange(kind, key, p.seen, p.spam, p.ham, p.at) for (kind, key), p in pending.items()]
        try:
            with self.db.session() as s:
                return stored.add_changes(s, changes, self.half_life_s)
        except Exception:
            with self._lock:  # keep them: merged with what arrived meanwhile
                for key, p in pending.items():
                    later = self._pending.get(key)
                    if later is None:
                        self._pending[key] = p
                        continue
                    later.seen += p.seen
                    if p.at is not None:
                        factor = self._decay((later.at or p.at) - p.at)
                        later.spam += p.spam * factor
                        later.ham += p.ham * factor
                        later.at = later.at or p.at
            raise


def mark_correction(session: Session, keys: list[tuple[str, str]], label: str, replaces: str | None,
                    settings: ReputationSettings | None = None, now: float | None = None) -> None:
    """The owner's word on a message, marked on its keys in the caller's transaction
    (the one that records the correction, so it counts exactly once whoever records
    it): one mark for `label`, and the mark of the label it `replaces` taken back."""
    settings = settings or ReputationSettings()
    now = now if now is not None else _now()
    take_back = replaces if replaces is not None and replaces != label else None
    changes = [ReputationChange(kind, key, 0, spam=(label == "spam") - (take_back == "spam"),
                                ham=(label == "ham") - (take_back == "ham"), at=now)
               for kind, key in (tuple(k) for k in keys)]
    stored.add_changes(session, changes, settings.half_life_days * 86400)


def _now() -> float:
    return datetime.now(timezone.utc).timestamp()



