"""Who is signed in to the web page, and proof that a form came from our own page.

- Passwords (`mailwarden web passwd NAME [--account A]`) are kept as scrypt hashes
  (`cryptography`'s Scrypt, n=2^15, r=8, p=1; a 16-byte salt) in `web_users`. Signing
  in with the API token is also accepted: it is the owner's key already.
- The session is a cookie signed with the web key (itsdangerous, HMAC-SHA1 over the
  value and its time; DATA_DIR/web.key, 0600): who, which account they see, their
  CSRF token, and the version of their password, so that a new password signs every
  old session out. HttpOnly, SameSite=Strict, Secure when served over TLS.
- Every form carries the session's CSRF token; a POST without the right one is refused.
  The sign-in form, before any session, gets one in a short-lived signed cookie.
- Sign-in attempts are limited per client address (a token bucket, `[web]
  signin_per_minute`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from itsdangerous import BadSignature, URLSafeTimedSerializer

from storage import Database
from storage import web_users
from storage.faults import storage_faults
from storage.files import create_exclusively, missing_or_empty

KEY_FILE = "web.key"
SESSION_COOKIE = "mw_session"
SIGNIN_COOKIE = "mw_signin"
TOKEN_USER = "owner"
"""The name someone signed in with the API token has."""
_N, _R, _P = 2**15, 8, 1


def web_key(data_dir: Path) -> bytes:
    """The key that signs sessions and digest links (made on first use). A new key signs
    everyone out and voids every link."""
    path = Path(data_dir) / KEY_FILE
    if missing_or_empty(path):
        create_exclusively(path, secrets.token_urlsafe(48).encode())
    with storage_faults(path):
        return path.read_bytes().strip()


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = Scrypt(salt=salt, length=32, n=_N, r=_R, p=_P).derive(password.encode())
    return "scrypt${}${}".format(base64.b64encode(salt).decode(), base64.b64encode(digest).decode())


def password_matches(password: str, stored: str) -> bool:
    try:
        kind, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        Scrypt(salt=base64.b64decode(salt), length=32, n=_N, r=_R, p=_P).verify(password.encode(),
                                                                               base64.b64decode(digest))
        return True
    except (InvalidKey, ValueError):
        return False


class PasswordError(ValueError):
    """A password or name the web page cannot take; the message says what to give."""


KEEP = "\0keep"
"""`set_password(account=KEEP)`: a new password, the same accounts seen as before."""


def set_password(db: Database, name: str, password: str, account: str | None = None,
                 accounts: list[str] | None = None) -> str | None:
    """Let `name` sign in with `password`, seeing every account (None) or only `account`;
    `KEEP` keeps what an existing user sees (a new one sees every account). Returns the
    account they see."""
    if not name or len(name) > 200 or not name.isprintable() or name.strip() != name:
        raise PasswordError("give a name of 1-200 printable characters, without spaces around it")
    if len(password) < 10:
        raise PasswordError("a web password needs at least 10 characters")
    if account not in (None, KEEP) and accounts is not None and account not in accounts:
        raise PasswordError(f"no such account in the configuration (there are: {', '.join(accounts) or 'none'})")
    hashed = hash_password(password)
    with db.session() as s:
        if account == KEEP:
            existing = web_users.get(s, name)
            account = existing.account if existing is not None else None
        web_users.set_password(s, name, hashed, account)
    return account


@dataclass(frozen=True)
class Viewer:
    """Who is signed in: their name, and the one account they see (None: all)."""

    name: str
    account: str | None
    csrf: str
    version: str

    def sees(self, account: str | None) -> bool:
        """May see mail of `account`; mail of no account (None) is the owner's alone."""
        return self.account is None or self.account == account

    @property
    def is_owner(self) -> bool:
        """Sees every account: may also change rules and lists for every account."""
        return self.account is None


class Sessions:
    """Signing in and reading the session cookie back."""

    def __init__(self, db: Database, key: bytes, api_token: str, max_age_s: float):
        self.db = db
        self.key = key
        self.api_token = api_token
        self.max_age_s = max_age_s
        self._session = URLSafeTimedSerializer(key, salt="mailwarden-web-session")
        self._signin = URLSafeTimedSerializer(key, salt="mailwarden-web-signin")

    def check(self, name: str, password: str) -> Viewer | None:
        """The viewer these credentials sign in, or None."""
        if password and hmac.compare_digest(password.encode(), self.api_token.encode()):
            return Viewer(TOKEN_USER, None, secrets.token_urlsafe(24), self._token_version())
        with self.db.reader() as s:
            user = web_users.get(s, name)
        if user is None:
            hash_password(password)  # the same work as for a known name: no timing tells which names exist
            return None
        if not password_matches(password, user.password_hash):
            return None
        return Viewer(user.name, user.account, secrets.token_urlsafe(24), user.updated_at.isoformat())

    def _token_version(self) -> str:
        """Names the API token without giving it away: a new token signs its sessions out."""
        return "token:" + hashlib.sha256(self.api_token.encode()).hexdigest()[:16]

    def cookie_for(self, viewer: Viewer) -> str:
        return self._session.dumps({"u": viewer.name, "a": viewer.account, "c": viewer.csrf, "v": viewer.version})

    def viewer(self, cookie: str | None) -> Viewer | None:
        """The viewer of a session cookie that is ours, unexpired and still current."""
        if not cookie:
            return None
        try:
            data = self._session.loads(cookie, max_age=self.max_age_s)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("u", "c", "v")):
            return None
        if data["v"].startswith("token:"):
            # Signed in with the API token: only while that token is still the one.
            if data["u"] != TOKEN_USER or not hmac.compare_digest(data["v"], self._token_version()):
                return None
            return Viewer(data["u"], None, data["c"], data["v"])
        with self.db.reader() as s:
            user = web_users.get(s, data["u"])
        if user is None or user.updated_at.isoformat() != data["v"]:
            return None  # removed, or a new password since: signed out
        return Viewer(user.name, user.account, data["c"], data["v"])

    def signin_token(self) -> tuple[str, str]:
        """(cookie, form value) for the sign-in form: its CSRF proof before any session."""
        value = secrets.token_urlsafe(24)
        return self._signin.dumps(value), value

    def signin_token_ok(self, cookie: str | None, form_value: str | None) -> bool:
        if not cookie or not form_value:
            return False
        try:
            value = self._signin.loads(cookie, max_age=3600)
        except BadSignature:
            return False
        return isinstance(value, str) and hmac.compare_digest(value.encode(), form_value.encode())


def csrf_ok(viewer: Viewer, form_value: str | None) -> bool:
    return bool(form_value) and hmac.compare_digest(viewer.csrf.encode(), str(form_value).encode())
