"""What the test modules share, and the one place they import it from (a test module
never imports another): the corpus sample, messages to deliver, an account for a test
user, an IMAP client, a service started on one, waiting for a condition instead of
sleeping, counting jobs, running the CLI in a fresh process. Fixtures live in conftest.py."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import imapclient
from sqlalchemy import func, select

from pipeline.imap import AccountSettings
from storage.models import FolderState, MailJob

MARK = "MAILWARDEN-TEST-SPAM"
TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus"
"""A public sample shipped with the tests: 20 spam and 20 ham in corpus/spam, corpus/ham."""


def corpus_messages(label: str) -> list[Path]:
    return sorted((CORPUS / label).iterdir())


def message(n: int, spam: bool = False, subject: str | None = None) -> bytes:
    subject = subject or (f"Cheap pills {n}" if spam else f"Minutes of meeting {n}")
    body = f"{MARK} buy now" if spam else "Here are the notes from today."
    return (f"From: sender{n}@example.com\r\nTo: owner@example.org\r\nSubject: {subject}\r\n"
            f"Message-ID: <m{n}-{time.time_ns()}@example.com>\r\nDate: Tue, 24 Nov 2026 01:00:00 +0000\r\n\r\n"
            f"{body}\r\n").encode()


def account(dovecot, user, **extra) -> AccountSettings:
    name, password = user
    return AccountSettings(name="home", host=dovecot.host, port=dovecot.port, tls="plain", user=name,
                           password=password, poll_interval_s=extra.pop("poll_interval_s", 5), **extra)


def client(dovecot, user) -> imapclient.IMAPClient:
    c = imapclient.IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    c.login(*user)
    return c


def folder_flags(dovecot, user, folder: str) -> list[set[str]]:
    with client(dovecot, user) as c:
        if not c.folder_exists(folder):
            return []
        c.select_folder(folder, readonly=True)
        return [{f.decode() if isinstance(f, bytes) else f for f in flags}
                for flags in c.get_flags(c.search("ALL")).values()]


def wait_for(condition, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def scanned(service, db) -> bool:
    """Every folder `service` watches has had its first scan (its heartbeat is written
    with it): mail appended from now on is new to it. Any folder would not do: the Junk
    folder's watcher may get there first, and mail appended to INBOX before INBOX has its
    checkpoint is mail that was there before the first start, left alone."""
    watched = {(a.name, f) for a in service.accounts.values() for f in a.folders}
    with db.reader() as s:
        done = {(account, folder) for account, folder in s.execute(
            select(FolderState.account, FolderState.folder).where(FolderState.heartbeat_at.is_not(None)))}
    return watched <= done


def started(service, db):
    """`service`, started and past the first scan of every folder it watches."""
    service.start()
    wait_for(lambda: scanned(service, db), what="first scan of every watched folder")
    return service


def fixed_service(dovecot, user, db, **options):
    """The service on `user`'s mailbox with the fixed model (spam is what carries MARK)."""
    from agent.backends.fixed import FixedBackend, FixedSettings
    from agent.classifier import Classifier
    from pipeline.service import Service, ServiceOptions

    return Service([account(dovecot, user)], Classifier(FixedBackend(FixedSettings())), db,
                   ServiceOptions(workers=2, **options))


def deliver_one_spam_and_one_ham(service, dovecot, user, db) -> None:
    """APPEND a spam and a ham to INBOX, wait until both are acted on, stop the service."""
    try:
        with client(dovecot, user) as c:
            c.append("INBOX", message(1, spam=True))
            c.append("INBOX", message(2))
        wait_for(lambda: jobs(db, "acted") == 2)
    finally:
        service.stop()


def jobs(db, status=None) -> int:
    with db.reader() as s:
        q = select(func.count()).select_from(MailJob)
        if status:
            q = q.where(MailJob.status == status)
        return s.scalar(q)


REPO = TESTS.parent
MAILWARDEN = [sys.executable, "-m", "pipeline.cli"]


def account_toml(dovecot, user: str, name: str = "home", **settings) -> str:
    """An [[accounts]] table for `user` on `dovecot`, the password read from $MW_TEST_PW
    (a password in clear would add a warning line to every output), `settings` on top
    (None leaves a key out)."""
    lines = {"name": name, "host": dovecot.host, "port": dovecot.port, "tls": "plain", "user": user,
             "password_env": "MW_TEST_PW", "poll_interval_s": 1, **settings}
    return "\n[[accounts]]\n" + "".join(f"{key} = {_toml(value)}\n" for key, value in lines.items()
                                        if value is not None)


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(tmp_path: Path, *accounts: str, data_dir: Path | None = None) -> Path:
    path = tmp_path / "mailwarden.toml"
    # No starter model: the fixed backend's marker decides every message.
    path.write_text(f'data_dir = "{data_dir or tmp_path / "data"}"\n[model]\nbackend = "fixed"\n'
                    "[monitor]\nenabled = false\n[fast_path]\nstarter = false\n" + "".join(accounts))
    return path


def mailwarden(*args: str, password: str = "", timeout: float = 60, **popen) -> tuple[subprocess.CompletedProcess, float]:
    """Run the CLI in a fresh process, as a user would: (result, seconds it took). The
    child gets this interpreter and this checkout (PYTHONPATH), the test's environment
    (its data dir) unless a --config file says it all, and $MW_TEST_PW for `account_toml`."""
    inherited = {k: v for k, v in os.environ.items() if not ("--config" in args and k.startswith("MAILWARDEN_"))}
    env = {**inherited, "PYTHONPATH": str(REPO), "MW_TEST_PW": password, **popen.pop("env", {})}
    started = time.monotonic()
    result = subprocess.run([*MAILWARDEN, *args], capture_output=True, text=True, timeout=timeout, cwd=REPO,
                            env=env, **popen)
    return result, time.monotonic() - started


def start_run(config: Path, log, *args: str) -> subprocess.Popen:
    """`mailwarden --config CONFIG run ARGS` in a process of its own, its output to `log`
    (the tests that kill it, or run several side by side)."""
    return subprocess.Popen([*MAILWARDEN, "--config", str(config), "run", *args], stdout=log, stderr=log, cwd=REPO)


def sqlite_db(directory: Path, name: str = "mw.sqlite"):
    """Open DIRECTORY/NAME as a mailwarden database for the length of a fixture
    (`yield from sqlite_db(path)`), and close it after."""
    from storage import open_database

    database = open_database(f"sqlite:///{directory / name}")
    yield database
    database.close()


class WebSite:
    """The service on a test user's mailbox with the fixed model, and the API serving
    the web page over the same database: what a household runs. `signin()` gives an
    httpx client signed in as the owner (with the API token)."""

    TOKEN = "owner-token-for-tests"

    def __init__(self, dovecot, user, db, data_dir: Path, **web_settings):
        from pipeline.api import ApiServer, create_app
        from pipeline.config import Config
        from pipeline.web.auth import Sessions, web_key
        from pipeline.web.links import Links
        from pipeline.web.pages import WebContext
        from pipeline.web_settings import WebSettings
        from pipeline.wiring import make_corrections
        from storage.vault import Vault

        db.vault = Vault.for_data_dir(data_dir)
        self.db, self.dovecot, self.user = db, dovecot, user
        self.account = account(dovecot, user, poll_interval_s=1)
        self.config = Config(data_dir=data_dir, fast_path={"starter": False}, monitor={"enabled": False},
                             digest={"enabled": True}, web=web_settings)
        self.corrections = make_corrections(self.config, db)
        key = web_key(data_dir)
        self.links = Links(key, self.config.digest.link_days)
        self.context = WebContext(db=db, accounts=[self.account], corrections=self.corrections,
                                  sessions=Sessions(db, key, self.TOKEN, 3600), links=self.links,
                                  settings=WebSettings(**web_settings), tiers=self.config.tiers)
        self.service = fixed_service(dovecot, user, db)
        self.api = ApiServer(create_app(db, None, token=self.TOKEN, web=self.context), "127.0.0.1", 0)

    def __enter__(self) -> "WebSite":
        started(self.service, self.db)
        self.api.start()
        # The digest's links point here (a real install says where in [web] public_url).
        self.config = self.config.model_copy(update={"web": self.config.web.model_copy(
            update={"public_url": self.url})})
        return self

    def __exit__(self, *exc) -> None:
        self.api.stop()
        self.service.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.api.port}"

    def deliver(self, raw: bytes, acted: int) -> None:
        with client(self.dovecot, self.user) as c:
            c.append("INBOX", raw)
        wait_for(lambda: jobs(self.db, "acted") >= acted, what=f"{acted} message(s) acted on")

    def signin(self, name: str = "owner", password: str | None = None):
        import re

        import httpx

        h = httpx.Client(base_url=self.url)
        form = h.get("/web/signin")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
        done = h.post("/web/signin", data={"name": name, "password": password or self.TOKEN, "csrf": csrf})
        assert done.status_code == 303, done.text
        return h


def csrf_of(page_text: str) -> str:
    import re

    return re.search(r'name="csrf" value="([^"]+)"', page_text).group(1)
