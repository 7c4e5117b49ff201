"""The web page in a real browser: headless Chromium (Debian's `chromium` and
`chromium-driver`, driven by Selenium; nothing downloaded) against the real API server
and a real Dovecot, as a member of the household would use it.

Set SCREENSHOTS_DIR=DIR to keep the pages' screenshots there (docs/ holds the
README's)."""

from __future__ import annotations

import os
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline.digest import send
from pipeline.web.links import Links
from storage.kinds import Decider
from storage.models import Feedback, VerdictRecord
from tests.helpers import MARK, WebSite, folder_flags, jobs, wait_for

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                 reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
                                        "chromium-driver); .ci/run installs them")]


class Tattletale:
    """A loopback web server that records every request: a message page that loads
    anything remote would show up here."""

    def __init__(self):
        self.requests: list[str] = []
        seen = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                seen.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/gif")
                self.end_headers()
                self.wfile.write(b"GIF89a")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


def rich_spam(tattle: str, n: int) -> bytes:
    """A quarantine-worthy HTML mail that tries every way of loading something remote."""
    return (f"From: Account Security <security{n}@paypa1-alerts.example>\r\nTo: owner@example.org\r\n"
            f"Subject: Your account is on hold {n}\r\nMessage-ID: <hold{n}-{time.time_ns()}@paypa1-alerts.example>\r\n"
            "Date: Thu, 03 Dec 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            f"<html><head><link rel=stylesheet href=\"{tattle}/css\"><style>@import url({tattle}/import);"
            f"body{{background:url({tattle}/bg)}}</style><script src=\"{tattle}/js\"></script>"
            f"<meta http-equiv=\"refresh\" content=\"0;url={tattle}/refresh\"></head><body>"
            f"<p>{MARK} Dear customer, your account is on hold. Confirm your password within 24 hours.</p>"
            f"<img src=\"{tattle}/pixel.gif\" width=1 height=1><img srcset=\"{tattle}/srcset 2x\">"
            f"<p style=\"background-image:url({tattle}/inline)\">Security team</p>"
            f"<iframe src=\"{tattle}/frame\"></iframe><video poster=\"{tattle}/poster\"></video>"
            f"<a href=\"https://paypa1-login.top/verify\">https://www.paypal.com/signin</a>"
            "</body></html>\r\n").encode()


def friendly(n: int, spam: bool) -> bytes:
    body = f"{MARK} (the fixed model would call this spam)" if spam else "Dinner at ours on Friday?"
    # As the owner's server stamps it: an allow entry needs the sender's domain vouched for.
    return ("Authentication-Results: mx.owner.example; dkim=pass header.d=family.example; spf=pass "
            "smtp.mailfrom=family.example\r\n"
            f"From: Aunt May <may@family.example>\r\nTo: owner@example.org\r\nSubject: Friday dinner {n}\r\n"
            f"Message-ID: <may{n}-{time.time_ns()}@family.example>\r\n\r\n{body}\r\n").encode()


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--disable-background-networking"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=DriverService(executable_path=DRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


@pytest.fixture
def tattle():
    server = Tattletale()
    yield server
    server.close()


def click(browser, by, what: str) -> None:
    """Click what submits a form or follows a link, and wait for the next page."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as loaded
    from selenium.webdriver.support.ui import WebDriverWait

    page = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(by, what).click()
    WebDriverWait(browser, 15).until(loaded.staleness_of(page))


def screenshot(browser, name: str, tmp_path: Path) -> None:
    where = Path(os.environ.get("SCREENSHOTS_DIR", tmp_path))
    where.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(where / name))


def test_a_household_member_releases_a_message_and_allows_its_sender(dovecot, mail_user, db, tmp_path, browser,
                                                                    tattle):
    from selenium.webdriver.common.by import By

    with WebSite(dovecot, mail_user, db, tmp_path / "data") as site:
        site.deliver(rich_spam(tattle.url, 1), acted=1)
        site.deliver(friendly(1, spam=True), acted=2)
        from pipeline.web.auth import set_password

        set_password(db, "sam", "sams-long-password")

        # Sign in.
        browser.get(f"{site.url}/web/")
        assert "Sign in" in browser.title
        browser.find_element(By.NAME, "name").send_keys("sam")
        browser.find_element(By.NAME, "password").send_keys("sams-long-password")
        click(browser, By.CSS_SELECTOR, "form.signin button")
        assert "Quarantine" in browser.title
        page = browser.find_element(By.TAG_NAME, "main").text
        assert "Your account is on hold 1" in page and "Friday dinner 1" in page and "2 messages" in page
        screenshot(browser, "web-quarantine.png", tmp_path)

        # Open the phishing message: nothing remote is fetched.
        click(browser, By.LINK_TEXT, "Your account is on hold 1")
        body = browser.find_element(By.CSS_SELECTOR, "article.body").text
        assert "your account is on hold" in body
        shown_destination = browser.execute_script(
            "return getComputedStyle(document.querySelector('article.body a'), '::after').content")
        assert "https://paypa1-login.top/verify" in shown_destination, "the stylesheet prints where a link goes"
        assert "link text says www.paypal.com but goes to paypa1-login.top" in browser.page_source
        time.sleep(1.0)  # time for anything the page might load
        assert tattle.requests == [], f"the message page made remote requests: {tattle.requests}"
        assert browser.current_url.startswith(site.url), "no refresh took the browser elsewhere"
        screenshot(browser, "web-message.png", tmp_path)

        # A form posted without its CSRF token is refused (the token taken out of the page).
        browser.get(f"{site.url}/web/quarantine")
        click(browser, By.LINK_TEXT, "Friday dinner 1")
        message_page = browser.current_url
        browser.execute_script("document.querySelector('form.actions input[name=csrf]').remove()")
        click(browser, By.CSS_SELECTOR, "button[value=release]")
        assert "security token" in browser.find_element(By.TAG_NAME, "main").text
        assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 2

        # Release it, then always allow its sender.
        browser.get(message_page)
        click(browser, By.CSS_SELECTOR, "button[value=release]")
        assert "Released message" in browser.find_element(By.CSS_SELECTOR, ".said").text
        assert len(folder_flags(dovecot, mail_user, "INBOX")) == 1
        click(browser, By.CSS_SELECTOR, "button[value=allow-sender]")
        assert "Added to the allow list: may@family.example" in browser.find_element(By.CSS_SELECTOR, ".said").text
        with db.reader() as s:
            assert [(f.label, f.source, f.actor) for f in s.scalars(select(Feedback))] == [("ham", "web", "web:sam")]

        # Her next mail is delivered, though the model would call it spam.
        site.deliver(friendly(2, spam=True), acted=3)
        assert len(folder_flags(dovecot, mail_user, "INBOX")) == 2
        with db.reader() as s:
            assert s.scalars(select(VerdictRecord.decided_by).order_by(VerdictRecord.id.desc())).first() \
                == Decider.allow_list


def test_a_digest_link_releases_its_message_once_in_the_browser(dovecot, mail_user, db, tmp_path, browser, tattle):
    from selenium.webdriver.common.by import By

    with WebSite(dovecot, mail_user, db, tmp_path / "data") as site:
        site.deliver(rich_spam(tattle.url, 2), acted=1)
        send(site.config, site.db, site.account, site.links)
        wait_for(lambda: jobs(db, "skipped") == 1, what="the digest seen and left alone")
        import email
        import re

        from tests.helpers import client

        with client(dovecot, mail_user) as c:
            c.select_folder("INBOX", readonly=True)
            [uid] = c.search("ALL")
            raw = c.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
        text = next(p for p in email.message_from_bytes(raw).walk()
                    if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
        [link] = re.findall(r"release: (\S+)", text)
        assert link.startswith("http://127.0.0.1:")

        browser.get(link[:-4] + "abcd")
        assert "not one mailwarden made" in browser.find_element(By.TAG_NAME, "main").text
        browser.get(link)
        assert "Your account is on hold 2" in browser.find_element(By.TAG_NAME, "main").text
        assert len(folder_flags(dovecot, mail_user, "Quarantine")) == 1, "opening the link changes nothing"
        click(browser, By.CSS_SELECTOR, "main form button")
        assert "Released: the message is back in home/INBOX" in browser.find_element(By.TAG_NAME, "main").text
        assert folder_flags(dovecot, mail_user, "Quarantine") == []
        browser.get(link)
        assert "used already" in browser.find_element(By.TAG_NAME, "main").text
        expired = Links(site.context.sessions.key, max_age_days=1 / 86400).make(1)
        time.sleep(2.1)
        browser.get(f"{site.url}/web/link/{expired}")
        assert "expired" in browser.find_element(By.TAG_NAME, "main").text
        assert tattle.requests == []
        with db.reader() as s:
            assert [(f.label, f.source) for f in s.scalars(select(Feedback))] == [("ham", "digest")]
