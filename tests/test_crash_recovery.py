"""SIGKILL at any moment, then start again: every message judged once, acted on once."""

import os
import signal
import sqlite3
import time
from pathlib import Path

from pipeline.imap import JUDGED_KEYWORD
from tests.helpers import client, message, start_run


def _config(tmp_path: Path, dovecot, user) -> Path:
    path = tmp_path / "mailwarden.toml"
    path.write_text(f"""
data_dir = "{tmp_path / 'data'}"
log_level = "INFO"
[model]
backend = "fixed"
[fixed]
delay_s = 0.05
[service]
workers = 3
[rate_limits]
enabled = false  # 40 messages from one domain and no fast path: the limits would defer most of them
""" + dovecot.account_toml(user[0], f'password = "{user[1]}"'))
    return path


def _acted(tmp_path: Path) -> int:
    db = tmp_path / "data" / "mailwarden.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as c:
            return c.execute("SELECT count(*) FROM mail_jobs WHERE status = 'acted'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0



def test_sigkill_mid_batch_then_restart_leaves_every_message_acted_on_exactly_once(dovecot, mail_user, tmp_path):
    count = 40
    spam_ids, ham_ids = set(), set()
    with client(dovecot, mail_user) as c:
        for n in range(count):
            raw = message(n, spam=n % 2 == 0)
            mid = raw.split(b"Message-ID: ")[1].split(b"\r\n")[0].decode()
            (spam_ids if n % 2 == 0 else ham_ids).add(mid)
            c.append("INBOX", raw)
    config = _config(tmp_path, dovecot, mail_user)
    log = open(tmp_path / "service.log", "ab")

    for kill_after in (6, 20):
        process = start_run(config, log, "--backfill", str(count))
        deadline = time.monotonic() + 60
        while _acted(tmp_path) < kill_after and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()

    final = start_run(config, log, "--until-idle")
    assert final.wait(timeout=120) == 0, (tmp_path / "service.log").read_text()[-3000:]

    where: dict[str, list[tuple[str, set]]] = {}
    with client(dovecot, mail_user) as c:
        for folder in ("INBOX", "Quarantine"):
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            for uid, data in c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]", "FLAGS"]).items():
                mid = data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
                flags = {f.decode() if isinstance(f, bytes) else f for f in data[b"FLAGS"]}
                where.setdefault(mid, []).append((folder, flags))

    assert set(where) == spam_ids | ham_ids, "no message lost"
    assert all(len(copies) == 1 for copies in where.values()), "no message copied or moved twice"
    assert {mid for mid, [(folder, _)] in where.items() if folder == "Quarantine"} == spam_ids
    assert all(JUDGED_KEYWORD in flags for [(_, flags)] in where.values())
    with sqlite3.connect(tmp_path / "data" / "mailwarden.sqlite") as db:
        assert db.execute("SELECT count(*) FROM mail_jobs WHERE status = 'acted'").fetchone()[0] == count
        per_message = db.execute("SELECT count(*) FROM verdicts GROUP BY message_pk").fetchall()
        assert len(per_message) == count and {n for (n,) in per_message} == {1}, "each message judged once"


def test_sigterm_finishes_the_messages_in_hand_and_leaves_nothing_half_done(dovecot, mail_user, tmp_path):
    with client(dovecot, mail_user) as c:
        for n in range(30):
            c.append("INBOX", message(n, spam=n % 2 == 0))
    config = _config(tmp_path, dovecot, mail_user)
    text = config.read_text().replace("delay_s = 0.05", "delay_s = 0.3")
    config.write_text(text)
    log = open(tmp_path / "service.log", "ab")
    process = start_run(config, log, "--backfill", "30")
    deadline = time.monotonic() + 60
    while _acted(tmp_path) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0, (tmp_path / "service.log").read_text()[-2000:]

    with sqlite3.connect(tmp_path / "data" / "mailwarden.sqlite") as db:
        statuses = dict(db.execute("SELECT status, count(*) FROM mail_jobs GROUP BY status").fetchall())
    assert "judged" not in statuses, (tmp_path / "service.log").read_text()[-3000:]
    assert 3 <= statuses["acted"] < 30, statuses
    assert statuses["acted"] + statuses.get("queued", 0) == 30


def test_until_idle_on_a_restart_still_judges_the_mail_that_arrived_meanwhile(dovecot, mail_user, tmp_path):
    """Folder rows from the last run must not count as "scanned" for this one."""
    config = _config(tmp_path, dovecot, mail_user)
    log = open(tmp_path / "service.log", "ab")
    assert start_run(config, log, "--until-idle").wait(timeout=60) == 0
    with client(dovecot, mail_user) as c:
        c.append("INBOX", message(1, spam=True))
    assert start_run(config, log, "--until-idle").wait(timeout=60) == 0
    assert _acted(tmp_path) == 1
