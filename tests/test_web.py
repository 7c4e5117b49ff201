"""The web page over HTTP (httpx against the real server, a real Dovecot behind it):
sign-in and its limits, CSRF, what a family member may see, a message shown safely,
the bulk actions, and the daily digest with its one-time links. The same story in a
real browser is tests/test_web_browser.py."""

from __future__ import annotations

import time
from datetime import datetime, time as clock, timezone

import httpx
import pytest
from sqlalchemy import select

from pipeline.digest import due_at, is_due, send
from pipeline.web.auth import hash_password, password_matches, set_password
from pipeline.web.links import Links
from storage.models import Feedback
from tests.helpers import MARK, WebSite, client, csrf_of, folder_flags, jobs, message, wait_for


@pytest.fixture
def site(dovecot, mail_user, db, tmp_path):
    with WebSite(dovecot, mail_user, db, tmp_path / "data", signin_per_minute=3) as site:
        yield site


def spam_with_html(n: int, tracker: str = "http://127.0.0.1:9/pixel.gif") -> bytes:
    return (f"From: Prize Desk <prizes{n}@winner.example>\r\nTo: owner@example.org\r\nSubject: You won {n}\r\n"
            f"Message-ID: <won{n}-{time.time_ns()}@winner.example>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n"
            f"<html><head><style>body{{background:url({tracker})}}</style><script>alert(1)</script></head>"
            f"<body><p>{MARK} claim now</p><img src=\"{tracker}\"><a href=\"https://paypa1-login.top/x\">paypal.com</a>"
            "<form action=\"https://evil.example/\"><input name=pw></form>"
            "<p onclick=\"steal()\" style=\"color:red\">click</p></body></html>\r\n").encode()


def test_passwords_are_scrypt_hashes_that_match_only_themselves():
    stored = hash_password("correct horse battery")
    assert stored.startswith("scrypt$") and "correct" not in stored
    assert password_matches("correct horse battery", stored)
    assert not password_matches("correct horse batterY", stored)
    assert not password_matches("x", "garbage")


def test_signin_sets_a_strict_cookie_and_wrong_passwords_are_limited(site):
    set_password(site.db, "kim", "kims-long-password")
    with httpx.Client(base_url=site.url) as h:
        assert h.get("/web/quarantine").headers["location"].startswith("/web/signin")
        for _ in range(2):
            form = h.get("/web/signin")
            wrong = h.post("/web/signin", data={"name": "kim", "password": "nope", "csrf": csrf_of(form.text)})
            assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
        form = h.get("/web/signin")
        right = h.post("/web/signin", data={"name": "kim", "password": "kims-long-password",
                                            "csrf": csrf_of(form.text)})
        assert right.status_code == 303
        cookie = right.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "path=/web" in cookie
        assert "secure" not in cookie, "Secure only over TLS (else the browser would drop it on http)"
        form = h.get("/web/signin")
        limited = h.post("/web/signin", data={"name": "kim", "password": "kims-long-password",
                                              "csrf": csrf_of(form.text)})
        assert limited.status_code == 429, "the 4th attempt in a minute from one address"
    with httpx.Client(base_url=site.url) as h:
        forged = h.post("/web/signin", data={"name": "kim", "password": "kims-long-password", "csrf": "made-up"})
        assert forged.status_code in (403, 429), "a sign-in form that did not come from our page"


def test_a_new_password_signs_old_sessions_out(site):
    set_password(site.db, "kim", "kims-long-password")
    h = site.signin("kim", "kims-long-password")
    assert h.get("/web/quarantine").status_code == 200
    set_password(site.db, "kim", "another-long-password")
    assert h.get("/web/quarantine").status_code == 303


def test_a_form_without_the_csrf_token_is_refused_and_changes_nothing(site):
    site.deliver(message(1, spam=True), acted=1)
    h = site.signin()
    [pk] = [r for r in _ids(h)]
    refused = h.post("/web/quarantine", data={"action": "release", "ids": [pk]})
    assert refused.status_code == 403 and "security token" in refused.text
    assert h.post("/web/quarantine", data={"action": "release", "ids": [pk], "csrf": "wrong"}).status_code == 403
    assert len(folder_flags(site.dovecot, site.user, "Quarantine")) == 1
    with site.db.reader() as s:
        assert s.scalars(select(Feedback)).all() == []


def _ids(h: httpx.Client) -> list[int]:
    import re

    return [int(x) for x in re.findall(r'name="ids" value="(\d+)"', h.get("/web/quarantine").text)]


def test_a_message_is_shown_without_anything_remote_or_executable(site):
    site.deliver(spam_with_html(1), acted=1)
    h = site.signin()
    [pk] = _ids(h)
    page = h.get(f"/web/message/{pk}")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "img-src 'self'" in csp and "form-action 'self'" in csp
    body = page.text.split('<article class="body">', 1)[1].split("</article>", 1)[0]
    for never in ("<script", "<img", "<style", "onclick", "style=", "<form", "<input", "127.0.0.1:9"):
        assert never not in body, never
    assert "claim now" in body and 'href="https://paypa1-login.top/x"' in body
    assert "1 picture not shown" in page.text
    assert "link text says paypal.com but goes to paypa1-login.top" in page.text, "the finding in plain words"
    assert "<code>https://paypa1-login.top/x</code>" in page.text, "every link with its real destination"


def test_the_quarantine_page_searches_pages_and_acts_on_several_at_once(site, dovecot, mail_user):
    for n in range(3):
        site.deliver(message(10 + n, spam=True, subject=f"Cheap pills batch {n}"), acted=n + 1)
    site.deliver(message(20, spam=True, subject="Lottery notice"), acted=4)
    h = site.signin()
    listed = h.get("/web/quarantine")
    assert "4 messages" in listed.text and "Lottery notice" in listed.text and "sender20@example.com" in listed.text
    found = h.get("/web/quarantine", params={"q": "pills batch"})
    assert "3 messages" in found.text and "Lottery notice" not in found.text
    ids = _ids(h)
    done = h.post("/web/quarantine", data={"action": "release", "ids": ids[:2], "csrf": csrf_of(listed.text)},
                  follow_redirects=True)
    assert "Released 2 messages." in done.text
    assert len(folder_flags(dovecot, mail_user, "INBOX")) == 2
    gone = h.post("/web/quarantine", data={"action": "delete", "ids": ids[2:3], "csrf": csrf_of(listed.text)},
                  follow_redirects=True)
    assert "Deleted 1 message." in gone.text and "1 message" in gone.text
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1
    with site.db.reader() as s:
        assert sorted((f.label, f.source) for f in s.scalars(select(Feedback))) == [("ham", "web"), ("ham", "web")]


def test_a_family_member_sees_only_their_own_account(site, dovecot, db, tmp_path):
    site.deliver(message(1, spam=True), acted=1)
    set_password(site.db, "kid", "kids-long-password", account="elsewhere")
    h = site.signin("kid", "kids-long-password")
    assert _ids(h) == []
    with db.reader() as s:
        from storage.models import Message

        pk = s.scalars(select(Message.id)).first()
    assert h.get(f"/web/message/{pk}").status_code == 404
    page = h.get("/web/quarantine")
    refused = h.post("/web/quarantine", data={"action": "release", "ids": [pk], "csrf": csrf_of(page.text)},
                     follow_redirects=True)
    assert "Released 0 messages" in refused.text and "not in account elsewhere" in refused.text
    assert len(folder_flags(dovecot, site.user, "Quarantine")) == 1


def test_recent_mail_can_be_marked_spam_from_there(site, dovecot, mail_user):
    site.deliver(message(3), acted=1)
    h = site.signin()
    recent = h.get("/web/recent")
    assert "Minutes of meeting 3" in recent.text
    import re

    pk = re.search(r'action="/web/recent/(\d+)"', recent.text).group(1)
    done = h.post(f"/web/recent/{pk}", data={"csrf": csrf_of(recent.text)}, follow_redirects=True)
    assert "marked as spam" in done.text
    assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1 and folder_flags(dovecot, mail_user, "INBOX") == []
    assert "Minutes of meeting 3" in h.get("/web/quarantine").text


def test_the_digest_lists_new_quarantine_and_its_link_releases_once(site, dovecot, mail_user):
    assert not send(site.config, site.db, site.account, site.links).appended, "nothing quarantined: nothing sent"
    site.deliver(message(5, spam=True, subject="Cheap pills <b>bold</b> =?utf-8?q?x=0A__release:_https://evil.example/?="),
                 acted=1)
    result = send(site.config, site.db, site.account, site.links)
    assert result.appended and result.messages == 1
    with client(dovecot, mail_user) as c:
        c.select_folder("INBOX", readonly=True)
        [uid] = c.search("ALL")
        raw = c.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    import email
    import re

    digest = email.message_from_bytes(raw)
    html = next(p for p in digest.walk() if p.get_content_type() == "text/html").get_payload(decode=True).decode()
    assert "Cheap pills &lt;b&gt;bold&lt;/b&gt;" in html, "the spammer's words are escaped"
    text = next(p for p in digest.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert "evil.example" in text and "https://evil" not in text and "https://evil" not in html, \
        "no link of the spammer's in our own mail"
    assert len(re.findall(r"^\s*release: ", text, re.M)) == 1, "no forged release line"
    [link] = re.findall(r'href="(http://[^"]+/web/link/[^"]+)"', html)
    time.sleep(1.5)  # past a poll: the service looked at the digest and left it alone
    wait_for(lambda: jobs(site.db, "skipped") == 1, what="the service skipping its own digest")
    assert len(folder_flags(dovecot, mail_user, "INBOX")) == 1, "the digest is never judged or moved"
    again = send(site.config, site.db, site.account, site.links)
    assert not again.appended, "the next digest lists only what came after"

    path = link.split(site.url, 1)[1] if link.startswith(site.url) else "/web/link/" + link.rsplit("/", 1)[1]
    with httpx.Client(base_url=site.url) as h:
        assert h.get(path[:-3] + "xyz").status_code == 410, "an altered link"
        shown = h.get(path)
        assert shown.status_code == 200 and "Release it" in shown.text, "opening the link changes nothing"
        assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1
        used = h.post(path)
        assert used.status_code == 200 and "Released" in used.text
        assert folder_flags(dovecot, mail_user, "Quarantine") == []
        twice = h.post(path)
        assert twice.status_code == 410 and "used already" in twice.text
    expired = Links(site.context.sessions.key, max_age_days=1 / 86400).make(1)
    time.sleep(2.1)
    with httpx.Client(base_url=site.url) as h:
        assert "expired" in h.get(f"/web/link/{expired}").text
    with site.db.reader() as s:
        assert [(f.label, f.source) for f in s.scalars(select(Feedback))] == [("ham", "digest")]


def test_the_digest_comes_once_a_day_at_the_time_set_in_the_owners_zone(site):
    config = site.config.model_copy(update={"digest": site.config.digest.model_copy(
        update={"at": clock(7, 30), "timezone": "Europe/Berlin"})})
    winter_noon = datetime(2026, 12, 3, 11, 0, tzinfo=timezone.utc)  # 12:00 in Berlin
    assert due_at(config, site.account, winter_noon) == datetime(2026, 12, 3, 6, 30, tzinfo=timezone.utc)
    early = datetime(2026, 12, 3, 5, 0, tzinfo=timezone.utc)  # 06:00 in Berlin: yesterday's is the latest
    assert due_at(config, site.account, early) == datetime(2026, 12, 2, 6, 30, tzinfo=timezone.utc)
    assert is_due(config, site.db, site.account, winter_noon)
    send(config, site.db, site.account, site.links, now=winter_noon)
    assert not is_due(config, site.db, site.account, datetime(2026, 12, 4, 6, 0, tzinfo=timezone.utc))
    assert is_due(config, site.db, site.account, datetime(2026, 12, 4, 6, 31, tzinfo=timezone.utc))


def test_a_family_member_gets_neither_rules_nor_stats_nor_other_accounts_senders(site, db):
    site.deliver(message(1, spam=True), acted=1)
    set_password(site.db, "kid", "kids-long-password", account="elsewhere")
    h = site.signin("kid", "kids-long-password")
    for path in ("/web/rules", "/web/stats", "/web/dashboard.png"):
        assert h.get(path).status_code == 403, path
    with db.reader() as s:
        from storage.models import Message

        pk = s.scalars(select(Message.id)).first()
    page = h.get("/web/lists")
    done = h.post(f"/web/message/{pk}", data={"action": "allow-sender", "csrf": csrf_of(page.text)},
                  follow_redirects=True)
    assert "sender1@example.com" not in done.text, "a sender of another account is not revealed"
    assert h.get("/web/lists").text.count("sender1@example.com") == 0


def test_a_new_api_token_signs_out_the_sessions_it_opened(site):
    from pipeline.web.auth import Sessions

    h = site.signin()
    assert h.get("/web/quarantine").status_code == 200
    cookie = h.cookies.get("mw_session")
    rotated = Sessions(site.db, site.context.sessions.key, "a-brand-new-token-value", 3600)
    assert rotated.viewer(cookie) is None
    assert site.context.sessions.viewer(cookie) is not None


def test_a_new_password_keeps_what_the_user_sees_unless_told(site):
    from pipeline.web.auth import KEEP

    set_password(site.db, "kim", "kims-long-password", account="home")
    assert set_password(site.db, "kim", "kims-other-password", KEEP) == "home"
    assert set_password(site.db, "kim", "kims-third-password", None) is None

