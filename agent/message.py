"""The parsed message: what the judging side knows about one email.

`pipeline.parsing` produces it from raw RFC 822 bytes; everything in `agent/` reads it.
It lives here, not in `pipeline/`, because imports flow pipeline -> agent: the agent
defines the shape of what it judges and the mail side fills it in.

Every field has a safe default so a message that could barely be parsed is still a
valid `ParsedMessage` (with its problems listed in `defects`) and can still be judged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field, PrivateAttr

T = TypeVar("T")

AuthResult = Literal["pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy"]


class Header(BaseModel):
    """One header as it appeared, with RFC 2047 encoded-words decoded."""

    name: str
    value: str


class ReceivedHop(BaseModel):
    """One `Received:` line, newest first as in the message."""

    from_host: str | None = None
    from_ip: str | None = None
    by_host: str | None = None
    at: datetime | None = None
    """When that server says it received the message (UTC)."""


class AuthPass(BaseModel):
    method: Literal["dmarc", "dkim", "spf"]
    domains: list[str] = Field(default_factory=list)
    """header.from / header.d / header.i / smtp.mailfrom / smtp.helo, lower case."""


class Authentication(BaseModel):
    """SPF/DKIM/DMARC outcomes as reported by the receiving servers (not re-verified)."""

    spf: AuthResult | None = None
    dkim: AuthResult | None = None
    dmarc: AuthResult | None = None
    top_passes: list[AuthPass] | None = None
    """What the top Authentication-Results header says passed, with the domains it names.
    That header is the receiving server's own; those below it may be the sender's
    inventions (the fields above read them all). None: the message has no such header.
    What the allow list trusts (`agent.sender_lists`)."""


class Link(BaseModel):
    url: str
    host: str
    registered_domain: str
    """The domain someone registered (`example.co.uk` for `a.b.example.co.uk`), or the IP."""
    text: str = ""
    """What the reader sees for it in the HTML (the link text, or an image's alt text);
    empty for a URL written out in plain text; `QR_LINK_TEXT` for one a QR code holds."""


QR_LINK_TEXT = "(a QR code in an image)"


class Attachment(BaseModel):
    filename: str | None
    content_type: str
    size: int


class ContentProfile(BaseModel):
    """The shape of a message, independent of its words.

    Seed idea 'bulk mail has a constant shape': a campaign sends the same template many
    times, so length, MIME layout and image sizes repeat even when the text varies.
    """

    total_length: int = 0
    content_type: str = "text/plain"
    part_count: int = 0
    part_sizes: list[int] = Field(default_factory=list)
    image_dimensions: list[tuple[int, int]] = Field(default_factory=list)


class SenderAlignment(BaseModel):
    """Whether the sender's registered domain is also the domain of the message's links,
    its Message-ID, a server that relayed it and its bounce address.

    A company's own mail lines up: its newsletter links to its site and leaves from its
    servers. Spam that borrows a name or a free-mail address usually does not. On the
    SpamAssassin corpus links to the sender's own domain are in 80% of the commercial
    mail people asked for (its "hard ham") and 14% of spam."""

    links: bool | None = None
    """None: the message has no links."""
    message_id: bool = False
    relay: bool = False
    return_path: bool = False


class ParsedMessage(BaseModel):
    fingerprint: str
    """sha256 of the raw bytes: the identity of this exact message."""
    content_fingerprint: str
    """sha256 of sender, subject and normalised text: equal for re-sent bulk mail."""
    size: int

    headers: list[Header] = Field(default_factory=list)
    subject: str = ""
    from_address: str | None = None
    from_name: str | None = None
    sender_registered: str | None = None
    """The registered domain of `from_address` (the public suffix list decides)."""
    reply_to: str | None = None
    return_path: str | None = None
    to_count: int = 0
    cc_count: int = 0
    message_id: str | None = None
    date: datetime | None = None

    received: list[ReceivedHop] = Field(default_factory=list)
    first_external_ip: str | None = None
    auth: Authentication = Field(default_factory=Authentication)
    list_id: str | None = None
    alignment: SenderAlignment | None = None
    """None when there is no sender address to align with."""
    list_unsubscribe: str | None = None

    plain_text: str = ""
    html_text: str = ""
    hidden_text: str = ""
    """Text in the HTML a reader cannot see (display:none, tiny or background-coloured
    fonts...): kept out of `html_text` and out of prompts, examined by the guard."""
    unseen_text: str = ""
    """HTML text that is never rendered at all: comments, alt/title/aria-label attributes,
    CSS `content:` strings. Out of prompts; the guard reads it."""
    attached_text: str = ""
    """Text of attached text parts (.txt, .html, .ics invitations). Out of prompts; the
    guard reads it."""
    quoted_html: str = ""
    """Text the HTML shows as quoted rather than said (<blockquote>, <pre>, <code>, <q>):
    it is also in `html_text`; the guard reads an attempt found only here as quoted."""
    html_text_with_hidden: str = ""
    """The HTML rendered with its hidden text in place, only when it has some: what the
    statistical fast path reads (it was measured on mail as sent)."""
    links: list[Link] = Field(default_factory=list)
    forms: int = 0
    """HTML <form> elements in the message."""
    qr_codes: list[str] = Field(default_factory=list)
    """What the QR codes in its images say; a link among them is also in `links`."""
    attachments: list[Attachment] = Field(default_factory=list)
    profile: ContentProfile = Field(default_factory=ContentProfile)

    defects: list[str] = Field(default_factory=list)
    """What was wrong with the message; parsing never raises, it records here instead."""

    _derived: dict[Callable[..., Any], Any] = PrivateAttr(default_factory=dict)
    """What `derived` computed, by the function that computed it."""

    def derived(self, compute: Callable[[ParsedMessage], T]) -> T:
        """`compute(self)`, computed once per message and kept with it (not a field: never
        serialised). For values several parts need from the message alone:
        the fast path, the few-shot memory and the database record all need its hashed
        features (`agent.fast_path.stored_features`). A message is not changed after
        parsing, so what was computed stays true."""
        try:
            return self._derived[compute]
        except KeyError:
            value = self._derived[compute] = compute(self)
            return value

    def forget_derived(self) -> None:
        """Drop what `derived` kept, so the next call computes again (a benchmark that
        times the computation, not the memo)."""
        self._derived.clear()

    @property
    def text(self) -> str:
        """The body a reader would see: the plain part, or the HTML rendered as text."""
        return self.plain_text if self.plain_text.strip() else self.html_text

    @property
    def text_as_sent(self) -> str:
        """`text`, but with hidden HTML text in place: for the statistical model only."""
        if self.plain_text.strip():
            return self.plain_text
        return self.html_text_with_hidden or self.html_text

    @property
    def sender_domain(self) -> str | None:
        if self.from_address and "@" in self.from_address:
            return self.from_address.rsplit("@", 1)[1].lower()
        return None

    @property
    def link_domains(self) -> list[str]:
        """Registered domains of all links, first occurrence order, no repeats."""
        return list(dict.fromkeys(link.registered_domain for link in self.links))

    def header(self, name: str) -> str | None:
        """The first header with this name (case-insensitive), or None."""
        lname = name.lower()
        for h in self.headers:
            if h.name.lower() == lname:
                return h.value
        return None
