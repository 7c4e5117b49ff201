"""An account that cannot work as configured stops with one line saying what to fix, and
`mailwarden run` ends when no account is left: through the CLI, in a fresh process,
against a real Dovecot on loopback."""

from __future__ import annotations

import pytest

from tests.helpers import account_toml, client, mailwarden, message, wait_for, write_config

QUICK_S = 20  # "within seconds": a Python start (~3 s on a busy 2-core host) plus one login


def _run_until_idle(config, password: str, *extra: str):
    return mailwarden("--config", str(config), "run", "--until-idle", *extra, password=password, timeout=60)


def _assert_one_line_per_stopped_account(result, elapsed: float, expected: dict[str, list[str]]) -> None:
    """Exit status 2 soon, no traceback, and for each account a summary line (indented,
    after the count) holding every expected phrase; the account's reason appears at most
    twice in all: when it stopped (the log line) and in the summary."""
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    assert elapsed < QUICK_S, f"took {elapsed:.1f} s:\n{output}"
    assert "Traceback" not in output, output
    assert f"{len(expected)} of " in result.stderr and "account(s) stopped" in result.stderr, output
    summary = [line.strip() for line in result.stderr.splitlines() if line.startswith("  account ")]
    assert len(summary) == len(expected), output
    for name, phrases in expected.items():
        [line] = [line for line in summary if line.startswith(f"account {name} stopped: ")]
        for phrase in phrases:
            assert phrase in line, line
        reason = line.removeprefix(f"account {name} stopped: ")
        assert sum(reason in out_line for out_line in output.splitlines()) <= 2, output


def test_a_wrong_password_stops_run_with_one_line(dovecot, mail_user, tmp_path):
    """GIVEN an account whose password the server refuses
    WHEN `mailwarden run --until-idle` starts
    THEN it exits with status 2 within seconds, one line saying to check the password."""
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0]))

    result, elapsed = _run_until_idle(config, "wrong-password")

    _assert_one_line_per_stopped_account(result, elapsed, {"home": ["refused the login", "check the password"]})
    assert "wrong-password" not in result.stderr


def test_without_until_idle_run_still_ends_when_no_account_is_left(dovecot, mail_user, tmp_path):
    """GIVEN the only account has a wrong password
    WHEN `mailwarden run` starts without --until-idle
    THEN it does not stay up with nothing to watch: it exits with status 2 and the reason."""
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0]))

    result, elapsed = mailwarden("--config", str(config), "run", password="wrong-password", timeout=60)

    _assert_one_line_per_stopped_account(result, elapsed, {"home": ["check the password"]})


def test_a_watched_folder_that_does_not_exist_stops_the_account_naming_the_folders_that_do(dovecot, mail_user,
                                                                                           tmp_path):
    """GIVEN `folders` has a typo next to a folder that exists
    WHEN run starts
    THEN the account stops with one line naming the missing folder, the folders the
    server has and the setting to fix."""
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0], folders=["INBOX", "Arhive"]))

    result, elapsed = _run_until_idle(config, mail_user[1])

    _assert_one_line_per_stopped_account(
        result, elapsed, {"home": ["folder 'Arhive' does not exist", "INBOX", "Junk", "fix `folders`"]})


def test_implicit_tls_against_a_plain_port_says_which_tls_to_set(dovecot, mail_user, tmp_path):
    """GIVEN tls = "implicit" on Dovecot's plain IMAP port (OpenSSL: WRONG_VERSION_NUMBER)
    WHEN run starts
    THEN the account stops with one line: the port speaks plain IMAP, set starttls."""
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0], tls="implicit"))

    result, elapsed = _run_until_idle(config, mail_user[1])

    _assert_one_line_per_stopped_account(result, elapsed, {"home": ["speaks plain IMAP", 'tls = "starttls"']})
    assert "WRONG_VERSION_NUMBER" not in result.stderr


def test_plain_against_an_implicit_tls_port_says_which_tls_to_set(tls_dovecot, tmp_path):
    """GIVEN tls = "plain" on a port that expects TLS from the first byte (no greeting comes)
    WHEN run starts, with a 2-second timeout
    THEN the account stops with one line saying to set tls = "implicit"."""
    user, password = tls_dovecot.add_user()
    config = write_config(tmp_path, account_toml(tls_dovecot, user, port=tls_dovecot.tls_port, timeout_s=2))

    result, elapsed = _run_until_idle(config, password)

    _assert_one_line_per_stopped_account(result, elapsed, {"home": ["expects TLS", 'tls = "implicit"']})


def test_starttls_against_a_server_without_it_says_so(dovecot, mail_user, tmp_path):
    """GIVEN tls = "starttls" and a server that offers no STARTTLS (the session's Dovecot
    has ssl = no)
    WHEN run starts
    THEN the account stops with one line: no STARTTLS there, use implicit TLS."""
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0], tls="starttls"))

    result, elapsed = _run_until_idle(config, mail_user[1])

    _assert_one_line_per_stopped_account(result, elapsed, {"home": ["does not offer STARTTLS", 'tls = "implicit"']})


@pytest.mark.parametrize("command, phrases", [
    ("false", ["password_command 'false' exited with status 1"]),
    ("mw-no-such-program --show mail", ["password_command program 'mw-no-such-program' not found"]),
    ("sh -c 'echo gpg: decryption failed: No secret key >&2; exit 2'",
     ["'sh' exited with status 2", "(gpg: decryption failed: No secret key)"]),
])
def test_a_failing_password_command_names_the_program_and_how_it_failed(dovecot, mail_user, tmp_path, command,
                                                                        phrases):
    """GIVEN a password_command that fails, is not installed, or complains on stderr
    WHEN run starts
    THEN the account stops with one line naming the program, its exit status and the
    first line it wrote on stderr (never its stdout)."""
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0], password_env=None, password_command=command))

    result, elapsed = _run_until_idle(config, "")

    _assert_one_line_per_stopped_account(result, elapsed, {"home": phrases})


def test_one_stopped_account_leaves_the_others_filtering(dovecot, mail_user, tmp_path):
    """GIVEN two accounts, one with a wrong password, one fine with a message waiting
    WHEN run --until-idle (backfilling that message)
    THEN the good account's message is judged, and run exits 2 naming only the bad one."""
    bad_user = dovecot.add_user()
    with client(dovecot, mail_user) as c:
        c.append("INBOX", message(1, spam=True))
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0], name="good"),
                          account_toml(dovecot, bad_user[0], name="bad", password_env="MW_TEST_BAD_PW"))

    result, elapsed = mailwarden("--config", str(config), "run", "--until-idle", "--backfill", "1",
                                 password=mail_user[1], env={"MW_TEST_BAD_PW": "wrong"}, timeout=60)

    _assert_one_line_per_stopped_account(result, elapsed, {"bad": ["check the password"]})
    assert "1 of 2 account(s) stopped:" in result.stderr
    with client(dovecot, mail_user) as c:
        wait_for(lambda: c.folder_exists("Quarantine"), timeout=5, what="the spam quarantined")
        c.select_folder("Quarantine", readonly=True)
        assert len(c.search("ALL")) == 1


def test_a_missing_junk_folder_is_not_fatal(dovecot, mail_user, tmp_path):
    """GIVEN junk_folder names a folder that does not exist (and a message to judge)
    WHEN run --until-idle
    THEN there is one line about not learning from it, the message is judged, exit 0."""
    with client(dovecot, mail_user) as c:
        c.append("INBOX", message(1, spam=True))
    config = write_config(tmp_path, account_toml(dovecot, mail_user[0], junk_folder="Spam-Learning"))

    result, elapsed = mailwarden("--config", str(config), "run", "--until-idle", "--backfill", "1",
                                 password=mail_user[1], timeout=60)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert sum("'Spam-Learning' does not exist" in line for line in result.stderr.splitlines()) == 1, result.stderr
    with client(dovecot, mail_user) as c:
        c.select_folder("Quarantine", readonly=True)
        assert len(c.search("ALL")) == 1

