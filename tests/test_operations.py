"""Installing and running it for real: `setup` finds a server's settings and writes a
config that `check` accepts; `check` fails with one line per problem; `run` logs one
readable line per judged message, in text or JSON; the systemd unit passes
`systemd-analyze verify`."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import tomllib

import pytest

from tests.helpers import MAILWARDEN, REPO, account_toml, client, mailwarden, message, wait_for, write_config


def setup_args(dovecot, user, out, *extra) -> list[str]:
    return ["setup", "--host", dovecot.host, "--user", user, "--password-env", "MW_TEST_PW", "--backend", "none",
            "--output", str(out), "--yes", *extra]


def test_setup_finds_the_server_and_writes_a_config_check_accepts(dovecot, mail_user, tmp_path):
    """GIVEN only a host, a user and a password
    WHEN `setup` runs non-interactively
    THEN it finds plain IMAP on the loopback port (no TLS there), the Junk folder by
    SPECIAL-USE, writes a config with the password sealed, and `check` accepts it."""
    user, password = mail_user
    out = tmp_path / "mailwarden.toml"
    done, _ = mailwarden(*setup_args(dovecot, user, out, "--port", str(dovecot.port), "--no-train"),
                         password=password)
    assert done.returncode == 0, done.stderr
    assert f"plain on port {dovecot.port}" in done.stderr and "Junk is Junk" in done.stderr
    written = tomllib.loads(out.read_text())
    [acct] = written["accounts"]
    assert (acct["tls"], acct["port"], acct["junk_folder"], acct["folders"]) == ("plain", dovecot.port, "Junk",
                                                                                 ["INBOX"])
    assert password not in out.read_text() and acct["password_encrypted"].startswith("gAAAA")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    checked, _ = mailwarden("--config", str(out), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok    account home: logged in" in checked.stdout and "learns from Junk" in checked.stdout
    again, _ = mailwarden(*setup_args(dovecot, user, out, "--port", str(dovecot.port), "--no-train"),
                          password=password)
    assert again.returncode == 1 and "exists already" in again.stderr


def test_setup_with_a_wrong_password_says_so_in_one_line(dovecot, mail_user, tmp_path):
    user, _ = mail_user
    done, _ = mailwarden(*setup_args(dovecot, user, tmp_path / "m.toml", "--port", str(dovecot.port)),
                         password="not-the-password")
    assert done.returncode == 1 and not (tmp_path / "m.toml").exists()
    [line] = [ln for ln in done.stderr.splitlines() if ln.startswith("Error")]
    assert "refused the login" in line and "password" in line


def test_setup_trains_from_the_account_when_asked(dovecot, mail_user, tmp_path):
    user, password = mail_user
    with client(dovecot, mail_user) as c:
        for n in range(3):
            c.append("Junk", message(n, spam=True))
            c.append("INBOX", message(10 + n))
    out = tmp_path / "mailwarden.toml"
    done, _ = mailwarden(*setup_args(dovecot, user, out, "--port", str(dovecot.port), "--train"), password=password)
    assert done.returncode == 0, done.stderr
    assert "3 spam" in done.stdout + done.stderr, done.stdout + done.stderr


def test_check_fails_with_one_line_per_problem(dovecot, mail_user, tmp_path, closed_port):
    """A wrong password, a folder that does not exist, a model server that is down: each
    is one FAIL line saying what to change, and check exits 1."""
    user, password = mail_user
    config = write_config(
        tmp_path,
        account_toml(dovecot, user, name="typo", folders=["INBOX", "Recipts"]),
        account_toml(dovecot, user, name="oldpw", password_env="NO_SUCH_PASSWORD_VAR"),
    ).read_text()
    config = config.replace('backend = "fixed"', 'backend = "ollama"') + \
        f'\n[ollama]\nhost = "http://127.0.0.1:{closed_port}"\n'
    path = tmp_path / "mailwarden.toml"
    path.write_text(config)
    os.environ["NO_SUCH_PASSWORD_VAR"] = "wrong"
    try:
        done, _ = mailwarden("--config", str(path), "check", password=password)
    finally:
        del os.environ["NO_SUCH_PASSWORD_VAR"]
    assert done.returncode == 1
    fails = [ln for ln in done.stdout.splitlines() if ln.startswith("FAIL")]
    assert any("account typo folders" in f and "no folder Recipts" in f for f in fails), fails
    assert any("account oldpw" in f and "refused the login" in f for f in fails), fails
    assert any("model (ollama)" in f and str(closed_port) in f for f in fails), fails
    assert len(fails) == 3, done.stdout
    assert "ok    account typo: logged in" in done.stdout


def test_check_fails_on_a_full_data_dir(small_disk, tmp_path, dovecot, mail_user):
    user, password = mail_user
    path = write_config(tmp_path, account_toml(dovecot, user), data_dir=small_disk.root / "data")
    small_disk.fill()
    done, _ = mailwarden("--config", str(path), "check", "--no-model", password=password,
                         **small_disk.popen_kwargs())
    assert done.returncode == 1
    fails = [ln for ln in done.stdout.splitlines() + done.stderr.splitlines() if "FAIL" in ln or "Error" in ln]
    assert fails and any("data directory" in f or "disk" in f or "space" in f for f in fails), done.stdout + done.stderr


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_run_logs_what_it_watches_and_one_line_per_message(dovecot, mail_user, tmp_path, fmt):
    """At the default level: what it watches, then per judged message the account and
    folder, sender, subject, verdict, p, decider, action and time; a subject with a
    newline in it cannot forge a line."""
    user, password = mail_user
    path = write_config(tmp_path, account_toml(dovecot, user))
    env = {**os.environ, "PYTHONPATH": str(REPO), "MW_TEST_PW": password}
    env = {k: v for k, v in env.items() if not k.startswith("MAILWARDEN_")}
    proc = subprocess.Popen([*MAILWARDEN, "--config", str(path), "run", "--log-format", fmt], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True)
    reader.start()
    try:
        # Mail that was there before the folder's first scan is left alone: wait for it.
        wait_for(lambda: any("folder INBOX: checkpoint starts" in ln for ln in lines), timeout=60,
                 what="the first scan of INBOX")
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(1, spam=True, subject="Cheap pills\r\n 2026-12-03 ERROR forged line"))
            c.append("INBOX", message(2))
        wait_for(lambda: sum("sender1@" in ln or "sender2@" in ln for ln in lines) >= 2, timeout=60,
                 what="both judged lines")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        reader.join(timeout=10)
    judged = [ln for ln in lines if "sender1@example.com" in ln or "sender2@example.com" in ln]
    assert len(judged) == 2, lines
    if fmt == "json":
        records = [json.loads(ln) for ln in lines if ln.strip()]
        watching = [r for r in records if r["message"].startswith("watching home")]
        assert watching and watching[0]["folders"] == ["INBOX"]
        spam = next(r for r in records if r.get("sender") == "sender1@example.com")
        assert (spam["account"], spam["folder"], spam["verdict"], spam["action"], spam["decided_by"]) == \
            ("home", "INBOX", "spam", "quarantine", "model")
        assert spam["subject"].startswith("Cheap pills") and spam["p"] > 0.9 and spam["ms"] >= 0
    else:
        assert any("watching home: INBOX on 127.0.0.1" in ln for ln in lines), lines
        spam = next(ln for ln in judged if "sender1" in ln)
        assert "home/INBOX" in spam and "Cheap pills" in spam and "spam p=" in spam and "-> quarantine" in spam
        assert not any(ln.startswith(" 2026-12-03 ERROR forged") for ln in lines)
    assert password not in "".join(lines)


SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="needs systemd-analyze (Debian's systemd package)")
def test_the_systemd_unit_passes_systemd_analyze_verify(tmp_path):
    from pipeline.service_unit import unit_text

    unit = tmp_path / "mailwarden.service"
    unit.write_text(unit_text(executable=sys.executable.replace("python", "mailwarden")
                              if os.path.exists(sys.executable.replace("python", "mailwarden")) else sys.executable,
                              config=tmp_path / "mailwarden.toml", data_dir=tmp_path / "data"))
    done = subprocess.run([SYSTEMD_ANALYZE, "verify", str(unit)], capture_output=True, text=True)
    problems = [ln for ln in (done.stdout + done.stderr).splitlines() if "mailwarden.service" in ln]
    assert done.returncode == 0 and not problems, done.stdout + done.stderr
    text = unit.read_text()
    for needed in ("DynamicUser=yes", "ProtectSystem=strict", "ReadWritePaths=", "NoNewPrivileges=yes",
                   "PrivateTmp=yes", "RestrictAddressFamilies=", "Restart=on-failure", "KillSignal=SIGTERM"):
        assert needed in text, needed


def test_the_health_endpoint_needs_no_token_and_says_when_the_database_is_gone(db, tmp_path):
    import httpx

    from pipeline.api import ApiServer, create_app

    server = ApiServer(create_app(db, None, token="secret-token"), "127.0.0.1", 0).start()
    try:
        url = f"http://127.0.0.1:{server.port}"
        assert httpx.get(f"{url}/health").json() == {"ok": True}
        assert httpx.get(f"{url}/stats").status_code == 401, "the rest still needs the token"
        assert httpx.post(f"{url}/health", content=b"x" * 100).status_code == 405
        from pathlib import Path

        db.engine.dispose()
        for leftover in Path(db.path).parent.glob(Path(db.path).name + "*"):
            leftover.unlink()
        Path(db.path).mkdir()  # not a database any more
        assert httpx.get(f"{url}/health").status_code == 503
    finally:
        server.stop()


def test_the_container_runs_as_nobody_special_with_its_data_on_a_volume_and_a_health_check():
    """No container engine runs here (no daemon, no network for base images), so the
    Dockerfile is held to what it must say; `docker compose` files are YAML."""
    dockerfile = (REPO / "Dockerfile").read_text()
    froms = [ln.split()[1] for ln in dockerfile.splitlines() if ln.startswith("FROM ")]
    assert froms and all(f.startswith("python:3.12-slim-bookworm") for f in froms), "Debian slim"
    final = dockerfile.rsplit("\nFROM ", 1)[1]
    users = [ln.split()[1] for ln in final.splitlines() if ln.startswith("USER ")]
    assert users and users[-1] not in ("root", "0"), "the service does not run as root"
    assert 'VOLUME ["/var/lib/mailwarden"]' in final and "HEALTHCHECK" in final and "/health" in final
    assert "STOPSIGNAL SIGTERM" in final and 'ENTRYPOINT ["mailwarden"]' in final
    assert "apt-get" not in dockerfile and "--only-binary=:all:" in dockerfile, "no compiler in the image"
    compose = (REPO / "compose.yaml").read_text()
    assert "ollama/ollama" in compose and "MAILWARDEN_OLLAMA__HOST: http://ollama:11434" in compose
    assert '"127.0.0.1:8025:8025"' in compose, "the web page is published on the host's loopback only"


def test_setup_finds_starttls_where_the_port_offers_it(tls_dovecot, tmp_path):
    """On a port that greets in plain and offers STARTTLS, implicit TLS is tried first,
    fails, and STARTTLS is what is written (its certificate trusted through --ca-file)."""
    user, password = tls_dovecot.add_user()
    out = tmp_path / "mailwarden.toml"
    done, _ = mailwarden("setup", "--host", "127.0.0.1", "--port", str(tls_dovecot.port), "--user", user,
                         "--password-env", "MW_TEST_PW", "--ca-file", str(tls_dovecot.cert_path), "--backend", "none",
                         "--output", str(out), "--yes", "--no-train", password=password)
    assert done.returncode == 0, done.stderr
    [acct] = tomllib.loads(out.read_text())["accounts"]
    assert (acct["tls"], acct["port"]) == ("starttls", tls_dovecot.port)
    checked, _ = mailwarden("--config", str(out), "check", "--no-model")
    assert checked.returncode == 0, checked.stdout
