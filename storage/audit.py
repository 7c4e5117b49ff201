"""The audit log: an append-only record nobody can quietly edit.

Every model call (hashes of what was sent and received, never the mail), verdict,
mailbox action, correction, rule change and configuration change is appended to the
`audit_log` table. Each record carries HMAC-SHA256 over its own content and the
previous record's MAC, under a named key: a changed byte, a deleted, inserted or
reordered record breaks the chain at that point, and `verify` says where.

Keys live in a key ring file (mode 0600, created on first use) or come from
$MAILWARDEN_AUDIT_KEY. Rotation appends a "key-rotated" record under the old key that
names the new one; from then on only the new key is accepted, and old records still
verify under the old key, which the ring keeps. A record signed with a retired key
after its rotation is refused.

What the chain alone cannot show is the loss of the newest records (the tail); the
optional JSON-lines mirror (`audit.mirror_file`) is a second copy to compare with.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from storage.files import write_atomically
from storage.models import AuditRecord

KEY_RING_FILE = "audit.keys"
ENV_KEY = "MAILWARDEN_AUDIT_KEY"
GENESIS = "0" * 64


class AuditSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    mirror_file: Path | None = Field(default=None, description="also append every record to this JSON-lines file")


class AuditKeyError(Exception):
    """The audit key ring cannot be read or written; the text says what to do."""


def canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=str)


def sha256_hex(text: str | bytes) -> str:
    return hashlib.sha256(text.encode("utf-8") if isinstance(text, str) else text).hexdigest()


class AuditKeys:
    """The key ring: every key ever used (so old records verify) and which one signs now."""

    def __init__(self, keys: dict[str, bytes], current: str, path: Path | None):
        self.keys = keys
        self.current = current
        self.path = path

    @classmethod
    def load(cls, data_dir: Path) -> "AuditKeys":
        path = Path(data_dir) / KEY_RING_FILE
        if path.exists():
            try:
                ring = json.loads(path.read_text())
                keys = {kid: bytes.fromhex(k["secret"]) for kid, k in ring["keys"].items()}
                ring_keys = cls(keys, ring["current"], path)
            except (OSError, ValueError, KeyError, TypeError) as err:
                raise AuditKeyError(f"audit key ring {path} is unreadable ({err}); restore it from a backup — "
                                    "without it the audit log cannot be verified") from err
        else:
            ring_keys = cls({}, "", path)
            ring_keys._add_key()
        if env := os.environ.get(ENV_KEY):
            # A key given in the environment signs; the ring still holds older ones.
            kid = "env-" + sha256_hex(env)[:8]
            ring_keys.keys[kid] = env.encode("utf-8")
            ring_keys.current = kid
        return ring_keys

    def _add_key(self) -> str:
        kid = datetime.now(timezone.utc).strftime("k%Y%m%d%H%M%S") + "-" + secrets.token_hex(2)
        self.keys[kid] = secrets.token_bytes(32)
        self.current = kid
        self._save()
        return kid

    def _save(self) -> None:
        if self.path is None:
            return
        ring = {"current": self.current,
                "keys": {kid: {"secret": k.hex()} for kid, k in self.keys.items() if not kid.startswith("env-")}}
        write_atomically(self.path, json.dumps(ring).encode("utf-8"))

    def secret(self, kid: str) -> bytes | None:
        return self.keys.get(kid)


@dataclass
class Verification:
    ok: bool
    checked: int
    problem: str | None = None
    record_id: int | None = None
    seq: int | None = None


def _mac(key: bytes, seq: int, at: str, kind: str, subject: str, data: str, key_id: str, prev_mac: str) -> str:
    message = "\x1f".join((str(seq), at, kind, subject, data, key_id, prev_mac)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


class AuditLog:
    def __init__(self, keys: AuditKeys, settings: AuditSettings | None = None):
        self.keys = keys
        self.settings = settings or AuditSettings()
        self._mirror_lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path, settings: AuditSettings | None = None) -> "AuditLog":
        return cls(AuditKeys.load(data_dir), settings)

    # ------------------------------------------------------------ writing

    def append(self, session: Session, kind: str, subject: str = "", **data: Any) -> AuditRecord | None:
        """Add a record in the caller's transaction (it commits, or vanishes, with it)."""
        if not self.settings.enabled:
            return None
        last = session.scalar(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1))
        seq = (last.seq + 1) if last else 1
        prev = last.mac if last else GENESIS
        at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        body = canonical(data)
        subject = subject[:200]
        kid = self.keys.current
        record = AuditRecord(seq=seq, at=at, kind=kind, subject=subject, data=body, key_id=kid, prev_mac=prev,
                             mac=_mac(self.keys.secret(kid), seq, at, kind, subject, body, kid, prev))
        session.add(record)
        session.flush()
        if self.settings.mirror_file is not None:
            self._mirror_after_commit(session, record)
        return record

    def rotate_key(self, session: Session) -> str:
        """Start signing with a new key; the rotation itself is the last record the old
        key signs. Returns the new key id."""
        if os.environ.get(ENV_KEY):
            raise AuditKeyError(f"the audit key comes from ${ENV_KEY}: rotate it by changing that variable "
                                "(after adding the old one to the key ring), not here")
        old = self.keys.current
        new = datetime.now(timezone.utc).strftime("k%Y%m%d%H%M%S") + "-" + secrets.token_hex(2)
        while new in self.keys.keys:
            new = new[:-4] + secrets.token_hex(2)
        new_secret = secrets.token_bytes(32)
        self.append(session, "key-rotated", old, new_key_id=new)
        session.flush()
        # The ring is written before the transaction commits: a crash in between leaves
        # an unused key in the ring, never a record whose key is lost.
        self.keys.keys[new] = new_secret
        self.keys.current = new
        self.keys._save()
        return new

    def _mirror_after_commit(self, session: Session, record: AuditRecord) -> None:
        pending = session.info.setdefault("audit_mirror", [])
        pending.append(_as_dict(record))
        if len(pending) == 1:
            @event.listens_for(session, "after_commit", once=True)
            def _write(sess):  # noqa: ANN001
                rows = sess.info.pop("audit_mirror", [])
                self._write_mirror(rows)

            @event.listens_for(session, "after_rollback", once=True)
            def _drop(sess):  # noqa: ANN001
                sess.info.pop("audit_mirror", None)

    def _write_mirror(self, rows: list[dict]) -> None:
        path = self.settings.mirror_file
        with self._mirror_lock:
            fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "a") as f:
                for row in rows:
                    f.write(canonical(row) + "\n")

    # ------------------------------------------------------------ reading

    def verify(self, session: Session) -> Verification:
        """Check the whole chain in stored order; name the first record that breaks it."""
        return verify_records(session.scalars(select(AuditRecord).order_by(AuditRecord.id)), self.keys)


def note(db, session: Session, kind: str, subject: str = "", **data: Any) -> None:
    """Append to `db`'s audit log when it has one (a bare test database may not)."""
    log = getattr(db, "audit", None)
    if log is not None:
        log.append(session, kind, subject, **data)


def _as_dict(r: AuditRecord) -> dict:
    return {"seq": r.seq, "at": r.at, "kind": r.kind, "subject": r.subject, "data": r.data,
            "key_id": r.key_id, "prev_mac": r.prev_mac, "mac": r.mac}


def verify_records(records, keys: AuditKeys) -> Verification:
    """`records` in stored order (objects with the AuditRecord fields)."""
    records = list(records)
    stored_seqs = {r.seq for r in records}
    prev_seq, prev_mac = 0, GENESIS
    in_force: str | None = None
    checked = 0
    for r in records:
        where = f"record seq {r.seq}" + (f" (id {r.id})" if getattr(r, "id", None) is not None else "")

        def bad(problem: str) -> Verification:
            return Verification(False, checked, f"{where}: {problem}", getattr(r, "id", None), r.seq)

        key = keys.secret(r.key_id)
        if key is None:
            return bad(f"signed with unknown key {r.key_id!r} (forged, or the key ring is incomplete)")
        if not hmac.compare_digest(_mac(key, r.seq, r.at, r.kind, r.subject, r.data, r.key_id, r.prev_mac), r.mac):
            return bad("altered or inserted: its MAC does not match its content")
        if r.prev_mac != prev_mac or r.seq != prev_seq + 1:
            if r.seq > prev_seq + 1 and prev_seq + 1 in stored_seqs:
                return bad(f"out of order: seq {prev_seq + 1} should come before it but is stored later")
            if r.seq > prev_seq + 1:
                gap = f"seq {prev_seq + 1}" if r.seq == prev_seq + 2 else f"seq {prev_seq + 1}..{r.seq - 1}"
                return bad(f"record(s) {gap} deleted before it")
            if r.seq <= prev_seq:
                return bad(f"out of order: stored after seq {prev_seq}")
            return bad("chain broken: it does not follow the record stored before it")
        if in_force is not None and r.key_id != in_force:
            return bad(f"signed with key {r.key_id}, but key {in_force} was in force (rotated earlier): "
                       "added after the key was retired")
        in_force = r.key_id
        if r.kind == "key-rotated":
            try:
                in_force = json.loads(r.data)["new_key_id"]
            except (ValueError, KeyError):
                return bad("key rotation record without the new key id")
        prev_seq, prev_mac = r.seq, r.mac
        checked += 1
    return Verification(True, checked)


def verify_mirror(path: Path, keys: AuditKeys) -> Verification:
    """Verify the JSON-lines mirror the same way (records in file order)."""
    from types import SimpleNamespace

    rows = []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            try:
                rows.append(SimpleNamespace(id=number, **json.loads(line)))
            except (ValueError, TypeError):
                return Verification(False, number - 1, f"line {number}: not a record", number, None)
    return verify_records(rows, keys)
