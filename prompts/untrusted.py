"""Making text from a message safe to place inside a prompt.

Everything from the message is written by whoever sent it, including people who want
the filter to misjudge it. Before it reaches the model, text is normalised (NFKC folds
full-width and other compatibility look-alikes into plain letters), stripped of
characters a reader cannot see but a model reads (control characters, zero-width and
bidirectional overrides, other Unicode format characters), squeezed of runs of blank
space that only waste context, and capped in length.

`strip_invisible` is the one definition of "a character a reader cannot see": the guard
(`agent.guard`) scans text for injection attempts as the prompt will show it, so it
strips with this too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

KEPT_CONTROLS = "\n\t"
"""Control characters that are layout, not hidden: they stay."""

# Cc: C0/C1 controls. Cf: format characters - zero-width space/joiners, BOM, soft
# hyphen, the bidi embeddings/overrides/isolates (U+202A..U+202E, U+2066..U+2069).
# Co/Cs/Cn: private use, lone surrogates, unassigned: nothing a reader sees.
INVISIBLE_CATEGORIES = ("Cc", "Cf", "Co", "Cs", "Cn")

_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")


def invisible(ch: str, keep: str = KEPT_CONTROLS) -> bool:
    """Is `ch` a character a reader does not see (and not one of `keep`)?"""
    return ch not in keep and unicodedata.category(ch) in INVISIBLE_CATEGORIES


@lru_cache(maxsize=4)
def _ascii_invisible(keep: str) -> re.Pattern:
    # In ASCII the invisible characters are the C0 controls and DEL (category Cc).
    return re.compile("[" + "".join(re.escape(chr(c)) for c in (*range(0x20), 0x7f) if chr(c) not in keep) + "]")


def strip_invisible(text: str, keep: str = KEPT_CONTROLS) -> str:
    """`text` without the characters `invisible` names. Nearly all mail is ASCII, which
    one regex handles; other text is asked per distinct character, not per character
    (a text has few distinct ones)."""
    if text.isascii():
        return _ascii_invisible(keep).sub("", text)
    hidden = {ch for ch in set(text) if invisible(ch, keep)}
    return text.translate(dict.fromkeys(map(ord, hidden))) if hidden else text


def clean_untrusted(text: str, limit: int) -> str:
    """Normalise, strip invisible characters, collapse blank runs, cap at `limit` chars."""
    if not text:
        return ""
    if len(text) > limit * 4:  # no point normalising what will be cut anyway
        text = text[: limit * 4]
    text = unicodedata.normalize("NFKC", text)
    text = strip_invisible(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    text = "\n".join(line.strip() for line in text.split("\n")).strip()
    if len(text) > limit:
        text = text[:limit].rstrip() + f" […cut at {limit} characters]"
    return text
