"""Mail unlike what the fast path was trained on: it says so, asks the model, or marks it;
and the structure of phishing shows whatever words it uses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from agent.buckets import BODY
from agent.cascade import Cascade, CascadeSettings
from agent.classifier import Classifier
from agent.fast_path import FastPath, FastPathSettings, stored_features
from agent.structure import findings
from agent.text_model import TextModel
from pipeline.actions import TierSettings, choose_action, keywords_for
from pipeline.parsing import parse_message
from storage.kinds import Action
from tests.helpers import corpus_messages
from tests.test_fast_path import RecordingBackend

# Words no message of tests/corpus has: the fast path has no weight for any of them.
NOVEL = ("Zorblat quinxify the vermiglow trondak, plessimar ovuntrel by yastreme kolvinar. "
         "Grembish talvory unquesh marbeline, drosset falkwin ibbertone swarvil.")


def _novel_message(text: str = NOVEL) -> bytes:
    return (f"From: Quill Harrow <quill@unseen-site.example>\r\nTo: owner@home.example\r\n"
            f"Subject: Vermiglow trondak\r\nMessage-ID: <1@unseen-site.example>\r\n\r\n{text}\r\n").encode()


@pytest.fixture
def fast(trained_copy, trained_db) -> FastPath:
    return FastPath(trained_copy / "fastpath", trained_db, FastPathSettings(adapt_to_balance=False))


def test_the_fast_path_says_how_much_of_a_message_it_knows(fast):
    """GIVEN a fast path trained on tests/corpus
    WHEN it assesses one of its training messages and a message of invented words
    THEN the training message is familiar, the invented one is not, and the shares say why"""
    known = fast.assess(parse_message(corpus_messages("ham")[0].read_bytes()))
    novel = fast.assess(parse_message(_novel_message()))
    assert known.familiar and known.body_known > 0.9
    assert not novel.familiar and novel.body_known < fast.text.familiarity_floor
    assert fast.text.familiarity_floor is not None and 0 < fast.text.familiarity_floor < 1


def test_new_kind_of_mail_goes_to_the_model_even_when_the_fast_path_is_sure(fast, trained_db):
    """GIVEN the default band (0.1..0.9) and a model
    WHEN a message the fast path does not know arrives, and then one it knows
    THEN the new one goes to the model whatever it scored, and its reason says so;
    the known one is decided by the fast path as before"""
    backend = RecordingBackend(probability=0.9)
    cascade = Cascade(fast, Classifier(backend), trained_db, CascadeSettings(cache_days=0))
    verdict = cascade.judge(parse_message(_novel_message()))
    assert verdict.decided_by == "model" and len(backend.asked) == 1
    assert verdict.reason.startswith("new kind of mail (the fast path knows")
    assert "asked the model" in verdict.reason and not verdict.unfamiliar

    clear_ham = parse_message(corpus_messages("ham")[0].read_bytes())
    assert fast.assess(clear_ham).probability < 0.1
    assert cascade.judge(clear_ham).decided_by == "fast" and len(backend.asked) == 1

    # A band that settles every score without the model: only unfamiliarity asks it.
    settled = dict(cache_days=0, ham_below=1.0, spam_above=1.0)
    asking = Cascade(fast, Classifier(backend), trained_db, CascadeSettings(**settled))
    assert asking.judge(parse_message(_novel_message())).decided_by == "model" and len(backend.asked) == 2
    off = Cascade(fast, Classifier(backend), trained_db, CascadeSettings(**settled, ask_unfamiliar=False))
    assert off.judge(parse_message(_novel_message())).decided_by == "fast" and len(backend.asked) == 2


def test_with_no_model_new_mail_is_marked_for_the_owner_not_delivered_silently(fast):
    """GIVEN no model (`--backend none`)
    WHEN the new message is judged, and a known ham
    THEN the new one is ham but unfamiliar: the tier marks it with its own keyword and
    the reason says to look at it; the known ham is delivered without a mark; and where
    the fast path is sure (p under `mark_unfamiliar_from`) nothing is marked"""
    cascade = Cascade(fast, None, None)
    tiers = TierSettings()
    novel = parse_message(_novel_message())
    p = fast.assess(novel).probability
    assert CascadeSettings().mark_unfamiliar_from <= p < 0.5, "the sample's model is unsure of invented words"
    verdict = cascade.judge(novel)
    assert verdict.label == "ham" and verdict.unfamiliar
    assert "marked for you to look at" in verdict.reason
    action = choose_action(verdict.spam_probability, tiers, verdict.unfamiliar)
    assert action == Action.unfamiliar
    assert tiers.unfamiliar_keyword in keywords_for(action, verdict.category, tiers)

    known = cascade.judge(parse_message(corpus_messages("ham")[0].read_bytes()))
    assert not known.unfamiliar
    assert choose_action(known.spam_probability, tiers, known.unfamiliar) == Action.deliver
    sure = Cascade(fast, None, None, CascadeSettings(ham_below=p, mark_unfamiliar_from=min(p * 2, 1.0)))
    assert not sure.judge(novel).unfamiliar


def test_with_no_model_new_mail_called_spam_is_flagged_not_moved(fast):
    """GIVEN no model, and the fast path calling spam a message it does not know (a
    known one too)
    WHEN the tiers act on them
    THEN the new one stays in the inbox flagged, with the reason saying to look at it;
    the known one at the same probability goes to quarantine"""
    settings = CascadeSettings()
    assert settings.marks_unfamiliar(0.97, trusted=False) and not settings.marks_unfamiliar(0.97, trusted=True)
    tiers = TierSettings()
    assert choose_action(0.97, tiers, unfamiliar=True) == Action.suspicious
    assert choose_action(0.97, tiers, unfamiliar=False) == Action.quarantine
    from agent.fast_path import Assessment

    novel = parse_message(_novel_message())
    for familiar, unfamiliar in ((False, True), (True, False)):
        sure_spam = Assessment(0.97, 2.0, 0.0, [], body_known=0.5, familiar=familiar)
        assert sure_spam.trusted == familiar
        verdict = Cascade(fast, None, None)._fast_verdict(sure_spam, 0.0, novel, model_skipped=True)
        assert verdict.label == "spam" and verdict.unfamiliar == unfamiliar
        assert ("marked for you to look at" in verdict.reason) == unfamiliar
        assert choose_action(verdict.spam_probability, tiers, verdict.unfamiliar) == \
            (Action.suspicious if unfamiliar else Action.quarantine)


def test_unknown_features_do_not_dilute_what_the_model_knows():
    """GIVEN a text model trained on a few messages
    WHEN a message is scored as it is, and again with 200 features nobody trained on added
    THEN with unknown_share 0 the margin is the same (read by what is known), while the
    old normalisation (unknown_share 1) pulls it toward the intercept"""
    rng = np.random.default_rng(0)
    spam = [np.sort(rng.choice(np.arange(BODY, BODY + 400), 30, replace=False)) for _ in range(12)]
    ham = [np.sort(rng.choice(np.arange(BODY + 400, BODY + 800), 30, replace=False)) for _ in range(12)]
    for share in (0.0, 1.0):
        model = TextModel(bags=2, unknown_share=share, calibration_folds=3, neighbours=False)
        model.fit(spam + ham, [True] * 12 + [False] * 12, epochs=5)
        row = spam[0]
        padded = np.sort(np.concatenate([row, np.arange(BODY + 5000, BODY + 5200)]))
        if share == 0.0:
            assert model.linear_margin(padded) == pytest.approx(model.linear_margin(row))
        else:
            intercept = float(model.model.intercept_[0])
            assert abs(model.linear_margin(padded) - intercept) < abs(model.linear_margin(row) - intercept)


PHISH = b"""From: "PayPal Service" <service@mailer-7731.example>
To: owner@home.example
Reply-To: claims@collector.example
Subject: Your account has been limited
Message-ID: <77@mailer-7731.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/html

<p>Dear customer, please verify your account within 24 hours or it will be suspended.</p>
<p><a href="http://paypa1-login.top/secure">www.paypal.com/signin</a></p>
<p><a href="http://bit.ly/3xYz">Resolution center</a> <a href="http://203.0.113.9/x">details</a></p>
<form action="http://paypa1-login.top/post"><input name="password"></form>
--b1
Content-Type: text/html; name="statement.html"
Content-Disposition: attachment; filename="statement.html"

<html>statement</html>
--b1--
"""

NEWSLETTER = b"""From: Shop News <news@shop.example>
To: owner@home.example
Subject: This week at the shop
Message-ID: <5@shop.example>
Content-Type: text/html

<p>New arrivals are in. <a href="https://www.shop.example/new">shop.example/new</a></p>
<p>Thanks for reading, see you next week. Unsubscribe at any time from your settings page.</p>
"""


def test_the_structure_of_phishing_shows_in_plain_words():
    """GIVEN a phishing mail (a brand display name on another domain, link text naming
    paypal.com over a look-alike .top host, a shortener, a bare IP, a form, an attached
    web page, replies steered elsewhere, a request to verify the account) and a shop's
    own newsletter
    WHEN their structure is read
    THEN each finding is there in words a person can read, and the newsletter has none"""
    found = {f.kind: f.detail for f in findings(parse_message(PHISH))}
    assert found["link-text-mismatch"] == "link text says www.paypal.com but goes to paypa1-login.top"
    assert "PayPal Service" in found["display-name-brand"] and "mailer-7731.example" in found["display-name-brand"]
    assert "paypal.com" in found["lookalike-link"]
    assert "bit.ly" in found["shortened-link"] and "203.0.113.9" in found["ip-link"]
    assert "top" in found["abused-tld-link"]
    assert {"html-form", "risky-attachment", "reply-to-elsewhere", "asks-credentials"} <= found.keys()
    assert findings(parse_message(NEWSLETTER)) == []


def test_structural_findings_are_features_and_reasons_of_the_fast_path(fast):
    """GIVEN the phishing mail
    WHEN the fast path judges it alone
    THEN its findings are among its hashed features and in the verdict's risk factors"""
    from agent.buckets import hashed

    message = parse_message(PHISH)
    buckets = set(stored_features(message).buckets.tolist())
    assert set(hashed(["st:link-text-mismatch", "st:html-form"]).tolist()) <= buckets
    verdict = Cascade(fast, None, None).judge(message)
    assert "link text says www.paypal.com but goes to paypa1-login.top" in verdict.risk_factors


def test_the_model_gets_the_findings_as_facts_apart_from_the_senders_words():
    """GIVEN the phishing mail and the shop's newsletter
    WHEN their prompts are rendered for a chat model and for a completion model
    THEN the chat prompt lists the findings after the fenced email, as the filter's own
    checks (the newsletter's says it found nothing unusual), and the completion prompt,
    which has no place apart from the email, carries them in the email's notes"""
    from agent.classifier import email_view
    from prompts import render

    view = email_view(parse_message(PHISH))
    chat = render(view)
    end = chat.user.index(f"{chat.boundary} END")
    assert chat.user.index("link text says www.paypal.com but goes to paypa1-login.top") > end
    assert "facts it\nchecked" in chat.user and "who really sends it" in chat.system.lower()
    plain = render(email_view(parse_message(NEWSLETTER)))
    assert "found nothing unusual" in plain.user.split(f"{plain.boundary} END")[1]
    completion = render(view, style="completion")
    assert "link text says www.paypal.com but goes to paypa1-login.top" in completion.email
    assert completion.email.index("paypa1-login.top") < completion.email.index(f"{completion.boundary} END")


def test_a_fresh_install_judges_with_the_starter_model_until_its_owner_trains(isolated_environment, tmp_path,
                                                                             monkeypatch):
    """GIVEN a fresh data directory, never trained
    WHEN the phishing mail and the shop's newsletter are classified with no model
    THEN the shipped starter model judges them (the phishing as spam, by the fast path),
    and neither is moved to quarantine on its word alone (it calls a small shop
    newsletter spam too: it knows public mail, not this mailbox's); a correction learned on it is saved as the owner's own model, the shipped file
    untouched; and with `[fast_path] starter = false` the same command says to train"""
    import hashlib
    import json

    from click.testing import CliRunner

    from pipeline.cli import cli
    from pipeline.training import starter_dir

    monkeypatch.delenv("MAILWARDEN_FAST_PATH__STARTER")  # the default: on
    shipped = starter_dir() / "text_model.joblib"
    before = hashlib.sha256(shipped.read_bytes()).hexdigest()
    (tmp_path / "phish.eml").write_bytes(PHISH)
    (tmp_path / "news.eml").write_bytes(NEWSLETTER)
    result = CliRunner().invoke(cli, ["classify", "--backend", "none", "--json",
                                      str(tmp_path / "phish.eml"), str(tmp_path / "news.eml")])
    assert result.exit_code == 0, result.output
    verdicts = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    by_file = {Path(v["source"]).name: v for v in verdicts}
    assert by_file["phish.eml"]["verdict"]["label"] == "spam"
    assert "the starter model, which has not learned your mail, calls it spam" in by_file["phish.eml"]["verdict"]["reason"]
    assert {v["verdict"]["decided_by"] for v in verdicts} == {"fast"}
    for v in verdicts:  # with no model, nothing is moved on the starter's word: flagged at most
        verdict = v["verdict"]
        assert choose_action(verdict["spam_probability"], TierSettings(), verdict["unfamiliar"]) != Action.quarantine

    from agent.fast_path import FastPath
    from pipeline.config import load_config
    from pipeline.wiring import fast_path_dir, starter_for

    config = load_config()
    fast = FastPath(fast_path_dir(config), None, config.fast_path, starter_dir=starter_for(config))
    assert fast.on_starter and fast.ready
    phish = fast.assess(parse_message(PHISH))
    assert phish.probability >= 0.5 and phish.familiar and not phish.trusted, \
        "its words are known, but its spam calls are checked, never moved on its word"
    fast.learn(parse_message(NEWSLETTER), "spam")
    assert (fast_path_dir(config) / "text_model.joblib").exists()
    assert FastPath(fast_path_dir(config), None, config.fast_path, starter_dir=starter_for(config)).on_starter, \
        "still the starter, plus a correction"
    assert hashlib.sha256(shipped.read_bytes()).hexdigest() == before
    fast.train([parse_message(m.read_bytes()) for m in corpus_messages("spam") + corpus_messages("ham")],
               ["spam"] * len(corpus_messages("spam")) + ["ham"] * len(corpus_messages("ham")))
    assert not FastPath(fast_path_dir(config), None, config.fast_path, starter_dir=starter_for(config)).on_starter

    (fast_path_dir(config) / "text_model.joblib").unlink()
    off = CliRunner(env={"MAILWARDEN_FAST_PATH__STARTER": "false"}).invoke(
        cli, ["classify", "--backend", "none", str(tmp_path / "phish.eml")])
    assert off.exit_code != 0 and "mailwarden train" in off.output


def _qr_png(text: str) -> bytes:
    import io

    import zxingcpp
    from PIL import Image

    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    picture = Image.new("L", (400, 300), 255)
    picture.paste(Image.fromarray(np.asarray(zxingcpp.write_barcode_to_image(code, scale=4))), (120, 60))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def test_a_link_hidden_in_a_qr_code_and_a_date_that_contradicts_its_arrival_are_found():
    """GIVEN a mail whose only content is a picture of a QR code (a look-alike login page),
    dated ten days before the owner's server received it, and a mail dated as it arrived
    WHEN they are parsed and their structure read
    THEN the QR code's link is among the first one's links (so its domain is a feature and
    shown to the model), and there are findings for the QR code and for the date; the
    second has no date finding"""
    import base64

    png = base64.encodebytes(_qr_png("https://micros0ft-verify.top/login")).decode()
    raw = ("Received: from mx.example (mx.example [198.51.100.7]) by mail.home.example; "
           "Tue, 24 Nov 2026 10:00:00 +0000\r\n"
           "From: IT Desk <desk@mailer.example>\r\nTo: owner@home.example\r\nSubject: Scan to keep your mailbox\r\n"
           "Date: Sat, 14 Nov 2026 09:00:00 +0000\r\nMessage-ID: <qr1@mailer.example>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n"
           "<img src=\"cid:qr\">\r\n--b\r\nContent-Type: image/png\r\nContent-ID: <qr>\r\n"
           f"Content-Transfer-Encoding: base64\r\n\r\n{png}\r\n--b--\r\n").encode()
    message = parse_message(raw)
    assert message.qr_codes == ["https://micros0ft-verify.top/login"]
    assert "micros0ft-verify.top" in message.link_domains
    found = {f.kind: f.detail for f in findings(message)}
    assert found["qr-code"] == "a QR code in an image leads to micros0ft-verify.top"
    assert found["date-contradiction"] == "dated 2026-11-14, long before it arrived (2026-11-24)"
    assert "abused-tld-link" in found
    on_time = raw.replace(b"Sat, 14 Nov 2026 09:00:00", b"Tue, 24 Nov 2026 09:58:00")
    assert "date-contradiction" not in {f.kind for f in findings(parse_message(on_time))}


def test_received_lines_whose_times_run_backwards_are_a_finding_shown_not_learned():
    """GIVEN a mail whose lower Received line (an earlier relay, so written first) is
    stamped a day after the line the owner's server added on top, and one in order
    WHEN their structure is read
    THEN the first has a finding naming the relay and both times, not among the
    fast path's features; the second has none (measured: 0.3% of SpamAssassin ham and
    0.2% of TREC 2007 ham have it, 5.4% and 8.1% of their spam)"""
    from agent.features import portable_features

    def mail(earlier_relay_time: str) -> bytes:
        return ("Received: from relay.mailer.example (relay.mailer.example [198.51.100.9]) by mx.home.example; "
                "Tue, 24 Nov 2026 10:00:00 +0000\r\n"
                "Received: from [203.0.113.5] by relay.mailer.example; "
                f"{earlier_relay_time}\r\n"
                "From: Billing <billing@mailer.example>\r\nTo: owner@home.example\r\nSubject: Invoice\r\n"
                "Date: Tue, 24 Nov 2026 09:58:00 +0000\r\nMessage-ID: <r1@mailer.example>\r\n\r\nPay now.\r\n"
                ).encode()

    forged = parse_message(mail("Wed, 25 Nov 2026 11:00:00 +0000"))
    found = {f.kind: f.detail for f in findings(forged)}
    assert found["relay-times-contradict"] == ("relay.mailer.example says it had the mail at 2026-11-25 11:00, "
                                               "after the next relay (2026-11-24 10:00): a forged Received line")
    assert not any("relay-times" in feature for feature in portable_features(forged))
    in_order = parse_message(mail("Tue, 24 Nov 2026 09:59:00 +0000"))
    assert "relay-times-contradict" not in {f.kind for f in findings(in_order)}
