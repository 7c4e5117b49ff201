"""`mailwarden classify` and `mailwarden eval`, end to end over real files, a real SQLite
file and a real HTTP model server on loopback."""

import hashlib
import json
import mailbox
import sqlite3
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from agent.verdict import Verdict
from pipeline.cli import cli
from storage.kinds import Decider
from tests.fake_ollama import FakeOllama, verdict_json
from tests.helpers import CORPUS, corpus_messages


@pytest.fixture
def ollama_env(fake_ollama, monkeypatch):
    monkeypatch.setenv("MAILWARDEN_MODEL__BACKEND", "ollama")
    monkeypatch.setenv("MAILWARDEN_OLLAMA__HOST", fake_ollama.url)
    return fake_ollama


def _db(isolated_environment):
    return sqlite3.connect(isolated_environment / "data" / "mailwarden.sqlite")


def test_classify_files_prints_a_table_and_stores_every_verdict(ollama_env, isolated_environment):
    files = [str(p) for p in corpus_messages("spam")[:3]]

    result = CliRunner().invoke(cli, ["classify", *files])

    assert result.exit_code == 0, result.output
    assert "3 messages: 3 spam, 0 ham, 0 not judged" in result.output
    with _db(isolated_environment) as db:
        rows = db.execute("SELECT m.source, v.label, v.backend, v.prompt_version FROM verdicts v "
                          "JOIN messages m ON m.id = v.message_pk").fetchall()
    assert sorted(r[0] for r in rows) == sorted(files)
    assert {r[1] for r in rows} == {"spam"} and {r[2] for r in rows} == {"ollama"}
    assert all(r[3].startswith("tpl-") for r in rows)


def test_classify_reads_maildir_and_mbox(ollama_env, tmp_path):
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    box = mailbox.mbox(tmp_path / "archive.mbox", create=True)
    for path in corpus_messages("ham")[:2]:
        maildir.add(path.read_bytes())
        box.add(path.read_bytes())
    box.flush()

    result = CliRunner().invoke(cli, ["classify", "--json", str(tmp_path / "Maildir"), str(tmp_path / "archive.mbox")])

    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 4
    assert sum(1 for line in lines if "archive.mbox#" in line["source"]) == 2
    assert all(line["verdict"]["label"] == "spam" for line in lines)


def test_model_server_down_leaves_messages_unjudged_and_says_so(monkeypatch, closed_port, isolated_environment):
    monkeypatch.setenv("MAILWARDEN_MODEL__BACKEND", "ollama")
    monkeypatch.setenv("MAILWARDEN_OLLAMA__HOST", f"http://127.0.0.1:{closed_port}")

    result = CliRunner().invoke(cli, ["classify", str(corpus_messages("spam")[0])])

    assert result.exit_code == 1
    assert "ollama serve" in result.output and "Traceback" not in result.output
    assert not (isolated_environment / "data" / "mailwarden.sqlite").exists() or \
        _db(isolated_environment).execute("SELECT count(*) FROM verdicts").fetchone()[0] == 0


def test_bad_answers_midway_are_reported_and_nothing_is_made_up(monkeypatch, isolated_environment):
    answers = iter([verdict_json("ham", 0.1, "legitimate", "ok", []), "not json at all"])
    with FakeOllama(answer=lambda request: next(answers)) as server:
        monkeypatch.setenv("MAILWARDEN_MODEL__BACKEND", "ollama")
        monkeypatch.setenv("MAILWARDEN_OLLAMA__HOST", server.url)
        files = [str(p) for p in corpus_messages("ham")[:2]]
        result = CliRunner().invoke(cli, ["classify", *files])

    assert result.exit_code == 1
    assert "1 of 2 messages were not judged" in result.output
    with _db(isolated_environment) as db:
        assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 2
        assert db.execute("SELECT label FROM verdicts").fetchall() == [("ham",)]


def test_missing_path_is_a_clear_error(ollama_env, tmp_path):
    result = CliRunner().invoke(cli, ["classify", str(tmp_path / "nothing-here")])
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_eval_reports_metrics_and_a_confusion_matrix(monkeypatch, tmp_path):
    spam_subjects = set()
    from pipeline.parsing import parse_message

    for path in corpus_messages("spam"):
        spam_subjects.add(" ".join(parse_message(path.read_bytes()).subject.split())[:60])

    def oracle(request):  # right on every spam, wrong on nothing but the first ham it sees
        user = request["messages"][1]["content"]
        subject = next((line[9:] for line in user.splitlines() if line.startswith("Subject: ")), "")
        is_spam = any(s and s[:40] in subject for s in spam_subjects)
        return verdict_json("spam" if is_spam else "ham", 0.9 if is_spam else 0.1)

    with FakeOllama(answer=oracle) as server:
        monkeypatch.setenv("MAILWARDEN_MODEL__BACKEND", "ollama")
        monkeypatch.setenv("MAILWARDEN_OLLAMA__HOST", server.url)
        result = CliRunner().invoke(cli, ["eval", "--corpus", str(CORPUS), "--json"])

    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    c = report["confusion"]
    assert c["tp"] + c["fn"] == 20 and c["fp"] + c["tn"] == 20
    assert c["tp"] >= 18 and c["fp"] <= 2
    assert report["recall"] == pytest.approx(c["tp"] / 20)
    assert report["fpr"] == pytest.approx(c["fp"] / 20)
    settled = {name: report["deciders"][name] for name in ("fast", "model", "cache") if name in report["deciders"]}
    assert sum(t["messages"] for t in settled.values()) == 40, report["deciders"]
    assert sum(t["false_positives"] for t in settled.values()) == c["fp"]
    assert sum(t["false_negatives"] for t in settled.values()) == c["fn"]
    for key in ("precision", "f1", "mcc", "accuracy", "messages_per_second", "latency_p50_ms", "latency_p95_ms"):
        assert key in report


def test_eval_judges_ham_and_spam_mixed_not_folder_by_folder():
    """The fast path adapts to the share of spam arriving; fed all ham and then all spam
    it would know which folder it is in, and look better than it is."""

    from pipeline.evaluation import corpus_files, evaluate

    def judge_in(order: list[str]):
        def judge(raw: bytes, source: str):
            order.append("spam" if "/spam/" in source else "ham")
            return SimpleNamespace(verdict=a_verdict("ham", Decider.fast))
        return judge

    files = corpus_files(CORPUS)
    first, second, other = [], [], []
    for order, seed in ((first, 0), (second, 0), (other, 1)):
        evaluate(files, judge_in(order), corpus="c", split="all", backend="stub", model="stub", seed=seed)
    assert first == second and first != other, "the order is shuffled, and the same for the same seed"
    assert len(set(first[:10])) == 2 and first != sorted(first), "ham and spam arrive mixed"


def a_verdict(label: str, decided_by: Decider, rule_ids: tuple[int, ...] = (), unfamiliar: bool = False) -> Verdict:
    return Verdict(label=label, spam_probability=0.9 if label == "spam" else 0.1, backend="stub", model="stub",
                   elapsed_ms=1.0, prompt_version="v", decided_by=decided_by, rule_ids=list(rule_ids),
                   unfamiliar=unfamiliar)


def test_eval_counts_what_each_decider_settled_and_its_mistakes():
    """GIVEN a judge whose verdicts come from the fast path, the model (some with rules
    in the prompt), the cache, and the fast path marking mail new to it
    WHEN a corpus is evaluated
    THEN each decider's tally holds its messages, ham / spam, false positives and false
    negatives, and the rule and unfamiliar tallies are parts of the model's and the fast path's."""
    from pipeline.evaluation import corpus_files, evaluate

    def judge(raw: bytes, source: str):
        is_spam = "/spam/" in source
        n = int(hashlib.sha1(source.encode()).hexdigest(), 16) % 4
        if n == 0:
            return SimpleNamespace(verdict=a_verdict("spam", Decider.fast))  # wrong on ham
        if n == 1:
            return SimpleNamespace(verdict=a_verdict("spam" if is_spam else "ham", Decider.model, rule_ids=(7,)))
        if n == 2:
            return SimpleNamespace(verdict=a_verdict("ham", Decider.cache))  # wrong on spam
        return SimpleNamespace(verdict=a_verdict("ham", Decider.fast, unfamiliar=True))  # wrong on spam

    files = corpus_files(CORPUS)
    report = evaluate(files, judge, corpus="c", split="all", backend="stub", model="stub")
    expected: dict[str, list[int]] = {}
    for f in files:
        n = int(hashlib.sha1(str(f.path).encode()).hexdigest(), 16) % 4
        is_spam = f.label == "spam"
        names = [["fast"], ["model", "model+rules"], ["cache"], ["fast", "unfamiliar"]][n]
        for name in names:
            tally = expected.setdefault(name, [0, 0, 0, 0, 0])
            tally[0] += 1
            tally[1 if not is_spam else 2] += 1
            tally[3] += int(n == 0 and not is_spam)
            tally[4] += int(n in (2, 3) and is_spam)
    got = {name: [t.messages, t.ham, t.spam, t.false_positives, t.false_negatives]
           for name, t in report.deciders.items()}
    assert got == expected
    assert sum(v[3] for k, v in got.items() if k in ("fast", "model", "cache")) == report.confusion.fp
    assert sum(v[4] for k, v in got.items() if k in ("fast", "model", "cache")) == report.confusion.fn


def test_eval_writes_the_json_report_and_prints_a_table(ollama_env, tmp_path):
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(CORPUS), "--sample", "10", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "confusion matrix" in result.output and "MCC" in result.output
    assert "quarantined (p >= 0.9): FPR / recall" in result.output
    assert "who decided" in result.output
    assert json.loads(out.read_text())["messages"] == 10
