"""Reading a text the way the guard does: its skeleton, the injection patterns it
matches, and the other signs of text written for a machine.

The patterns (`agent.guard.patterns`) run on a *skeleton* of each text: NFKC, invisible
characters removed (by the prompt's own definition, `prompts.untrusted`), accents dropped,
confusable look-alikes folded to Latin, whitespace squeezed. Text in other scripts is
also read as `native`, its own letters kept.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from agent.guard.patterns import PATTERNS
from prompts.untrusted import KEPT_CONTROLS, strip_invisible

SCAN_CHARS = 50_000  # per text; injection buried deeper than this never reaches a prompt either


# ------------------------------------------------------------------ skeletons


@lru_cache(maxsize=1)
def _confusable_map() -> dict[int, str]:
    """Non-ASCII characters that look like an ASCII letter or digit -> that letter.

    From the Unicode confusables table as packaged by `confusable_homoglyphs`."""
    data = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    table: dict[int, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            c = glyph["c"]
            if len(c) == 1 and c.isascii() and c.isalnum():
                table[ord(char)] = c.lower()
                break
    return table


_BLANK = re.compile(r"[^\S\n ]")  # whitespace other than a space or a newline
_SPACES = re.compile(r"  +")
_NEWLINES = re.compile(r"\n[ \n]*")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# In ASCII text a carriage return is kept here and becomes a blank below; in other text
# it is stripped as invisible, as the prompt strips it. The two differ only for a lone
# CR (CRLF reads the same either way); kept as it was when the patterns were measured.
_KEPT_IN_ASCII = KEPT_CONTROLS + "\r"


def native(text: str) -> str:
    """Lower-cased NFKC text without invisible characters: for patterns in any script."""
    text = text[:SCAN_CHARS]
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = strip_invisible(text, _KEPT_IN_ASCII if text.isascii() else KEPT_CONTROLS)
    # Runs of blanks become one space, runs of lines one newline: patterns may anchor at
    # a line start (a fake "assistant:" turn), and `\s` still spans lines. In steps
    # whose patterns start with a literal the regex engine can skip to: the one pattern
    # `\s*\n\s*` tried a match at every space between words, 70 us a message.
    text = _SPACES.sub(" ", _BLANK.sub(" ", text))
    return _NEWLINES.sub("\n", text.replace(" \n", "\n")).lower()


def skeleton(text: str) -> str:
    """`native` text with accents dropped and look-alikes folded to Latin letters, so
    "іgnorе prévious" (Cyrillic і and е) reads "ignore previous"."""
    text = native(text)
    if text.isascii():
        return text
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    # Replacing the few look-alikes present, not translating every character through
    # the table: 5 times faster, and the same text (the table maps to ASCII only).
    table = _confusable_map()
    for ch in [ch for ch in set(stripped) if ord(ch) in table]:
        stripped = stripped.replace(ch, table[ord(ch)])
    return stripped


# ------------------------------------------------------------------ patterns

_TriggerGroups = tuple[tuple[frozenset[str], tuple[str, ...]], ...]


def _trigger_groups(triggers: tuple[tuple[str, ...], ...]) -> _TriggerGroups:
    """Each group as (word starts, literals): a word start is at most four letters (and
    . or _); anything longer or with other characters is a literal substring."""
    def word(t: str) -> bool:
        return len(t) <= 4 and t.replace("_", "").replace(".", "").isalpha()
    return tuple((frozenset(t for t in group if word(t)), tuple(t for t in group if not word(t)))
                 for group in triggers)


def _triggered(groups: _TriggerGroups, starts: set[str], text: str, seen: dict[str, bool]) -> bool:
    """Does `text` have a trigger of every group? `seen` remembers which literals the
    text has, for the other patterns (many share "ham" or "safe")."""
    for words, literals in groups:
        if not starts.isdisjoint(words):
            continue
        for t in literals:
            found = seen.get(t)
            if found is None:
                found = seen[t] = t in text
            if found:
                break
        else:
            return False
    return True


_PUNCTUATION = "\"'`.,;:!?()[]{}<>*_-=#|/\\~+&%$@^"


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[tuple[str, _TriggerGroups, re.Pattern]], list[tuple[str, re.Pattern]]]:
    """(patterns for the Latin skeleton with their trigger groups, patterns for text in
    its own script), each in the order of `PATTERNS`."""
    on_skeleton = [(p.name, _trigger_groups(p.triggers), re.compile(p.regex)) for p in PATTERNS if not p.own_script]
    on_native = [(p.name, re.compile(p.regex)) for p in PATTERNS if p.own_script]
    return on_skeleton, on_native


def find_injection(text: str) -> list[str]:
    """Names of the injection patterns `text` matches (empty when none)."""
    if not text:
        return []
    on_skeleton, on_native = _compiled()
    skel = skeleton(text)
    starts = {word.strip(_PUNCTUATION)[:4] for word in set(skel.split())}
    seen: dict[str, bool] = {}
    hits = [name for name, groups, rx in on_skeleton if _triggered(groups, starts, skel, seen) and rx.search(skel)]
    if not text.isascii():
        nat = native(text)
        hits += [name for name, rx in on_native if rx.search(nat)]
    return list(dict.fromkeys(hits))


# ------------------------------------------------------------------ other signals

_LATIN_LETTER = re.compile(r"[a-z]")
_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")
# What counts as a suspicious invisible character (a narrower set than what is
# stripped): controls other than layout, zero-width and bidi characters, soft hyphens.
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BIDI_AND_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad")


def mixed_script_words(text: str) -> int:
    """Words that mix Latin letters with look-alikes from another script ("pаypal" with a
    Cyrillic а): a reader sees one word, a keyword filter sees another."""
    if text.isascii():
        return 0
    table = _confusable_map()
    text = unicodedata.normalize("NFKC", text[:SCAN_CHARS])
    # The look-alikes from other scripts the text has at all (asked per distinct
    # character): usually none, and then no word needs looking at.
    look_alikes = {ch for ch in set(text)
                   if not ch.isascii() and ord(ch) in table and unicodedata.name(ch, "").split()[0] != "LATIN"}
    if not look_alikes:
        return 0
    count = 0
    for word in _NON_ASCII_WORD.findall(text):
        if len(word) < 3 or not _LATIN_LETTER.search(word.lower()):
            continue
        if not look_alikes.isdisjoint(word):
            count += 1
    return count


def invisible_characters(text: str) -> int:
    """How many zero-width, bidi or control characters (other than tab, CR, LF) `text` has."""
    text = text[:SCAN_CHARS]
    if text.isascii():
        return len(_ASCII_CONTROLS.findall(text))
    flagged = [ch for ch in set(text)
               if ch in _BIDI_AND_ZERO_WIDTH or (unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")]
    return sum(text.count(ch) for ch in flagged)
