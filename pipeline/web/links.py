"""The digest's one-click links: signed, for one message and one action, expiring, and
good once.

A link is `/web/link/<token>`, the token an itsdangerous signature (HMAC with the web
key) over the message id, the action, a random nonce and when it expires (made
`[digest] link_days` ahead; the signature's own time also bounds it). Opening it
shows the message's subject and one button: mail scanners and link previews fetch
every URL in a mail, so a GET never changes anything; the button's POST does, and
records the nonce as used (`used_links`, unique) once the action is done, so a second
use is refused.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from storage import Database, web_users

ACTIONS = ("release",)


class LinkError(ValueError):
    """A link that cannot be used: altered, expired or used already (the message says which)."""


@dataclass(frozen=True)
class Link:
    message_pk: int
    action: str
    nonce: str


class Links:
    def __init__(self, key: bytes, max_age_days: float):
        self._signer = URLSafeTimedSerializer(key, salt="mailwarden-digest-link")
        self.max_age_s = max_age_days * 86400

    def make(self, message_pk: int, action: str = "release") -> str:
        if action not in ACTIONS:
            raise ValueError(f"no link action {action!r}")
        return self._signer.dumps({"m": message_pk, "a": action, "n": secrets.token_urlsafe(16),
                                   "e": int(time.time() + self.max_age_s)})

    def read(self, db: Database, token: str) -> Link:
        """The link a token stands for, if it is ours, unexpired and unused."""
        try:
            data = self._signer.loads(token, max_age=self.max_age_s)
        except SignatureExpired:
            raise LinkError("this link has expired; sign in to the web page to release the message") from None
        except BadSignature:
            raise LinkError("this link is not one mailwarden made (altered or cut short)") from None
        if not (isinstance(data, dict) and isinstance(data.get("m"), int) and data.get("a") in ACTIONS
                and isinstance(data.get("n"), str) and isinstance(data.get("e"), int)):
            raise LinkError("this link is not one mailwarden made (altered or cut short)")
        if time.time() > data["e"]:
            raise LinkError("this link has expired; sign in to the web page to release the message")
        link = Link(data["m"], data["a"], data["n"])
        with db.reader() as s:
            if web_users.link_used(s, link.nonce):
                raise LinkError("this link has been used already")
        return link

    def mark_used(self, db: Database, link: Link) -> None:
        """After its action was done (a failed release leaves the link good for a retry);
        of two uses at once the second finds the message released already."""
        with db.session() as s:
            web_users.use_link(s, link.nonce, link.message_pk, link.action)
