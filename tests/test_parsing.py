"""Parsing real public mail and hand-made broken mail into `ParsedMessage`."""

import io
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image

from pipeline.parsing import parse_message, registered_domain
from tests.helpers import corpus_messages

MALFORMED = Path(__file__).parent / "malformed"
REAL = corpus_messages("ham") + corpus_messages("spam")


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_every_real_message_parses_with_sender_subject_and_text(path):
    parsed = parse_message(path.read_bytes())

    assert parsed.size == path.stat().st_size
    assert parsed.from_address and "@" in parsed.from_address
    assert parsed.text.strip(), "a reader would see some text"
    assert parsed.profile.part_count >= 1
    assert len(parsed.fingerprint) == 64


def test_real_corpus_sample_yields_external_ips_links_and_dates():
    parsed = [parse_message(p.read_bytes()) for p in REAL]
    assert sum(1 for p in parsed if p.first_external_ip) >= len(parsed) * 0.8
    assert sum(1 for p in parsed if p.links) >= len(parsed) * 0.5
    assert sum(1 for p in parsed if p.date is not None) >= len(parsed) * 0.95
    assert sum(1 for p in parsed if p.message_id) >= len(parsed) * 0.95


def test_encoded_headers_received_chain_auth_and_html_links():
    parsed = parse_message((MALFORMED / "encoded_headers_html_only.eml").read_bytes())

    assert parsed.from_name == "PayPal Security"
    assert parsed.from_address == "security@paypa1-alerts.example.com"
    assert parsed.subject == "Ihr Konto wurde gesperrt äöü now"
    assert parsed.to_count == 2 and parsed.cc_count == 1
    assert parsed.message_id == "<abc123@paypa1-alerts.example.com>"
    assert parsed.date is not None and parsed.date.year == 2026
    # newest hop is loopback, then the public address that handed it to the owner's MX
    assert [hop.from_ip for hop in parsed.received] == ["127.0.0.1", "203.0.113.77", "10.0.0.5"]
    assert (parsed.auth.spf, parsed.auth.dkim, parsed.auth.dmarc) == ("softfail", "none", "fail")
    assert parsed.list_id == "Alerts <alerts.paypa1-alerts.example.com>"
    assert parsed.list_unsubscribe == "<mailto:unsub@paypa1-alerts.example.com>"
    # HTML rendered as a reader sees it: no tags, no script, no style
    assert "Dear customer" in parsed.html_text and "locked" in parsed.html_text
    assert "<b>" not in parsed.html_text and "hidden script text" not in parsed.html_text
    assert "color:red" not in parsed.html_text
    assert parsed.text == parsed.html_text
    domains = parsed.link_domains
    assert "secure-check.co.uk" in domains, "registered domain, not the paypal.com look-alike prefix"
    assert "198.51.100.9" in domains, "a form posting to a bare IP counts as a link"


def test_documentation_ip_ranges_are_not_external():
    # 203.0.113.0/24 is TEST-NET-3: not global, so it is not reported as the origin.
    parsed = parse_message((MALFORMED / "encoded_headers_html_only.eml").read_bytes())
    assert parsed.first_external_ip is None


def test_public_ip_in_received_is_the_first_external_hop():
    raw = (
        b"Received: from mx (localhost [127.0.0.1]) by me\r\n"
        b"Received: from sender.example.net (sender.example.net [8.8.4.4]) by mx\r\n"
        b"Received: from pc (pc [192.168.1.2]) by sender.example.net\r\n"
        b"From: a@example.net\r\nSubject: x\r\n\r\nhello\r\n"
    )
    assert parse_message(raw).first_external_ip == "8.8.4.4"


def test_unknown_charset_and_missing_boundary_are_defects_not_errors():
    parsed = parse_message((MALFORMED / "unknown_charset_no_closing_boundary.eml").read_bytes())

    assert "Café crème" in parsed.plain_text  # undeclared bytes read as Latin-1, not dropped
    assert any("unknown charset 'x-no-such-charset'" in d for d in parsed.defects)
    assert any("CloseBoundaryNotFound" in d for d in parsed.defects)
    assert parsed.link_domains == ["example.com"]


@pytest.mark.parametrize("name", ["headers_only_broken.eml", "binary_junk.eml"])
def test_broken_and_binary_messages_still_parse(name):
    parsed = parse_message((MALFORMED / name).read_bytes())
    assert parsed.size > 0
    assert parsed.fingerprint


def test_empty_message_is_a_defect():
    parsed = parse_message(b"")
    assert parsed.defects == ["empty message (0 bytes)"]
    assert parsed.text == ""


def test_fifty_megabyte_message_is_parsed_from_its_head_only(monkeypatch):
    """GIVEN a 50 MB message WHEN it is parsed THEN the MIME parser reads no more than
    its first 8 MiB (the work is bounded by the cut, not by the size of the mail), and
    the sender, subject, text and real size are all there."""
    import email.feedparser

    msg = EmailMessage()
    msg["From"] = "big@example.com"
    msg["Subject"] = "holiday photos"
    msg.set_content("see attached")
    msg.add_attachment(b"\0" * (50 * 1024 * 1024), maintype="application", subtype="octet-stream", filename="big.bin")
    raw = msg.as_bytes()
    assert len(raw) > 50_000_000

    fed = []
    feed = email.feedparser.FeedParser.feed  # what every stdlib parser of bytes or text ends in

    def counted(self, data):
        fed.append(len(data))
        return feed(self, data)

    with monkeypatch.context() as patched:
        patched.setattr(email.feedparser.FeedParser, "feed", counted)
        parsed = parse_message(raw)

    assert 0 < sum(fed) <= 8 * 2**20, f"the MIME parser read {sum(fed)} characters of {len(raw)}"
    assert parsed.subject == "holiday photos"
    assert parsed.from_address == "big@example.com"
    assert parsed.plain_text.strip() == "see attached"
    assert parsed.size == len(raw)
    assert any("only the first 8 MiB were parsed" in d for d in parsed.defects)


def test_mime_nested_a_hundred_levels_deep_is_cut_off_with_a_defect():
    inner = b"Content-Type: text/plain\r\n\r\ninnermost words\r\n"
    for depth in range(100):
        b = f"b{depth}".encode()
        inner = (b"Content-Type: multipart/mixed; boundary=\"" + b + b"\"\r\n\r\n--" + b + b"\r\n" + inner
                 + b"\r\n--" + b + b"--\r\n")
    parsed = parse_message(b"From: deep@example.com\r\nSubject: deep\r\n" + inner)
    assert parsed.subject == "deep"
    assert any("nesting deeper than" in d for d in parsed.defects)


def test_attachments_and_the_content_profile():
    png = io.BytesIO()
    Image.new("RGB", (120, 45), "white").save(png, format="PNG")
    msg = EmailMessage()
    msg["From"] = "Shop <news@shop.example.com>"
    msg["Subject"] = "Our offers"
    msg.set_content("plain words")
    msg.add_alternative("<p>html words <img src='cid:logo'></p>", subtype="html")
    msg.add_attachment(png.getvalue(), maintype="image", subtype="png", filename="logo.png")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="invoice.pdf")

    parsed = parse_message(msg.as_bytes())

    assert [(a.filename, a.content_type) for a in parsed.attachments] == [
        ("logo.png", "image/png"),
        ("invoice.pdf", "application/pdf"),
    ]
    assert parsed.attachments[1].size == len(b"%PDF-1.4 fake")
    assert parsed.profile.content_type == "multipart/mixed"
    assert parsed.profile.part_count == 4
    assert parsed.profile.image_dimensions == [(120, 45)]
    assert parsed.plain_text == "plain words"
    assert "html words" in parsed.html_text


def test_same_text_resent_has_the_same_content_fingerprint():
    a = parse_message(b"From: x@example.com\r\nSubject: Win  big\r\nMessage-ID: <1@x>\r\n\r\nClaim your prize\r\n")
    b = parse_message(b"From: x@example.com\r\nSubject: Win big\r\nMessage-ID: <2@x>\r\n\r\nClaim  your prize\r\n")
    assert a.fingerprint != b.fingerprint
    assert a.content_fingerprint == b.content_fingerprint


@pytest.mark.parametrize(
    "host, expected",
    [("mail.example.co.uk", "example.co.uk"), ("a.b.example.com", "example.com"), ("192.0.2.1", "192.0.2.1"),
     ("com", "com")],
)
def test_registered_domain(host, expected):
    assert registered_domain(host) == expected


def test_raw_eight_bit_header_is_decoded_not_left_as_surrogates():
    parsed = parse_message("Subject: Grüße aus Köln\r\nFrom: a@example.de\r\n\r\nhallo\r\n".encode("utf-8"))
    assert parsed.subject == "Grüße aus Köln"
    latin = parse_message("Subject: Café\r\nFrom: a@example.fr\r\n\r\nx\r\n".encode("latin-1"))
    assert latin.subject == "Café"


def test_sender_alignment_with_links_message_id_relay_and_bounce_address():
    own = parse_message(
        b"Return-Path: <bounce-17@mail.shop.example>\r\n"
        b"Received: from mta2.shop.example (mta2.shop.example [203.0.113.9]) by mx.owner.example\r\n"
        b"From: Shop News <news@shop.example>\r\nMessage-ID: <x1@mailer.shop.example>\r\n"
        b"Subject: Weekly\r\nContent-Type: text/html\r\n\r\n<a href='https://www.shop.example/sale'>sale</a>\r\n")
    assert own.alignment.model_dump() == {"links": True, "message_id": True, "relay": True, "return_path": True}
    borrowed = parse_message(
        b"Return-Path: <x@bulk.example>\r\nReceived: from relay.bulk.example ([198.51.100.7]) by mx.owner.example\r\n"
        b"From: Your Bank <service@bank.example>\r\nMessage-ID: <abc@bulk.example>\r\nSubject: Verify\r\n"
        b"Content-Type: text/html\r\n\r\n<a href='http://login-bank.example.net/'>verify</a>\r\n")
    assert borrowed.alignment.model_dump() == {"links": False, "message_id": False, "relay": False, "return_path": False}
    no_links = parse_message(b"From: a@home.example\r\nSubject: hi\r\n\r\nno links here\r\n")
    assert no_links.alignment.links is None
    assert parse_message(b"Subject: no sender\r\n\r\ntext\r\n").alignment is None
