"""Every setting reaches where it acts: changing it changes what a user would notice.

The judge is built the way the service builds it (`make_judge` from a `Config`, the
database through `open_db`), with the `fixed` backend recording the prompts it is sent,
and no trained fast path, so every message goes to the "model".
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from agent.backends.fixed import FixedBackend
from agent.classifier import Classifier
from agent.verdict import MAX_REASON_CHARS, Verdict
from pipeline.cli import cli
from pipeline.config import Config, load_config
from pipeline.judging import judge_raw
from pipeline.wiring import make_judge, open_db
from storage import feedback as recorded
from storage.kinds import FeedbackSource
from storage.models import Message, Rule


class RecordingBackend(FixedBackend):
    """The fixed backend, keeping every prompt it was sent."""

    def __init__(self, settings):
        super().__init__(settings)
        self.prompts = []

    def judge(self, prompt):
        self.prompts.append(prompt)
        return super().judge(prompt)


def judging_with(tmp_path, **prompt_settings):
    config = Config(data_dir=tmp_path / "data", prompt=prompt_settings)
    db = open_db(config)
    backend = RecordingBackend(config.fixed)
    return db, backend, make_judge(config, "fixed", db, classifier=Classifier(backend, config.prompt))


def invoice(n: int, body: str = "") -> bytes:
    body = body or f"Your invoice {n} for the garden club is attached. Pay by Friday, thank you."
    return (f"From: Club <treasurer@garden.example>\r\nSubject: Invoice {n} for the garden club\r\n"
            f"Message-ID: <inv{n}@garden.example>\r\n\r\n{body}\r\n").encode()


def corrected(db, judge, raws: list[bytes]) -> None:
    """Judge and store each message, then the owner calls each of them ham."""
    for raw in raws:
        judgement = judge_raw(raw, judge, db)
        with db.session() as s:
            recorded.add(s, message_pk=judgement.message_pk, label="ham", source=FeedbackSource.cli, actor=None,
                         old_label=judgement.verdict.label, old_verdict_pk=judgement.verdict_pk)


def last_prompt(db, judge, backend, raw: bytes):
    judge_raw(raw, judge, db)
    return backend.prompts[-1]


@pytest.mark.parametrize(("max_examples", "shown"), [(None, 3), (5, 5), (1, 1)])
def test_max_examples_is_how_many_similar_corrections_the_prompt_shows(tmp_path, max_examples, shown):
    """GIVEN six corrected invoices from one club
    WHEN a seventh is judged
    THEN its prompt holds `prompt.max_examples` of them (3 by default; 5 was cut to 3 before)."""
    settings = {} if max_examples is None else {"max_examples": max_examples}
    db, backend, judge = judging_with(tmp_path, **settings)
    corrected(db, judge, [invoice(n) for n in range(6)])

    prompt = last_prompt(db, judge, backend, invoice(7))

    assert len(prompt.example_ids) == shown
    assert prompt.system.count("(the owner says: ham)") == shown


@pytest.mark.parametrize(("max_rules", "shown"), [(None, 8), (10, 10), (1, 1)])
def test_max_rules_is_how_many_matching_rules_the_prompt_shows(tmp_path, max_rules, shown):
    """GIVEN ten active rules about one sender
    WHEN mail from that sender is judged
    THEN its prompt holds `prompt.max_rules` of them, highest weight first (8 by default;
    10 was cut to 8 before)."""
    settings = {} if max_rules is None else {"max_rules": max_rules}
    db, backend, judge = judging_with(tmp_path, **settings)
    with db.session() as s:
        for n in range(10):
            s.add(Rule(condition={"field": "sender", "value": "treasurer@garden.example", "label": "ham"},
                       instruction=f"Mail from treasurer@garden.example is wanted mail, note {n}.",
                       weight=1.0 + n / 10, status="active"))

    prompt = last_prompt(db, judge, backend, invoice(1))

    assert len(prompt.rule_ids) == shown
    assert prompt.system.count("[rule ") == shown
    assert "note 9" in prompt.system, "the heaviest rule is always among them"


@pytest.mark.parametrize("example_body_chars", [600, 2000])
def test_example_body_chars_is_how_much_of_an_example_the_prompt_shows(tmp_path, example_body_chars):
    """GIVEN a corrected invoice whose text runs to 3000 characters
    WHEN another invoice with the same text is judged
    THEN the example in its prompt shows the first `prompt.example_body_chars` of that
    text (2000 showed 600 before: the excerpt kept no more)."""
    text = "Your invoice is attached. " + " ".join(f"line{n:04d}" for n in range(340))  # 3085 characters
    db, backend, judge = judging_with(tmp_path, example_body_chars=example_body_chars)
    corrected(db, judge, [invoice(1, body=text)])

    prompt = last_prompt(db, judge, backend, invoice(2, body=text))

    [example] = prompt.system.split("(the owner says: ham)")[1:]
    shown_words = [w for w in example.split() if w.startswith("line") and len(w) == 8]
    shown_chars = len("Your invoice is attached. ") + 9 * len(shown_words)  # 8 letters and a space each
    assert example_body_chars - 9 <= shown_chars <= example_body_chars + 9


def test_service_options_are_the_service_settings_with_this_runs_flags(tmp_path):
    """`run` builds what the service reads from the [service] table and its own flags:
    nothing is copied field by field, so a setting in the file reaches the service."""
    from pipeline.service_settings import RunFlags, ServiceOptions

    path = tmp_path / "mailwarden.toml"
    path.write_text('[service]\nmax_attempts = 3\nretry_after_s = 5\nmode = "enforce"\n[tiers]\nquarantine_at = 0.95\n')
    config = load_config(path)

    options = ServiceOptions.for_run(config.service, config.tiers, RunFlags(backfill=10, since=date(2026, 11, 1)),
                                     workers=4, shadow=True)

    assert (options.max_attempts, options.retry_after_s, options.queue_size) == (3, 5.0, 100)
    assert (options.workers, options.mode) == (4, "shadow"), "the command line's --workers and --shadow win"
    assert (options.backfill, options.since, options.dry_run) == (10, date(2026, 11, 1), False)
    assert options.tiers.quarantine_at == 0.95
    assert ServiceOptions.for_run(config.service, config.tiers).workers == 2, "no --workers: the configured number"
    with pytest.raises(ValueError, match="workers"):
        ServiceOptions.for_run(config.service, config.tiers, workers=65)


def test_an_amended_verdict_is_checked_like_a_new_one():
    """What the cascade and the guard change in a verdict is validated, not copied blindly."""
    verdict = Verdict(label="spam", spam_probability=0.9, reason="looks like phishing", backend="fixed",
                      model="m", elapsed_ms=1.0, prompt_version="tpl-1")

    longer = verdict.amended(reason="looks like phishing; " + "not sent to the model: over the limit " * 20)

    assert len(longer.reason) == MAX_REASON_CHARS and longer.reason.endswith("…")
    assert verdict.amended(elapsed_ms=5.0).elapsed_ms == 5.0
    with pytest.raises(ValueError):
        verdict.amended(spam_probability=1.5)


def test_config_show_prints_toml_that_reads_back_to_the_same_configuration(tmp_path, monkeypatch):
    """GIVEN a configuration with nested tables, lists, several accounts and an
    environment override (and no secrets, which are printed masked)
    WHEN `config show > shown.toml`
    THEN loading shown.toml gives the same effective configuration."""
    original = tmp_path / "mailwarden.toml"
    original.write_text("""log_level = "INFO"
[fast_path]
alpha = 2e-5
[fast_path.reputation]
scored_kinds = ["sender"]
half_life_days = 90.0
[guard]
trusted_senders = ["news@security.example", "odd \\"quoted\\" \\\\ name\\u0001"]
[rate_limits.api_client]
per_minute = 10
burst = 5
[monitor]
dashboard_path = "dash.png"
[[accounts]]
name = "home"
host = "127.0.0.1"
tls = "plain"
user = "me"
password_env = "MW_PW"
folders = ["INBOX", "Lists/ünïcode 😀"]
[[accounts]]
name = "work"
host = "imap.example.org"
user = "me@example.org"
password_command = "pass show mail/work"
""")
    monkeypatch.setenv("MAILWARDEN_OLLAMA__NUM_CTX", "2048")

    result = CliRunner().invoke(cli, ["--config", str(original), "config", "show"])
    assert result.exit_code == 0, result.output
    shown = tmp_path / "shown.toml"
    shown.write_text(result.output)
    monkeypatch.delenv("MAILWARDEN_OLLAMA__NUM_CTX")

    reloaded = load_config(shown)
    assert "{" not in result.output.split("# database:")[0], "no Python dicts: nested tables are TOML tables"
    assert reloaded.ollama.num_ctx == 2048, "the environment's value is in the output"
    monkeypatch.setenv("MAILWARDEN_OLLAMA__NUM_CTX", "2048")
    assert reloaded.model_dump() == load_config(original).model_dump()


def test_excerpts_keep_as_much_text_as_examples_show(tmp_path):
    """The sealed excerpt is cut where the prompt would cut the example, not at a fixed 600."""
    db, _, judge = judging_with(tmp_path, example_body_chars=1500)
    judgement = judge_raw(invoice(1, body="x" * 3000), judge, db)

    with db.reader() as s:
        sealed = s.get(Message, judgement.message_pk).excerpt
    assert len(json.loads(db.vault.open(sealed))["body"]) == 1500
