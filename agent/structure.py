"""What a message's structure says about it, whatever words it uses.

Phishing and fraud change their vocabulary every year; their shape changes slowly: a
link whose text names one site and whose target is another, a display name that
claims a bank while the address belongs to someone else, a host that looks like a
well-known one, a request for a password or a payment, a link through a shortener or
to a bare IP address, an HTML file or a form to type into, a picture instead of text,
replies steered elsewhere. Each is a `Finding` with words a person can read; the fast
path learns a weight for each (as an "st:" feature, `agent.features`), `explain` lists
them, and the model's prompt gets them as facts.

The lists below (brands, shorteners, top-level domains) are deliberately short: they
hold what is impersonated or abused across years, and the text model decides how much
each finding counts, from labelled mail.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from datetime import UTC, timedelta

from pydantic import BaseModel

from agent.message import QR_LINK_TEXT, ParsedMessage
from agent.verdict import Category

BRANDS: dict[str, tuple[str, ...]] = {
    # brand word in a display name or link text -> the registered domains that are really it
    "paypal": ("paypal.com", "paypal.me"), "apple": ("apple.com", "icloud.com"),
    "icloud": ("apple.com", "icloud.com"), "microsoft": ("microsoft.com", "office.com", "live.com", "outlook.com"),
    "office365": ("microsoft.com", "office.com"), "outlook": ("microsoft.com", "outlook.com", "live.com"),
    "onedrive": ("microsoft.com", "live.com"), "sharepoint": ("microsoft.com", "sharepoint.com"),
    "amazon": ("amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "amazonses.com"),
    "netflix": ("netflix.com",), "dhl": ("dhl.com", "dhl.de"), "fedex": ("fedex.com",), "ups": ("ups.com",),
    "usps": ("usps.com",), "docusign": ("docusign.com", "docusign.net"), "dropbox": ("dropbox.com",),
    "wellsfargo": ("wellsfargo.com",), "chase": ("chase.com", "jpmorgan.com"),
    "bankofamerica": ("bankofamerica.com",), "amex": ("americanexpress.com",),
    "americanexpress": ("americanexpress.com",), "ebay": ("ebay.com",), "facebook": ("facebook.com", "facebookmail.com"),
    "instagram": ("instagram.com",), "linkedin": ("linkedin.com",), "google": ("google.com", "gmail.com"),
    "gmail": ("google.com", "gmail.com"), "yahoo": ("yahoo.com",), "adobe": ("adobe.com",),
    "coinbase": ("coinbase.com",), "binance": ("binance.com",), "metamask": ("metamask.io",),
    "irs": ("irs.gov",), "hmrc": ("hmrc.gov.uk",), "webmail": (), "mailbox": (), "helpdesk": (),
}
"""Brands (and the names mailbox-quota phishing uses) a display name or link text claims.
An empty tuple: no domain is really it, so the claim needs no domain to contradict."""

SHORTENERS = frozenset({
    "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at",
    "rb.gy", "tiny.cc", "bl.ink", "t.ly", "s.id", "v.gd", "qrco.de", "lnkd.in", "shorte.st", "adf.ly",
})

ABUSED_TLDS = frozenset({
    # among the most abused top-level domains in Spamhaus's and Interisle's yearly reports
    "top", "xyz", "click", "loan", "work", "gq", "tk", "ml", "cf", "ga", "buzz", "rest", "fit", "surf", "cyou",
    "icu", "monster", "sbs", "cfd", "bond", "shop", "live", "online", "site", "store", "club", "win", "bid",
    "download", "review", "stream", "country", "kim", "men", "party", "science", "date", "racing", "zip", "mov",
})

RISKY_ATTACHMENTS = re.compile(r"(?i)\.(s?html?|xhtml|svg|shtml|js|vbs|exe|scr|iso|img|lnk|hta|jar|bat|cmd)$")
PDF_ATTACHMENT = re.compile(r"(?i)\.pdf$")

_CREDENTIALS = re.compile(r"""(?ix)
    \b(verify|confirm|validate|update|reactivate|re-activate|restore|unlock|secure)\s+(your\s+|the\s+)?
        (account|identity|e-?mail|mailbox|password|login|details|information|billing|payment|card)
  | \b(account|mailbox|password|access)\b[^.\n]{0,40}\b(suspend|locked|limited|disabled|deactivat|expir|terminat|clos)
  | \b(sign|log)[\s-]?in\b[^.\n]{0,30}\b(to\s+)?(continue|restore|avoid|keep|verify|confirm)
  | \bunusual\s+(sign-?in|activity|login)
  | \b(mailbox|storage|e-?mail)\s+(is\s+)?(full|quota|almost\s+full|over\s+quota)
  | \bpassword\b[^.\n]{0,30}\b(expire|reset|change)
  | \b(verifique|confirme|atualize)\s+(sua|seu|os\s+seus)\b
  | \b(vérifiez|confirmez|mettez\s+à\s+jour)\s+(votre|vos)\b
  | \b(bestätigen|verifizieren|aktualisieren)\s+sie\b
  | \b(verifique|confirme|actualice)\s+(su|sus)\b
""")

_PAYMENT = re.compile(r"""(?ix)
    \b(wire|bank)\s+transfer\b | \bwestern\s+union\b | \bmoney\s*gram\b | \bgift\s*cards?\b
  | \b(bitcoin|btc|usdt|crypto\s*wallet)\b | \binvoice\b[^.\n]{0,40}\b(attached|due|overdue|unpaid|pending)
  | \b(payment|balance)\s+(is\s+)?(due|overdue|outstanding|pending|required|failed)
  | \b(beneficiary|inheritance|next\s+of\s+kin|compensation\s+fund|unclaimed\s+fund|lottery|consignment)\b
  | \b(usd|us\$|\$|€|£)\s?\d[\d,.]*\s*(million|m\b) | \b\d[\d,.]*\s*(million)\s+(dollars|usd|euros|pounds)
""")

_HOST_IN_TEXT = re.compile(r"(?i)\b(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,24})\b")


class Finding(BaseModel):
    """One structural fact about a message."""

    kind: str
    """Stable name, the fast path's feature ("st:" + kind): link-text-mismatch, ..."""
    detail: str
    """The same in words for the owner and the model."""


def findings(message: ParsedMessage) -> list[Finding]:
    """Every structural finding of a message, most telling first (at most one of each kind)."""
    out: dict[str, Finding] = {}

    def add(kind: str, detail: str) -> None:
        out.setdefault(kind, Finding(kind=kind, detail=detail))

    sender = (message.sender_domain or "").lower()
    sender_registered = message.sender_registered or sender
    for link in message.links[:50]:
        shown = _host_in(link.text)
        if shown and not _within(shown, link.registered_domain):
            add("link-text-mismatch", f"link text says {shown} but goes to {link.host}")
        claimed = _brand_in(link.text)
        if claimed and BRANDS[claimed] and link.registered_domain not in BRANDS[claimed]:
            add("link-brand-mismatch", f"a link that says \"{link.text[:40]}\" goes to {link.host}")
        if link.registered_domain in SHORTENERS or link.host in SHORTENERS:
            add("shortened-link", f"a link goes through the URL shortener {link.host}, hiding where it leads")
        if _is_ip(link.host):
            add("ip-link", f"a link goes to the bare IP address {link.host}")
        if "xn--" in link.host:
            add("punycode-link", f"a link goes to {link.host}, a name written in look-alike characters")
        tld = link.host.rsplit(".", 1)[-1]
        if tld in ABUSED_TLDS:
            add("abused-tld-link", f"a link goes to {link.host}, under .{tld}, a top-level domain much used by spam")
        lookalike = _lookalike(link.registered_domain)
        if lookalike:
            add("lookalike-link", f"a link goes to {link.registered_domain}, which looks like {lookalike}")
    name = message.from_name or ""
    claimed = _brand_in(name)
    if claimed and sender_registered and sender_registered not in BRANDS[claimed]:
        add("display-name-brand", f"the sender calls itself \"{name[:60]}\" but writes from {sender}")
    named_host = _host_in(name)
    if named_host and sender_registered and not _within(named_host, sender_registered):
        add("display-name-address", f"the sender's name shows {named_host} but the mail is from {sender}")
    if sender:
        if "xn--" in sender:
            add("punycode-sender", f"the sender's domain {sender} is written in look-alike characters")
        lookalike = _lookalike(sender_registered)
        if lookalike:
            add("lookalike-sender", f"the sender's domain {sender_registered} looks like {lookalike}")
    if message.reply_to and "@" in message.reply_to and sender and not message.list_id:
        reply_host = message.reply_to.rsplit("@", 1)[1].lower()
        if not (_within(reply_host, sender_registered) or _within(sender, _base(reply_host))):
            add("reply-to-elsewhere", f"replies go to {message.reply_to}, not to the sender's domain {sender}")
    text = f"{message.subject}\n{message.text[:20_000]}"
    credentials = _CREDENTIALS.search(text)
    if credentials:
        add("asks-credentials", f"asks the reader to act on an account or password (\"{_snippet(credentials)}\")")
    payment = _PAYMENT.search(text)
    if payment:
        add("asks-payment", f"talks of money to send or receive (\"{_snippet(payment)}\")")
    if message.forms:
        add("html-form", "the mail holds a form to type into")
    if message.qr_codes:
        target = next((link.host for link in message.links if link.text == QR_LINK_TEXT), None)
        add("qr-code", f"a QR code in an image leads to {target}" if target else "a picture holds a QR code")
    for attachment in message.attachments:
        filename = attachment.filename or ""
        if RISKY_ATTACHMENTS.search(filename) or attachment.content_type in ("text/html", "application/xhtml+xml"):
            add("risky-attachment", f"an attached {filename or attachment.content_type} opens as a web page or program")
        elif PDF_ATTACHMENT.search(filename) or attachment.content_type == "application/pdf":
            add("pdf-attachment", f"a PDF is attached ({filename or 'unnamed'})")
    images = len(message.profile.image_dimensions) + sum(a.content_type.startswith("image/") for a in message.attachments)
    if len(message.text.split()) < 25 and (images or "<img" in message.html_text_with_hidden.lower()):
        add("image-only", "almost no text: what it says is in a picture")
    contradiction = _date_contradiction(message)
    if contradiction:
        add("date-contradiction", contradiction)
    relays = _relay_contradiction(message)
    if relays:
        add("relay-times-contradict", relays)
    if message.auth.dmarc == "fail" or (message.auth.spf == "fail" and message.auth.dkim in (None, "none", "fail")):
        add("auth-failed", "the sender's domain did not authenticate this mail (SPF/DKIM/DMARC failed)")
    return list(out.values())


WRITTEN_BEFORE = timedelta(days=7)
WRITTEN_AFTER = timedelta(days=1)


def _date_contradiction(message: ParsedMessage) -> str | None:
    """The Date the sender wrote against when the newest Received line (the owner's own
    server, the one a sender cannot forge) says the mail arrived: dated in the future, or
    a week before it was sent on, as mass mailers that reuse a template write."""
    arrived = next((hop.at for hop in message.received if hop.at is not None), None)
    written = message.date
    if arrived is None or written is None:
        return None
    if written.tzinfo is None:
        written = written.replace(tzinfo=UTC)
    if written > arrived + WRITTEN_AFTER:
        return f"dated {written:%Y-%m-%d}, after it arrived ({arrived:%Y-%m-%d})"
    if written < arrived - WRITTEN_BEFORE:
        return f"dated {written:%Y-%m-%d}, long before it arrived ({arrived:%Y-%m-%d})"
    return None


RELAY_SKEW = timedelta(hours=2)


def _relay_contradiction(message: ParsedMessage) -> str | None:
    """Received lines whose times run backwards: each relay adds its line on top, so a
    line further down (an earlier relay) stamped well after the one above it was written
    by the sender, not by a relay (forged hops to borrow a good server's name)."""
    hops = [hop for hop in message.received if hop.at is not None]
    for newer, older in itertools.pairwise(hops):
        if older.at > newer.at + RELAY_SKEW:
            by = older.by_host or "a relay"
            return (f"{by} says it had the mail at {older.at:%Y-%m-%d %H:%M}, after the next relay "
                    f"({newer.at:%Y-%m-%d %H:%M}): a forged Received line")
    return None


def _within(host: str, domain: str) -> bool:
    """Is `host` the registered `domain` or a name under it?"""
    return host == domain or host.endswith("." + domain)


def _base(host: str) -> str:
    """The last two labels of a host: enough to say two names belong together."""
    return ".".join(host.split(".")[-2:])


def _snippet(match: re.Match) -> str:
    return " ".join(match.group(0).split())[:60]


def _host_in(text: str) -> str | None:
    """A host name written in a link text or display name ("www.paypal.com", "PayPal.com")."""
    if not text or "." not in text:
        return None
    match = _HOST_IN_TEXT.search(text)
    if match is None:
        return None
    host = match.group(1).lower().strip(".")
    tld = host.rsplit(".", 1)[-1]
    if tld.isdigit() or len(tld) < 2 or host.endswith((".png", ".jpg", ".gif", ".pdf", ".htm", ".html", ".php")):
        return None
    return host


_SQUASH = re.compile(r"[^a-z0-9]")


def _brand_in(text: str) -> str | None:
    if not text:
        return None
    skeleton = _skeleton(text.lower())
    folded = _SQUASH.sub("", skeleton)
    words = set(re.findall(r"[a-z0-9]+", skeleton))
    for brand in BRANDS:
        if len(brand) <= 4:
            if brand in words:  # "ups", "irs", "dhl" only as words
                return brand
        elif brand in folded:
            return brand
    return None


_CONFUSABLE = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "@": "a", "$": "s", "і": "i", "о": "o",
                             "а": "a", "е": "e", "р": "p", "с": "c", "ѕ": "s", "ԁ": "d", "ӏ": "l", "у": "y"})


def _skeleton(text: str) -> str:
    """NFKC, accents dropped, Cyrillic look-alikes and digit-for-letter swaps folded."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_CONFUSABLE)


_BRAND_DOMAINS = tuple(dict.fromkeys(d for domains in BRANDS.values() for d in domains))  # each brand's main one first


def _lookalike(domain: str) -> str | None:
    """The well-known domain `domain` imitates: the same skeleton or one edit away
    ("paypa1.com", "rnicrosoft.com", "arnazon.com"), but not the domain itself."""
    if not domain or domain in _BRAND_DOMAINS:
        return None
    label, _, suffix = domain.partition(".")
    skeleton = _skeleton(label).replace("rn", "m").replace("vv", "w")
    for real in _BRAND_DOMAINS:
        real_label = real.partition(".")[0]
        if len(real_label) < 5:
            continue
        if skeleton == real_label or (len(real_label) >= 6 and _one_edit(skeleton, real_label)):
            return real
        if skeleton.startswith(real_label + "-") or skeleton.endswith("-" + real_label):
            return real
    return None


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


_IP = re.compile(r"\[?(\d{1,3}(\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:.]+)\]?")


def _is_ip(host: str) -> bool:
    return _IP.fullmatch(host) is not None


PHISHING_SIGNS = frozenset({  # the findings above that make a spam call phishing"asks-credentials", "link-text-mismatch", "link-brand-mismatch", "lookalike-link",
                            "lookalike-sender", "display-name-brand", "display-name-address", "punycode-link",
                            "punycode-sender", "html-form", "qr-code"})


def spam_category(message: ParsedMessage) -> Category:
    """What kind of spam a message is, by its structure, for a call that names none (the
    fast path's; the model names its own): phishing when it reaches for an account or
    dresses as someone else, malware when it carries something that runs, a scam when it
    talks money, marketing when it is bulk mail with an unsubscribe link; unknown when
    nothing says."""
    kinds = {f.kind for f in message.derived(findings)}
    if kinds & PHISHING_SIGNS:
        return Category.phishing
    if "risky-attachment" in kinds:
        return Category.malware
    if "asks-payment" in kinds:
        return Category.scam
    if message.list_unsubscribe:
        return Category.marketing
    return Category.unknown
