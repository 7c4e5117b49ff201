"""Storage faults end in one clear line: a disk that really fills (a small tmpfs), a
database that really refuses writes (even root's), a data_dir that is a file. Commands
exit non-zero with one line naming the path and leave no temp file; the service pauses
with a few lines, touches no mail, and judges every message once when the fault clears."""

from __future__ import annotations

import logging
import subprocess

import pytest
from sqlalchemy import func, select

from agent.backends.fixed import FixedBackend, FixedSettings
from agent.classifier import Classifier
from pipeline.imap import JUDGED_KEYWORD
from pipeline.service import Service, ServiceOptions
from storage import StorageFault, open_database
from storage.files import create_exclusively
from storage.models import MailJob, VerdictRecord
from tests.helpers import (CORPUS, account, account_toml, client, corpus_messages, folder_flags, jobs, mailwarden,
                           message, wait_for, write_config)

SQLITE_OWN = ("mailwarden.sqlite-wal", "mailwarden.sqlite-shm")
"""SQLite's own side files: it may create them (empty) before finding the disk full, and
reuses or rebuilds them on the next open; they are not ours to remove."""
LOCK = "learned-state.lock"
"""The learned state's lock file, which `train` takes (pipeline.ownership): not a leftover."""


def _env(data_dir) -> dict:
    return {"MAILWARDEN_DATA_DIR": str(data_dir), "MAILWARDEN_MODEL__BACKEND": "fixed"}


def _files(folder) -> dict[str, int]:
    """Every file under `folder` (relative name -> size)."""
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def _one_line(result: subprocess.CompletedProcess, *phrases: str) -> str:
    """The command failed with exactly one line on stderr holding every phrase, no traceback."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: "), line
    for phrase in phrases:
        assert phrase in line, line
    return line


def _classify(data_dir, **popen):
    env = {**_env(data_dir), **popen.pop("env", {})}
    return mailwarden("classify", str(corpus_messages("spam")[0]), env=env, **popen)[0]


# ------------------------------------------------------------ a full disk


def test_classify_on_a_full_disk_says_so_in_one_line_and_leaves_nothing_behind(small_disk):
    """GIVEN a data dir on a small disk, its database made, then the disk filled
    WHEN `mailwarden classify` runs
    THEN it exits 1 with one line naming the database (and, where the disk is a real
    one, that it is full), leaves no file of its own, and works once there is room."""
    data = small_disk.root / "data"
    assert _classify(data).returncode == 0
    before = _files(data)
    small_disk.fill()

    line = _one_line(_classify(data, **small_disk.popen_kwargs()), str(data / "mailwarden.sqlite"))

    if small_disk.mode == "tmpfs":
        assert "the disk is full" in line and "free some space" in line
    else:
        assert "file size limit" in line
    assert {name for name in _files(data) if name not in before} <= set(SQLITE_OWN)
    small_disk.make_room()
    assert _classify(data).returncode == 0


def test_train_on_a_full_disk_leaves_no_half_written_model(small_disk):
    """GIVEN a data dir whose disk has 2 MiB left, less than the text model needs
    WHEN `mailwarden train` runs
    THEN it exits 1 with one line naming the model file, and no temp file (the old
    code's 0-byte .textmodel-*) or model is left."""
    data = small_disk.root / "data"
    assert _classify(data).returncode == 0
    before = _files(data)
    small_disk.fill(leave=2 * 2**20)

    popen = small_disk.popen_kwargs()
    result, _ = mailwarden("train", "--spam", str(CORPUS / "spam"), "--ham", str(CORPUS / "ham"),
                           env={**_env(data), **popen.pop("env", {})}, timeout=180, **popen)

    _one_line(result, str(data / "fastpath" / "text_model.joblib"))
    assert {name for name in _files(data) if name not in before} <= {*SQLITE_OWN, LOCK}, _files(data)


def test_a_key_file_is_never_left_empty_on_a_full_disk(small_disk):
    """GIVEN a full disk
    WHEN a key file (secret.key, api.token) is created there
    THEN it fails as a StorageFault naming the file, and leaves neither it nor a temp
    file (an empty key file would stop every later start)."""
    if small_disk.mode != "tmpfs":
        pytest.skip("needs a file system that is full for this very process (a tmpfs)")
    small_disk.fill()

    with pytest.raises(StorageFault, match="secret.key: the disk is full") as raised:
        create_exclusively(small_disk.root / "secret.key", b"k" * 44)

    assert raised.value.kind == "full"
    assert [p.name for p in small_disk.root.iterdir()] == ["filler"]


def test_run_on_a_full_disk_pauses_with_few_lines_then_judges_every_message_once(small_disk, dovecot, mail_user,
                                                                                   caplog):
    """GIVEN the service running with its database on a small disk
    WHEN the disk fills up and six messages arrive
    THEN the service logs the fault in at most three lines and no traceback, moves and
    marks nothing; and once there is room again it judges each message exactly once and
    quarantines the spam."""
    if small_disk.mode != "tmpfs":
        pytest.skip("needs a file system that fills while the service runs (a tmpfs)")
    caplog.set_level(logging.WARNING)
    db = open_database(f"sqlite:///{small_disk.root / 'mailwarden.sqlite'}")
    service = Service([account(dovecot, mail_user, poll_interval_s=1)], Classifier(FixedBackend(FixedSettings())),
                      db, ServiceOptions(workers=2, storage_retry_max_s=1.0))
    service.start()
    try:
        wait_for(service.idle, what="the first scan")
        small_disk.fill()
        with client(dovecot, mail_user) as c:
            for n in range(6):
                c.append("INBOX", message(n, spam=n % 2 == 0))
        wait_for(lambda: service.faults.attempts >= 5, what="the service trying five times on the full disk")

        inbox = folder_flags(dovecot, mail_user, "INBOX")
        assert len(inbox) == 6 and not any(JUDGED_KEYWORD in flags for flags in inbox), "nothing touched"
        assert folder_flags(dovecot, mail_user, "Quarantine") == []
        small_disk.make_room()
        wait_for(lambda: jobs(db, "acted") == 6, what="every message judged once there is room")
    finally:
        service.stop()

    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(VerdictRecord)) == 6
        assert s.scalar(select(func.count(func.distinct(MailJob.verdict_pk)))) == 6
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 3
    about_it = [r for r in caplog.records if str(small_disk.root) in r.getMessage()]
    assert 1 <= len(about_it) <= 3, [r.getMessage() for r in about_it]
    assert any("can be written again" in r.getMessage() for r in about_it)
    assert not [r for r in caplog.records if r.exc_info and r.levelno >= logging.WARNING]
    db.close()


def test_run_warns_in_one_line_when_the_disk_has_too_little_room(small_disk, dovecot, mail_user, tmp_path):
    """GIVEN a data dir on a 16 MiB disk, less than SQLite and the model file need beside it
    WHEN run --until-idle starts
    THEN one warning line says how much is free and how much it should have, and the
    service runs (a warning, not a refusal)."""
    if small_disk.mode != "tmpfs":
        pytest.skip("needs a small file system (a tmpfs) for its free space")
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0]), data_dir=small_disk.root / "data")

    result, _ = mailwarden("--config", str(config), "run", "--until-idle", password=mail_user[1])

    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: only ")]
    assert len(warnings) == 1 and "MiB free" in warnings[0] and "it should have" in warnings[0], result.stderr


# ------------------------------------------------------------ read-only


def test_classify_with_a_read_only_database_says_so_in_one_line(tmp_path, read_only):
    """GIVEN a database file that refuses writes, even root's (chattr +i)
    WHEN classify runs
    THEN it exits 1 with one line naming the file and saying it is read-only (the old
    code printed a 92-line traceback)."""
    data = tmp_path / "data"
    assert _classify(data).returncode == 0
    read_only(data / "mailwarden.sqlite")

    _one_line(_classify(data), str(data / "mailwarden.sqlite"), "read-only", "make it writable")


def test_run_with_a_read_only_database_stops_at_start(tmp_path, read_only, dovecot, mail_user):
    """GIVEN a read-only database file
    WHEN run --until-idle starts
    THEN it exits 1 at once with one line (it used to stay up logging tracebacks): a
    read-only file does not fix itself, and nothing has been taken on yet."""
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0]))
    assert mailwarden("--config", str(config), "run", "--until-idle", password=mail_user[1])[0].returncode == 0
    read_only(tmp_path / "data" / "mailwarden.sqlite")

    result, elapsed = mailwarden("--config", str(config), "run", "--until-idle", password=mail_user[1])

    _one_line(result, "mailwarden.sqlite", "read-only")
    assert elapsed < 20


def test_a_read_only_file_system_is_named_as_such(small_disk):
    """GIVEN the data dir's file system remounted read-only (SQLite says only "unable to
    open database file": WAL cannot create its -shm file)
    WHEN classify runs
    THEN the one line says the file system is read-only."""
    if small_disk.mode != "tmpfs":
        pytest.skip("needs a file system this test may remount read-only (a tmpfs)")
    data = small_disk.root / "data"
    assert _classify(data).returncode == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk.root)], check=True)

    _one_line(_classify(data), str(data / "mailwarden.sqlite"), "file system is read-only")


# ------------------------------------------------------------ a wrong data dir


@pytest.mark.parametrize("where", ["the data dir", "a folder above it"])
def test_a_data_dir_that_is_a_file_is_one_line(tmp_path, dovecot, mail_user, where):
    """GIVEN data_dir names a file (or a path through one)
    WHEN classify, or run, starts
    THEN each exits 1 with one line naming the file (the old code: a 35-line traceback)."""
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("notes\n")
    data = a_file if where == "the data dir" else a_file / "data"

    _one_line(_classify(data), f"cannot use {a_file} as a folder: it is a file")
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0]), data_dir=data)
    result, _ = mailwarden("--config", str(config), "run", "--until-idle", password=mail_user[1])
    _one_line(result, f"cannot use {a_file} as a folder")


def test_an_empty_key_or_token_file_from_a_cut_short_write_is_made_anew(tmp_path):
    """GIVEN an empty secret.key and api.token (what a write cut short by a full disk
    left before these were written whole)
    WHEN the vault and the API token are loaded
    THEN both are made anew: the vault seals and opens again (the old code: a traceback
    at every start), and the token is not empty (an empty one let in a client sending
    none). Nothing can have been sealed or authorised with an empty file."""
    from pipeline.api import ApiSettings, api_token
    from storage.vault import Vault

    (tmp_path / "secret.key").write_bytes(b"")
    (tmp_path / "api.token").write_bytes(b"")

    vault = Vault.for_data_dir(tmp_path)

    assert vault.open(vault.seal("excerpt")) == "excerpt"
    assert len(api_token(ApiSettings(), tmp_path)) >= 32
    assert sorted(p.name for p in tmp_path.iterdir()) == ["api.token", "secret.key"]
