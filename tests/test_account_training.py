"""`mailwarden train --account NAME`: the fast path learns from the account's own folders
over IMAP, read-only, and an interrupted training goes on where it stopped."""

from __future__ import annotations

import pytest

from agent.fast_path import FastPath
from pipeline.account_training import AccountTraining, train_from_account
from pipeline.parsing import parse_message
from storage import training_samples
from tests.helpers import account, account_toml, client, corpus_messages, mailwarden, sqlite_db, write_config


def _seed(dovecot, user) -> None:
    """tests/corpus's spam in Junk, its ham in INBOX (two answered), one ham also in Junk,
    and one the owner wrote in Sent."""
    with client(dovecot, user) as c:
        for path in corpus_messages("spam"):
            c.append("Junk", path.read_bytes())
        for i, path in enumerate(corpus_messages("ham")):
            c.append("INBOX", path.read_bytes(), flags=[b"\\Answered"] if i < 2 else [])
        c.append("Junk", corpus_messages("ham")[-1].read_bytes())
        c.append("Sent", b"From: owner@example.org\r\nTo: friend@example.net\r\nSubject: Sunday\r\n"
                         b"Message-ID: <sent-1@example.org>\r\n\r\nSee you at the station at ten.\r\n")


def _flags(dovecot, user) -> dict[str, list]:
    with client(dovecot, user) as c:
        out = {}
        for folder in ("INBOX", "Junk"):
            c.select_folder(folder, readonly=True)
            out[folder] = sorted((uid, sorted(flags)) for uid, flags in c.get_flags(c.search("ALL")).items())
        return out


@pytest.fixture
def db(tmp_path):
    yield from sqlite_db(tmp_path)


def test_training_from_the_account_reads_junk_and_inbox_and_changes_nothing(dovecot, mail_user, db, tmp_path):
    """GIVEN an account with spam in its Junk folder (found by SPECIAL-USE), wanted mail in
    INBOX, two of them answered, one wanted message also filed in Junk, one in Sent
    WHEN the fast path is trained from the account
    THEN it learns 21 spam (Junk wins for the one in both) and 20 ham (Sent, found by
    SPECIAL-USE, included), counts the answered and sent ones, judges the corpus as
    labelled, and no flag in the mailbox changed"""
    _seed(dovecot, mail_user)
    before = _flags(dovecot, mail_user)
    fast = FastPath(tmp_path / "fastpath", db)
    report = train_from_account(fast, db, account(dovecot, mail_user), AccountTraining())
    assert (report.spam, report.ham, report.answered, report.skipped_in_junk) == (21, 20, 3, 1)
    assert report.folders == {"Junk": 21, "INBOX": 20, "Sent": 1}
    assert _flags(dovecot, mail_user) == before, "read with EXAMINE and BODY.PEEK: not even \\Seen"
    assert fast.assess(parse_message(corpus_messages("spam")[0].read_bytes())).probability > 0.5
    assert fast.assess(parse_message(corpus_messages("ham")[0].read_bytes())).probability < 0.5


def test_an_interrupted_training_goes_on_without_reading_again(dovecot, mail_user, db, tmp_path, monkeypatch):
    """GIVEN a training cut off by a dropped connection after the first batch
    WHEN it is run again
    THEN what was read is not fetched again, nothing is learned twice, and reputation
    marks are made once"""
    from pipeline import account_training
    from pipeline.imap import ConnectionLost, Mailbox

    _seed(dovecot, mail_user)
    calls = {"n": 0}
    real = Mailbox.fetch_many

    def dropping(self, uids, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise ConnectionLost("account home: connection lost during UID FETCH")
        return real(self, uids, **kw)

    fast = FastPath(tmp_path / "fastpath", db)
    plan = AccountTraining()
    monkeypatch.setattr(account_training, "BATCH", 8)
    monkeypatch.setattr(Mailbox, "fetch_many", dropping)
    with pytest.raises(ConnectionLost):
        train_from_account(fast, db, account(dovecot, mail_user), plan)
    with db.reader() as s:
        assert len(training_samples.all_of(s, "home")) == 8
    monkeypatch.setattr(Mailbox, "fetch_many", real)
    report = train_from_account(fast, db, account(dovecot, mail_user), plan)
    assert report.read_now == 41 - 8, "the 8 of the first run were not fetched again (41: the doubled ham once)"
    assert (report.spam, report.ham) == (21, 20)
    again = train_from_account(fast, db, account(dovecot, mail_user), plan)
    assert again.read_now == 0 and (again.spam, again.ham) == (21, 20)
    with db.reader() as s:
        assert all(sample.observed for sample in training_samples.all_of(s, "home"))


def test_since_and_limit_choose_the_newest_mail(dovecot, mail_user, db, tmp_path):
    """GIVEN the seeded account
    WHEN trained with --limit 5
    THEN only the newest 5 of each folder are read"""
    _seed(dovecot, mail_user)
    fast = FastPath(tmp_path / "fastpath", db)
    report = train_from_account(fast, db, account(dovecot, mail_user), AccountTraining(limit=5))
    # Junk's newest 5 hold the ham filed there too: learned as spam, and left out of INBOX's 5
    assert report.read_now == 10 and (report.spam, report.ham) == (5, 5)  # and the one in Sent


def test_the_cli_trains_from_the_account_and_says_what_it_read(dovecot, mail_user, tmp_path):
    """GIVEN a configuration with the account
    WHEN `mailwarden train --account home` runs, then with a spam folder that does not exist
    THEN it reports what it learned, and the second time one line names the missing folder"""
    user, password = mail_user
    _seed(dovecot, mail_user)
    config = write_config(tmp_path, account_toml(dovecot, user))
    done, _ = mailwarden("--config", str(config), "train", "--account", "home", password=password, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "trained the fast path on 21 spam and 20 wanted messages of account home" in done.stdout
    assert "Junk: 21 of 21 read" in done.stderr
    missing, _ = mailwarden("--config", str(config), "train", "--account", "home", "--spam-folder", "Nope",
                            password=password, timeout=120)
    assert missing.returncode == 1
    assert "folder 'Nope' does not exist" in missing.stderr and "run the same command again" in missing.stderr
