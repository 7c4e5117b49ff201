"""PostgreSQL as a store: what a household's SQLite file holds moves to PostgreSQL with
`mailwarden db copy` and loses nothing (rows, ids, the audit chain's signatures), and
new rows after the copy do not collide with copied ids."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from agent.verdict import Verdict
from pipeline.judging import Judgement, record
from pipeline.parsing import parse_message
from storage import open_database
from storage.kinds import Decider, FeedbackSource, ListVerdict
from storage.models import AuditRecord, Base, Message
from tests.helpers import corpus_messages


def filled(config_db) -> int:
    """Judge and record the corpus sample, label some, list a sender: a used database."""
    from pipeline.feedback import give_feedback
    from pipeline.sender_lists import add

    for n, path in enumerate(corpus_messages("spam")[:10] + corpus_messages("ham")[:10]):
        parsed = parse_message(path.read_bytes())
        verdict = Verdict(label="spam" if n < 10 else "ham", spam_probability=0.9 if n < 10 else 0.1,
                          backend="none", model="fast path", reason="test", elapsed_ms=1.0, prompt_version="t",
                          decided_by=Decider.fast)
        record(config_db, Judgement(source="test", parsed=parsed, verdict=verdict))
    give_feedback(config_db, "1", "ham", source=FeedbackSource.cli, actor="owner")
    add(config_db, ListVerdict.block, "spammer.example", actor="owner")
    with config_db.reader() as s:
        return s.scalar(select(func.count()).select_from(AuditRecord))


def test_db_copy_moves_everything_to_postgresql_and_the_audit_chain_still_verifies(postgres_server):
    from pipeline.cli import cli
    from pipeline.config import load_config
    from pipeline.wiring import open_db

    config = load_config()
    source = open_db(config)
    audit_records = filled(source)
    assert audit_records > 20
    url = postgres_server.new_database()
    done = CliRunner().invoke(cli, ["db", "copy", "--to", url])
    assert done.exit_code == 0, done.output
    target = open_database(url)
    target.audit = source.audit  # the same key ring, in the same data directory
    with source.engine.connect() as a, target.engine.connect() as b:
        for table in Base.metadata.sorted_tables:
            rows_a = a.execute(select(table).order_by(*table.primary_key.columns)).all()
            rows_b = b.execute(select(table).order_by(*table.primary_key.columns)).all()
            assert rows_a == rows_b, table.name
    with target.reader() as s:
        assert target.audit.verify(s).ok
    with target.session() as s:  # a new row after the copy takes the next id
        new = Message(fingerprint="f" * 64, content_fingerprint="c" * 64, subject_hash="s", size=1)
        s.add(new)
        s.flush()
        assert new.id == 21
    again = CliRunner().invoke(cli, ["db", "copy", "--to", url])
    assert again.exit_code == 1 and "already holds data" in again.output


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_audit_chain_stays_whole_with_writers_at_once(kind, postgres_server, tmp_path):
    """Eight threads recording verdicts at once: every record's sequence number is one
    more than the last, and the chain verifies."""
    import threading

    from pipeline.config import Config
    from pipeline.wiring import open_db

    url = (f"sqlite:///{tmp_path / 'mw.sqlite'}" if kind == "sqlite" else postgres_server.new_database())
    config = Config(data_dir=tmp_path / "data", storage={"url": url})
    db = open_db(config)
    raw = corpus_messages("spam")[0].read_bytes()
    errors = []

    def writer(n: int) -> None:
        try:
            for i in range(15):
                parsed = parse_message(raw.replace(b"Subject:", f"X-N: {n}-{i}\r\nSubject:".encode(), 1))
                verdict = Verdict(label="spam", spam_probability=0.9, backend="none", model="m", reason="r",
                                  elapsed_ms=1.0, prompt_version="t", decided_by=Decider.fast)
                record(db, Judgement(source="t", parsed=parsed, verdict=verdict))
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    with db.reader() as s:
        seqs = s.scalars(select(AuditRecord.seq).order_by(AuditRecord.seq)).all()
        assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= 120
        assert db.audit.verify(s).ok
