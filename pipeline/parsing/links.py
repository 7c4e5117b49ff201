"""Links in a message and the domains they point to.

Targets come from the HTML tree (`pipeline.parsing.html`) and from URLs written out in
the plain text; each is kept with its host and registered domain (the public suffix list
decides where the owner's part of a name begins), which the reputation tables and the
sender-alignment check compare.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import urlsplit

from agent.message import Link

MAX_LINKS = 200

_URL_IN_TEXT = re.compile(r"""\b(?:https?://|www\.)[^\s<>"'()\[\]{}]+""", re.IGNORECASE)


def links_in(html_links: list[tuple[str, str]], plain: str, defects: list[str]) -> list[Link]:
    """`html_links`: (target, text shown) from the HTML; URLs written out in the plain
    text show themselves. The first occurrence of a target keeps its text."""
    candidates = list(html_links) + [(url, "") for url in _URL_IN_TEXT.findall(plain)]
    out: list[Link] = []
    seen: set[str] = set()
    for url, text in candidates:
        url = url.strip().rstrip(".,;:!?")
        if url.lower().startswith("www."):
            url = "http://" + url
        if url in seen:
            continue
        seen.add(url)
        link = _link(url, text)
        if link is not None:
            out.append(link)
            if len(out) >= MAX_LINKS:
                defects.append(f"more than {MAX_LINKS} links; the rest ignored")
                break
    return out


def _link(url: str, text: str = "") -> Link | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").strip(".").lower()
    if not host:
        return None
    return Link(url=url[:2000], host=host, registered_domain=registered_domain(host), text=text)


@lru_cache(maxsize=1)
def _psl():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # ships its own copy of the list: no download


@lru_cache(maxsize=65536)
def registered_domain(host: str) -> str:
    """`mail.example.co.uk` -> `example.co.uk`; IPs and bare suffixes come back as given."""
    host = host.strip(".").lower()
    if as_ip(host.strip("[]")) is not None:
        return host.strip("[]")
    try:
        return _psl().privatesuffix(host) or host
    except Exception:
        return host


def as_ip(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not text:
        return None
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None
