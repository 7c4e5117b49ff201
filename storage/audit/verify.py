"""Verifying the audit log: the table's chain, the mirror's, the two compared, the head.

What the chain alone cannot show is the loss of the newest records (the tail), nor a
rewrite by someone holding the key (they can recompute every MAC). Two copies outside
the table cover that: the optional JSON-lines mirror (`audit.mirror_file`), compared
record for record, and the chain head (seq and MAC) that the running service writes to
its log (`storage.audit.chain.log_head`), compared with the head a user copies from it.
Every problem found is one sentence saying where the chain breaks and how.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.audit.keys import AuditKeys
from storage.audit.record import FIELDS, GENESIS, AuditHead, Row, as_fields, canonical, compute_mac
from storage.models import AuditRecord


@dataclass
class Verification:
    """One copy's chain checked: `ok`, how many records verified before the first that
    breaks it, and which one that is (`problem` says how)."""

    ok: bool
    checked: int
    problem: str | None = None
    record_id: int | None = None
    seq: int | None = None


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


def check_copies(table: list[Row] | None, keys: AuditKeys, mirror: Path | None = None,
                 expect_head: AuditHead | None = None) -> AuditReport:
    """`AuditLog.check` once the table's records (None: the mirror alone) and the keys
    are at hand."""
    from_table = table is not None
    report = AuditReport()
    if from_table:
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
                      verify_records(rows, keys, label="line", start_anywhere=from_table))
            report.mirror_checked = result.checked
            if not result.ok:
                report.problems.append(f"mirror {mirror}: {result.problem}")
            if from_table:
                problems, notes = compare_with_mirror(table, rows)
                report.problems += problems
                report.notes += notes
                if not problems and result.ok:
                    report.notes.append(f"mirror {mirror}: {len(rows)} records, identical to the table")
            else:
                report.checked = result.checked
                table = rows
    if expect_head is not None and table is not None:
        problem = check_head(table, expect_head, "the table" if from_table else f"the mirror {mirror}")
        if problem:
            report.problems.append(problem)
        else:
            report.notes.append(f"head seq {expect_head.seq} from the service log: present, same MAC")
    return report


def table_rows(session: Session) -> list[Row]:
    """The table's records in stored (row id) order, the order `verify_records` checks."""
    return [Row(**as_fields(r), id=r.id) for r in session.scalars(select(AuditRecord).order_by(AuditRecord.id))]


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
        expected = compute_mac(key, r.seq, r.at, r.kind, r.subject, r.data, r.key_id, r.prev_mac)
        if not hmac.compare_digest(expected, r.mac):
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


def read_mirror(path: Path) -> tuple[list[Row], int | None]:
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
                rows.append(Row(**fields, id=number))
            except (ValueError, TypeError):
                return sorted(rows, key=lambda r: r.seq), number
    return sorted(rows, key=lambda r: r.seq), None


def verify_mirror(path: Path, keys: AuditKeys) -> Verification:
    """Verify the JSON-lines mirror by itself (records in seq order, from seq 1)."""
    rows, bad_line = read_mirror(path)
    if bad_line is not None:
        return Verification(False, len(rows), f"line {bad_line}: not a record", bad_line, None)
    return verify_records(rows, keys, label="line")


def compare_with_mirror(table: list[Row], mirror: list[Row]) -> tuple[list[str], list[str]]:
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


def check_head(records: list[Row], head: AuditHead, where: str = "the table") -> str | None:
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
