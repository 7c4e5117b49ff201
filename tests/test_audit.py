"""The HMAC-chained audit log: a clean log verifies; every kind of tampering is named."""

import json
import os
import sqlite3
import stat

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import corpus_messages


@pytest.fixture
def filled(ollama_env, isolated_environment):
    """A database whose audit log the real pipeline filled: model calls, verdicts, a
    correction, a config record."""
    files = [str(p) for p in corpus_messages("spam")[:3] + corpus_messages("ham")[:3]]
    result = CliRunner().invoke(cli, ["classify", "--backend", "ollama", *files])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["feedback", "ham", files[0]])
    assert result.exit_code == 0, result.output
    data = isolated_environment / "data"
    return data / "mailwarden.sqlite"


@pytest.fixture
def ollama_env(fake_ollama, monkeypatch):
    monkeypatch.setenv("MAILWARDEN_MODEL__BACKEND", "ollama")
    monkeypatch.setenv("MAILWARDEN_OLLAMA__HOST", fake_ollama.url)


def verify() -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["audit", "verify"])
    return result.exit_code, result.output


def rows(db) -> list[tuple]:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT id, seq, kind, data FROM audit_log ORDER BY id").fetchall()


def test_the_pipeline_records_model_calls_verdicts_and_corrections_without_mail(filled):
    kinds = [r[2] for r in rows(filled)]
    assert kinds.count("verdict") == 6 and kinds.count("model-call") == 6 and kinds.count("correction") == 1
    for _, _, kind, data in rows(filled):
        if kind == "model-call":
            fields = json.loads(data)
            assert len(fields["prompt_sha256"]) == 64 and len(fields["answer_sha256"]) == 64
    text = " ".join(r[3] for r in rows(filled)).lower()
    assert "subject" not in text and "unsubscribe" not in text, "hashes and ids only, never the mail itself"
    code, out = verify()
    assert code == 0 and "13 records" in out, out


def test_key_ring_is_private(filled):
    ring = filled.parent / "audit.keys"
    assert stat.S_IMODE(os.stat(ring).st_mode) == 0o600


def test_one_changed_byte_is_named(filled):
    record_id, seq, _, data = rows(filled)[4]
    changed = data.replace('"p":', '"p": ', 1) if '"p":' in data else data[:-1] + " }"
    with sqlite3.connect(filled) as c:
        c.execute("UPDATE audit_log SET data = ? WHERE id = ?", (changed, record_id))
    code, out = verify()
    assert code == 1 and f"record seq {seq}" in out and "altered" in out, out


def test_a_deleted_record_is_named(filled):
    with sqlite3.connect(filled) as c:
        c.execute("DELETE FROM audit_log WHERE seq = 5")
    code, out = verify()
    assert code == 1 and "record seq 6" in out and "seq 5 deleted" in out, out


def test_two_swapped_records_are_named(filled):
    a, b = rows(filled)[2], rows(filled)[3]
    with sqlite3.connect(filled) as c:
        cols = "seq, at, kind, subject, data, key_id, prev_mac, mac"
        ra = c.execute(f"SELECT {cols} FROM audit_log WHERE id = ?", (a[0],)).fetchone()
        rb = c.execute(f"SELECT {cols} FROM audit_log WHERE id = ?", (b[0],)).fetchone()
        c.execute("UPDATE audit_log SET seq = -1 WHERE id = ?", (a[0],))  # seq is unique
        sets = ", ".join(f"{col.strip()} = ?" for col in cols.split(","))
        c.execute(f"UPDATE audit_log SET {sets} WHERE id = ?", (*ra, b[0]))
        c.execute(f"UPDATE audit_log SET {sets} WHERE id = ?", (*rb, a[0]))
    code, out = verify()
    assert code == 1 and "out of order" in out and f"record seq {b[1]}" in out, out


def test_a_record_added_after_rotation_with_the_retired_key_is_caught(filled):
    """Rotation keeps old records verifiable; a record forged later with the old key
    (someone who kept a copy of it) is refused."""
    import hashlib
    import hmac
    from datetime import datetime, timezone

    ring_path = filled.parent / "audit.keys"
    old_ring = json.loads(ring_path.read_text())
    old_kid = old_ring["current"]
    result = CliRunner().invoke(cli, ["audit", "rotate-key"])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(cli, ["feedback", "spam", str(corpus_messages("ham")[1])]).exit_code == 0
    code, out = verify()
    assert code == 0, f"old records must still verify after rotation: {out}"

    with sqlite3.connect(filled) as c:
        seq, mac = c.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        fields = (str(seq + 1), at, "correction", "forged", '{"label":"ham"}', old_kid, mac)
        forged = hmac.new(bytes.fromhex(old_ring["keys"][old_kid]["secret"]), "\x1f".join(fields).encode(),
                          hashlib.sha256).hexdigest()
        c.execute("INSERT INTO audit_log (seq, at, kind, subject, data, key_id, prev_mac, mac) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (seq + 1, at, "correction", "forged", '{"label":"ham"}',
                                                       old_kid, mac, forged))
    code, out = verify()
    assert code == 1 and f"record seq {seq + 1}" in out and "retired" in out, out


def test_an_inserted_record_without_the_key_is_caught(filled):
    with sqlite3.connect(filled) as c:
        seq, mac, kid = c.execute("SELECT seq, mac, key_id FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        c.execute("INSERT INTO audit_log (seq, at, kind, subject, data, key_id, prev_mac, mac) "
                  "VALUES (?, 'now', 'action', 'x', '{}', ?, ?, ?)", (seq + 1, kid, mac, "0" * 64))
    code, out = verify()
    assert code == 1 and f"record seq {seq + 1}" in out and "inserted" in out, out


def test_rule_changes_and_config_changes_are_recorded(filled, tmp_path, monkeypatch):
    from pipeline.config import load_config
    from pipeline.wiring import audit_config, open_db

    db = open_db(load_config())
    assert audit_config(db, load_config()), "first time: everything is new"
    assert audit_config(db, load_config()) == [], "same configuration: nothing recorded"
    monkeypatch.setenv("MAILWARDEN_TIERS__QUARANTINE_AT", "0.95")
    assert audit_config(db, load_config()) == ["tiers.quarantine_at"]
    with sqlite3.connect(filled) as c:
        c.execute("INSERT INTO rules (condition, instruction, weight, status, uses, hits, misses, origin_feedback_ids,"
                  " history, created_at, updated_at) VALUES ('{}', 'x', 1.0, 'active', 0, 0, 0, '[]', '[]', '2026-01-01', '2026-01-01')")
        rule_id = c.execute("SELECT max(id) FROM rules").fetchone()[0]
    assert CliRunner().invoke(cli, ["rules", "disable", str(rule_id)]).exit_code == 0
    kinds = [r[2] for r in rows(filled)]
    assert kinds.count("config") == 2 and kinds[-1] == "rule"
    shown = CliRunner().invoke(cli, ["audit", "show", "--kind", "config", "--json"])
    assert json.loads(shown.stdout)[-1]["data"]["changed"] == ["tiers.quarantine_at"]
    assert verify()[0] == 0


def test_mirror_file_verifies_like_the_table(ollama_env, isolated_environment, monkeypatch):
    mirror = isolated_environment / "audit.jsonl"
    monkeypatch.setenv("MAILWARDEN_AUDIT__MIRROR_FILE", str(mirror))
    files = [str(p) for p in corpus_messages("spam")[:2]]
    assert CliRunner().invoke(cli, ["classify", "--backend", "ollama", *files]).exit_code == 0
    lines = mirror.read_text().splitlines()
    assert len(lines) == 4 and stat.S_IMODE(os.stat(mirror).st_mode) == 0o600
    assert CliRunner().invoke(cli, ["audit", "verify", "--mirror", str(mirror)]).exit_code == 0
    mirror.write_text("\n".join([lines[0], *lines[2:]]) + "\n")
    result = CliRunner().invoke(cli, ["audit", "verify", "--mirror", str(mirror)])
    assert result.exit_code == 1 and "deleted" in result.output
