"""Encryption at rest for what the database must keep but nobody should read in it:
message excerpts (for few-shot examples and `explain`), later stored passwords.

Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`) under a key kept in a file
created with mode 0600 beside the database, or given in $MAILWARDEN_SECRET_KEY.
Losing the key loses the excerpts, nothing else: they are decoration for prompts.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from storage.faults import storage_faults
from storage.files import create_exclusively, missing_or_empty

KEY_FILE = "secret.key"
ENV_KEY = "MAILWARDEN_SECRET_KEY"


class Vault:
    def __init__(self, key: bytes):
        self._fernet = Fernet(key)

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "Vault":
        if env := os.environ.get(ENV_KEY):
            return cls(env.encode())
        path = Path(data_dir) / KEY_FILE
        if missing_or_empty(path):
            create_exclusively(path, Fernet.generate_key())
        with storage_faults(path):
            return cls(path.read_bytes().strip())

    def seal(self, text: str) -> str:
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def open(self, token: str) -> str | None:
        """The plain text, or None if it was sealed under another key or tampered with."""
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, ValueError):
            return None
