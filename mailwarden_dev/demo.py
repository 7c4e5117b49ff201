"""`mailwarden demo`: the whole service, end to end, on a throwaway mail server.

Starts a private Dovecot on loopback, puts the sample mail shipped in
`pipeline/samples` into a fresh mailbox's INBOX, runs the real service on it (the
embedded model unless told otherwise) until every message is dealt with, and shows
what landed in Quarantine and why. Nothing outside a temp directory is touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import imapclient

from agent.cascade import Judge
from mailwarden_dev.dovecot import Dovecot, DovecotMissing
from pipeline.imap import JUDGED_KEYWORD, AccountSettings
from pipeline.parsing import parse_message
from pipeline.service import Service, ServiceOptions
from storage import jobs, open_database


class DemoError(Exception):
    pass


@dataclass
class DemoRow:
    folder: str
    sender: str
    subject: str
    expected: str
    label: str
    spam_probability: float
    action: str
    keywords: list[str]
    reason: str


def ensure_dovecot(say: Callable[[str], None]) -> None:
    """Install Debian's dovecot-imapd when missing and we are root; else say exactly what to run."""
    if shutil.which("dovecot"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing dovecot-imapd (Debian package) for the throwaway mail server...")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "dovecot-imapd"]):
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                raise DemoError(f"`{' '.join(command)}` failed: {done.stderr.strip()[-300:]}")
        return
    raise DemoError("the demo needs Dovecot: run `sudo apt-get install dovecot-imapd` and try again")


def sample_files() -> list[tuple[str, Path]]:
    root = resources.files("pipeline").joinpath("samples", "demo")
    files = []
    for label in ("ham", "spam"):
        for path in sorted(Path(str(root.joinpath(label))).iterdir()):
            files.append((label, path))
    return files


def run_demo(judge: Judge, say: Callable[[str], None], workers: int = 1) -> list[DemoRow]:
    ensure_dovecot(say)
    work = Path(tempfile.mkdtemp(prefix="mailwarden-demo-"))
    try:
        server = Dovecot()
    except DovecotMissing as err:
        raise DemoError(str(err)) from None
    try:
        server.start()
        user, password = server.add_user()
        say(f"throwaway Dovecot on {server.host}:{server.port}, mailbox {user}")
        samples = sample_files()
        expected: dict[str, str] = {}  # by Message-ID: the server may rewrite line endings
        with imapclient.IMAPClient(server.host, port=server.port, ssl=False) as c:
            c.login(user, password)
            for label, path in samples:
                raw = path.read_bytes()
                expected[parse_message(raw).message_id or path.name] = label
                c.append("INBOX", raw)
        say(f"appended {len(samples)} sample messages ({sum(1 for l, _ in samples if l == 'spam')} known spam) to INBOX")

        db = open_database(f"sqlite:///{work / 'demo.sqlite'}")
        account = AccountSettings(name="demo", host=server.host, port=server.port, tls="plain", user=user,
                                  password=password, poll_interval_s=2)
        service = Service([account], judge, db, ServiceOptions(workers=workers, backfill=len(samples)))
        say(f"running the service with the {judge.name} backend ({judge.model})...")
        service.run(until=service.idle)
        if service.stopped_accounts:
            raise DemoError("; ".join(service.stopped_accounts.values()))
        return _report(server, user, password, db, expected)
    finally:
        server.cleanup()
        shutil.rmtree(work, ignore_errors=True)


def _report(server: Dovecot, user: str, password: str, db, expected: dict[str, str]) -> list[DemoRow]:
    rows: list[DemoRow] = []
    with imapclient.IMAPClient(server.host, port=server.port, ssl=False) as c:
        c.login(user, password)
        for folder in ("Quarantine", "INBOX"):
            if not c.folder_exists(folder):
                continue
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            for uid, data in sorted(c.fetch(uids, ["BODY.PEEK[]", "FLAGS"]).items()):
                parsed = parse_message(data[b"BODY[]"])
                flags = [f.decode() if isinstance(f, bytes) else str(f) for f in data[b"FLAGS"]]
                with db.reader() as s:
                    found = jobs.judged_by_fingerprint(s, parsed.fingerprint)
                verdict, action = found if found else (None, "not judged")
                rows.append(DemoRow(
                    folder=folder, sender=parsed.from_address or "", subject=parsed.subject,
                    expected=expected.get(parsed.message_id or "", "?"),
                    label=verdict.label if verdict else "-", spam_probability=verdict.spam_probability if verdict else 0.0,
                    action=action or "-", keywords=[f for f in flags if f not in ("\\Recent", JUDGED_KEYWORD)],
                    reason=verdict.reason if verdict else "",
                ))
    return rows
