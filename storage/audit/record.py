"""One audit record as it is signed and copied: its fields, its canonical form, its MAC.

The MAC covers the record's own content and the previous record's MAC, joined by a
unit separator in a fixed field order; `canonical` JSON (sorted keys, compact, ASCII) is
what the mirror holds and what two copies are compared by. Both must be recomputable
byte for byte by `audit verify`, so nothing here may change for records already written.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from storage.models import AuditRecord

GENESIS = "0" * 64
"""The `prev_mac` of the first record."""
FIELDS = ("seq", "at", "kind", "subject", "data", "key_id", "prev_mac", "mac")


def canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=str)


def sha256_hex(text: str | bytes) -> str:
    return hashlib.sha256(text.encode("utf-8") if isinstance(text, str) else text).hexdigest()


def compute_mac(key: bytes, seq: int, at: str, kind: str, subject: str, data: str, key_id: str, prev_mac: str) -> str:
    message = "\x1f".join((str(seq), at, kind, subject, data, key_id, prev_mac)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class AuditHead:
    """The newest record's seq and MAC: what a copy outside the database must match."""

    seq: int
    mac: str
    at: str = ""

    def line(self) -> str:
        return f"audit head: seq {self.seq} mac {self.mac} at {self.at}"


@dataclass(frozen=True)
class Row:
    """One record as both copies hold it; `id` is the table's row id or the mirror's line."""

    seq: int
    at: str
    kind: str
    subject: str
    data: str
    key_id: str
    prev_mac: str
    mac: str
    id: int | None = None

    def content(self) -> dict:
        return {name: getattr(self, name) for name in FIELDS}


def as_fields(r: AuditRecord) -> dict:
    """A stored record's signed fields (FIELDS), as the mirror writes them."""
    return {"seq": r.seq, "at": r.at, "kind": r.kind, "subject": r.subject, "data": r.data,
            "key_id": r.key_id, "prev_mac": r.prev_mac, "mac": r.mac}
