"""The IMAP service against a real Dovecot on loopback: watch, judge, act, survive faults."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent.backends.fixed import FixedBackend
from agent.backends.ollama import OllamaBackend, OllamaSettings
from agent.classifier import Classifier
from pipeline.corrections import Corrections
from pipeline.imap import JUDGED_KEYWORD, AccountSettings
from pipeline.parsing import parse_message
from pipeline.service import Service, ServiceOptions
from storage import open_database
from storage.models import Feedback, FolderState, MailJob, Message, VerdictRecord
from tests.fake_ollama import FakeOllama, verdict_json
from tests.helpers import (account, client, corpus_messages, deliver_one_spam_and_one_ham, fixed_service,
                           folder_flags, jobs, message, scanned, started, wait_for)


@pytest.fixture
def db(any_db):
    """The service's tests run on a SQLite file and on PostgreSQL."""
    return any_db


def test_new_mail_during_idle_is_judged_and_spam_is_moved(dovecot, mail_user, db):
    service = started(fixed_service(dovecot, mail_user, db), db)
    try:
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(1, spam=True))
            c.append("INBOX", message(2))
        wait_for(lambda: jobs(db, "acted") == 2, what="both messages acted on")
    finally:
        service.stop()

    inbox = folder_flags(dovecot, mail_user, "INBOX")
    quarantine = folder_flags(dovecot, mail_user, "Quarantine")
    assert len(inbox) == 1 and JUDGED_KEYWORD in inbox[0]
    assert len(quarantine) == 1 and JUDGED_KEYWORD in quarantine[0]
    assert "\\Seen" not in inbox[0], "judging must not mark mail as read"


def test_mail_present_before_the_first_start_is_left_alone_unless_backfilled(dovecot, mail_user, db):
    with client(dovecot, mail_user) as c:
        for n in range(3):
            c.append("INBOX", message(n, spam=True))
    service = started(fixed_service(dovecot, mail_user, db), db)
    wait_for(service.idle, what="the first scans over")
    service.stop()
    assert jobs(db) == 0 and len(folder_flags(dovecot, mail_user, "INBOX")) == 3
    with db.reader() as s:
        assert s.scalar(select(FolderState.last_uid).where(FolderState.folder == "INBOX")) == 3, \
            "the checkpoint starts past the mail that was there"

    # a new database: a first start again, this time with --backfill 2
    fresh = open_database(f"sqlite:///{db.engine.url.database}-2")
    backfill = Service([account(dovecot, mail_user)], Classifier(FixedBackend()), fresh, ServiceOptions(backfill=2))
    backfill.run(until=backfill.idle)
    fresh.close()
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 2
    assert len(folder_flags(dovecot, mail_user, "INBOX")) == 1


def _tiered_answer(request):
    user = request["messages"][1]["content"]
    subject = next(line for line in user.splitlines() if line.startswith("Subject: "))
    p = float(subject.split("p=")[1].split()[0])
    category = "phishing" if "phish" in subject else "marketing"
    return verdict_json("spam" if p >= 0.5 else "ham", p, category if p >= 0.5 else "legitimate", "test", [])


def test_tiers_set_the_right_keywords(dovecot, mail_user, db):
    with FakeOllama(answer=_tiered_answer) as server:
        backend = OllamaBackend(OllamaSettings(host=server.url))
        service = started(Service([account(dovecot, mail_user)], Classifier(backend), db, ServiceOptions()), db)
        try:
            with client(dovecot, mail_user) as c:
                for n, subject in enumerate(["p=0.95 phish", "p=0.80 phish", "p=0.78 offer", "p=0.60 offer",
                                             "p=0.10 hello"]):
                    c.append("INBOX", message(n, subject=subject))
            wait_for(lambda: jobs(db, "acted") == 5, what="five messages acted on")
        finally:
            service.stop()

    inbox = folder_flags(dovecot, mail_user, "INBOX")
    quarantine = folder_flags(dovecot, mail_user, "Quarantine")
    assert len(quarantine) == 1 and "$Phishing" in quarantine[0]
    keywords = sorted(sorted(f - {JUDGED_KEYWORD, "\\Recent"}) for f in inbox)
    assert keywords == sorted([["$Phishing", "\\Flagged"], ["Suspicious", "\\Flagged"], ["$Junk"], []])
    assert all(JUDGED_KEYWORD in f for f in inbox)


def test_shadow_mode_adds_keywords_but_never_moves(dovecot, mail_user, db):
    service = started(fixed_service(dovecot, mail_user, db, mode="shadow"), db)
    try:
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(1, spam=True))
        wait_for(lambda: jobs(db, "acted") == 1)
    finally:
        service.stop()
    inbox = folder_flags(dovecot, mail_user, "INBOX")
    assert len(inbox) == 1 and JUDGED_KEYWORD in inbox[0]
    assert folder_flags(dovecot, mail_user, "Quarantine") == []


def test_dry_run_touches_nothing(dovecot, mail_user, db):
    service = started(fixed_service(dovecot, mail_user, db, dry_run=True), db)
    try:
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(1, spam=True))
        wait_for(lambda: jobs(db, "acted") == 1)
    finally:
        service.stop()
    assert folder_flags(dovecot, mail_user, "INBOX") == [set()]
    with db.reader() as s:
        assert s.scalar(select(MailJob.error)) == "dry run: would quarantine"


@pytest.mark.parametrize("keep_keywords", [True, False])
def test_rescued_message_is_not_quarantined_again(dovecot, mail_user, db, keep_keywords):
    service = started(fixed_service(dovecot, mail_user, db), db)
    try:
        raw = message(1, spam=True)
        with client(dovecot, mail_user) as c:
            c.append("INBOX", raw)
        wait_for(lambda: jobs(db, "acted") == 1)
        with client(dovecot, mail_user) as c:  # the owner takes it back out
            c.select_folder("Quarantine")
            uid = c.search("ALL")[0]
            if keep_keywords:
                c.move([uid], "INBOX")
            else:  # a client that copies without keywords
                c.append("INBOX", raw)
                c.delete_messages([uid])
                c.expunge()
        wait_for(lambda: jobs(db, "skipped") == 1, what="the rescued copy seen")
        wait_for(service.idle, what="nothing left to do")
    finally:
        service.stop()

    assert len(folder_flags(dovecot, mail_user, "INBOX")) == 1
    assert folder_flags(dovecot, mail_user, "Quarantine") == []
    with db.reader() as s:
        assert s.scalar(select(MailJob.action).where(MailJob.status == "skipped")) == "rescued"
        feedback = s.scalars(select(Feedback)).all()
        assert [(f.label, f.source, f.old_label) for f in feedback] == [("ham", "imap-rescue", "spam")]


def test_server_restart_mid_run_the_service_carries_on(dovecot, mail_user, db):
    service = started(fixed_service(dovecot, mail_user, db, reconnect_max_s=1.0), db)
    try:
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(1, spam=True))
        wait_for(lambda: jobs(db, "acted") == 1)
        dovecot.restart()
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(2, spam=True))
            c.append("INBOX", message(3))
        wait_for(lambda: jobs(db, "acted") == 3, timeout=45, what="mail after the restart")
    finally:
        service.stop()
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 2


def test_model_down_then_back_waiting_messages_are_judged(dovecot, mail_user, db, closed_port):
    backend = OllamaBackend(OllamaSettings(host=f"http://127.0.0.1:{closed_port}", timeout_s=2))
    service = started(Service([account(dovecot, mail_user)], Classifier(backend), db,
                              ServiceOptions(retry_after_s=0.5)), db)
    try:
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(1, subject="p=0.95 phish"))
            c.append("INBOX", message(2, subject="p=0.10 hello"))
        wait_for(lambda: jobs(db, "waiting") == 2, what="messages waiting for the model")
        assert folder_flags(dovecot, mail_user, "INBOX") == [set(), set()], "nothing touched while unjudged"
        with FakeOllama(answer=_tiered_answer, port=closed_port):  # the server comes up where it was expected
            wait_for(lambda: jobs(db, "acted") == 2, timeout=30, what="waiting messages judged")
    finally:
        service.stop()
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(VerdictRecord)) == 2


def test_wrong_password_stops_the_account_with_a_clear_error(dovecot, mail_user, db):
    bad = AccountSettings(name="home", host=dovecot.host, port=dovecot.port, tls="plain", user=mail_user[0],
                          password="wrong")
    service = Service([bad], Classifier(FixedBackend()), db, ServiceOptions())
    started_at = time.monotonic()
    service.run(until=service.idle)
    assert time.monotonic() - started_at < 10
    assert "refused the login" in service.stopped_accounts["home"]
    assert "check the password" in service.stopped_accounts["home"]
    assert "wrong" not in service.stopped_accounts["home"]


def test_plain_text_login_is_refused_for_a_remote_host():
    with pytest.raises(ValueError, match="loopback"):
        AccountSettings(name="x", host="mail.example.com", tls="plain", user="u", password="p")


def test_a_renumbered_folder_is_rescanned_without_judging_anything_twice(dovecot, mail_user, db):
    """Deleting and re-creating a folder gives it a new UIDVALIDITY: old UIDs mean nothing."""
    with client(dovecot, mail_user) as c:
        c.create_folder("Lists")
    watched = account(dovecot, mail_user, folders=["Lists"], poll_interval_s=1)
    service = Service([watched], Classifier(FixedBackend()), db, ServiceOptions())
    service.start()
    try:
        wait_for(lambda: scanned(service, db), what="first scan of Lists")
        first = message(1)
        with client(dovecot, mail_user) as c:
            c.append("Lists", first)
        wait_for(lambda: jobs(db, "acted") == 1)
        with client(dovecot, mail_user) as c:  # the server renumbers: same mail, new UIDs
            c.select_folder("Lists")
            flags = c.get_flags(c.search("ALL"))
            kept = list(flags.values())[0]
            c.close_folder()
            c.delete_folder("Lists")
            c.create_folder("Lists")
            c.append("Lists", first, flags=kept)
            c.append("Lists", message(2, spam=True))
        wait_for(lambda: jobs(db, "acted") == 2 and jobs(db, "skipped") == 1, what="rescan after renumbering")
    finally:
        service.stop()
    with db.reader() as s:
        validities = s.scalars(select(FolderState.uidvalidity).where(FolderState.folder == "Lists")).all()
        assert len(set(validities)) == 2
        assert s.scalar(select(func.count()).select_from(VerdictRecord)) == 2


def test_status_shows_each_folder_with_its_counts(dovecot, mail_user, db, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from pipeline.cli import cli

    service = started(fixed_service(dovecot, mail_user, db), db)
    deliver_one_spam_and_one_ham(service, dovecot, mail_user, db)
    monkeypatch.setenv("MAILWARDEN_STORAGE__URL", str(db.engine.url))
    result = CliRunner().invoke(cli, ["status", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["folder"]: r for r in json.loads(result.stdout)["folders"]}
    assert set(rows) == {"INBOX", "Junk"}, "the Junk folder is watched for the owner's own spam filing"
    row = rows["INBOX"]
    assert (row["account"], row["folder"], row["judged"], row["quarantined"], row["waiting"]) == ("home", "INBOX", 2, 1, 0)
    assert row["connected"] is False  # the service has stopped
    table = CliRunner().invoke(cli, ["status"])
    assert "INBOX" in table.output and "home" in table.output


def test_junk_folder_is_found_through_special_use(dovecot, mail_user):
    from pipeline.imap import Mailbox

    with Mailbox(account(dovecot, mail_user)) as box:
        assert box.junk_folder() == "Junk"
    with Mailbox(account(dovecot, mail_user, junk_folder="Spam-Training")) as box:
        assert box.junk_folder() == "Spam-Training"


def test_password_from_an_environment_variable_or_a_command(dovecot, mail_user, monkeypatch, tmp_path):
    from pipeline.imap import Mailbox

    name, password = mail_user
    monkeypatch.setenv("MW_TEST_IMAP_PASSWORD", password)
    by_env = AccountSettings(name="a", host=dovecot.host, port=dovecot.port, tls="plain", user=name,
                             password_env="MW_TEST_IMAP_PASSWORD")
    script = tmp_path / "pw.sh"
    script.write_text(f"#!/bin/sh\necho '{password}'\n")
    script.chmod(0o700)
    by_command = AccountSettings(name="b", host=dovecot.host, port=dovecot.port, tls="plain", user=name,
                                 password_command=str(script))
    for settings in (by_env, by_command):
        with Mailbox(settings) as box:
            assert box.ensure_selected("INBOX") > 0


def test_polling_when_idle_is_off(dovecot, mail_user, db):
    service = Service([account(dovecot, mail_user, use_idle=False, poll_interval_s=0.5)],
                      Classifier(FixedBackend()), db, ServiceOptions())
    started(service, db)
    try:
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(1, spam=True))
        wait_for(lambda: jobs(db, "acted") == 1, timeout=10)
    finally:
        service.stop()
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1


def test_since_judges_existing_mail_from_that_day_on(dovecot, mail_user, db):
    from datetime import date

    with client(dovecot, mail_user) as c:
        c.append("INBOX", message(1, spam=True), msg_time=datetime(2020, 1, 1))
        c.append("INBOX", message(2, spam=True))
    service = Service([account(dovecot, mail_user)], Classifier(FixedBackend()), db,
                      ServiceOptions(since=date.today()))
    service.run(until=service.idle)
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1
    assert len(folder_flags(dovecot, mail_user, "INBOX")) == 1


def test_servers_without_move_get_copy_delete_expunge(dovecot, mail_user, db, monkeypatch):
    from pipeline.imap import Mailbox

    real_connect = Mailbox.connect

    def connect_without_move(self):
        real_connect(self)
        self.capabilities.discard("MOVE")
        return self

    monkeypatch.setattr(Mailbox, "connect", connect_without_move)
    service = started(fixed_service(dovecot, mail_user, db), db)
    deliver_one_spam_and_one_ham(service, dovecot, mail_user, db)
    assert len(folder_flags(dovecot, mail_user, "INBOX")) == 1, "the original is expunged, not just flagged"
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1


@pytest.mark.parametrize("mode", ["implicit", "starttls"])
def test_tls_modes_verify_the_server_certificate(tls_dovecot, mode):
    from pipeline.imap import AuthFailed, Mailbox

    user, password = tls_dovecot.add_user()
    port = tls_dovecot.tls_port if mode == "implicit" else tls_dovecot.port
    trusted = AccountSettings(name="t", host="127.0.0.1", port=port, tls=mode, user=user, password=password,
                              ca_file=tls_dovecot.cert_path)
    with Mailbox(trusted) as box:
        assert box.ensure_selected("INBOX") > 0
    untrusted = trusted.model_copy(update={"ca_file": None})
    with pytest.raises(AuthFailed, match="is not trusted .*set ca_file"):
        Mailbox(untrusted).connect()


def test_a_move_to_junk_is_a_spam_correction_and_a_move_to_trash_is_not(dovecot, mail_user, trained_db,
                                                                        trained_fast):
    from agent.cascade import Cascade, CascadeSettings

    db, fast = trained_db, trained_fast
    # Every message goes to the (fixed, "ham" without its marker) model, averaged with the
    # fast path: nothing reaches the quarantine threshold, so both stay in INBOX.
    judge = Cascade(fast, Classifier(FixedBackend()), db, CascadeSettings(ham_below=0.0, spam_above=1.0))
    service = started(Service([account(dovecot, mail_user)], judge, db, ServiceOptions(),
                              corrections=Corrections(db, {None: fast})), db)
    try:
        missed = corpus_messages("ham")[0].read_bytes()  # the filter lets it through...
        before = fast.assess(parse_message(missed)).margin
        assert before < 0
        with client(dovecot, mail_user) as c:
            c.append("INBOX", missed)
            c.append("INBOX", message(2, subject="Lunch?"))
        wait_for(lambda: jobs(db, "acted") == 2)
        with client(dovecot, mail_user) as c:  # ...the owner files one in Junk, deletes the other
            c.select_folder("INBOX")
            first, second = sorted(c.search("ALL"))
            c.move([first], "Junk")
            c.move([second], "Trash")
        wait_for(lambda: jobs(db, "skipped") == 1, what="the move to Junk seen")
        wait_for(service.idle, what="nothing left to do")
    finally:
        service.stop()
    with db.reader() as s:
        feedback = s.scalars(select(Feedback)).all()
        assert [(f.label, f.source) for f in feedback] == [("spam", "imap-junk")]
        assert s.scalar(select(MailJob.action).where(MailJob.status == "skipped")) == "learned-spam"
    assert fast.assess(parse_message(missed)).margin > before + 1, "the fast path learned from it"


def test_a_release_from_quarantine_is_one_ham_correction_and_stays_released(dovecot, mail_user, db, tmp_path,
                                                                             monkeypatch):
    from click.testing import CliRunner

    from pipeline.cli import cli

    import os

    from storage.vault import Vault

    # Sealed with the key of the data directory the CLI will use ($MAILWARDEN_DATA_DIR).
    db.vault = Vault.for_data_dir(Path(os.environ["MAILWARDEN_DATA_DIR"]))
    service = started(fixed_service(dovecot, mail_user, db), db)
    try:
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(7, spam=True))
        wait_for(lambda: jobs(db, "acted") == 1)
        config = tmp_path / "mailwarden.toml"
        config.write_text(f'[storage]\nurl = "{db.engine.url}"\n'
                          + dovecot.account_toml(mail_user[0], f'password = "{mail_user[1]}"'))
        runner = CliRunner()
        listed = runner.invoke(cli, ["--config", str(config), "quarantine", "list", "--json"])
        [entry] = json.loads(listed.stdout)
        assert entry["sender"] == "sender7@example.com" and entry["spam_probability"] >= 0.9
        assert entry["subject"] == "Cheap pills 7", "a person knows it by its subject"
        table = runner.invoke(cli, ["--config", str(config), "quarantine", "list"])
        assert "Cheap pills 7" in table.output and f"mailwarden release {entry['id']}" in table.output
        said_ham = runner.invoke(cli, ["--config", str(config), "feedback", "ham", str(entry["id"]), "--actor", "owner"])
        assert f"still in quarantine: `mailwarden release {entry['id']}`" in said_ham.output, said_ham.output

        released = runner.invoke(cli, ["--config", str(config), "release", str(entry["id"]), "--actor", "owner"])
        assert released.exit_code == 0, released.output
        assert "released to home/INBOX" in released.output
        wait_for(lambda: jobs(db, "skipped") == 1, what="the service seeing it back in INBOX")
        wait_for(service.idle, what="nothing left to do")
        again = runner.invoke(cli, ["--config", str(config), "quarantine", "list", "--json"])
        assert json.loads(again.stdout) == []
    finally:
        service.stop()
    assert len(folder_flags(dovecot, mail_user, "INBOX")) == 1
    assert folder_flags(dovecot, mail_user, "Quarantine") == []
    with db.reader() as s:
        assert [(f.label, f.source, f.actor) for f in s.scalars(select(Feedback))] == [("ham", "cli", "owner")], \
            "the release finds the owner's ham already said"


@pytest.mark.parametrize("destination, is_rescue", [("Receipts", True), ("Trash", False)])
def test_out_of_quarantine_into_any_other_folder_is_ham_but_trash_is_not(dovecot, mail_user, db, destination,
                                                                          is_rescue):
    """GIVEN a quarantined message the owner moves to `destination`
    WHEN the quarantine audit has looked for it (proven by a second quarantined message,
    moved to Receipts after it, being noticed: a look at the quarantine that finds the
    second missing finds the first missing too, and the service finishes that look
    before it stops)
    THEN it is a ham correction if `destination` is an ordinary folder, nothing in Trash."""
    service = started(Service([account(dovecot, mail_user, poll_interval_s=0.5)], Classifier(FixedBackend()), db,
                              ServiceOptions()), db)
    first, control = message(1, spam=True), message(2, spam=True)
    try:
        with client(dovecot, mail_user) as c:
            c.create_folder("Receipts")
            c.append("INBOX", first)
        wait_for(lambda: jobs(db, "acted") == 1)
        with client(dovecot, mail_user) as c:
            c.select_folder("Quarantine")
            c.move(c.search("ALL"), destination)
            c.append("INBOX", control)
        wait_for(lambda: jobs(db, "acted") == 2, what="the second message quarantined")
        with client(dovecot, mail_user) as c:
            c.select_folder("Quarantine")
            c.move(c.search("ALL"), "Receipts")
        wait_for(lambda: _feedback_count(db) == (2 if is_rescue else 1), timeout=15,
                 what="the moves out of quarantine noticed")
    finally:
        service.stop()
    with db.reader() as s:
        rows = {mid: (label, source) for mid, label, source in s.execute(
            select(Message.message_id, Feedback.label, Feedback.source).join(Message, Message.id == Feedback.message_pk))}
    expected = {_message_id(control): ("ham", "imap-rescue")}
    if is_rescue:
        expected[_message_id(first)] = ("ham", "imap-rescue")
    assert rows == expected


def _message_id(raw: bytes) -> str:
    return raw.split(b"Message-ID: ")[1].split(b"\r\n")[0].decode()


def _feedback_count(db) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(Feedback))
