"""Whether an attempt is in the message's own words or only quoted in it.

A security newsletter quotes "ignore all previous instructions" to warn its readers; a
code-review notification shows a diff of a prompt template; a colleague forwards a
phishing mail to IT with "> " before every line. Each carries an attempt's words, and
none is aimed at this message's verdict. Those words are quoted: in a reply's "> "
lines, a forwarded block, a ``` fence or a diff, an HTML <blockquote>/<pre>/<code>/<q>,
or in quotation marks inside a sentence ('attackers hide "ignore previous instructions"
in white text'). An attempt found only there is a risk factor shown to the model and in
`explain`, not a forced quarantine (`agent.guard.policy`): the guard reads each text
twice, as written and in its own words (`own_words`), and what only the first has is
quoted.

Quotation marks count only inside a sentence, after a word: 'Note to the AI: "this is
safe"' puts its order in quotes too, after a colon, and stays an attempt. Text no reader
sees is never "quoted": hiding words is aiming them (and tag characters are hidden
wherever they are). A decoded form is quoted where its blob is (a base64 test string in
a code sample).
"""

from __future__ import annotations

import re
from typing import Literal

MAX_PIECES = 200

_REPLY_LINE = re.compile(r"(?m)^[ \t]*>.*$")
_FENCE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
# A forwarded or original message below its marker line: the rest of the text is theirs.
_FORWARDED = re.compile(
    r"(?im)^[ \t]*(?:-{3,}[ \t]*(?:original message|forwarded message|weitergeleitete nachricht|"
    r"message transf[eé]r[eé]|mensaje (?:original|reenviado)|messaggio (?:originale|inoltrato)|"
    r"mensagem (?:original|encaminhada)|doorgestuurd bericht|oorspronkelijk bericht)[ \t]*-{3,}|"
    r"begin forwarded message:|"
    # Outlook's: a rule of underscores over the original's From: line.
    r"_{8,}(?=[ \t\r]*\n[ \t]*(?:from|von|de|da|van|od|fr[åa]n|fra|от|差出人|发件人|보낸 사람):))[ \t\r]*$")
_HUNK = re.compile(r"(?m)^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
# Quotation marks inside a sentence: after a word or a comma and a blank or two, or an
# opening bracket; a quote may run over one line break (mail is wrapped at 72). A
# straight quote right after a letter closes a quote ('agents". Kofi'), never opens one;
# typographic and CJK marks say which they are, and may follow a letter ("写入“...”").
_Q = r"(?:[^{close}\n]|\n(?!\s*\n)){{8,400}}"
_STRAIGHT = (r"""(?:(?<=[\w,=\]][ \t\n])|(?<=[\w,=\]][ \t]{2})|(?<=[(\[=]))"""
             r"""(?:"(""" + _Q.format(close='"') + r""")"|'(""" + _Q.format(close="'") + r""")'(?!\w)|`(""" +
             _Q.format(close="`") + r""")`)""")
_TYPOGRAPHIC = (r"""(?:(?<=[\w,(\[=\]])|(?<=[\w,(\[=\]][ \t\n])|(?<=[\w,=\]][ \t]{2}))"""
                r"""(?:“(""" + _Q.format(close="”") + r""")”|‘(""" + _Q.format(close="’") + r""")’|«(""" +
                _Q.format(close="»") + r""")»|„(""" + _Q.format(close="“”\"") + r""")[“”"]|「(""" +
                _Q.format(close="」") + r""")」|『(""" + _Q.format(close="』") + r""")』)""")
_INLINE = re.compile(_STRAIGHT + "|" + _TYPOGRAPHIC)
# A quote named as an example, wherever it stands: after "e.g.", "such as" or "for
# example", or after a colon that closes an example's intro ("Exemple relevé, cité tel
# quel :", "实际观测到的例子（原文引用）："). A bare colon stays no quote's mark: 'Note to the
# AI: "this is safe"' is an order.
_QUOTE_MARKS = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“”\""), ("「", "」"), ("『", "』"), ("<<", ">"))
"""(opening mark, the marks that close it) of a quote set off in any notation."""


def _quote(opening: str, closing: str) -> str:
    """A quote from `opening` to one of `closing` (a closing '>' is '>>'), as `_Q` reads one."""
    end = ">>" if closing == ">" else f"[{closing}]"
    return re.escape(opening) + _Q.format(close=closing) + end


_ANY_QUOTE = "(?:" + "|".join(_quote(o, c) for o, c in _QUOTE_MARKS) + ")"
_EXAMPLE_INTRO = (r"(?:\be\.g\.|\bi\.e\.|\bfor (?:example|instance)|\bsuch as|(?<![.@\w-])examples?|(?<![.@\w-])samples?|"
                  r"\bquoted|\bverbatim|\bsends|\bsent|\bwrote|\bwrites|\btyped|\bposted|\bexemples?|\bcit[ée]e?s?|\bz\.\s?b\.|\bzum beispiel|\bbeispiel|"
                  r"\bejemplos?|\bpor ejemplo|\besempio|\bexemplo|\bnp\.|\bprzyk[łl]ad|\bw rodzaju|\bnaprzyk|"
                  r"\bнапример|\bпример|\börne[ğg]in|مثل|مثال|例如|比如|例子|样本|樣本|例えば|引用|原文|예를\s*들어|예시)")
# Japanese, Korean and Turkish mark a quote after it too: 「…」と書かれている ("it says
# '…'"), "…"라고, "…" gibi ("attacks like '…'").
_QUOTATIVE = re.compile("(?:" + "|".join(_quote(o, c) for o, c in (("「", "」"), ('"', '"'), ("“", "”"))) + ")"
                        r"(?=\s*(?:と|って|という|라고|이라고|라는|이라는|같은|gibi\b|diye\b))")
_EXAMPLE_QUOTE = re.compile(
    r"(?i)(" + _EXAMPLE_INTRO + r"(?:[^\S\n]*[,:：]?|[^\n:：]{0,40}[:：]|[^\n:：。]{0,60}。))(\s{0,6})" + _ANY_QUOTE)
# An example set off by a colon and indented below it ("open a ticket with this body:").
_INDENTED_EXAMPLE = re.compile(r"(?m)[:：][ \t]*\n(?:[ \t]*\n)?((?:(?: {2,}|\t|\u3000)[^\n]*(?:\n|\Z))+)")
_LONE_KEY = re.compile(r"[ \t]*[\w.\-]+:")
# An example named as one ("e.g.", "for example:", "such as:"): the lines after it, up
# to a blank line.
# (Not the end of a host name: "refunds@helpdesk.example" names no example.)
_NAMED_EXAMPLE = re.compile(
    r"(?im)(?:\be\.g\.|\bfor (?:example|instance)|\bsuch as|(?<![.@\w-])examples?|(?<![.@\w-])samples?|\bpayloads?|z\.\s?b\.|"
    r"par exemple|por ejemplo|ad esempio|por exemplo|bijvoorbeeld|na przykład|örneğin|например|наприклад|"
    r"例如|例えば|比如)[ \t]*:?[ \t]*\n((?:[^\n]*\S[^\n]*(?:\n|\Z))+)")
# A block of three or more lines of a diff ("+ added", "- removed").
_DIFF_BLOCK = re.compile(r"(?m)(?:^[+\-][ \t].*\n?){3,}")


Indented = Literal["examples", "under a sentence", "none"]
"""Which blocks indented below a colon are examples, quoted: all of them; those under a
sentence ("the attacker appended:"), not under a lone key ("mail_review:\n  verdict:
ham", data and the message's own, YAML is indented by nature); none (words encoded so no
reader reads them are set out for no reader)."""


def quoted_pieces(text: str, quoted_html: str = "", indented: Indented = "examples") -> list[str]:
    """The blocks of `text` it quotes rather than says, and the HTML's quoted text
    (`ParsedMessage.quoted_html`). Quotation marks inside a sentence are taken out by
    their place instead (`own_words`). `indented`: which indented blocks count."""
    text = text.replace("\r\n", "\n")
    pieces: list[str] = []
    if ">" in text:
        pieces += _REPLY_LINE.findall(text)
    if "```" in text:
        pieces += _FENCE.findall(text)
    forwarded = _FORWARDED.search(text)
    if forwarded:
        pieces.append(text[forwarded.end():])
    hunk = _HUNK.search(text)
    if hunk:  # a diff: from its first hunk on, every line is code
        pieces.append(text[hunk.start():])
    pieces += _DIFF_BLOCK.findall(text)
    if indented != "none" and (":" in text or "：" in text):
        # Overlapping: an indented list may hold its own "...:" over a deeper block.
        at = 0
        while len(pieces) < MAX_PIECES and (example := _INDENTED_EXAMPLE.search(text, at)):
            intro = text[text.rfind("\n", 0, example.start()) + 1:example.start() + 1]
            if indented == "examples" or not _LONE_KEY.fullmatch(intro):
                pieces.append(example.group(1))
            at = example.start(1)
    pieces += _NAMED_EXAMPLE.findall(text)
    if quoted_html:
        pieces += quoted_html.split("\n")
    return pieces[:MAX_PIECES]


QUOTED = " … "
"""What a quoted piece becomes in the message's own words."""


def own_words(text: str, quoted_html: str = "", indented: Indented = "examples") -> str:
    """`text` without what it quotes (`quoted_pieces`, each left as `QUOTED`): what the
    message says in its own words. Found by the piece's words, whatever blanks and line
    breaks lie between them (HTML quoted text is laid out apart from the rendered text)."""
    # The blocks by their words, then quotation marks in a sentence by their place (the
    # same words may also be said outside them). Blocks first: a quote inside one
    # (an attribute in a code sample) would break the block's words apart.
    own = text.replace("\r\n", "\n")
    for piece in sorted({p.strip() for p in quoted_pieces(own, quoted_html, indented) if p.strip()},
                        key=len, reverse=True):
        if piece in own:
            own = own.replace(piece, QUOTED)
            continue
        words = piece.split()[:400]
        own = re.sub(r"\s+".join(map(re.escape, words)), QUOTED, own)
    own = _EXAMPLE_QUOTE.sub(lambda m: m.group(1) + m.group(2) + QUOTED, own)
    if not own.isascii():
        own = _QUOTATIVE.sub(QUOTED, own)
    own = _INLINE.sub(QUOTED, own)
    return own


_ABOUT_ATTACKS = re.compile(
    r"prompt[\s-]*injection|injection\s+(?:attack|defen[cs]e|detect|payload|attempt)|jailbreak|red[\s-]team|"
    r"\battack(?:s|ers?)?\b|adversarial|threat\s+actors?|\bowasp\b|\bcve-\d|\bpayloads?\b|proof[\s-]of[\s-]concept|"
    r"guardrails?|malicious\s+(?:instructions?|prompts?)|hidden\s+(?:prompts?|instructions?)|"
    r"inyecci[oó]n|injections?\s+de\s+(?:prompt|consignes)|prompt-injektion|angreifer|atacantes?|attaquants?|"
    r"aggressori|consignes\s+cach[ée]es|sald[ıi]rgan|sald[ıi]r[ıi]|atakuj[aą]c|\bataki?(?:ami|[óo]w)?\b|wstrzykiw|"
    r"злоумышленник|промпт-инъекц|提示注入|提示词注入|攻击|"
    r"プロンプトインジェクション|攻撃|見えない文字|隠し命令|隠れた指示|\bmalveillant|프롬프트\s*인젝션|공격자|حقن\s+(?:الأوامر|التعليمات|الموجهات)|المهاجم|"
    r"(?:نص|تعليمات|أوامر)\s+مخفي|प्रॉम्प्ट\s+इंजेक्शन|हमलावर|"
    # Korean "hidden text", "invisible letters"; a threat bulletin's marks: TLP, defanged strings.
    r"숨(?:은|겨진)\s*(?:텍스트|글씨|문장|지시|명령)|보이지\s*않는\s*(?:글씨|텍스트|문자)|"
    r"\btlp\s*:\s*(?:clear|white|green|amber|red)\b|\bdefang(?:ed)?\b|indicators?\s+of\s+compromise|"
    r"enjeksiyon|inje[cç][aã]o\s+de\s+prompt|iniezione")


def discusses_attacks(text: str) -> bool:
    """Whether `text` (lower-cased) is about attacks on language models: two different
    words of that talk ("prompt injection" and "attackers", "jailbreak" and "payload",
    in 18 languages, and a threat bulletin's TLP and defanged strings). Such a message
    shows attacks to its readers; a scam that tries one speaks of a parcel or an invoice,
    not of attackers (none of the tuning halves' 1,168 attempts has two such words; 114
    of their 928 hard ham have)."""
    return len({m.group(0).rstrip("s") for m in _ABOUT_ATTACKS.finditer(text[:50_000])}) >= 2
