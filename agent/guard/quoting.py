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
sees is never "quoted": hiding words is aiming them. A decoded form is quoted where its
blob is (a base64 test string in a code sample).
"""

from __future__ import annotations

import re

from agent.guard.scan import HIDDEN_FORM, Match, decoded_forms, read

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
# Quotation marks inside a sentence: after a word or a comma and a blank or two, or an
# opening bracket; a quote may run over one line break (mail is wrapped at 72). A
# straight quote right after a letter closes a quote ('agents". Kofi'), never opens one;
# typographic and CJK marks say which they are, and may follow a letter ("写入“...”").
_Q = r"(?:[^{close}\n]|\n(?!\s*\n)){{8,400}}"
_STRAIGHT = (r"""(?:(?<=[\w,][ \t\n])|(?<=[\w,][ \t]{2})|(?<=[(\[]))"""
             r"""(?:"(""" + _Q.format(close='"') + r""")"|'(""" + _Q.format(close="'") + r""")'(?!\w)|`(""" +
             _Q.format(close="`") + r""")`)""")
_TYPOGRAPHIC = (r"""(?:(?<=[\w,(\[])|(?<=[\w,(\[][ \t\n])|(?<=[\w,][ \t]{2}))"""
                r"""(?:“(""" + _Q.format(close="”") + r""")”|‘(""" + _Q.format(close="’") + r""")’|«(""" +
                _Q.format(close="»") + r""")»|„(""" + _Q.format(close="“”") + r""")[“”]|「(""" +
                _Q.format(close="」") + r""")」|『(""" + _Q.format(close="』") + r""")』)""")
_INLINE = re.compile(_STRAIGHT + "|" + _TYPOGRAPHIC)
# An example set off by a colon and indented below it ("open a ticket with this body:").
_INDENTED_EXAMPLE = re.compile(r"(?m):[ \t]*\n(?:[ \t]*\n)?((?:(?: {4,}|\t)[^\n]*(?:\n|\Z))+)")
# A block of three or more lines of a diff ("+ added", "- removed").
_DIFF_BLOCK = re.compile(r"(?m)(?:^[+\-][ \t].*\n?){3,}")


def quoted_pieces(text: str, quoted_html: str = "") -> list[str]:
    """The parts of `text` it quotes rather than says, and the HTML's quoted text
    (`ParsedMessage.quoted_html`)."""
    text = text.replace("\r\n", "\n")
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
    pieces += _DIFF_BLOCK.findall(text)
    if ":" in text:
        pieces += _INDENTED_EXAMPLE.findall(text)
    pieces += [next(g for g in m.groups() if g) for m in _INLINE.finditer(text)]
    if quoted_html:
        pieces += quoted_html.split("\n")
    return pieces[:MAX_PIECES]


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def only_quoted(match: Match, text: str, quoted_html: str = "") -> bool:
    """Is every place `text` says what `match` matched inside a quoted piece? For a
    decoded match, in the same form: a base64 test string in a code sample is quoted
    too. Tag characters never are: no reader sees them, quoted or not."""
    words = _squeezed(match.words)
    if not words or match.form == HIDDEN_FORM:
        return False

    def said(t: str) -> int:
        if not match.form:
            return _squeezed(read(t, match.script)).count(words)
        return sum(_squeezed(read(decoded, match.script)).count(words)
                   for form, decoded in decoded_forms(t) if form == match.form)

    whole = said(text)
    if not whole:
        return False  # not found again as written: say it is the message's own
    return sum(said(piece) for piece in quoted_pieces(text, quoted_html)) >= whole
