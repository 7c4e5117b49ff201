"""The audit log: an append-only, HMAC-chained record nobody can quietly edit.

- `record`: one record's fields, canonical form and MAC;
- `keys`: the key ring (which key signs now, every key that ever did);
- `chain`: `AuditLog`, which appends to the chain and knows its head;
- `reading`: the newest records and the last of a kind, for `audit show` and the service;
- `verify`: checking the table's chain, the mirror's, the two against each other, and
  the head copied from the service log.
"""

from storage.audit.chain import AuditLog, AuditSettings, head_log, log_head, note
from storage.audit.keys import ENV_KEY, KEY_RING_FILE, AuditKeyError, AuditKeys, KeyRingMissing
from storage.audit.reading import last_data, newest
from storage.audit.record import FIELDS, GENESIS, AuditHead, canonical, sha256_hex
from storage.audit.verify import (
    AuditReport,
    Verification,
    check_head,
    compare_with_mirror,
    parse_head,
    read_mirror,
    verify_mirror,
    verify_records,
)

__all__ = [
    "ENV_KEY",
    "FIELDS",
    "GENESIS",
    "KEY_RING_FILE",
    "AuditHead",
    "AuditKeyError",
    "AuditKeys",
    "AuditLog",
    "AuditReport",
    "AuditSettings",
    "KeyRingMissing",
    "Verification",
    "canonical",
    "check_head",
    "compare_with_mirror",
    "head_log",
    "last_data",
    "log_head",
    "newest",
    "note",
    "parse_head",
    "read_mirror",
    "sha256_hex",
    "verify_mirror",
    "verify_records",
]
