"""The audit log: an append-only record nobody can quietly edit.

Every model call (hashes of what was sent and received, never the mail), verdict,
mailbox action, correction, rule change and configuration change is appended to the
`audit_log` table. Each record carries HMAC-SHA256 over its own content and the
previous record's MAC, under a named key: a changed byte, a deleted, inserted or
reordered record breaks the chain at that point, and `verify` says where.

Keys live in a key ring file (mode 0600) or come from $MAILWARDEN_AUDIT_KEY. Only a
writer creates the ring, and only on an empty log (its first record); reading and
verifying never do, so a lost ring is reported instead of being quietly replaced by a
new key that cannot verify anything. Rotation appends a "key-rotated" record under the old key that
names the new one; from then on only the new key is accepted, and old records still
verify under the old key, which the ring keeps. A record signed with a retired key
after its rotation is refused.

What the chain alone cannot show is the loss of the newest records (the tail), nor a
rewrite by someone holding the key (they can recompute every MAC). Two copies outside
the table cover that: the optional JSON-lines mirror (`audit.mirror_file`), compared
record for record by `check`, and the chain head (seq and MAC) that the running service
writes to its log (`log_head`), which `check` compares with `expect_head`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from storage.files import create_exclusively, write_atomically
from storage.models import AuditRecord

KEY_RING_FILE = "audit.keys"
ENV_KEY = "MAILWARDEN_AUDIT_KEY"
GENESIS = "0" * 64
FIELDS = ("seq", "at", "kind", "subject", "data", "key_id", "prev_mac", "mac")

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


class AuditKeyError(Exception):
    """The audit key ring cannot be read or written; the text says what to do."""


class KeyRingMissing(AuditKeyError):
    """There is no key ring file (and no key in the environment). Callers that know
    whether the log is empty say what that means; `path` is the file looked for."""

    def __init__(self, path: Path):
        super().__init__(f"audit key ring {path} is missing: restore it from a backup")
        self.path = path


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
    def load(cls, data_dir: Path, create: bool = False) -> "AuditKeys":
        """Read the ring. A missing file raises KeyRingMissing unless `create` (a writer
        about to sign the log's first record) or a key is in $MAILWARDEN_AUDIT_KEY,
        which then signs alone; the environment never leads to a file being written."""
        path = Path(data_dir) / KEY_RING_FILE
        env = os.environ.get(ENV_KEY)
        if path.exists():
            ring_keys = cls._read(path)
        elif env:
            ring_keys = cls({}, "", path)
        elif create:
            ring_keys = cls._create(path)
        else:
            raise KeyRingMissing(path)
        if env:
            # A key given in the environment signs; the ring still holds older ones.
            kid = "env-" + sha256_hex(env)[:8]
            ring_keys.keys[kid] = env.encode("utf-8")
            ring_keys.current = kid
        return ring_keys

    @classmethod
    def _read(cls, path: Path) -> "AuditKeys":
        try:
            ring = json.loads(path.read_text())
            keys = {kid: bytes.fromhex(k["secret"]) for kid, k in ring["keys"].items()}
            return cls(keys, ring["current"], path)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            raise AuditKeyError(f"audit key ring {path} is unreadable ({err}); restore it from a backup — "
                                "without it the audit log cannot be verified") from err

    @classmethod
    def _create(cls, path: Path) -> "AuditKeys":
        """A new ring with one key, unless another process made one first: the file
        appears whole or not at all (written aside, then hard-linked into place, which
        fails if the name is taken), and then that one is used."""
        ring_keys = cls({}, "", path)
        ring_keys._new_key()
        try:
            ring_keys._save(exclusive=True)
        except FileExistsError:
            return cls._read(path)
        return ring_keys

    def _new_key(self) -> str:
        kid = datetime.now(timezone.utc).strftime("k%Y%m%d%H%M%S") + "-" + secrets.token_hex(2)
        while kid in self.keys:
            kid = kid[:-4] + secrets.token_hex(2)
        self.keys[kid] = secrets.token_bytes(32)
        self.current = kid
        return kid

    def _save(self, exclusive: bool = False) -> None:
        if self.path is None:
            return
        ring = {"current": self.current,
                "keys": {kid: {"secret": k.hex()} for kid, k in self.keys.items() if not kid.startswith("env-")}}
        if not exclusive:
            write_atomically(self.path, json.dumps(ring).encode("utf-8"))
        elif not create_exclusively(self.path, json.dumps(ring).encode("utf-8")):
            raise FileExistsError(self.path)

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


@dataclass(frozen=True)
class AuditHead:
    """The newest record's seq and MAC: what a copy outside the database must match."""

    seq: int
    mac: str
    at: str = ""

    def line(self) -> str:
        return f"audit head: seq {self.seq} mac {self.mac} at {self.at}"


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
                    if head is not None:
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
        last = session.scalar(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1))
        seq = (last.seq + 1) if last else 1
        prev = last.mac if last else GENESIS
        at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        body = canonical(data)
        subject = subject[:200]
        kid = keys.current
        record = AuditRecord(seq=seq, at=at, kind=kind, subject=subject, data=body, key_id=kid, prev_mac=prev,
                             mac=_mac(keys.secret(kid), seq, at, kind, subject, body, kid, prev))
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
        new = successor._new_key()
        self.append(session, "key-rotated", old, new_key_id=new)
        session.flush()
        # The ring is written before the transaction commits: a crash in between leaves
        # an unused key in the ring, never a record whose key is lost.
        keys.keys[new] = successor.keys[new]
        keys.current = new
        keys._save()
        return old, new

    @staticmethod
    def head(session: Session) -> AuditHead | None:
        """The newest record (by seq), or None for an empty log. Needs no key."""
        last = session.scalar(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1))
        return AuditHead(last.seq, last.mac, last.at) if last is not None else None

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
        return verify_records(_table_rows(session), self.keys)

    def check(self, session: Session | None, mirror: Path | None = None,
              expect_head: AuditHead | None = None) -> "AuditReport":
        """Everything `audit verify` checks: the table's chain; with `mirror`, the
        mirror's chain and the two compared record for record (so either end losing its
        newest records, or any record, shows); with `expect_head` (copied from a
        service log line), that the table reaches that seq with that MAC. With
        `session` None the mirror is checked alone (and `expect_head` against it).
        Raises AuditKeyError when there is no key ring to verify with."""
        table = _table_rows(session) if session is not None else None
        try:
            keys = self.keys
        except KeyRingMissing as missing:
            raise AuditKeyError(_missing_ring_advice(missing.path, None if table is None else len(table))) from None
        report = AuditReport()
        if table is not None:
            result = verify_records(table, keys)
            report.checked = result.checked
            if not result.ok:
                report.problems.append(f"table: {result.problem} ({result.checked} records before it verified; "
                                       "everything from it on is suspect)")
        if mirror is not None:
            if not Path(mirror).exists():
                report.mirror_missing = Path(mirror)
            else:
                rows, bad_line = read_mirror(mirror)
                result = (Verification(False, len(rows), f"line {bad_line}: not a record") if bad_line else
                          verify_records(rows, keys, label="line", start_anywhere=table is not None))
                report.mirror_checked = result.checked
                if not result.ok:
                    report.problems.append(f"mirror {mirror}: {result.problem}")
                if table is not None:
                    problems, notes = compare_with_mirror(table, rows)
                    report.problems += problems
                    report.notes += notes
                    if not problems and result.ok:
                        report.notes.append(f"mirror {mirror}: {len(rows)} records, identical to the table")
                else:
                    report.checked = result.checked
                    table = rows
        if expect_head is not None and table is not None:
            problem = check_head(table, expect_head, "the table" if session is not None else f"the mirror {mirror}")
            if problem:
                report.problems.append(problem)
            else:
                report.notes.append(f"head seq {expect_head.seq} from the service log: present, same MAC")
        return report


@dataclass
class AuditReport:
    """What `AuditLog.check` found. `problems` are evidence of tampering (or loss),
    one sentence each; `notes` are facts worth showing that prove nothing wrong."""

    checked: int = 0
    mirror_checked: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mirror_missing: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.mirror_missing is None


def _missing_ring_advice(path: Path, records: int | None) -> str:
    """What to do without a ring, given how many records the table holds (None: unknown)."""
    if records != 0:
        held = f"the {records} audit records" if records else "the audit log"
        return (f"audit key ring {path} is missing, so {held} cannot be verified: restore it from a backup "
                f"(or set ${ENV_KEY} if the key was kept there) and run `audit verify` again")
    return (f"audit key ring {path} is missing: restore it from a backup; if this is a new install with an empty "
            "audit log there is nothing to verify yet, and the service (`mailwarden run`) or any command that "
            "records something creates the ring with the first record")


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


@dataclass(frozen=True)
class _Row:
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


def _table_rows(session: Session) -> list[_Row]:
    return [_Row(**_as_dict(r), id=r.id) for r in session.scalars(select(AuditRecord).order_by(AuditRecord.id))]


def _as_dict(r: AuditRecord) -> dict:
    return {"seq": r.seq, "at": r.at, "kind": r.kind, "subject": r.subject, "data": r.data,
            "key_id": r.key_id, "prev_mac": r.prev_mac, "mac": r.mac}


def verify_records(records, keys: AuditKeys, label: str = "id", start_anywhere: bool = False) -> Verification:
    """`records` in stored order (objects with the AuditRecord fields and `id`, which
    problems name as `label`). The chain starts at seq 1 from the genesis MAC; with
    `start_anywhere`, at the first record given (a mirror turned on after the log began,
    whose earlier records the table vouches for)."""
    records = list(records)
    stored_seqs = {r.seq for r in records}
    prev_seq, prev_mac = 0, GENESIS
    if start_anywhere and records:
        prev_seq, prev_mac = records[0].seq - 1, records[0].prev_mac
    in_force: str | None = None
    checked = 0
    for r in records:
        where = f"record seq {r.seq}" + (f" ({label} {r.id})" if r.id is not None else "")

        def bad(problem: str) -> Verification:
            return Verification(False, checked, f"{where}: {problem}", r.id, r.seq)

        key = keys.secret(r.key_id)
        if key is None:
            return bad(f"signed with unknown key {r.key_id!r} (forged, or the key ring is incomplete)")
        if not hmac.compare_digest(_mac(key, r.seq, r.at, r.kind, r.subject, r.data, r.key_id, r.prev_mac), r.mac):
            return bad("altered or inserted: its MAC does not match its content")
        if r.prev_mac != prev_mac or r.seq != prev_seq + 1:
            if r.seq > prev_seq + 1 and prev_seq + 1 in stored_seqs:
                return bad(f"out of order: seq {prev_seq + 1} should come before it but is stored later")
            if r.seq > prev_seq + 1:
                return bad(f"record(s) seq {_span(prev_seq + 1, r.seq - 1)} deleted before it")
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


def read_mirror(path: Path) -> tuple[list[_Row], int | None]:
    """The mirror's records in seq order, up to the first line that is not one (its
    number is returned too; None when every line is a record). In seq order, not file
    order: lines are appended after their transaction commits, so two writers that
    commit one after the other may append in the other order (each row keeps its line
    number for the messages)."""
    rows = []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            try:
                fields = json.loads(line)
                if not (isinstance(fields, dict) and set(fields) == set(FIELDS) and type(fields["seq"]) is int
                        and all(isinstance(fields[name], str) for name in FIELDS[1:])):
                    return sorted(rows, key=lambda r: r.seq), number
                rows.append(_Row(**fields, id=number))
            except (ValueError, TypeError):
                return sorted(rows, key=lambda r: r.seq), number
    return sorted(rows, key=lambda r: r.seq), None


def verify_mirror(path: Path, keys: AuditKeys) -> Verification:
    """Verify the JSON-lines mirror by itself (records in seq order, from seq 1)."""
    rows, bad_line = read_mirror(path)
    if bad_line is not None:
        return Verification(False, len(rows), f"line {bad_line}: not a record", bad_line, None)
    return verify_records(rows, keys, label="line")


def compare_with_mirror(table: list[_Row], mirror: list[_Row]) -> tuple[list[str], list[str]]:
    """(problems, notes) from comparing the two copies by seq: a record one copy has and
    the other lacks, or one that is not byte for byte the same in both. Records before
    the mirror's first are only a note: the mirror may have been turned on later, and
    the table's own chain vouches for them."""
    in_table = {r.seq: r for r in table}
    in_mirror = {r.seq: r for r in mirror}
    problems, notes = [], []
    if not in_mirror:
        if in_table:
            problems.append(f"the mirror is empty but the table holds seq {_ranges(sorted(in_table))}")
        return problems, notes
    first, last = min(in_mirror), max(in_mirror)
    table_last = max(in_table, default=0)

    early = sorted(s for s in in_table if s < first)
    if early:
        notes.append(f"the mirror begins at seq {first}: seq {_ranges(early)} are checked in the table only "
                     "(mirror_file set later, or cut from the mirror's start)")
    beyond = sorted(s for s in in_table if s > last)
    if beyond:
        problems.append(f"the mirror ends at seq {last} but the table goes on: seq {_ranges(beyond)} are not in the "
                        "mirror (deleted from its end, or lost in a crash between a commit and the mirror write)")
    gaps = sorted(s for s in in_table if first <= s <= last and s not in in_mirror)
    if gaps:
        problems.append(f"seq {_ranges(gaps)} in the table but not in the mirror: deleted from the mirror")

    if not in_table:
        problems.append(f"the table is empty but the mirror holds seq {_ranges(sorted(in_mirror))}: "
                        "the table was emptied")
    else:
        tail = sorted(s for s in in_mirror if s > table_last)
        if tail:
            problems.append(f"the table ends at seq {table_last} but the mirror goes on: seq {_ranges(tail)} "
                            "deleted from the table (its newest records)")
        missing = sorted(s for s in in_mirror if s <= table_last and s not in in_table)
        if missing:
            problems.append(f"seq {_ranges(missing)} in the mirror but not in the table: deleted from the table")

    differ = sorted(s for s in in_table.keys() & in_mirror.keys()
                    if canonical(in_table[s].content()) != canonical(in_mirror[s].content()))
    if differ:
        a, b = in_table[differ[0]].content(), in_mirror[differ[0]].content()
        fields = ", ".join(name for name in FIELDS if a[name] != b[name])
        problems.append(f"{len(differ)} record(s) differ between the table and the mirror: seq {_ranges(differ)} "
                        f"(seq {differ[0]} in {fields})")
    return problems, notes


def check_head(records: list[_Row], head: AuditHead, where: str = "the table") -> str | None:
    """Does `records` reach `head.seq` with that MAC (a prefix of 16 or more hex digits
    will do)? The problem in one sentence, or None."""
    at = next((r for r in records if r.seq == head.seq), None)
    if at is None:
        last = max((r.seq for r in records), default=0)
        if last == 0:
            return (f"{where} is empty but the service log's head was seq {head.seq}: "
                    f"seq {_span(1, head.seq)} deleted")
        if last < head.seq:
            return (f"{where} ends at seq {last} but the service log's head was seq {head.seq}: "
                    f"seq {_span(last + 1, head.seq)} deleted (the newest records)")
        return f"seq {head.seq}, the service log's head, is not in {where}: deleted"
    if not at.mac.startswith(head.mac.lower()):
        return (f"seq {head.seq} in {where} has MAC {at.mac[:16]}..., the service log's head {head.mac[:16]}...: "
                "records up to it were rewritten (re-chained with the key)")
    return None


def parse_head(text: str) -> AuditHead:
    """`SEQ:MAC` as copied from an `audit head:` log line; ValueError saying the form."""
    seq, _, mac = text.strip().partition(":")
    if not (seq.isdigit() and int(seq) > 0 and 16 <= len(mac) <= 64 and all(c in "0123456789abcdef" for c in mac.lower())):
        raise ValueError("give the head as SEQ:MAC from an `audit head: seq N mac M` line of the service log "
                         "(the MAC in full or its first 16+ hex digits), e.g. 1234:9f86d081884c7d65")
    return AuditHead(int(seq), mac.lower())


def _span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}..{last}"


def _ranges(seqs: list[int], most: int = 8) -> str:
    """Sorted seqs as "1..3, 7, 9..12" (at most `most` spans, then how many more)."""
    spans: list[list[int]] = []
    for seq in seqs:
        if spans and seq == spans[-1][1] + 1:
            spans[-1][1] = seq
        else:
            spans.append([seq, seq])
    text = ", ".join(_span(a, b) for a, b in spans[:most])
    return text + (f" and {len(spans) - most} more spans" if len(spans) > most else "")


def newest(session: Session, limit: int, kind: str | None = None) -> list[AuditRecord]:
    """The newest `limit` records (of `kind`, when given), oldest of them first: `audit show`."""
    q = select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(limit)
    if kind:
        q = q.where(AuditRecord.kind == kind)
    return list(reversed(session.scalars(q).all()))


def last_data(session: Session, kind: str) -> dict[str, Any] | None:
    """The data of the newest record of `kind` (None when there is none)."""
    last = session.scalar(select(AuditRecord).where(AuditRecord.kind == kind).order_by(AuditRecord.seq.desc()).limit(1))
    return json.loads(last.data) if last is not None else None
