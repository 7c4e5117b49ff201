"""Headers: decoded values, addresses, dates, the Received chain, authentication results
and how well the sender's domain lines up with the rest of the message.

Headers are decoded one by one, by hand: one bad encoded-word or undeclared 8-bit value
costs that header a defect, not the whole header set. Nothing here raises on bad input.
"""

from __future__ import annotations

import email.header
import email.message
import email.utils
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from agent.message import Authentication, AuthPass, Header, Link, ReceivedHop, SenderAlignment
from pipeline.parsing.decoding import decode_bytes
from pipeline.parsing.links import as_ip, registered_domain

MAX_HEADERS = 300
MAX_HEADER_CHARS = 2_000

_IP_IN_RECEIVED = re.compile(r"\[(?:IPv6:)?([0-9a-fA-F:.]+)\]|\(([0-9]{1,3}(?:\.[0-9]{1,3}){3})\)")
_RECEIVED_FROM = re.compile(r"^\s*from\s+(\S+)", re.IGNORECASE)
_RECEIVED_BY = re.compile(r"\bby\s+([\w.-]+)", re.IGNORECASE)
_AUTH_KEYS = ("spf", "dkim", "dmarc")
_AUTH_VALUES = {"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy"}
_WS = re.compile(r"\s+")


def decode_header_value(value: object, defects: list[str]) -> str:
    """RFC 2047 decode one header value; unknown charsets fall back, never raise."""
    if isinstance(value, email.header.Header):
        # Raw 8-bit bytes in a header (no encoded-word) come back as a Header in the
        # "unknown-8bit" charset: recover the bytes and decode them like an undeclared body.
        chunks = [(c, None if cs in (None, "unknown-8bit") else cs) for c, cs in email.header.decode_header(value)]
        text = "".join(c if isinstance(c, str) else decode_bytes(c, cs, defects, where="header") for c, cs in chunks)
        return _WS.sub(" ", text).strip()
    text = str(value)
    if "=?" not in text:
        return _WS.sub(" ", text).strip()
    try:
        chunks = email.header.decode_header(text)
    except Exception:
        defects.append("undecodable encoded-word in a header")
        return _WS.sub(" ", text).strip()
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        out.append(decode_bytes(chunk, charset, defects, where="header"))
    # decode_header drops the whitespace between an encoded-word and plain text.
    return _WS.sub(" ", "".join(out) if len(chunks) == 1 else _join_chunks(chunks, out)).strip()


def _join_chunks(chunks: list, decoded: list[str]) -> str:
    parts = []
    for (chunk, charset), text in zip(chunks, decoded):
        if parts and (charset is None or isinstance(chunk, str)) and not text.startswith(" "):
            text = " " + text
        parts.append(text)
    return "".join(parts)


def decoded_headers(msg: email.message.Message, defects: list[str]) -> list[Header]:
    items = msg.items()
    if len(items) > MAX_HEADERS:
        defects.append(f"{len(items)} headers; kept the first {MAX_HEADERS}")
        items = items[:MAX_HEADERS]
    out = []
    for name, value in items:
        text = decode_header_value(value, defects)
        if len(text) > MAX_HEADER_CHARS:
            defects.append(f"header {name} longer than {MAX_HEADER_CHARS} characters; cut")
            text = text[:MAX_HEADER_CHARS]
        out.append(Header(name=str(name).strip(), value=text))
    return out


def first_values(headers: list[Header]) -> dict[str, str]:
    first: dict[str, str] = {}
    for h in headers:
        first.setdefault(h.name.lower(), h.value)
    return first


def parse_address(value: str) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    try:
        name, addr = email.utils.parseaddr(value)
    except Exception:
        return None, None
    addr = addr.strip().strip("<>").lower() or None
    if addr and "@" not in addr:
        addr = None
    return (name.strip() or None), addr


def count_addresses(headers: list[Header], name: str) -> int:
    values = [h.value for h in headers if h.name.lower() == name]
    if not values:
        return 0
    try:
        return sum(1 for _, addr in email.utils.getaddresses(values) if addr)
    except Exception:
        return sum(v.count("@") for v in values)


def parse_message_id(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    match = re.search(r"<[^<>\s]+>", value)
    return match.group(0) if match else value.split()[0][:500]


def parse_date(value: str | None, defects: list[str]):
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except Exception:
        defects.append(f"unreadable Date header: {value[:80]!r}")
        return None


def parse_received(value: str) -> ReceivedHop:
    hop = ReceivedHop()
    if m := _RECEIVED_FROM.search(value):
        hop.from_host = m.group(1).strip("();").lower()[:255]
    from_part = re.split(r"\bby\b", value, maxsplit=1, flags=re.IGNORECASE)[0]
    for m in _IP_IN_RECEIVED.finditer(from_part):
        candidate = m.group(1) or m.group(2)
        if as_ip(candidate):
            hop.from_ip = candidate
            break
    if m := _RECEIVED_BY.search(value):
        hop.by_host = m.group(1).lower()[:255]
    if ";" in value:
        hop.at = _received_time(value.rsplit(";", 1)[1])
    return hop


def _received_time(text: str) -> datetime | None:
    """The date after a Received line's last ';', in UTC; None if it is not one."""
    try:
        when = parsedate_to_datetime(" ".join(text.split()))
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def first_external_ip(received: list[ReceivedHop]) -> str | None:
    """The first public IP walking Received from the newest hop down.

    The newest hops are the owner's own servers (often private or loopback addresses);
    the first public address is where the message entered from the internet, the one
    a sender cannot forge. Headers below it may be invented by the sender.
    """
    for hop in received:
        ip = as_ip(hop.from_ip)
        if ip is not None and ip.is_global:
            return str(ip)
    return None


def sender_alignment(sender: str | None, links: list[Link], message_id: str | None, received: list[ReceivedHop],
                     return_path: str | None) -> SenderAlignment | None:
    """Whether the sender's registered domain is also that of the links, the Message-ID,
    a relay and the Return-Path; None when there is no sender address to compare."""
    own = address_domain(sender)
    if not own:
        return None
    return SenderAlignment(
        links=any(link.registered_domain == own for link in links) if links else None,
        message_id=address_domain(message_id) == own,
        relay=any(registered_domain(hop.from_host) == own for hop in received if hop.from_host and "." in hop.from_host),
        return_path=address_domain(return_path) == own,
    )


def address_domain(address: str | None) -> str | None:
    """The registered domain of an address or a Message-ID (`<x@mail.shop.example>` ->
    `shop.example`); None without one."""
    address = (address or "").strip().strip("<>")
    return (registered_domain(address.rsplit("@", 1)[1]) or None) if "@" in address else None


_RESULT = re.compile(r"\b(dmarc|dkim|spf)\s*=\s*([a-z]+)([^;]*)", re.I)
_PROPERTY = re.compile(r"\b(?:header\.from|header\.d|header\.i|smtp\.mailfrom|smtp\.helo)\s*=\s*\"?([^\s;\"]+)",
                       re.I)


def _top_passes(headers: list[Header]) -> list[AuthPass] | None:
    top = next((h.value for h in headers if h.name.lower() == "authentication-results"), None)
    if top is None:
        return None
    return [AuthPass(method=method.lower(),
                     domains=[d.rsplit("@", 1)[-1].strip(".").lower() for d in _PROPERTY.findall(rest)])
            for method, result, rest in _RESULT.findall(top) if result.lower() == "pass"]


def authentication(headers: list[Header]) -> Authentication:
    found: dict[str, str] = {}
    for h in headers:
        lname = h.name.lower()
        if lname in ("authentication-results", "arc-authentication-results"):
            for key in _AUTH_KEYS:
                if key in found:
                    continue
                if m := re.search(rf"\b{key}\s*=\s*([a-zA-Z]+)", h.value):
                    value = m.group(1).lower()
                    if value in _AUTH_VALUES:
                        found[key] = value
        elif lname == "received-spf" and "spf" not in found:
            word = h.value.split(None, 1)[0].lower() if h.value.strip() else ""
            if word in _AUTH_VALUES:
                found["spf"] = word
    return Authentication(**found, top_passes=_top_passes(headers))

