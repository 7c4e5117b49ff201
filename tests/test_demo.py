"""`mailwarden demo`: the README's first command, end to end (with the fixed model so it is quick)."""

import re

from click.testing import CliRunner

from pipeline.cli import cli


def test_demo_quarantines_the_sample_spam_and_says_why(isolated_environment):
    result = CliRunner().invoke(cli, ["demo", "--backend", "fixed"])

    assert result.exit_code == 0, result.output
    assert "trained the fast path on the bundled public sample" in result.output
    quarantined = int(re.search(r"Quarantine: (\d+) messages", result.output).group(1))
    inbox = int(re.search(r"INBOX: (\d+) messages", result.output).group(1))
    assert quarantined + inbox == 12
    assert quarantined >= 4, "most of the six sample spams are quarantined"
    matched = int(re.search(r"(\d+) of 12 verdicts match", result.output).group(1))
    assert matched >= 10
    assert "fast path: its words read like" in result.output and "text score" in result.output
