"""One writer for learned state: corrections land in the database first, from any
process, and exactly one owner learns them into the model files, in order, once each."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from agent.fast_path import FastPath
from agent.reputation import ReputationBook
from agent.text_model import TextModel
from pipeline.cli import cli
from pipeline.config import load_config
from pipeline.feedback import give_feedback
from pipeline.judging import Judgement, record
from pipeline.ownership import LearnedStateBusy, OwnerLock, OwnerRole
from pipeline.parsing import parse_message
from pipeline.wiring import fast_path_dir, make_corrections, open_db
from storage import open_database
from storage.feedback import FEEDBACK_LEARNED_BEFORE
from storage.models import Feedback, Marker, ReputationEntry
from tests.helpers import client, wait_for

ROOT = Path(__file__).parent.parent
MAILWARDEN = [sys.executable, "-m", "pipeline.cli"]


def note(n: int, label_hint: str = "") -> bytes:
    """A message with its own sender and its own rare words, so that learning it shows."""
    return (f"From: Writer {n} <writer{n}@site{n}.example>\r\nTo: owner@example.org\r\n"
            f"Subject: About the zorbling{n} plan\r\nMessage-ID: <note{n}-{time.time_ns()}@site{n}.example>\r\n"
            f"Date: Tue, 24 Nov 2026 01:00:00 +0000\r\n\r\n"
            f"The zorbling{n} plan and the quendar{n} figures are attached. {label_hint}\r\n").encode()


@pytest.fixture
def trained(trained_on_corpus):
    """The config of a data directory with the fast path trained on the test corpus
    (through the CLI)."""
    return load_config()


def stored_message(db, raw: bytes) -> str:
    parsed = parse_message(raw)
    record(db, Judgement(source="test", parsed=parsed, verdict=None))
    return parsed.fingerprint


def model_file(config) -> TextModel:
    return TextModel.load(fast_path_dir(config) / "text_model.joblib")


def test_reputation_counts_from_two_processes_add_up_instead_of_the_last_write_winning(db):
    """GIVEN the service's reputation book holding counts in memory, and a correction
    recorded meanwhile by another process (another connection to the same file)
    WHEN the service flushes its counts
    THEN both are in the table: the judged-message count and the correction's mark."""
    raw = note(1)
    parsed = parse_message(raw)
    service_book = ReputationBook(db)
    for _ in range(3):
        service_book.observe(parsed)  # judged three times, counted in memory
    other = open_database(str(db.engine.url))
    fingerprint = stored_message(other, raw)
    give_feedback(other, fingerprint, "spam", source="cli")
    other.close()

    service_book.flush()

    with db.reader() as s:
        row = s.scalar(select(ReputationEntry).where(ReputationEntry.key == "writer1@site1.example"))
    assert row.seen == 3, "the service's counts are added"
    assert row.spam == pytest.approx(1.0, abs=1e-6), "and the correction made meanwhile is still there"


def test_reversing_a_label_takes_its_mark_back_in_sql(db):
    """GIVEN a message marked spam by mistake WHEN the owner says ham THEN the sender's
    spam mark is taken back and a ham mark added, in the table itself."""
    fingerprint = stored_message(db, note(2))
    give_feedback(db, fingerprint, "spam", source="cli")
    give_feedback(db, fingerprint, "ham", source="cli")
    with db.reader() as s:
        row = s.scalar(select(ReputationEntry).where(ReputationEntry.key == "writer2@site2.example"))
    assert row.spam == pytest.approx(0.0, abs=1e-6) and row.ham == pytest.approx(1.0, abs=1e-6)


def test_feedback_never_reads_a_file_named_by_its_reference(db, tmp_path):
    """GIVEN a file on disk WHEN feedback names it THEN it is not read (only the CLI
    turns files into stored messages, on its user's word)."""
    from pipeline.feedback import FeedbackError

    secret = tmp_path / "secret.key"
    secret.write_bytes(note(3))
    with pytest.raises(FeedbackError, match="no stored message"):
        give_feedback(db, str(secret), "ham", source="api")
    with db.reader() as s:
        assert s.scalars(select(Feedback)).all() == []


def test_with_no_service_running_the_cli_learns_the_correction_itself(trained):
    """GIVEN no service WHEN the owner corrects a message through the CLI THEN the model
    file holds it (its newest correction id moves) and the CLI says so."""
    db = open_db(trained)
    fingerprint = stored_message(db, note(4))
    before = model_file(trained)

    result = CliRunner().invoke(cli, ["feedback", "spam", fingerprint])

    assert result.exit_code == 0, result.output
    assert "the fast path learned from it" in result.output
    after = model_file(trained)
    with db.reader() as s:
        newest = s.scalar(select(func.max(Feedback.id)))
    assert after.applied_feedback_id == newest and after.trained == before.trained + 1


def test_while_a_service_owns_the_model_the_cli_only_records_and_the_owner_learns_it_once(trained):
    """GIVEN a service holding the learned state WHEN the CLI records a correction THEN
    the model file is untouched and the CLI says who will learn it; the owner then
    learns it, once however often it looks."""
    db = open_db(trained)
    fingerprint = stored_message(db, note(5))
    lock = OwnerLock(trained.data_dir).acquire(OwnerRole.SERVICE)
    try:
        owner = make_corrections(trained, db, lock=lock)
        trained_before = owner.model_for(None).text.trained
        before = (fast_path_dir(trained) / "text_model.joblib").stat().st_mtime_ns

        result = CliRunner().invoke(cli, ["feedback", "spam", fingerprint])

        assert result.exit_code == 0, result.output
        assert f"`mailwarden run` (pid {os.getpid()}" in result.output and "will learn from it" in result.output
        assert (fast_path_dir(trained) / "text_model.joblib").stat().st_mtime_ns == before
        assert owner.apply_pending() == 1
        assert owner.apply_pending() == 0, "once each"
        assert model_file(trained).trained == trained_before + 1
    finally:
        lock.release()


def test_a_second_service_is_refused_and_a_starting_one_waits_for_a_brief_command(tmp_path):
    """GIVEN the learned state held by a command for a moment WHEN a service starts THEN
    it waits and gets it; GIVEN it held by a service THEN another is refused at once."""
    command = OwnerLock(tmp_path).acquire(OwnerRole.FEEDBACK)
    threading.Timer(0.3, command.release).start()
    started = time.monotonic()
    service = OwnerLock(tmp_path).acquire(OwnerRole.SERVICE, wait_s=10)
    assert 0.2 < time.monotonic() - started < 5
    with pytest.raises(LearnedStateBusy, match=r"`mailwarden run` \(pid \d+.*already uses"):
        OwnerLock(tmp_path).acquire(OwnerRole.SERVICE, wait_s=10)
    service.release()


def test_after_an_upgrade_old_corrections_are_not_learned_again_and_the_first_new_one_is(trained):
    """GIVEN a model file saved before files said which corrections they hold, and a
    correction recorded back then (the upgrade's marker says so)
    WHEN the owner's first correction after the upgrade comes in through the CLI
    THEN that one is learned, and the old one is not learned a second time."""
    db = open_db(trained)
    give_feedback(db, stored_message(db, note(6)), "spam", source="cli")  # learned by the old code as it came
    with db.session() as s:  # what migration 0009 records when it runs on such a database
        s.get(Marker, FEEDBACK_LEARNED_BEFORE).value = s.scalar(select(func.max(Feedback.id)))
    legacy = model_file(trained)
    legacy.applied_feedback_id = None
    legacy.save(fast_path_dir(trained) / "text_model.joblib")

    result = CliRunner().invoke(cli, ["feedback", "ham", stored_message(db, note(7))])

    assert result.exit_code == 0 and "the fast path learned from it" in result.output, result.output
    after = model_file(trained)
    assert after.trained == legacy.trained + 1, "the new correction once, the old one not again"
    with db.reader() as s:
        assert after.applied_feedback_id == s.scalar(select(func.max(Feedback.id)))


def test_corrections_sent_at_once_from_many_threads_of_a_server_are_each_learned_once(trained):
    """GIVEN a process that records corrections from many threads at once, each getting
    them learned under the lock (as `api serve`'s request threads would without a loop)
    WHEN 12 threads each correct a message
    THEN the saved model holds all 12, none twice."""
    db = open_db(trained)
    corrections = make_corrections(trained, db)
    fingerprints = [stored_message(db, note(100 + n)) for n in range(12)]
    before = model_file(trained).trained
    errors = []

    def correct(fingerprint):
        try:
            corrections.give(fingerprint, "spam", source="api")
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=correct, args=(fp,)) for fp in fingerprints]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    saved = model_file(trained)
    assert saved.trained == before + 12
    with db.reader() as s:
        assert saved.applied_feedback_id == s.scalar(select(func.max(Feedback.id)))


def test_a_second_service_on_the_same_data_directory_follows_the_one_that_owns_it(trained, dovecot, mail_user,
                                                                                  caplog):
    """GIVEN a service holding the learned state WHEN another `run` starts on the same
    data directory (several processes sharing the work) THEN it says, in one line, that
    it follows that one; it judges and leaves without taking the learned state over."""
    caplog.set_level(logging.INFO)
    config_file = trained.data_dir.parent / "mailwarden.toml"
    config_file.write_text(dovecot.account_toml(mail_user[0], f'password = "{mail_user[1]}"'))
    lock = OwnerLock(trained.data_dir).acquire(OwnerRole.SERVICE)
    try:
        result = CliRunner().invoke(cli, ["--config", str(config_file), "run", "--backend", "none", "--until-idle"])
        assert lock.held and OwnerLock(trained.data_dir).holder().pid == os.getpid()
    finally:
        lock.release()
    assert result.exit_code == 0, result.output
    said = [r.getMessage() for r in caplog.records if "owns the learned state" in r.getMessage()]
    assert len(said) == 1 and "follows it" in said[0], caplog.text


def test_corrections_go_to_the_model_of_their_messages_account(isolated_environment, trained_on_corpus):
    """GIVEN per-account models, the shared one trained on the corpus sample
    WHEN the owner corrects a message of account `work`
    THEN `work`'s model learns it and the shared one and `home`'s do not."""
    config_file = isolated_environment / "mailwarden.toml"
    accounts = "".join(f'\n[[accounts]]\nname = "{name}"\nhost = "127.0.0.1"\ntls = "plain"\nuser = "u"\n'
                       f'password = "p"\n' for name in ("home", "work"))
    config_file.write_text("[fast_path]\nper_account = true\n" + accounts)
    runner = CliRunner()
    config = load_config()
    db = open_db(config)
    parsed = parse_message(note(8))
    record(db, Judgement(source="imap", parsed=parsed, verdict=None), account="work", folder="INBOX",
           uidvalidity=1, uid=1)

    result = runner.invoke(cli, ["feedback", "spam", parsed.fingerprint])

    assert result.exit_code == 0, result.output
    work = TextModel.load(fast_path_dir(config, "work") / "text_model.joblib")
    assert work.trained == model_file(config).trained + 1
    assert not (fast_path_dir(config, "home") / "text_model.joblib").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_corrections_from_the_cli_and_the_api_while_the_service_runs_are_all_kept_once(dovecot, mail_user,
                                                                                       isolated_environment,
                                                                                       trained_on_corpus):
    """GIVEN `mailwarden run` judging mail from Dovecot, with its API on, the fast path
    trained on the corpus sample
    WHEN 20 corrections come through the CLI (other processes) and 20 through the API
    while it runs
    THEN after it stops all 40 are in the saved model, each corrected message scores on
    its corrected side, each is in the reputation counts once, and none was learned twice."""
    port = _free_port()
    config_file = isolated_environment / "mailwarden.toml"
    config_file.write_text(f"""
data_dir = "{isolated_environment / 'data'}"
log_level = "INFO"
[model]
backend = "none"
[api]
enabled = true
port = {port}
token = "test-token-of-16-chars"
""" + dovecot.account_toml(mail_user[0], f'password = "{mail_user[1]}"'))
    base = [*MAILWARDEN, "--config", str(config_file)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    config = load_config(config_file)
    trained_before = model_file(config).trained

    raws = [note(n) for n in range(40)]
    ids = [parse_message(raw).message_id for raw in raws]
    wanted = {mid: ("spam" if n < 20 else "ham") for n, mid in enumerate(ids)}
    log = open(isolated_environment / "run.log", "w")
    service = subprocess.Popen([*base, "run"], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    try:
        wait_for(lambda: _api_up(port) and _watching(isolated_environment), timeout=120,
                 what="the service's API and its first look at INBOX")
        with client(dovecot, mail_user) as c:
            for raw in raws:
                c.append("INBOX", raw)
        wait_for(lambda: _judged(isolated_environment) == 40, timeout=120, what="all 40 judged")

        def through_the_api():
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Authorization": "Bearer test-token-of-16-chars"},
                              timeout=30) as http:
                for mid in ids[20:]:
                    answer = http.post("/feedback", json={"message": mid, "label": "ham"})
                    assert answer.status_code == 200, answer.text

        api_thread = threading.Thread(target=through_the_api)
        api_thread.start()
        cli_runs = [subprocess.Popen([*base, "feedback", "spam", *ids[i:i + 5]], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
                    for i in range(0, 20, 5)]
        for run in cli_runs:
            out, _ = run.communicate(timeout=120)
            assert run.returncode == 0, out
            assert "will learn from it within seconds" in out, out
        api_thread.join(timeout=120)
        assert not api_thread.is_alive()
        wait_for(lambda: _all_learned(config, 40), timeout=60, what="the service learning all 40")
    finally:
        service.send_signal(signal.SIGTERM)
        service.wait(timeout=60)
        log.close()

    db = open_db(config)
    with db.reader() as s:
        rows = s.scalars(select(Feedback).order_by(Feedback.id)).all()
        assert sorted(r.source for r in rows) == ["api"] * 20 + ["cli"] * 20
        reputation = {r.key: r for r in s.scalars(select(ReputationEntry).where(ReputationEntry.kind == "sender"))}
    saved = model_file(config)
    assert saved.applied_feedback_id == rows[-1].id
    assert saved.trained == trained_before + 40, "every correction learned, none twice"
    fast = FastPath(fast_path_dir(config), db, config.fast_path)
    for n, raw in enumerate(raws):
        label = wanted[ids[n]]
        p = fast.assess(parse_message(raw)).probability
        assert (p >= 0.5) == (label == "spam"), f"message {n} corrected to {label} scores {p:.2f}"
        entry = reputation[f"writer{n}@site{n}.example"]
        assert (entry.spam, entry.ham) == pytest.approx((1.0, 0.0) if label == "spam" else (0.0, 1.0), abs=1e-4)
        assert entry.seen == 1, "the service's judged count and the CLI's mark are both in the row"


def _api_up(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _watching(data: Path) -> bool:
    """The service has its checkpoint for INBOX: mail appended from now on is new to it."""
    try:
        with sqlite3.connect(data / "data" / "mailwarden.sqlite", timeout=5) as c:
            return c.execute("SELECT count(*) FROM folder_state WHERE folder = 'INBOX' AND heartbeat_at IS NOT NULL"
                             ).fetchone()[0] > 0
    except sqlite3.OperationalError:
        return False


def _judged(data: Path) -> int:
    try:
        with sqlite3.connect(data / "data" / "mailwarden.sqlite", timeout=5) as c:
            return c.execute("SELECT count(*) FROM verdicts").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _all_learned(config, expected: int) -> bool:
    """All `expected` corrections recorded, and the saved model holds the newest."""
    with open_db(config).reader() as s:
        ids = s.scalars(select(Feedback.id)).all()
    return len(ids) == expected and model_file(config).applied_feedback_id == max(ids)


def test_a_second_service_follows_the_owners_model_and_takes_it_over_when_it_stops(trained_on_corpus):
    """GIVEN two services on one data directory, the first owning the learned state
    WHEN a correction is recorded THEN the owner learns and saves it and the follower
    reads the saved model (and nothing else writes the file); WHEN the owner stops
    THEN the follower owns it and learns the next correction itself."""
    config = load_config()
    db = open_db(config)
    owner_lock = OwnerLock(config.data_dir).acquire(OwnerRole.SERVICE)
    owner = make_corrections(config, db, lock=owner_lock)
    follower = make_corrections(config, db, lock=OwnerLock(config.data_dir))
    follower_model = follower.model_for(None)
    assert not follower._owns()

    follower.record(stored_message(db, note(1)), "spam", source="cli")
    owner.apply_pending()
    follower.follow()
    newest = owner.model_for(None).applied_through
    assert follower_model.applied_through == newest and follower_model.text.trained == \
        owner.model_for(None).text.trained

    owner_lock.release()
    assert follower._owns()
    follower.record(stored_message(db, note(2)), "spam", source="cli")
    assert follower.apply_pending() == 1
    assert follower_model.applied_through > newest
    follower.lock.release()
