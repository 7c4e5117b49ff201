"""The audit log: an append-only record nobody can quietly edit.

Every model call (hashes of what was sent and received, never the mail), verdict,
mailbox action, correction, rule change and configuration change is appended to the
`audit_log` table. Each record carries HMAC-SHA256 over its own content and the
previous record's MAC, under a named key (`storage.audit.record`): a changed byte, a
deleted, inserted or reordered record breaks the chain at that point, and `verify` says
where (`storage.audit.verify`).

Keys come from the key ring (`storage.audit.keys`). Rotation appends a "key-rotated"
record under the old key that names the new one; from then on only the new key is
accepted, and old records still verify under the old key, which the ring keeps. A record
signed with a retired key after its rotation is refused.

This module writes the chain: appending in the caller's transaction, the optional
JSON-lines mirror written after it commits, and the head (seq and MAC) that the running
service writes to its log (`log_head`) as a copy of the chain's tail outside the database.
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from storage.audit.keys import ENV_KEY, AuditKeyError, AuditKeys, KeyRingMissing, missing_ring_advice
from storage.audit.record import GENESIS, AuditHead, as_fields, canonical, compute_mac
from storage.audit.verify import AuditReport, Verification, check_copies, table_rows, verify_records
from storage.models import AuditRecord

CHAIN_LOCK = 0x6D61696C77617264  # "mailward": the advisory lock that orders the chain's writers on PostgreSQL
head_log = logging.getLogger("mailwarden.audit.head")
# The head lines are the copy of the chain's tail outside the database, so they must
# reach the service log at the default log_level (WARNING) without being warnings:
# this logger alone is pinned to INFO. `head_log_every_s = 0` turns them off.
head_log.setLevel(logging.INFO)


class AuditSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    mirror_file: Path | None = Field(default=None, description="also append every record to this JSON-lines file")
    head_log_every_s: float = Field(default=3600.0, ge=0,
                                    description="log the chain head (seq, MAC) this often while the service runs, "
                                                "and at its start and stop; 0: never")


class AuditLog:
    def __init__(self, keys: AuditKeys | None = None, settings: AuditSettings | None = None,
                 data_dir: Path | None = None):
        """`keys` given, or read from `data_dir` when first needed (see `keys`)."""
        if keys is None and data_dir is None:
            raise ValueError("an AuditLog needs its keys or the data directory that holds them")
        self._keys = keys
        self.data_dir = data_dir
        self.settings = settings or AuditSettings()
        self._mirror_lock = threading.Lock()
        self._keys_lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path, settings: AuditSettings | None = None) -> "AuditLog":
        """Touches no file: every command opens the database this way, and one that only
        reads (`audit verify`, `audit show`, `status`) must not create a key ring."""
        return cls(None, settings, data_dir=Path(data_dir))

    @property
    def keys(self) -> AuditKeys:
        """The ring, for reading: KeyRingMissing when there is none, never a new one."""
        with self._keys_lock:
            if self._keys is None:
                self._keys = AuditKeys.load(self.data_dir)
            return self._keys

    def signing_keys(self, session: Session) -> AuditKeys:
        """The ring, for writing: created when the log is still empty (its first record);
        a missing ring with records in the log is an error, because a new key could not
        continue the chain and the old records would stay unverifiable. Writers call
        this before they start (the service at start-up) so they fail early."""
        with self._keys_lock:
            if self._keys is None:
                try:
                    self._keys = AuditKeys.load(self.data_dir)
                except KeyRingMissing as missing:
                    head = self.head(session)
                    if head is not None and not missing.path.exists():  # (another process may have just made it)
                        raise AuditKeyError(
                            f"audit key ring {missing.path} is missing but the audit log holds records up to seq "
                            f"{head.seq}: restore the ring from a backup and run again (a new key could not "
                            "continue the chain)") from None
                    self._keys = AuditKeys.load(self.data_dir, create=True)
            return self._keys

    # ------------------------------------------------------------ writing

    def append(self, session: Session, kind: str, subject: str = "", **data: Any) -> AuditRecord | None:
        """Add a record in the caller's transaction (it commits, or vanishes, with it)."""
        if not self.settings.enabled:
            return None
        keys = self.signing_keys(session)
        if session.get_bind().dialect.name == "postgresql":
            # SQLite serialises writers, so reading the last record and adding the next is
            # safe there; on PostgreSQL two transactions would both read the same last
            # record. This lock, held to the end of the transaction, takes them in turn:
            # the chain never forks and no verdict is rolled back over a taken seq.
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
        last = session.scalar(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1))
        seq = (last.seq + 1) if last else 1
        prev = last.mac if last else GENESIS
        at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        body = canonical(data)
        subject = subject[:200]
        kid = keys.current
        record = AuditRecord(seq=seq, at=at, kind=kind, subject=subject, data=body, key_id=kid, prev_mac=prev,
                             mac=compute_mac(keys.secret(kid), seq, at, kind, subject, body, kid, prev))
        session.add(record)
        session.flush()
        if self.settings.mirror_file is not None:
            self._mirror_after_commit(session, record)
        return record

    def rotate_key(self, session: Session) -> tuple[str, str]:
        """Start signing with a new key; the rotation itself is the last record the old
        key signs. Returns (old key id, new key id)."""
        if os.environ.get(ENV_KEY):
            raise AuditKeyError(f"the audit key comes from ${ENV_KEY}: rotate it by changing that variable "
                                "(after adding the old one to the key ring), not here")
        keys = self.signing_keys(session)
        old = keys.current
        successor = AuditKeys(dict(keys.keys), old, keys.path)
        new = successor.new_key()
        self.append(session, "key-rotated", old, new_key_id=new)
        session.flush()
        # The ring is written before the transaction commits: a crash in between leaves
        # an unused key in the ring, never a record whose key is lost.
        keys.keys[new] = successor.keys[new]
        keys.current = new
        keys.save()
        return old, new

    @staticmethod
    def head(session: Session) -> AuditHead | None:
        """The newest record (by seq), or None for an empty log. Needs no key."""
        last = session.scalar(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1))
        return AuditHead(last.seq, last.mac, last.at) if last is not None else None

    def _mirror_after_commit(self, session: Session, record: AuditRecord) -> None:
        pending = session.info.setdefault("audit_mirror", [])
        pending.append(as_fields(record))
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
        return verify_records(table_rows(session), self.keys)

    def check(self, session: Session | None, mirror: Path | None = None,
              expect_head: AuditHead | None = None) -> AuditReport:
        """Everything `audit verify` checks: the table's chain; with `mirror`, the
        mirror's chain and the two compared record for record (so either end losing its
        newest records, or any record, shows); with `expect_head` (copied from a
        service log line), that the table reaches that seq with that MAC. With
        `session` None the mirror is checked alone (and `expect_head` against it).
        Raises AuditKeyError when there is no key ring to verify with."""
        table = table_rows(session) if session is not None else None
        try:
            keys = self.keys
        except KeyRingMissing as missing:
            raise AuditKeyError(missing_ring_advice(missing.path, None if table is None else len(table))) from None
        return check_copies(table, keys, mirror, expect_head)


def note(db, session: Session, kind: str, subject: str = "", **data: Any) -> None:
    """Append to `db`'s audit log when it has one (a bare test database may not)."""
    log = getattr(db, "audit", None)
    if log is not None:
        log.append(session, kind, subject, **data)


def log_head(db) -> AuditHead | None:
    """Write the chain head to the service log (logger `mailwarden.audit.head`, INFO,
    shown at the default log level): a copy of the newest seq and MAC outside the
    database, to give `audit verify --expect-head SEQ:MAC` after the table's newest
    records (or all of them) were deleted or rewritten. Needs no key."""
    if db.audit is None:
        return None
    with db.reader() as s:
        head = db.audit.head(s)
    if head is None:
        head_log.info("audit head: seq 0 (the audit log is empty)")
    else:
        head_log.info("%s", head.line())
    return head
