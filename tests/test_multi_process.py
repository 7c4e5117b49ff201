"""Several `mailwarden run` processes sharing one PostgreSQL: each folder watched by one
of them, each message judged once and acted on once, and a process SIGKILLed mid-run
taken over by the others with nothing lost or doubled."""

import json
import os
import signal
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from pipeline.imap import JUDGED_KEYWORD
from tests.helpers import client, mailwarden, message, start_run

FOLDERS = ("INBOX", "Work")


def _config(tmp_path: Path, url: str, dovecot, users) -> Path:
    accounts = "".join(
        dovecot.account_toml(user, f'password = "{password}"', name=f"person{i}")
        + f'folders = {json.dumps(list(FOLDERS))}\n' for i, (user, password) in enumerate(users))
    path = tmp_path / "mailwarden.toml"
    path.write_text(f"""
data_dir = "{tmp_path / 'data'}"
log_level = "INFO"
[storage]
url = "{url}"
[model]
backend = "fixed"
[fixed]
delay_s = 0.02
[fast_path]
starter = false  # so that only the fixed backend decides, and every message is a model call
[service]
workers = 3
heartbeat_s = 0.5
takeover_after_s = 3
[rate_limits]
enabled = false
""" + accounts)
    return path



def _scalar(engine, sql: str) -> int:
    try:
        with engine.connect() as c:
            return c.execute(text(sql)).scalar() or 0
    except Exception:  # noqa: BLE001 - the schema is not there yet
        return 0


def _holders(engine) -> dict[str, set[str]]:
    with engine.connect() as c:
        rows = c.execute(text("SELECT process_id, account || '/' || folder FROM folder_leases")).all()
    out: dict[str, set[str]] = {}
    for process_id, lease in rows:
        out.setdefault(process_id, set()).add(lease)
    return out


def test_three_processes_share_600_messages_and_survive_a_sigkill(dovecot, postgres_server, tmp_path):
    users = [dovecot.add_user(), dovecot.add_user()]
    url = postgres_server.new_database()
    expected: dict[str, bool] = {}
    for user in users:
        with client(dovecot, user) as c:
            c.create_folder("Work")
            for folder in FOLDERS:
                for n in range(150):
                    spam = n % 3 == 0
                    raw = message(n, spam=spam)
                    expected[raw.split(b"Message-ID: ")[1].split(b"\r\n")[0].decode()] = spam
                    c.append(folder, raw)
    assert len(expected) == 600
    config = _config(tmp_path, url, dovecot, users)
    log = open(tmp_path / "service.log", "ab")
    engine = create_engine(url)

    def acted() -> int:
        return _scalar(engine, "SELECT count(*) FROM mail_jobs WHERE status = 'acted'")

    processes = [start_run(config, log, "--backfill", "150") for _ in range(3)]
    try:
        deadline = time.monotonic() + 120
        spread: dict[str, set[str]] = {}
        while time.monotonic() < deadline and acted() < 150:
            if _scalar(engine, "SELECT count(*) FROM service_processes") == 3:
                spread = _holders(engine)
            assert all(p.poll() is None for p in processes), (tmp_path / "service.log").read_text()[-3000:]
            time.sleep(0.05)
        assert 150 <= acted() < 600, "the kill is to land mid-run"
        holders = _holders(engine)
        assert len(spread) >= 2, f"the folders were spread over the processes: {spread}"
        victim = next(p for p in processes if any(pid.split(":")[1] == str(p.pid) for pid in holders))
        victim_id = next(pid for pid in holders if pid.split(":")[1] == str(victim.pid))
        victim_folders = holders[victim_id]
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()

        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and acted() < 600:
            time.sleep(0.1)
        assert acted() == 600, (tmp_path / "service.log").read_text()[-4000:]
        holders = _holders(engine)
        assert victim_id not in holders
        assert victim_folders <= set().union(*holders.values()), "the killed process's folders were taken over"

        status, _ = mailwarden("--config", str(config), "status", "--json")
        shown = json.loads(status.stdout)
        assert sorted(p["pid"] for p in shown["processes"]) == sorted(p.pid for p in processes if p is not victim)
        watched = [f for f in shown["folders"] if f["folder"] in FOLDERS]
        assert len(watched) == 4 and all(f["watched_by"] in holders for f in watched), (shown, holders)
    finally:
        for p in processes:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in processes:
            if p is not victim:
                assert p.wait(timeout=60) == 0, (tmp_path / "service.log").read_text()[-3000:]

    where: dict[str, list[tuple[str, set]]] = {}
    for user in users:
        with client(dovecot, user) as c:
            for folder in (*FOLDERS, "Quarantine"):
                c.select_folder(folder, readonly=True)
                uids = c.search("ALL")
                for uid, data in c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]", "FLAGS"]).items():
                    mid = data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
                    flags = {f.decode() if isinstance(f, bytes) else f for f in data[b"FLAGS"]}
                    where.setdefault(mid, []).append((folder, flags))
    assert set(where) == set(expected), "no message lost"
    assert all(len(copies) == 1 for copies in where.values()), "no message copied or moved twice"
    assert {mid for mid, [(folder, _)] in where.items() if folder == "Quarantine"} == \
           {mid for mid, spam in expected.items() if spam}
    assert all(JUDGED_KEYWORD in flags for [(_, flags)] in where.values())
    with engine.connect() as c:
        per_message = c.execute(text("SELECT count(*) FROM verdicts GROUP BY message_pk")).all()
        assert len(per_message) == 600 and {n for (n,) in per_message} == {1}, "each message judged once"
        assert c.execute(text("SELECT count(*) FROM service_processes")).scalar() == 0, "the survivors signed off"
    engine.dispose()
    verify, _ = mailwarden("--config", str(config), "audit", "verify", timeout=120)
    assert verify.returncode == 0, verify.stdout + verify.stderr

