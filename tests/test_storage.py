"""The database: created and migrated on open, private, safe with many writer threads."""

import os
import sqlite3
import stat
import threading

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from storage import open_database
from storage.database import shipped_head
from storage.messages import add_verdict, find_message, latest_verdict, subject_hash, upsert_message
from storage.models import Base, Message, VerdictRecord


def _url(tmp_path):
    return f"sqlite:///{tmp_path / 'db' / 'mailwarden.sqlite'}"


def _message(session, n: int, **extra):
    return upsert_message(
        session, fingerprint=f"{n:064x}", content_fingerprint="c" * 64, message_id=f"<{n}@example.com>",
        sender="a@example.com", sender_domain="example.com", subject_hash=subject_hash("s"), size=10, **extra,
    )


def _verdict(session, message):
    return add_verdict(session, message, label="spam", spam_probability=0.9, category="scam", reason="r",
                       risk_factors=["x"], backend="embedded", model="m", elapsed_ms=1.0, prompt_version="tpl-1",
                       rule_ids=[], example_ids=[])


def test_new_file_is_created_private_in_wal_mode_at_the_newest_schema(tmp_path):
    db = open_database(_url(tmp_path))
    path = tmp_path / "db" / "mailwarden.sqlite"

    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == shipped_head()
    db.close()


def test_migrations_match_models(any_db_url):
    """A change to storage/models.py without a migration step fails here."""
    db = open_database(any_db_url)
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    db.close()


def test_reopening_an_existing_file_keeps_its_data(any_db_url):
    db = open_database(any_db_url)
    with db.session() as s:
        _verdict(s, _message(s, 1, source="/mail/1.eml"))
    db.close()

    again = open_database(any_db_url)
    with again.reader() as s:
        message = find_message(s, "<1@example.com>")
        assert message is not None and message.source == "/mail/1.eml"
        assert latest_verdict(s, message).label == "spam"
    again.close()


def test_messages_are_found_by_id_message_id_or_fingerprint(any_db_url):
    db = open_database(any_db_url)
    with db.session() as s:
        pk = _message(s, 7).id
    with db.reader() as s:
        assert find_message(s, str(pk)).id == pk
        assert find_message(s, "7@example.com").id == pk
        assert find_message(s, f"{7:064x}").id == pk
        assert find_message(s, "<nope@x>") is None


def test_eight_threads_writing_at_once_lose_nothing_and_never_lock_up(any_db_url):
    db = open_database(any_db_url)
    errors = []

    def writer(worker: int):
        try:
            for i in range(40):
                with db.session() as s:
                    # read-then-write in one transaction: the pattern that deadlocks
                    # deferred SQLite transactions
                    s.scalar(select(func.count()).select_from(Message))
                    _verdict(s, _message(s, worker * 1000 + i))
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)

    assert not errors
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 320
        assert s.scalar(select(func.count()).select_from(VerdictRecord)) == 320
    db.close()


def test_upsert_keeps_one_row_per_exact_message_and_fills_in_location(any_db_url):
    db = open_database(any_db_url)
    with db.session() as s:
        _message(s, 3)
        _message(s, 3, account="home", folder="INBOX", uidvalidity=5, uid=42)
    with db.reader() as s:
        rows = s.scalars(select(Message)).all()
        assert len(rows) == 1 and (rows[0].folder, rows[0].uid) == ("INBOX", 42)


def test_a_database_from_the_first_release_is_upgraded_in_place_without_loss(tmp_path):
    from importlib import resources

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    url = _url(tmp_path)
    (tmp_path / "db").mkdir()
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("storage").joinpath("migrations")))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
        connection.execute(text(
            "INSERT INTO messages (fingerprint, content_fingerprint, subject_hash, size, defect_count, first_seen_at) "
            "VALUES ('f1', 'c1', 's1', 5, 0, '2026-01-01 00:00:00')"))
    engine.dispose()

    db = open_database(url)

    with db.reader() as s:
        assert s.scalar(select(Message.fingerprint)) == "f1"
    with sqlite3.connect(tmp_path / "db" / "mailwarden.sqlite") as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == shipped_head()
        assert raw.execute("SELECT count(*) FROM mail_jobs").fetchone()[0] == 0
    db.close()
