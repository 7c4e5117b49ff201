"""The daily digest: once a day per account, a message appended to the owner's INBOX
listing what was quarantined since the last one, each with a one-click release link.

- When: `[digest] at` (or the account's `digest_at`) in `[digest] timezone`; the service
  looks every minute (`DigestLoop`), `mailwarden digest send` does it now.
- What: the account's quarantined, unreleased messages quarantined after the previous
  digest covered (at most `max_listed`); nothing is appended when there are none, but
  the day counts as done.
- How: IMAP APPEND to INBOX (no SMTP needed), flagged with the judged keyword so the
  service never judges or moves it, and recorded (`digests`) before the next one.
- The links (`pipeline.web.links`): signed, one message and one action each, expiring
  after `link_days`, good once; they open the web page at `[web] public_url`.

Subjects and senders in it are the spammers' words: escaped in the HTML part, and the
digest's own links are the only ones in it.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

from pipeline.config import Config
from pipeline.imap import JUDGED_KEYWORD, AccountSettings, ImapError, Mailbox
from pipeline.logs import printable
from pipeline.quarantine import QuarantinedMessage, quarantined
from pipeline.web.links import Links
from storage import Database, StorageFault, web_users
from storage.models import utcnow

log = logging.getLogger(__name__)
DIGEST_HEADER = "X-Mailwarden-Digest"


@dataclass(frozen=True)
class DigestResult:
    account: str
    messages: int
    appended: bool
    message_id: str | None = None


_URL = re.compile(r"(?i)\b(https?|ftp)://")


def defanged(text: str) -> str:
    """A spammer's words in our own mail: no address in them a mail client would make a
    link of (`https://x` -> `https[:]//x`), so the digest's own links are its only ones."""
    return _URL.sub(lambda m: f"{m.group(1)}[:]//", text).replace("www.", "www[.]")


def public_url(config: Config) -> str:
    if config.web.public_url:
        return config.web.public_url.rstrip("/")
    host = config.api.host if config.api.host not in ("0.0.0.0", "::") else "127.0.0.1"
    return f"http://{host}:{config.api.port}"


def due_at(config: Config, account: AccountSettings, now: datetime) -> datetime:
    """The latest scheduled moment at or before `now` (UTC) for this account's digest."""
    zone = ZoneInfo(config.digest.timezone)
    local = now.astimezone(zone)
    at = account.digest_at or config.digest.at
    scheduled = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if scheduled > local:
        scheduled -= timedelta(days=1)
    return scheduled.astimezone(timezone.utc)


def is_due(config: Config, db: Database, account: AccountSettings, now: datetime) -> bool:
    if not (config.digest.enabled and account.digest):
        return False
    with db.reader() as s:
        last = web_users.last_digest(s, account.name)
    return last is None or last.sent_at < due_at(config, account, now)


def compose(config: Config, account: AccountSettings, rows: list[QuarantinedMessage], links: Links,
            now: datetime) -> EmailMessage:
    """The digest message: a plain and an HTML part listing `rows` with their release links."""
    base = public_url(config)
    count = len(rows)
    message = EmailMessage()
    message["From"] = f"mailwarden <mailwarden@{account.host if '.' in account.host else 'localhost'}>"
    message["To"] = account.user
    message["Subject"] = f"mailwarden: {count} message{'s' if count != 1 else ''} held in quarantine"
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="mailwarden.invalid")
    message[DIGEST_HEADER] = "1"
    lines, items = [], []
    for r in rows:
        link = f"{base}/web/link/{links.make(r.id)}"
        sender = defanged(printable(r.shown_sender or r.sender or "?", 80))
        subject = defanged(printable(r.subject or "(no subject)", 120))
        why = defanged(printable(r.reason.removeprefix("fast path: ").split("; ", 1)[0], 160))
        lines.append(f"- {r.quarantined_at:%Y-%m-%d %H:%M} {sender}\n  {subject}\n  why: {why}\n  release: {link}\n")
        items.append(
            f"<tr><td>{r.quarantined_at:%Y-%m-%d %H:%M}</td><td>{html.escape(sender)}</td>"
            f"<td>{html.escape(subject)}<br><small>{html.escape(why)}</small></td>"
            f'<td><a href="{html.escape(link)}">Release</a></td></tr>')
    days = config.digest.link_days
    intro = (f"These {count} message{'s were' if count != 1 else ' was'} put in {account.quarantine_folder} since "
             f"the last digest. Nothing to do if they are all unwanted. A release link puts one back in your inbox; "
             f"each works once, for {days} days.")
    message.set_content(f"{intro}\n\n" + "\n".join(lines) + f"\nThe whole quarantine: {base}/web/quarantine\n")
    message.add_alternative(
        f"<html><body><p>{html.escape(intro)}</p><table cellpadding='4'>{''.join(items)}</table>"
        f'<p><a href="{html.escape(base)}/web/quarantine">The whole quarantine</a></p></body></html>',
        subtype="html")
    return message


def send(config: Config, db: Database, account: AccountSettings, links: Links,
         now: datetime | None = None) -> DigestResult:
    """Append this account's digest to its INBOX (if anything was quarantined since the
    last one) and record it."""
    now = now or utcnow()
    with db.reader() as s:
        last = web_users.last_digest(s, account.name)
        since = last.covered_until if last is not None else None
    rows = [r for r in quarantined(db, account=account.name) if since is None or r.quarantined_at >= since]
    rows = sorted(rows, key=lambda r: r.quarantined_at)[-config.digest.max_listed:]
    if not rows:
        with db.session() as s:
            web_users.add_digest(s, account.name, now, 0, None)
        return DigestResult(account.name, 0, appended=False)
    message = compose(config, account, rows, links, now)
    with Mailbox(account) as box:
        box.append("INBOX", message.as_bytes(), [JUDGED_KEYWORD, "\\Flagged"])
    with db.session() as s:
        web_users.add_digest(s, account.name, now, len(rows), message["Message-ID"])
    log.info("account %s: digest of %s quarantined message(s) appended to INBOX", account.name, len(rows))
    return DigestResult(account.name, len(rows), appended=True, message_id=message["Message-ID"])


def is_our_digest(db: Database, message_id: str | None) -> bool:
    """A message with the digest header is ours only if we recorded sending it."""
    if not message_id:
        return False
    with db.reader() as s:
        return web_users.digest_with_message_id(s, message_id)


class DigestLoop:
    """In `mailwarden run`: look every minute whether an account's digest is due."""

    def __init__(self, config: Config, db: Database, links: Links, every_s: float = 60.0):
        self.config, self.db, self.links, self.every_s = config, db, links, every_s

    def serve(self, stop: threading.Event) -> None:
        while not stop.is_set():
            for account in self.config.accounts:
                try:
                    if is_due(self.config, self.db, account, utcnow()):
                        send(self.config, self.db, account, self.links)
                except (ImapError, OSError, StorageFault) as err:
                    log.warning("account %s: digest not sent yet (%s); trying again in a minute", account.name, err)
            stop.wait(self.every_s)

    def start(self, stop: threading.Event) -> threading.Thread:
        thread = threading.Thread(target=self.serve, args=(stop,), name="digest", daemon=True)
        thread.start()
        return thread
