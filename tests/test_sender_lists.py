"""The allow and block lists: what a value means, what an entry decides, that a forged
From line does not ride an allow entry, and the CLI, API and service using them."""

from __future__ import annotations

import json

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from agent.backends.fixed import FixedBackend, FixedSettings
from agent.classifier import Classifier
from agent.sender_lists import SenderLists, forged, list_id_of
from pipeline.api import ApiServer, create_app
from pipeline.parsing import parse_message
from pipeline.sender_lists import ListError, add, entries, normalise, remove
from storage.kinds import Decider, ListMatch, ListVerdict
from storage.models import AuditRecord
from tests.helpers import MARK, client, fixed_service, folder_flags, jobs, started, wait_for


def mail(sender: str = "alice@mail.example.co.uk", *, name: str = "Alice", spam: bool = False,
         extra: str = "", results: str | None = None) -> bytes:
    """`results`: the Authentication-Results the owner's server adds on top (default: DKIM
    passed for the sender's own domain)."""
    body = f"{MARK} buy now" if spam else "See you at lunch."
    if results is None:
        results = f"mx.owner.example; dkim=pass header.d={sender.rsplit('@', 1)[1]}; spf=none"
    top = f"Authentication-Results: {results}\r\n" if results else ""
    return (f"{top}From: {name} <{sender}>\r\nTo: owner@example.org\r\nSubject: hello\r\n{extra}"
            f"Message-ID: <{abs(hash((sender, name, spam, extra)))}@x>\r\n\r\n{body}\r\n").encode()


FIXED = Classifier(FixedBackend(FixedSettings()))
"""Calls spam whatever carries MARK: what the lists' verdicts are told apart from."""


def test_a_value_is_read_as_a_person_writes_it():
    assert normalise(" Alice@Example.COM ") == (ListMatch.address, "alice@example.com")
    assert normalise("mail.example.co.uk") == (ListMatch.domain, "example.co.uk"), "its registered domain"
    assert normalise("@example.com") == (ListMatch.domain, "example.com")
    assert normalise("<Announce.Example.org>") == (ListMatch.list_id, "announce.example.org")
    assert normalise("Announce <announce.example.org>", "list-id") == (ListMatch.list_id, "announce.example.org")
    for bad in ("", "not a domain", "a@b", "<>", "http://x.example.com/"):
        with pytest.raises(ListError):
            normalise(bad)
    assert list_id_of("Python list <python-list.python.org>") == "python-list.python.org"


def test_entries_decide_before_any_judge_the_most_specific_first(db):
    lists = SenderLists(db)
    add(db, ListVerdict.allow, "example.co.uk")
    verdict = lists.judge(FIXED, parse_message(mail(spam=True)))
    assert (verdict.label, verdict.spam_probability, verdict.decided_by) == ("ham", 0.0, Decider.allow_list)
    assert "sender's domain example.co.uk is on your allow list" in verdict.reason

    add(db, ListVerdict.block, "alice@mail.example.co.uk")  # the address is more specific than its domain
    verdict = lists.judge(FIXED, parse_message(mail()))
    assert (verdict.label, verdict.spam_probability, verdict.decided_by) == ("spam", 1.0, Decider.block_list)

    add(db, ListVerdict.allow, "alice@mail.example.co.uk", account="home")  # an account's own entry comes first
    assert lists.judge(FIXED, parse_message(mail()), "home").decided_by == Decider.allow_list
    assert lists.judge(FIXED, parse_message(mail()), "work").decided_by == Decider.block_list
    assert lists.judge(FIXED, parse_message(mail("bob@other.example"))).decided_by == Decider.model

    add(db, ListVerdict.block, "<news.shop.example>")
    listed = mail("bob@other.example", extra="List-Id: Shop news <news.shop.example>\r\n")
    assert lists.judge(FIXED, parse_message(listed)).decided_by == Decider.block_list


def test_blocking_an_allowed_value_replaces_its_entry_and_removing_works_by_id_or_value(db):
    first, _ = add(db, ListVerdict.allow, "bob@example.com")
    second, replaced = add(db, ListVerdict.block, "bob@example.com")
    assert replaced is not None and replaced.id == first.id and replaced.verdict == ListVerdict.allow
    assert [(e.verdict, e.value) for e in entries(db)] == [(ListVerdict.block, "bob@example.com")]
    add(db, ListVerdict.allow, "example.org")
    assert remove(db, "example.org").value == "example.org"
    assert remove(db, second.id).id == second.id
    assert entries(db) == []
    with pytest.raises(ListError):
        remove(db, second.id)


FORGERIES = {
    "dmarc failed": {"results": "mx.owner.example; dmarc=fail header.from=mail.example.co.uk; spf=fail"},
    "no results header": {"results": ""},
    "a pass for another domain": {"results": "mx.owner.example; spf=pass smtp.mailfrom=spammer.example; "
                                             "dkim=pass header.d=spammer.example"},
    "a pass only lower down": {"results": "mx.owner.example; spf=none; dkim=none",
                               "extra": "Authentication-Results: fake.example; dmarc=pass; dkim=pass "
                                        "header.d=mail.example.co.uk\r\n"},
    "a brand in the name": {"name": "PayPal Support"},
    "another address in the name": {"name": "alice@mail.example.co.uk (via boss@company.example)"},
}


@pytest.mark.parametrize("forgery", FORGERIES)
def test_an_allow_entry_never_lets_a_forged_sender_through(db, forgery):
    """GIVEN alice's domain on the allow list
    WHEN mail claims to be hers but failed authentication, carries no proof from the
    receiving server, or a pass for some other domain, or a pass only in a header below
    the top one (the sender's own writing), or a display name naming someone else
    THEN it is judged as usual (the fixed model calls it spam), and says why the entry
    was refused."""
    add(db, ListVerdict.allow, "example.co.uk")
    message = parse_message(mail(spam=True, **FORGERIES[forgery]))
    assert forged(message) is not None
    verdict = SenderLists(db).judge(FIXED, message)
    assert verdict.decided_by == Decider.model and verdict.label == "spam"
    assert any("on your allow list (domain example.co.uk), not let through" in r for r in verdict.risk_factors)
    honest = parse_message(mail(spam=True))
    assert forged(honest) is None and SenderLists(db).judge(FIXED, honest).decided_by == Decider.allow_list
    dmarc = parse_message(mail(spam=True, results="mx.owner.example; dmarc=pass header.from=mail.example.co.uk"))
    assert SenderLists(db).judge(FIXED, dmarc).decided_by == Decider.allow_list


def test_a_list_id_entry_needs_the_list_servers_own_signature(db):
    """A List-Id header is only words: an allowed list's mail goes through when DKIM or
    SPF passed for the list's own domain, not when a spammer writes the header."""
    add(db, ListVerdict.allow, "<announce.lists.example.org>")
    header = "List-Id: Announcements <announce.lists.example.org>\r\n"
    real = mail("someone@members.example.net", spam=True, extra=header,
                results="mx.owner.example; spf=pass smtp.mailfrom=lists.example.org; dkim=pass header.d=example.org")
    assert SenderLists(db).judge(FIXED, parse_message(real)).decided_by == Decider.allow_list
    fake = mail("spammer@spammer.example", spam=True, extra=header)  # DKIM passes, for spammer.example only
    verdict = SenderLists(db).judge(FIXED, parse_message(fake))
    assert verdict.decided_by == Decider.model and "list server" in verdict.reason


def test_the_cli_adds_lists_and_removes_entries_and_each_change_is_audited(tmp_path):
    from pipeline.cli import cli

    runner = CliRunner()
    added = runner.invoke(cli, ["allow", "add", "alice@example.com", "example.org", "--note", "family"])
    assert added.exit_code == 0, added.output
    assert "allow address alice@example.com (every account)" in added.output
    bad = runner.invoke(cli, ["block", "add", "not a sender"])
    assert bad.exit_code == 1 and "not a domain, an address or a List-Id" in bad.output
    unknown = runner.invoke(cli, ["block", "add", "x@spam.example", "--account", "nobody"])
    assert unknown.exit_code == 1 and "no such account" in unknown.output
    listed = runner.invoke(cli, ["allow", "list"])
    assert "alice@example.com" in listed.output and "example.org" in listed.output and "family" in listed.output
    assert "empty" in runner.invoke(cli, ["block", "list"]).output
    removed = runner.invoke(cli, ["allow", "remove", "example.org"])
    assert removed.exit_code == 0 and "removed entry" in removed.output
    from pipeline.config import load_config
    from pipeline.wiring import open_db

    db = open_db(load_config(None))
    with db.reader() as s:
        events = [json.loads(r.data)["event"] for r in s.scalars(select(AuditRecord).where(
            AuditRecord.kind == "sender-list"))]
    assert events == ["added", "added", "removed"]


def test_the_api_lists_adds_and_removes_entries(db):
    server = ApiServer(create_app(db, None, token="t0ken", account_judges={"home": None}), "127.0.0.1", 0).start()
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", headers={"Authorization": "Bearer t0ken"}) as h:
            made = h.post("/lists", json={"verdict": "block", "value": "Spammer.example", "account": "home"})
            assert made.status_code == 201, made.text
            assert made.json()["value"] == "spammer.example" and made.json()["match"] == "domain"
            bad = h.post("/lists", json={"verdict": "allow", "value": "<script>alert(1)</script>"})
            assert bad.status_code == 422 and "<script>" not in bad.text, "never echoes what was sent"
            assert h.post("/lists", json={"verdict": "allow", "value": "a@b.example", "account": "x"}).status_code == 404
            assert [e["value"] for e in h.get("/lists", params={"account": "home"}).json()] == ["spammer.example"]
            assert h.delete(f"/lists/{made.json()['id']}").status_code == 200
            assert h.delete(f"/lists/{made.json()['id']}").status_code == 404
            assert h.get("/lists").json() == []
    finally:
        server.stop()


def test_the_service_applies_the_lists_to_the_next_message(dovecot, mail_user, db):
    """GIVEN a running service with the fixed model
    WHEN the owner blocks one sender and allows another while it runs
    THEN the blocked sender's harmless mail is quarantined, the allowed sender's spam is
    delivered, each recorded with the list as its decider."""
    service = started(fixed_service(dovecot, mail_user, db), db)
    try:
        add(db, ListVerdict.block, "pest@nuisance.example")
        add(db, ListVerdict.allow, "friend@pals.example", account="home")
        with client(dovecot, mail_user) as c:
            c.append("INBOX", mail("pest@nuisance.example", name="Pest"))
            c.append("INBOX", mail("friend@pals.example", name="Friend", spam=True))
        wait_for(lambda: jobs(db, "acted") == 2, what="both acted on")
    finally:
        service.stop()
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1
    assert len(folder_flags(dovecot, mail_user, "INBOX")) == 1
    from storage.models import VerdictRecord

    with db.reader() as s:
        assert sorted(v.decided_by for v in s.scalars(select(VerdictRecord))) == [Decider.allow_list,
                                                                                   Decider.block_list]


def test_a_changed_entry_reaches_a_running_judge_even_when_its_id_is_reused(db):
    """Allow, then block the same sender: SQLite gives the new entry the removed one's id,
    and the running service must still see the change."""
    lists = SenderLists(db)
    add(db, ListVerdict.allow, "alice@mail.example.co.uk")
    assert lists.judge(FIXED, parse_message(mail())).decided_by == Decider.allow_list
    add(db, ListVerdict.block, "alice@mail.example.co.uk")
    assert lists.judge(FIXED, parse_message(mail())).decided_by == Decider.block_list
