"""Making text from a message safe to place inside a prompt.

Everything from the message is written by whoever sent it, including people who want
the filter to misjudge it. Before it reaches the model, text is normalised (NFKC folds
full-width and other compatibility look-alikes into plain letters), stripped of
characters a reader cannot see but a model reads (control characters, zero-width and
bidirectional overrides, other Unicode format characters), squeezed of runs of blank
space that only waste context, and capped in length.
"""

from __future__ import annotations

import re
import unicodedata

_KEEP_CONTROLS = {"\n", "\t"}
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")


def _invisible(ch: str) -> bool:
    if ch in _KEEP_CONTROLS:
        return False
    # Cc: C0/C1 controls. Cf: format characters - zero-width space/joiners, BOM, soft
    # hyphen, the bidi embeddings/overrides/isolates (U+202A..U+202E, U+2066..U+2069).
    # Co/Cs/Cn: private use, lone surrogates, unassigned: nothing a reader sees.
    return unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Cn")


def clean_untrusted(text: str, limit: int) -> str:
    """Normalise, strip invisible characters, collapse blank runs, cap at `limit` chars."""
    if not text:
        return ""
    if len(text) > limit * 4:  # no point normalising what will be cut anyway
        text = text[: limit * 4]
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if not _invisible(ch))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    text = "\n".join(line.strip() for line in text.split("\n")).strip()
    if len(text) > limit:
        text = text[:limit].rstrip() + f" […cut at {limit} characters]"
    return text
