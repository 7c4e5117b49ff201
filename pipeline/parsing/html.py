"""HTML as a reader sees it: rendered text, link targets, and what is hidden from view.

The text is laid out by inscriptis from the lxml tree; the parts a reader cannot see
(`pipeline.parsing.visibility`) are taken out first and returned on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.parsing.visibility import drop_hidden, hidden_elements


class RenderedHtml(NamedTuple):
    text: str
    links: list[tuple[str, str]]
    """(target, the text a reader sees for it) of each link and form, in order."""
    hidden: str
    full: str | None
    forms: int
    """How many <form> elements: a form in a mail asks the reader to type something in."""
    unseen: str = ""
    """Text in the HTML that is never rendered: comments, alt/title/aria-label/placeholder
    and long data-* attributes, CSS `content:` strings. Not in the prompt; the guard reads
    it, since words put where no reader looks are written for a machine."""
    quoted: str = ""
    """Text the HTML shows as quoted rather than said: <blockquote>, <pre>, <code>, <q>
    (a reply's quote, a code sample). The guard tells an attempt in the message's own
    words from one it only quotes (`agent.guard.quoting`)."""


MAX_LINK_TEXT = 200


def html_to_text(html: str, defects: list[str]) -> RenderedHtml:
    """Render HTML as a reader would see it (inscriptis keeps layout, drops markup and
    scripts) and collect the link targets from the parsed tree, not by regex.

    Text a reader cannot see (display:none, visibility:hidden, zero opacity, tiny
    fonts, text coloured like its background, the `hidden` attribute) is taken out of
    the rendered text: it is where mail hides words meant for filters and models, not
    for people. It is returned separately, as the third value; the fourth is the text
    rendered with the hidden parts in place (None when there are none), which is what
    the statistical model was measured on: taking hidden text out of its view cost 8 of
    946 spams on the SpamAssassin split, so it keeps seeing mail as it was sent."""
    if not html.strip():
        return RenderedHtml("", [], "", None, 0)
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception as err:
        defects.append(f"HTML could not be parsed ({type(err).__name__}); tags stripped instead")
        return RenderedHtml(re.sub(r"<[^>]*>", " ", html), [], "", None, 0)
    links = []
    for element in tree.iter("a", "area"):
        href = element.get("href")
        if href:
            links.append((href.strip(), _link_text(element)))
    forms = 0
    for element in tree.iter("form"):
        forms += 1
        action = element.get("action")
        if action:
            links.append((action.strip(), ""))
    unseen = _unseen(tree)
    quoted = _quoted(tree)
    hidden_parts = hidden_elements(tree)
    full = _render(tree, defects) if hidden_parts else None
    hidden = drop_hidden(hidden_parts)
    text = _render(tree, defects)
    return RenderedHtml(text, links, hidden, full, forms, unseen, quoted)


_CSS_CONTENT = re.compile(r"""content\s*:\s*(["'])(.{3,500}?)\1""", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^<>]{0,500}>")
_UNSEEN_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
MAX_UNSEEN_CHARS = 20_000
MIN_DATA_CHARS = 24
MAX_SCRIPT_CHARS = 4_000


def _unseen(tree) -> str:
    """`RenderedHtml.unseen` of a parsed tree: comments, attributes no reader sees, CSS
    `content:`, scripts. Outlook's conditional comments ("[if mso]") are markup, not words,
    and left out."""
    import lxml.etree

    # Markup commented out ("<!-- <table cellpadding=0> -->") is markup, not words.
    parts = [_TAG.sub(" ", c.text).strip() for c in tree.iter(lxml.etree.Comment)
             if c.text and c.text.strip() and not c.text.strip().startswith(("[if", "<![endif]", "[endif]"))]
    parts = [p for p in parts if p]
    for element in tree.iter():
        if isinstance(element.tag, str):
            parts.extend(v.strip() for name in _UNSEEN_ATTRIBUTES if (v := element.get(name)) and v.strip())
            # data-* values are never shown either; a short one is an id, not words.
            parts.extend(v.strip() for name, v in element.attrib.items()
                         if name.startswith("data-") and len(v.strip()) >= MIN_DATA_CHARS)
    for style in tree.iter("style"):
        parts.extend(m.group(2) for m in _CSS_CONTENT.finditer(style.text or ""))
    # A script never runs in a mail reader, and nothing in it is shown: words kept there
    # (spelled as character codes, say) are for a machine that reads the source.
    parts.extend(script.text.strip()[:MAX_SCRIPT_CHARS] for script in tree.iter("script")
                 if script.text and script.text.strip())
    return "\n".join(parts)[:MAX_UNSEEN_CHARS]


_QUOTING = frozenset({"blockquote", "pre", "code", "q"})
MAX_QUOTED_CHARS = 50_000


def _quoted(tree) -> str:
    """`RenderedHtml.quoted`: the text of each outermost quoting element, one per line."""
    parts = []
    for element in tree.iter("blockquote", "pre", "code", "q"):
        if any(isinstance(up.tag, str) and up.tag in _QUOTING for up in element.iterancestors()):
            continue
        text = element.text_content().strip()
        if text:
            parts.append(text)
    return "\n".join(parts)[:MAX_QUOTED_CHARS]


def _link_text(element) -> str:
    """What the reader sees of a link: its text, or the alt text of the image it wraps."""
    try:
        text = " ".join(element.text_content().split())
        if not text:
            text = " ".join(img.get("alt", "") for img in element.iter("img")).strip()
    except Exception:  # lxml raises on some broken trees; the link is still a link
        return ""
    return text[:MAX_LINK_TEXT]


def _render(tree, defects: list[str]) -> str:
    """The text of `tree` as inscriptis lays it out (no <head>, tables in columns).

    It is the slowest step of parsing: about 1 ms per HTML part, 30% of parse time over
    the SpamAssassin test half. html-text on the same lxml tree, cleaned in place, takes
    0.4 ms and was tried (with and without the <title>). It reads the mail in another
    order and splits words inscriptis glues across inline tags. The fast path trained
    and tested on it did a little worse, with the <title> dropped: 14 false positives at
    p >= 0.5 instead of 11, and 9 of 12 training shuffles meeting #4's goal instead of 10.
    That may be noise, but it is no gain, and 10% more messages a second did not pay
    for it."""
    try:
        from inscriptis import Inscriptis

        return Inscriptis(tree, _inscriptis_config()).get_text()
    except Exception as err:
        defects.append(f"HTML could not be rendered ({type(err).__name__}); text content used instead")
        return tree.text_content()


@lru_cache(maxsize=1)
def _inscriptis_config():
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    return ParserConfig(css=CSS_PROFILES["strict"], display_links=False)
