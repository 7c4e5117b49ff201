"""Raw RFC 822 bytes -> `ParsedMessage`, without ever raising.

Real mail is often broken: undeclared or unknown charsets, missing MIME boundaries,
headers split wrongly, binary junk. The filter must still judge it, so every step
here records a defect and carries on instead of failing. The stdlib `email` package
with the lenient `compat32` policy gives the structure; headers are decoded by hand so
one bad encoded-word cannot take the whole header set down.

The parts, one noun each: `headers` (decoded headers, addresses, the Received chain,
authentication results, sender alignment), `mime` (the walker over the MIME tree),
`html` and `visibility` (HTML rendered as a reader sees it, and what is hidden from
view), `links` (link targets and their registered domains), `decoding` (charsets and
defects). This module assembles their results into one `ParsedMessage`.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import hashlib
import logging
import re

from agent.message import QR_LINK_TEXT, ContentProfile, ParsedMessage
from pipeline.parsing.decoding import describe_defect
from pipeline.parsing.headers import (
    address_domain,
    authentication,
    count_addresses,
    decoded_headers,
    first_external_ip,
    first_values,
    parse_address,
    parse_date,
    parse_message_id,
    parse_received,
    sender_alignment,
)
from pipeline.parsing.html import html_to_text
from pipeline.parsing.links import links_in, registered_domain
from pipeline.parsing.mime import BodyWalker

__all__ = ["MAX_PARSE_BYTES", "MAX_TEXT_CHARS", "html_to_text", "parse_message", "registered_domain"]

log = logging.getLogger(__name__)

# Larger messages are parsed from their first MAX_PARSE_BYTES only: a 50 MB mail is
# almost always a big attachment, and judging needs its headers and text, not all of it.
MAX_PARSE_BYTES = 8 * 1024 * 1024
MAX_TEXT_CHARS = 200_000  # per body kind (plain, html) kept on the message

_WS = re.compile(r"\s+")


def parse_message(raw: bytes, full_size: int | None = None) -> ParsedMessage:
    """Parse one message. Never raises; problems are listed in `defects`.

    `full_size`: the real size when `raw` is only the start of a larger message (the
    IMAP service fetches at most MAX_PARSE_BYTES)."""
    fingerprint = hashlib.sha256(raw).hexdigest()
    size = max(len(raw), full_size or 0)
    defects: list[str] = []
    if not raw:
        defects.append("empty message (0 bytes)")
    if size > len(raw):
        defects.append(f"message is {size / 1e6:.1f} MB; only the first {len(raw) / 2**20:.0f} MiB were "
                       "fetched and parsed")
    body_bytes = raw
    if len(raw) > MAX_PARSE_BYTES:
        defects.append(f"message is {len(raw) / 1e6:.1f} MB; only the first {MAX_PARSE_BYTES // 2**20} MiB were parsed")
        body_bytes = raw[:MAX_PARSE_BYTES]
    try:
        msg = email.message_from_bytes(body_bytes, policy=email.policy.compat32)
        return _build(size, fingerprint, msg, defects)
    except Exception as err:  # pragma: no cover - the stdlib parser is lenient; this is the last net
        log.warning("message %s: parser failed (%s); judging it as opaque text", fingerprint[:12], err)
        defects.append(f"unparseable: {type(err).__name__}: {err}")
        text = raw[:MAX_TEXT_CHARS].decode("utf-8", errors="replace")
        return ParsedMessage(
            fingerprint=fingerprint,
            content_fingerprint=_content_fingerprint(None, "", text),
            size=size,
            plain_text=text,
            profile=ContentProfile(total_length=size, content_type="application/octet-stream"),
            defects=defects,
        )


def _build(size: int, fingerprint: str, msg: email.message.Message, defects: list[str]) -> ParsedMessage:
    defects.extend(describe_defect(d) for d in getattr(msg, "defects", []))
    headers = decoded_headers(msg, defects)
    first = first_values(headers)

    from_name, from_address = parse_address(first.get("from", ""))
    reply_to = parse_address(first.get("reply-to", ""))[1]
    return_path = parse_address(first.get("return-path", ""))[1]

    received = [parse_received(h.value) for h in headers if h.name.lower() == "received"]
    walker = BodyWalker(defects)
    walker.walk(msg, depth=0)

    plain = _cap(walker.plain_text(), defects, "plain text")
    html_text = _cap(walker.html_text(), defects, "html text")
    links = links_in(walker.urls + [(code.strip(), QR_LINK_TEXT) for code in walker.qr_codes], plain, defects)
    subject = first.get("subject", "")
    message_id = parse_message_id(first.get("message-id"))

    parsed = ParsedMessage(
        fingerprint=fingerprint,
        content_fingerprint=_content_fingerprint(from_address, subject, plain or html_text),
        size=size,
        headers=headers,
        subject=subject,
        from_address=from_address,
        from_name=from_name,
        sender_registered=address_domain(from_address),
        reply_to=reply_to,
        return_path=return_path,
        to_count=count_addresses(headers, "to"),
        cc_count=count_addresses(headers, "cc"),
        message_id=message_id,
        date=parse_date(first.get("date"), defects),
        received=received,
        first_external_ip=first_external_ip(received),
        auth=authentication(headers),
        list_id=first.get("list-id") or None,
        alignment=sender_alignment(from_address, links, message_id, received, return_path),
        list_unsubscribe=first.get("list-unsubscribe") or None,
        plain_text=plain,
        html_text=html_text,
        hidden_text=walker.hidden_text(),
        unseen_text=walker.unseen_text(),
        attached_text=walker.attached_texts(),
        quoted_html=walker.quoted_html_text(),
        html_text_with_hidden=_cap(walker.html_full_text(), [], "html text") if walker.hidden else "",
        links=links,
        forms=walker.forms,
        qr_codes=walker.qr_codes,
        attachments=walker.attachments,
        profile=ContentProfile(
            total_length=size,
            content_type=(msg.get_content_type() or "text/plain").lower(),
            part_count=len(walker.part_sizes),
            part_sizes=walker.part_sizes,
            image_dimensions=walker.image_dimensions,
        ),
        defects=list(dict.fromkeys(defects)),
    )
    return parsed


def _cap(text: str, defects: list[str], what: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        defects.append(f"{what} longer than {MAX_TEXT_CHARS} characters; cut")
        return text[:MAX_TEXT_CHARS]
    return text


def _content_fingerprint(sender: str | None, subject: str, text: str) -> str:
    normal = _WS.sub(" ", f"{sender or ''}\n{subject}\n{text}".lower()).strip()
    return hashlib.sha256(normal.encode("utf-8", "replace")).hexdigest()
