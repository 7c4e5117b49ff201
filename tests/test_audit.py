"""The HMAC-chained audit log: a clean log verifies; every kind of tampering is named."""

import json
import os
import sqlite3
import stat

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.helpers import corpus_messages, wait_for


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


# ---------------------------------------------------------------- the tail, the mirror, the keys


@pytest.fixture
def mirrored(ollama_env, isolated_environment, monkeypatch):
    """Like `filled`, with `[audit] mirror_file` set from the start: 13 records in the
    table and the same 13 lines in the mirror. Returns (database, mirror)."""
    mirror = isolated_environment / "audit.jsonl"
    monkeypatch.setenv("MAILWARDEN_AUDIT__MIRROR_FILE", str(mirror))
    files = [str(p) for p in corpus_messages("spam")[:3] + corpus_messages("ham")[:3]]
    assert CliRunner().invoke(cli, ["classify", "--backend", "ollama", *files]).exit_code == 0
    assert CliRunner().invoke(cli, ["feedback", "ham", files[0]]).exit_code == 0
    assert len(mirror.read_text().splitlines()) == 13
    return isolated_environment / "data" / "mailwarden.sqlite", mirror


def verify_with(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["audit", "verify", *args])
    return result.exit_code, result.output


def logged_head(caplog) -> str:
    """The head as an operator copies it from the service log: SEQ:MAC."""
    import re

    from pipeline.config import load_config
    from pipeline.wiring import open_db
    from storage.audit import log_head

    caplog.clear()
    log_head(open_db(load_config()))
    line = next(r.getMessage() for r in caplog.records if r.name == "mailwarden.audit.head")
    seq, mac = re.fullmatch(r"audit head: seq (\d+) mac ([0-9a-f]{64}) at \S+", line).groups()
    return f"{seq}:{mac}"


def test_newest_records_deleted_from_the_table_are_named_by_the_mirror(mirrored):
    """GIVEN a table and its mirror, 13 records each
    WHEN the newest 3 are deleted from the table (its chain alone still verifies)
    THEN verify fails, saying where the table ends and which seqs the mirror still has."""
    db, _ = mirrored
    with sqlite3.connect(db) as c:
        c.execute("DELETE FROM audit_log WHERE seq > 10")
    code, out = verify()
    assert code == 1, out
    assert "the table ends at seq 10 but the mirror goes on: seq 11..13 deleted from the table" in out, out


def test_newest_records_deleted_are_caught_by_the_head_from_the_service_log(filled, caplog):
    """GIVEN the head the service logged (seq 13 and its MAC), and no mirror
    WHEN the newest 3 records are deleted
    THEN plain verify cannot tell, but verify --expect-head names the deleted seqs."""
    head = logged_head(caplog)
    assert head.startswith("13:")
    with sqlite3.connect(filled) as c:
        c.execute("DELETE FROM audit_log WHERE seq > 10")
    code, out = verify()
    assert code == 0 and "10 records" in out, "the chain alone cannot see its tail go: that is why the head is logged"
    code, out = verify_with("--expect-head", head)
    assert code == 1, out
    assert "the table ends at seq 10 but the service log's head was seq 13: seq 11..13 deleted" in out, out
    code, out = verify_with("--expect-head", head[:3 + 16])
    assert code == 1 and "seq 11..13 deleted" in out, "16 hex digits of the MAC will do"


def test_an_emptied_table_is_caught_by_the_mirror(mirrored):
    """GIVEN a table and its mirror
    WHEN every record is deleted from the table
    THEN verify fails instead of reporting an intact log of 0 records."""
    db, _ = mirrored
    with sqlite3.connect(db) as c:
        c.execute("DELETE FROM audit_log")
    code, out = verify()
    assert code == 1 and "intact" not in out, out
    assert "the table is empty but the mirror holds seq 1..13: the table was emptied" in out, out


def test_an_emptied_table_is_caught_by_the_head_from_the_service_log(filled, caplog):
    """GIVEN the logged head
    WHEN every record is deleted from the table
    THEN verify --expect-head fails naming every deleted seq."""
    head = logged_head(caplog)
    with sqlite3.connect(filled) as c:
        c.execute("DELETE FROM audit_log")
    code, out = verify_with("--expect-head", head)
    assert code == 1 and "the table is empty but the service log's head was seq 13: seq 1..13 deleted" in out, out


def test_a_line_deleted_from_the_mirror_is_named_by_its_seq(mirrored):
    """GIVEN an intact table and mirror
    WHEN the mirror's fifth line (seq 5) is deleted
    THEN verify fails naming seq 5 as missing from the mirror."""
    _, mirror = mirrored
    lines = mirror.read_text().splitlines(keepends=True)
    assert json.loads(lines[4])["seq"] == 5
    mirror.write_text("".join(lines[:4] + lines[5:]))
    code, out = verify()
    assert code == 1, out
    assert "seq 5 in the table but not in the mirror: deleted from the mirror" in out, out
    assert "record(s) seq 5 deleted before it" in out, "the mirror's own chain says so too"


def test_mirror_lines_appended_out_of_order_by_two_writers_still_verify(mirrored):
    """GIVEN an intact table and mirror
    WHEN two lines are swapped in the mirror, as two writers committing one after the
    other may append them (the line is written after the commit)
    THEN verify still finds table and mirror identical."""
    _, mirror = mirrored
    lines = mirror.read_text().splitlines(keepends=True)
    lines[3], lines[4] = lines[4], lines[3]
    mirror.write_text("".join(lines))
    code, out = verify()
    assert code == 0, out
    assert "identical to the table" in out, out


def test_a_record_rewritten_and_rechained_with_the_key_is_caught_by_mirror_and_head(mirrored, caplog):
    """GIVEN the key ring (which lets its holder recompute every MAC), a mirror and a logged head
    WHEN a correction in the table is rewritten and every MAC after it recomputed
    THEN the table's chain verifies on its own, but the mirror comparison and the head do not."""
    import hashlib
    import hmac

    db, _ = mirrored
    head = logged_head(caplog)
    ring = json.loads((db.parent / "audit.keys").read_text())
    with sqlite3.connect(db) as c:
        records = c.execute("SELECT id, seq, at, kind, subject, data, key_id FROM audit_log ORDER BY seq").fetchall()
        prev = "0" * 64
        for record_id, seq, at, kind, subject, data, kid in records:
            if kind == "correction":
                data = data.replace('"ham"', '"spam"')
            message = "\x1f".join((str(seq), at, kind, subject, data, kid, prev)).encode()
            mac = hmac.new(bytes.fromhex(ring["keys"][kid]["secret"]), message, hashlib.sha256).hexdigest()
            c.execute("UPDATE audit_log SET data = ?, prev_mac = ?, mac = ? WHERE id = ?", (data, prev, mac, record_id))
            prev = mac
    code, out = verify_with("--expect-head", head)
    assert code == 1, out
    assert "table:" not in out, "the re-chained table verifies by itself"
    assert "record(s) differ between the table and the mirror: seq 13 (seq 13 in data, mac)" in out, out
    assert "seq 13 in the table has MAC" in out and "re-chained" in out, out


def test_a_configured_mirror_that_is_missing_fails_verify(mirrored):
    """GIVEN [audit] mirror_file set and the file written
    WHEN the file is deleted
    THEN verify fails saying the configured mirror is missing (the table is still checked)."""
    _, mirror = mirrored
    mirror.unlink()
    code, out = verify()
    assert code == 1, out
    assert f"AUDIT MIRROR MISSING: {mirror} is configured ([audit] mirror_file) but does not exist" in out, out


def test_a_mirror_turned_on_later_verifies_from_where_it_begins(filled, isolated_environment, monkeypatch):
    """GIVEN 13 records written before mirror_file was set
    WHEN mirror_file is set and one more record is written
    THEN verify passes, noting that the mirror begins at seq 14."""
    mirror = isolated_environment / "late.jsonl"
    monkeypatch.setenv("MAILWARDEN_AUDIT__MIRROR_FILE", str(mirror))
    assert CliRunner().invoke(cli, ["feedback", "spam", str(corpus_messages("ham")[1])]).exit_code == 0
    code, out = verify()
    assert code == 0, out
    assert "the mirror begins at seq 14: seq 1..13 are checked in the table only" in out, out


def test_mirror_only_verifies_a_copy_without_the_database(mirrored):
    """GIVEN a mirror copied elsewhere
    WHEN the database is gone and the mirror is verified by itself
    THEN its chain verifies; a line deleted from it is named."""
    db, mirror = mirrored
    db.unlink()
    code, out = verify_with("--mirror-only")
    assert code == 0 and f"mirror {mirror} intact: 13 records" in out, out
    lines = mirror.read_text().splitlines(keepends=True)
    mirror.write_text("".join(lines[:1] + lines[2:]))
    code, out = verify_with("--mirror-only")
    assert code == 1 and "record seq 3 (line 2): record(s) seq 2 deleted before it" in out, out


def test_a_malformed_head_is_refused_with_its_form(filled):
    """GIVEN a head that is not SEQ:MAC
    WHEN verify is given it
    THEN it is a usage error that shows the form expected."""
    code, out = verify_with("--expect-head", "13:abc")
    assert code == 2 and "SEQ:MAC" in out, out


def test_verify_without_the_key_ring_fails_naming_it_and_creates_none(filled):
    """GIVEN a log of 13 records
    WHEN its key ring file is gone
    THEN verify (and show) exit non-zero / work without writing a new ring, and verify names the path."""
    ring = filled.parent / "audit.keys"
    ring.unlink()
    code, out = verify()
    assert code == 1 and str(ring) in out and "restore it from a backup" in out and "13 audit records" in out, out
    assert not ring.exists(), "verify must never create a key ring"
    assert CliRunner().invoke(cli, ["audit", "show"]).exit_code == 0
    assert not ring.exists(), "neither must merely opening the database to show the log"


def test_verify_on_a_new_install_says_the_first_record_makes_the_ring(isolated_environment):
    """GIVEN a new install: no database, no key ring
    WHEN audit verify runs
    THEN it fails naming the ring and saying the service creates it with its first record, and creates none."""
    code, out = verify()
    ring = isolated_environment / "data" / "audit.keys"
    assert code == 1 and str(ring) in out and "creates the ring with the first record" in out, out
    assert not ring.exists()


def test_a_writer_refuses_a_new_ring_under_existing_records(filled, ollama_env):
    """GIVEN a log of 13 records whose key ring is gone
    WHEN a command that records something runs
    THEN it stops with one line saying to restore the ring, and writes no new one."""
    ring = filled.parent / "audit.keys"
    ring.unlink()
    result = CliRunner().invoke(cli, ["classify", "--backend", "ollama", str(corpus_messages("spam")[5])])
    assert result.exit_code == 1 and "holds records up to seq 13: restore the ring from a backup" in result.output
    assert not ring.exists() and len(rows(filled)) == 13


def test_env_key_signs_and_verifies_without_a_ring_file(ollama_env, isolated_environment, monkeypatch):
    """GIVEN $MAILWARDEN_AUDIT_KEY and no key ring file
    WHEN records are written and verified
    THEN both work and no ring file appears."""
    monkeypatch.setenv("MAILWARDEN_AUDIT_KEY", "a key kept in the environment")
    assert CliRunner().invoke(cli, ["classify", "--backend", "ollama", str(corpus_messages("spam")[0])]).exit_code == 0
    code, out = verify()
    assert code == 0 and "2 records" in out, out
    assert not (isolated_environment / "data" / "audit.keys").exists()


def test_the_monitor_logs_the_chain_head_at_the_default_log_level(filled, monkeypatch, caplog):
    """GIVEN a filled log, the root logger at WARNING (the default log_level) and a head every 0.1 s
    WHEN the service's monitor runs for a moment and stops
    THEN `audit head:` lines with the newest seq and MAC reach the log: at start, on the way, at stop."""
    import logging

    from pipeline.config import load_config
    from pipeline.monitor import Monitor, MonitorSettings
    from pipeline.wiring import open_db

    monkeypatch.setenv("MAILWARDEN_AUDIT__HEAD_LOG_EVERY_S", "0.1")
    assert logging.getLogger().getEffectiveLevel() == logging.WARNING
    db = open_db(load_config())
    seq, mac = sqlite3.connect(filled).execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()

    def heads():
        return [r for r in caplog.records if r.name == "mailwarden.audit.head"]

    monitor = Monitor(db, MonitorSettings(interval_s=0.05)).start()
    wait_for(lambda: len(heads()) >= 2, what="a head logged on the way")
    monitor.stop()
    assert len(heads()) >= 3, [r.getMessage() for r in caplog.records]
    assert all(r.levelno == logging.INFO and r.getMessage().startswith(f"audit head: seq {seq} mac {mac} at ")
               for r in heads())


def test_the_service_start_stops_on_a_missing_ring_even_with_nothing_to_record(filled):
    """GIVEN a log whose configuration record is current, and whose key ring is gone
    WHEN `run` starts (audit_config, its first step, would record nothing)
    THEN it stops there with the one-line error, before any message could fail on it."""
    from pipeline.config import load_config
    from pipeline.wiring import audit_config, open_db
    from storage.audit import AuditKeyError

    audit_config(open_db(load_config()), load_config())
    assert audit_config(open_db(load_config()), load_config()) == []
    (filled.parent / "audit.keys").unlink()
    with pytest.raises(AuditKeyError, match="restore the ring from a backup"):
        audit_config(open_db(load_config()), load_config())
