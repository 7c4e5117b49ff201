"""Prompt rules that earn their place: drafted from corrections, validated, scored, retired."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from agent.cascade import Cascade, CascadeSettings
from agent.classifier import Classifier
from agent.examples import ExampleMemory
from agent.learning import Learning, LearningSettings
from agent.verdict import ModelAnswer
from pipeline.corrections import Corrections
from pipeline.judging import judge_raw
from pipeline.parsing import parse_message
from storage.models import Message, Rule
from storage.vault import Vault
from tests.helpers import corpus_messages


class RuleObeyingBackend:
    """A model that does whatever the learned rules in its prompt say, else calls
    everything spam: so the tests prove the rules reach the prompt, not model sense."""

    name = "obeying"
    model = "obeys rules"
    prompt_style = "chat"
    boundary = None
    body_chars = None

    def check(self) -> None:
        pass

    def judge(self, prompt) -> ModelAnswer:
        sender = next(line for line in prompt.user.splitlines() if line.startswith("From: "))
        email = prompt.user.lower()
        for line in prompt.system.splitlines():
            phrase = line.split('containing the words "')[1].split('"')[0] if 'containing the words "' in line else None
            if line.startswith("- [rule") and (
                    (phrase and phrase in " ".join(email.split()))
                    or any(part in sender for part in line.split() if "@" in part or "." in part)):
                if "not spam" in line:
                    return ModelAnswer(label="ham", spam_probability=0.05, category="legitimate", reason="a rule says so")
                return ModelAnswer(label="spam", spam_probability=0.95, category="scam", reason="a rule says so")
        if "family.example" in sender:  # the one sender it rightly knows as harmless
            return ModelAnswer(label="ham", spam_probability=0.1, category="legitimate", reason="a relative")
        return ModelAnswer(label="spam", spam_probability=0.95, category="phishing", reason="looks like phishing")


def bank_mail(n: int, sender: str = "billing@bank.example") -> bytes:
    return (f"From: Bank <{sender}>\r\nSubject: Your statement {n} is ready\r\nMessage-ID: <st{n}@{sender.split('@')[1]}>"
            f"\r\n\r\nPlease log in to view statement {n}. Verify your account details.\r\n").encode()


@pytest.fixture
def setup(tmp_path, trained_db, trained_fast):
    """The cascade with a fast path trained on the corpus sample, learning from corrections."""
    db, fast = trained_db, trained_fast
    db.vault = Vault.for_data_dir(tmp_path)
    spam = [parse_message(p.read_bytes()) for p in corpus_messages("spam")]
    ham = [parse_message(p.read_bytes()) for p in corpus_messages("ham")]
    public = [(m, "spam") for m in spam] + [(m, "ham") for m in ham]
    family = [parse_message(bank_mail(100 + n, "friend@family.example")) for n in range(3)]
    public += [(m, "ham") for m in family]  # the public sample knows this sender is fine
    learning = Learning(db, LearningSettings(min_support=3, cycle_every=3), public_sample=lambda: public)
    # every message goes to the (stand-in) model, and its word is final: the rules are what is tested
    cascade = Cascade(fast, Classifier(RuleObeyingBackend()), db,
                      CascadeSettings(ham_below=0.0, spam_above=1.0, model_weight=1.0),
                      learning, ExampleMemory(db))
    return db, fast, learning, cascade


def judge(cascade, db, raw):
    return judge_raw(raw, cascade, db)


def correct(db, fast, ref, label, actor=None, learning=None):
    """The owner's correction, recorded and learned at once (this process owns the model)."""
    return Corrections(db, {None: fast}, learning=learning).give(ref, label, source="cli", actor=actor)


def test_three_false_positives_make_a_validated_rule_and_the_fourth_is_ham(setup):
    db, fast, learning, cascade = setup
    for n in range(3):
        judgement = judge(cascade, db, bank_mail(n))
        assert judgement.verdict.label == "spam"
        correct(db, fast, str(judgement.message_pk), "ham", actor="owner", learning=learning)

    with db.reader() as s:
        [rule] = s.scalars(select(Rule)).all()
        assert rule.status == "active"
        assert [event["event"] for event in rule.history] == ["drafted", "active"], "validated before going live"
        assert rule.condition == {"field": "sender", "value": "billing@bank.example", "label": "ham"}
        assert len(rule.origin_feedback_ids) == 3

    fourth = judge(cascade, db, bank_mail(4))
    assert fourth.verdict.label == "ham"
    assert fourth.verdict.rule_ids == [rule.id]
    other = judge(cascade, db, bank_mail(5, "alerts@phish.example"))
    assert other.verdict.label == "spam" and other.verdict.rule_ids == []


def test_a_rule_that_draws_misses_loses_weight_and_is_retired(setup):
    db, fast, learning, cascade = setup
    for n in range(3):
        j = judge(cascade, db, bank_mail(n))
        correct(db, fast, str(j.message_pk), "ham", learning=learning)
    weights = []
    for n in (10, 11):  # the bank's address is later abused: the owner marks these spam
        j = judge(cascade, db, bank_mail(n))
        assert j.verdict.label == "ham"
        correct(db, fast, str(j.message_pk), "spam", learning=learning)
        with db.reader() as s:
            weights.append(s.scalar(select(Rule.weight)))
    assert weights[0] < 1.0
    with db.reader() as s:
        rule = s.scalar(select(Rule))
        assert rule.status == "retired" and rule.misses == 2
        assert "weight fell" in rule.retired_reason
    assert judge(cascade, db, bank_mail(12)).verdict.label == "spam", "a retired rule no longer applies"


def test_poisoned_corrections_against_the_public_sample_make_no_live_rule(setup):
    db, fast, learning, cascade = setup
    for n in range(3):  # careless or poisoned feedback: a relative's mail "is spam", three times
        j = judge(cascade, db, bank_mail(n, "friend@family.example"))
        assert j.verdict.label == "ham"
        correct(db, fast, str(j.message_pk), "spam", learning=learning)
    with db.reader() as s:
        spam_rules = [r for r in s.scalars(select(Rule)) if r.condition["label"] == "spam"]
    assert spam_rules, "a spam rule was drafted"
    assert all(r.status == "retired" and r.retired_reason.startswith("rejected") for r in spam_rules)
    assert "would lower F1" in spam_rules[0].retired_reason
    assert judge(cascade, db, bank_mail(9, "friend@family.example")).verdict.label == "ham"


def test_rules_cli_lists_shows_and_toggles(setup, monkeypatch):
    from click.testing import CliRunner

    from pipeline.cli import cli

    db, fast, learning, cascade = setup
    for n in range(3):
        j = judge(cascade, db, bank_mail(n))
        correct(db, fast, str(j.message_pk), "ham", learning=learning)
    monkeypatch.setenv("MAILWARDEN_STORAGE__URL", str(db.engine.url))
    runner = CliRunner()
    listed = runner.invoke(cli, ["rules", "list"])
    assert "billing@bank.example" in listed.output and "active" in listed.output
    shown = json.loads(runner.invoke(cli, ["rules", "show", "1"]).stdout)
    assert shown["condition"]["value"] == "billing@bank.example"
    assert runner.invoke(cli, ["rules", "disable", "1"]).exit_code == 0
    with db.reader() as s:
        assert s.scalar(select(Rule.status)) == "retired"
    assert runner.invoke(cli, ["rules", "enable", "1"]).exit_code == 0
    assert "drafted 0" in runner.invoke(cli, ["learn"]).output


def test_the_most_similar_corrected_messages_become_few_shot_examples(setup, tmp_path):
    db, fast, learning, cascade = setup
    corrected = judge(cascade, db, bank_mail(1))
    correct(db, fast, str(corrected.message_pk), "ham", learning=learning)
    unrelated = judge(cascade, db, corpus_messages("spam")[0].read_bytes())
    correct(db, fast, str(unrelated.message_pk), "spam", learning=learning)

    similar = judge(cascade, db, bank_mail(2))
    assert similar.verdict.example_ids == [corrected.message_pk], "the bank mail, not the unrelated spam"
    prompt = cascade.classifier.prompt_for(parse_message(bank_mail(3)),
                                           examples=cascade.examples.examples_for(parse_message(bank_mail(3))))
    assert "the owner says: ham" in prompt.system and "Your statement 1 is ready" in prompt.system

    with db.reader() as s:
        stored = s.get(Message, corrected.message_pk).excerpt
    assert "statement" not in stored and "bank.example" not in stored, "excerpts are encrypted at rest"
    assert (tmp_path / "secret.key").stat().st_mode & 0o777 == 0o600


def test_corrections_from_different_senders_of_one_mailing_list_make_a_list_rule(setup):
    db, fast, learning, cascade = setup
    for n, sender in enumerate(["ann@members.example", "bob@elsewhere.example", "cy@third.example"]):
        raw = (f"From: {sender}\r\nList-Id: Hiking club <hiking.lists.example.org>\r\nSubject: Walk {n}\r\n"
               f"Message-ID: <walk{n}@lists.example.org>\r\n\r\nMeet at the station, bring boots.\r\n").encode()
        j = judge(cascade, db, raw)
        correct(db, fast, str(j.message_pk), "ham", learning=learning)
    with db.reader() as s:
        [rule] = s.scalars(select(Rule)).all()
    assert rule.condition["field"] == "list_id" and rule.status == "active"
    assert "from the mailing list" in rule.instruction


def test_three_false_positives_from_different_senders_sharing_a_phrase_make_a_phrase_rule(setup):
    """No sender, domain, list or link in common: what they share is their words. The
    rule's condition is tested through stored feature hashes; its instruction says what
    the filter had said about them."""
    db, fast, learning, cascade = setup

    def dividend(n: int, sender: str) -> bytes:
        return (f"From: {sender}\r\nSubject: Quarterly dividend notice {n}\r\nMessage-ID: <div{n}@x.example>\r\n\r\n"
                f"Your quarterly dividend notice for holding {n} is ready in the shareholder portal.\r\n").encode()

    senders = ["ir@alpha-corp.example", "investors@beta-holdings.example", "office@gamma-trust.example"]
    for n, sender in enumerate(senders):
        j = judge(cascade, db, dividend(n, sender))
        assert j.verdict.label == "spam"
        correct(db, fast, str(j.message_pk), "ham", learning=learning)
    with db.reader() as s:
        [rule] = s.scalars(select(Rule)).all()
    assert rule.condition["field"] == "phrase" and rule.status == "active", rule.condition
    assert rule.condition["value"] in ("quarterly dividend", "dividend notice", "shareholder portal")
    assert 'containing the words "' in rule.instruction
    assert 'the filter had said phishing ("looks like phishing")' in rule.instruction

    fourth = judge(cascade, db, dividend(9, "holders@delta-funds.example"))
    assert fourth.verdict.label == "ham" and fourth.verdict.rule_ids == [rule.id]
    unrelated = judge(cascade, db, bank_mail(7, "alerts@phish.example"))
    assert unrelated.verdict.label == "spam" and unrelated.verdict.rule_ids == []


def test_a_phrase_the_model_blamed_in_its_reasons_is_the_one_a_rule_is_made_of(setup):
    """The model said why it called these spam, citing words of the mail; the owner
    overruled it three times: the rule is drafted on exactly those words."""
    db, fast, learning, cascade = setup

    class Citing(RuleObeyingBackend):
        def judge(self, prompt):
            answer = super().judge(prompt)
            if answer.label == "spam":
                return answer.model_copy(update={"reason": 'demands payment of "yearly dues" now',
                                                 "risk_factors": ["yearly dues"]})
            return answer

    cascade.classifier.backend = Citing()

    def renewal(n: int, sender: str) -> bytes:
        return (f"From: {sender}\r\nSubject: Membership yearly dues {n}\r\nMessage-ID: <ren{n}@x.example>\r\n\r\n"
                f"Thank you for being a member. Your yearly dues for the rowing club are due.\r\n").encode()

    for n, sender in enumerate(["desk@rowers.example", "clubsec@riverside.example", "treasurer@boathouse.example"]):
        j = judge(cascade, db, renewal(n, sender))
        assert j.verdict.label == "spam" and "yearly dues" in j.verdict.reason
        correct(db, fast, str(j.message_pk), "ham", learning=learning)
    with db.reader() as s:
        [rule] = s.scalars(select(Rule)).all()
    # without the model's reasons, "being member" would win (same support, alphabetically first)
    assert rule.condition == {"field": "phrase", "value": "yearly dues", "label": "ham"}, rule.condition
    assert rule.status == "active" and '"yearly dues" now' in rule.instruction
