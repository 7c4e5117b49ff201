"""`mailwarden check`: is this installation ready to run, and if not, what to do.

Each check says one line: what it looked at and, when it failed, what to change. They
are the same things `run` would trip over later, tried now and all at once:
- the configuration (loading it already refused a wrong key or value);
- the data directory: writable, with room to spare, the database opening and taking a
  write;
- each account: logs in, has its watched folders, where Quarantine and Junk are;
- the model backend: answers a test message, and how long it took;
- the API port, when `[api] enabled`: free to listen on (or already served by us).
"""

from __future__ import annotations

import os
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import Config

TEST_MESSAGE = (b"From: Check <check@example.org>\r\nTo: owner@example.org\r\nSubject: mailwarden check\r\n"
                b"Message-ID: <check@mailwarden.invalid>\r\n\r\nA test message from `mailwarden check`; "
                b"nothing is stored.\r\n")


@dataclass(frozen=True)
class Check:
    what: str
    ok: bool
    detail: str
    """What was found; when not ok, what to do about it."""

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.what}: {self.detail}"


def check_data_dir(config: Config) -> list[Check]:
    from storage.faults import StorageFault, free_bytes, low_space_warning

    data = Path(config.data_dir)
    what = f"data directory {data}"
    try:
        data.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=data, prefix=".check-", delete=True) as probe:
            probe.write(b"x" * 4096)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as err:
        reason = err.strerror or str(err)
        return [Check(what, False, f"cannot write there ({reason}); make it writable by this user, free space on "
                                   "its disk, or set data_dir to another place")]
    checks = [Check(what, True, f"writable, {free_bytes(data) / 2**20:.0f} MiB free")]
    if config.database_url.startswith("sqlite"):
        warning = low_space_warning(data / "mailwarden.sqlite")
        if warning is not None:
            checks = [Check(what, False, warning)]
    try:
        from pipeline.wiring import open_db

        db = open_db(config)
        db.check_writable()
        checks.append(Check("database", True, f"{db.engine.url.render_as_string(hide_password=True)}, schema current"))
    except StorageFault as err:
        checks.append(Check("database", False, str(err)))
    return checks


def check_account(account) -> list[Check]:
    from pipeline.imap import ImapError, Mailbox, SetupError

    what = f"account {account.name}"
    started = time.perf_counter()
    try:
        with Mailbox(account) as box:
            ms = (time.perf_counter() - started) * 1000
            folders = {name for name, _ in box.folders()}
            junk = account.junk_folder or box.junk_folder()
    except SetupError as err:  # a refused password, a TLS mode the port does not speak
        return [Check(what, False, str(err).removeprefix(f"account {account.name}: "))]
    except (ImapError, OSError, ValueError) as err:
        return [Check(what, False, f"{str(err).removeprefix(f'account {account.name}: ')}; is the server up and "
                                   "are host, port and tls right?")]
    out = [Check(what, True, f"logged in to {account.host}:{account.effective_port} as {account.user} "
                             f"({account.tls}, {ms:.0f} ms)")]
    missing = [f for f in account.folders if f not in folders]
    if missing:
        out.append(Check(f"{what} folders", False,
                         f"no folder {', '.join(missing)} (it has: {', '.join(sorted(folders)[:20])}); fix `folders`"))
    else:
        out.append(Check(f"{what} folders", True, f"watching {', '.join(account.folders)}; quarantine in "
                                                  f"{account.quarantine_folder}"
                                                  + ("" if account.quarantine_folder in folders else
                                                     " (created at the first spam)")))
    if account.learn_from_junk:
        if junk and junk in folders:
            out.append(Check(f"{what} junk", True, f"learns from {junk}"))
        else:
            out.append(Check(f"{what} junk", False, "no Junk folder found (none marked \\Junk, none configured); set "
                                                    "junk_folder, or learn_from_junk = false"))
    return out


def check_model(config: Config, backend: str | None = None) -> list[Check]:
    from agent.backends.base import BackendError
    from pipeline.parsing import parse_message
    from pipeline.wiring import make_classifier

    name = backend or config.model.backend
    if name == "none":
        from pipeline.wiring import make_judge

        try:
            make_judge(config, "none").check()
        except BackendError as err:
            return [Check("model (none)", False, str(err))]
        return [Check("model (none)", True, "the fast path alone judges (mail it does not know is only flagged)")]
    try:
        classifier = make_classifier(config, name)
        classifier.backend.check()
        started = time.perf_counter()
        verdict = classifier.judge(parse_message(TEST_MESSAGE), rules=[], examples=[])
        ms = (time.perf_counter() - started) * 1000
    except ImportError as err:
        return [Check(f"model ({name})", False, f"{err}; install it with pip install 'mailwarden[embedded]' or use "
                                                "the ollama backend")]
    except BackendError as err:
        return [Check(f"model ({name})", False, str(err))]
    return [Check(f"model ({name})", True, f"{classifier.backend.model} answered a test message in {ms:.0f} ms "
                                           f"({verdict.label}, p={verdict.spam_probability:.2f})")]


def check_api_port(config: Config) -> list[Check]:
    if not config.api.enabled:
        return []
    what = f"API port {config.api.host}:{config.api.port}"
    family = socket.AF_INET6 if ":" in config.api.host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((config.api.host, config.api.port))
        except OSError as err:
            return [Check(what, False, f"cannot listen there ({err.strerror}); is `mailwarden run` already running "
                                       "or another program using it? Choose another [api] port")]
    return [Check(what, True, "free")]


def run_checks(config: Config, backend: str | None = None, *, model: bool = True) -> list[Check]:
    checks = [Check("configuration", True, f"{len(config.accounts)} account(s), backend "
                                           f"{backend or config.model.backend}")]
    checks += check_data_dir(config)
    if not config.accounts:
        checks.append(Check("accounts", False, "no [[accounts]] configured; `mailwarden setup` adds one"))
    for account in config.accounts:
        checks += check_account(account)
    if model:
        checks += check_model(config, backend)
    checks += check_api_port(config)
    return checks
