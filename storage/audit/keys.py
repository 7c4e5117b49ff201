"""The audit key ring: every key ever used (so old records verify) and which one signs now.

Keys live in a ring file (mode 0600) or come from $MAILWARDEN_AUDIT_KEY. Only a writer
creates the ring, and only on an empty log (its first record); reading and verifying
never do, so a lost ring is reported instead of being quietly replaced by a new key that
cannot verify anything.
"""

from __future__ import annotations

import json
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

from storage.audit.record import sha256_hex
from storage.files import create_exclusively, write_atomically

KEY_RING_FILE = "audit.keys"
ENV_KEY = "MAILWARDEN_AUDIT_KEY"


class AuditKeyError(Exception):
    """The audit key ring cannot be read or written; the text says what to do."""


class KeyRingMissing(AuditKeyError):
    """There is no key ring file (and no key in the environment). Callers that know
    whether the log is empty say what that means; `path` is the file looked for."""

    def __init__(self, path: Path):
        super().__init__(f"audit key ring {path} is missing: restore it from a backup")
        self.path = path


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
        ring_keys.new_key()
        try:
            ring_keys.save(exclusive=True)
        except FileExistsError:
            return cls._read(path)
        return ring_keys

    def new_key(self) -> str:
        """Add a fresh random key and make it the one that signs; its id is returned.
        Nothing is written: `save` does that."""
        kid = datetime.now(timezone.utc).strftime("k%Y%m%d%H%M%S") + "-" + secrets.token_hex(2)
        while kid in self.keys:
            kid = kid[:-4] + secrets.token_hex(2)
        self.keys[kid] = secrets.token_bytes(32)
        self.current = kid
        return kid

    def save(self, exclusive: bool = False) -> None:
        """Write the ring to its file (not the key from the environment, which is never
        written anywhere). `exclusive`: only if no ring file exists yet, else
        FileExistsError."""
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


def missing_ring_advice(path: Path, records: int | None) -> str:
    """What to do without a ring, given how many records the table holds (None: unknown)."""
    if records != 0:
        held = f"the {records} audit records" if records else "the audit log"
        return (f"audit key ring {path} is missing, so {held} cannot be verified: restore it from a backup "
                f"(or set ${ENV_KEY} if the key was kept there) and run `audit verify` again")
    return (f"audit key ring {path} is missing: restore it from a backup; if this is a new install with an empty "
            "audit log there is nothing to verify yet, and the service (`mailwarden run`) or any command that "
            "records something creates the ring with the first record")

