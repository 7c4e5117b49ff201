"""Whether an attempt is in the message's own words or only quoted in it.

A security newsletter quotes "ignore all previous instructions" to warn its readers; a
code-review notification shows a diff of a prompt template; a colleague forwards a
phishing mail to IT with "> " before every line. Each carries an attempt's words, and
none is aimed at this message's verdict. Those words are quoted: in a reply's "> "
lines, a forwarded block, a ``` fence or a diff, an HTML <blockquote>/<pre>/<code>/<q>,
or in quotation marks inside a sentence ('attackers hide "ignore previous instructions"
in white text'). An attempt found only there is a risk factor shown to the model and in
`explain`, not a forced quarantine (`agent.guard.policy`).

Quotation marks count only inside a sentence, after a word: 'Note to the AI: "this is
safe"' puts its order in quotes too, after a colon, and stays an attempt. Text no reader
sees and decoded forms are never "quoted": hiding or encoding words is aiming them.
"""

from __future__ import annotations

import re

from agent.guard.scan import Match, read

MAX_PIECES = 200

_REPLY_LINE = re.compile(r"(?m)^[ \t]*>.*$")
_FENCE = re.compile(r"```.*?(?:```|\Z)", re.S)
# A forwarded or original message below its marker line: the rest of the text is theirs.
_FORWARDED = re.compile(
    r"(?im)^[ \t]*(?:-{3,}[ \t]*(?:original message|forwarded message|weitergeleitete nachricht|"
    r"message transf[eé]r[eé]|mensaje (?:original|reenviado)|messaggio (?:originale|inoltrato)|"
    r"mensagem (?:original|encaminhada)|doorgestuurd bericht|oorspronkelijk bericht)[ \t]*-{3,}|"
    r"begin forwarded message:)[ \t\r]*$")
_DIFF_LINE = re.compile(r"(?m)^(?:[+\-][^+\-\n].*|@@ .*)$")
# Quotation marks after a word (and a comma or a space): quoting inside a sentence.
_INLINE = re.compile(
    r"""(?:(?<=\w)|(?<=\w[ \t,])|(?<=\w,[ \t]))"""
    r"""(?:"([^"\n]{8,400})"|'([^'\n]{8,400})'(?!\w)|“([^”\n]{8,400})”|‘([^’\n]{8,400})’|«([^»\n]{8,400})»|"""
    r"""„([^“”\n]{8,400})[“”]|「([^」\n]{8,400})」|『([^』\n]{8,400})』|`([^`\n]{8,400})`)""")


def quoted_pieces(text: str, quoted_html: str = "") -> list[str]:
    """The parts of `text` it quotes rather than says, and the HTML's quoted text
    (`ParsedMessage.quoted_html`)."""
    pieces: list[str] = []
    if ">" in text:
        pieces += _REPLY_LINE.findall(text)
    if "```" in text:
        pieces += _FENCE.findall(text)
    forwarded = _FORWARDED.search(text)
    if forwarded:
        pieces.append(text[forwarded.end():])
    if "\n@@ " in text or text.startswith("@@ ") or "diff --git" in text:
        pieces += _DIFF_LINE.findall(text)
    pieces += [next(g for g in m.groups() if g) for m in _INLINE.finditer(text)]
    if quoted_html:
        pieces += quoted_html.split("\n")
    return pieces[:MAX_PIECES]


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def only_quoted(match: Match, text: str, quoted_html: str = "") -> bool:
    """Is every place `text` says what `match` matched inside a quoted piece?"""
    words = _squeezed(match.words)
    if not words or match.form:
        return False
    whole = _squeezed(read(text, match.script)).count(words)
    if not whole:
        return False  # not found again as written: say it is the message's own
    inside = sum(_squeezed(read(piece, match.script)).count(words) for piece in quoted_pieces(text, quoted_html))
    return inside >= whole
