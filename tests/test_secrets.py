"""Secrets: IMAP passwords sealed in the config, never in logs, the database or the audit log."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from tests.helpers import client, message

MAILWARDEN = [sys.executable, "-m", "pipeline.cli"]
ROOT = Path(__file__).parent.parent


def _config(tmp_path: Path, dovecot, accounts: str, name: str = "mailwarden.toml") -> Path:
    path = tmp_path / name
    path.write_text(f"""
data_dir = "{tmp_path / 'data'}"
log_level = "DEBUG"
[model]
backend = "fixed"
[audit]
mirror_file = "{tmp_path / 'audit.jsonl'}"
{accounts}
""")
    return path


def test_encrypted_password_logs_in_and_no_secret_is_ever_written_out(dovecot, mail_user, tmp_path):
    user, password = mail_user
    wrong = "Wr0ng-Passw0rd-" + password[::-1]
    bare = _config(tmp_path, dovecot, "")
    sealed = CliRunner().invoke(cli, ["--config", str(bare), "config", "encrypt-password", "--account", "home"],
                                input=password + "\n")
    assert sealed.exit_code == 0, sealed.output
    line = next(x for x in sealed.stdout.splitlines() if x.startswith("password_encrypted"))
    assert password not in sealed.stdout

    data = tmp_path / "data"
    assert stat.S_IMODE(os.stat(data / "secret.key").st_mode) == 0o600
    config = _config(tmp_path, dovecot, dovecot.account_toml(user, line)
                     + dovecot.account_toml(user, f'password = "{wrong}"', name="other"))
    with client(dovecot, mail_user) as c:
        c.append("INBOX", message(1, spam=True))
    run = subprocess.run([*MAILWARDEN, "--config", str(config), "run", "--until-idle", "--backfill", "5"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    logs = run.stdout + run.stderr
    assert "account other stopped" in logs and "refused the login" in logs, logs[-2000:]
    assert "DEBUG" in logs, "debug logging was on, so everything that is logged was captured"
    with client(dovecot, mail_user) as c:
        c.select_folder("Quarantine")
        assert len(c.search("ALL")) == 1, "the sealed password logged in and the service did its work"

    shown = CliRunner().invoke(cli, ["--config", str(config), "config", "show"])
    audit = CliRunner().invoke(cli, ["--config", str(config), "audit", "show", "--json", "--limit", "1000"])
    status = CliRunner().invoke(cli, ["--config", str(config), "status"])
    assert audit.exit_code == 0 and "configuration" in audit.stdout
    places = {"service logs": logs, "config show": shown.output, "audit show": audit.output, "status": status.output}
    for path in [*data.rglob("*"), tmp_path / "audit.jsonl"]:
        if path.is_file():
            places[str(path)] = path.read_bytes().decode("latin-1")
    token = line.split('"')[1]
    for where, text in places.items():
        for secret in (password, wrong):
            assert secret not in text, f"a password appears in {where}"
    assert token not in shown.output, "config show masks the sealed value too"
    assert "in clear" in logs, "a clear password in the config is warned about"
