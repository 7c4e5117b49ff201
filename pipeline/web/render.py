"""A message made safe to show in a browser.

Nothing remote is ever fetched and nothing the sender wrote runs: the HTML part goes
through nh3 (the Python binding of Ammonia, a well-kept allow-list sanitiser) with no
images, no styles, no scripts, forms or frames, and only http/https/mailto links;
without an HTML part the plain text is shown escaped. The page's Content-Security-
Policy (`pipeline.web.pages`) forbids any load from elsewhere as a second wall. Each
link's real destination is printed beside its text by the stylesheet, and listed under
the message with what the parser found (`ParsedMessage.links`).
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field

import nh3

from agent.message import ParsedMessage

SAFE_TAGS = nh3.ALLOWED_TAGS - {"img", "area", "map"}
SAFE_ATTRIBUTES = {
    "a": {"href"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start"},
    "*": {"lang", "dir"},
}
_IMG = re.compile(rb"<img\b", re.I)
MAX_SHOWN_CHARS = 200_000


@dataclass
class ShownMessage:
    html: str
    """Safe markup for the body: sanitised HTML, or escaped plain text in a <pre>."""
    is_html: bool
    pictures_blocked: int = 0
    attachments: list[str] = field(default_factory=list)


def _part_text(part) -> str:
    try:
        return part.get_content()
    except (LookupError, ValueError, AssertionError):  # unknown charset, broken encoding
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace")


def shown(raw: bytes, parsed: ParsedMessage) -> ShownMessage:
    """The body of `raw` as safe markup (`parsed` is its parsed form, for attachments)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    try:
        body = message.get_body(preferencelist=("html", "plain"))
    except Exception:  # a malformed MIME tree: show what the parser read
        body = None
    attachments = [f"{a.filename or 'unnamed'} ({a.content_type}, {a.size:,} bytes)" for a in parsed.attachments]
    pictures = len(_IMG.findall(raw)) + sum(a.content_type.startswith("image/") for a in parsed.attachments)
    if body is not None and body.get_content_type() == "text/html":
        html = nh3.clean(_part_text(body)[:MAX_SHOWN_CHARS], tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES,
                         clean_content_tags={"script", "style", "title", "head", "template", "noscript"},
                         url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow",
                         url_relative="deny", strip_comments=True)
        return ShownMessage(html=html, is_html=True, pictures_blocked=pictures, attachments=attachments)
    text = _part_text(body) if body is not None else parsed.text
    from markupsafe import escape

    return ShownMessage(html=f"<pre>{escape(text[:MAX_SHOWN_CHARS])}</pre>", is_html=False,
                        pictures_blocked=pictures, attachments=attachments)
