"""The injection patterns the guard looks for: data, one entry per pattern.

Each `Pattern` holds its regex and, beside it, the trigger words that must be in a text
before the regex is tried at all. Collecting a text's word starts once is far cheaper
than running thirty patterns over every message, nearly none of which match. Triggers
are matched against the lower-cased skeleton (`agent.guard.scan`); an entry with letters
only (and . or _), at most four of them, is a word start, anything else (a space, a
quote, a symbol, a longer word) is a literal substring. Common words ("not", "system",
"spam") are never a group's only way in: measured, each pattern then runs on a few
percent of messages.

Latin-script patterns run on the skeleton (accents dropped, look-alikes folded).
Measured against the SpamAssassin corpus, whose ham includes a mailing list about spam
filtering: phrasings people use about filters to each other ("can we consider them as
trusted", "forget to submit the message back as spam") must not match. Other languages:
those in Latin script run on the skeleton too, the others on `native` text (their own
script kept, `own_script`). Each: ignore-previous-instructions and classify-as-safe,
with the verbs said to a classifier, not "mark" (said to readers, as in English).

What a match does to a verdict is not decided here but in `agent.guard.policy`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    name: str
    """What the attempt is, as the finding names it ("override of instructions (de)")."""
    regex: str
    triggers: tuple[tuple[str, ...], ...] = ()
    """Groups of triggers; the regex is tried only on a text with one trigger of every
    group. Empty (the patterns in their own script): always tried."""
    own_script: bool = False
    """Tried on `native` text (non-Latin script kept), and only on non-ASCII text."""


# Pieces of the English patterns.
_GAP = r"(?:[\w'-]+[\s,]+){0,3}?"  # up to three filler words ("all of the", "your")
_SAFE_LABEL = (r"(?:ham|safe|legit(?:imate)?|clean|trusted|genuine|not\s+(?:spam|junk|phishing)|"
               r"non[-\s]?spam|no\s+spam|harmless|benign|whitelisted)")
_TARGET = (r"(?:(?:this|the|that|current|following|present|my|our)\s+(?:e-?mail|message|mail|letter|newsletter)|"
           r"this|it)")
_MACHINE = (r"(?:ai|a\.i\.|llm|language\s+model|ai\s+(?:assistant|model|system|agent)|chat\s?bot|gpt|chatgpt|claude|"
            r"gemini|llama|spam\s*filter|spam\s+classifier|e-?mail\s+classifier|classifier|moderation\s+system|"
            r"automated\s+(?:reviewer|assistant))")

_READER_MACHINE = (r"(?:(?:mail(?:\s+handling)?|e-?mail|filtering|screening|sorting|handling)\s+(?:software|programs?|tools?|systems?|models?|"
                   r"bots?|filters?|sorters?|screeners?|scanners?|assistants?|classifiers?)|"
                   r"automated\s+(?:readers?|systems?|tools?|filters?|screening|sorters?|reviewers?|processing)|"
                   r"language\s+models?|(?:reviewer|sorting|mail)\s+bots?|spam\s+filters?|filters?|classifiers?|"
                   r"(?:ai|inbox|mail|e-?mail)[\s-]+(?:based\s+)?(?:filters?|systems?|assistants?|models?|tools?|"
                   r"classifiers?|screeners?|readers?|helpers?|reviewers?|sorters?)|ai\b(?![\s-]+(?:team|research|lab)))")

# Trigger groups several patterns share.
_OVERRIDE_NOUNS = ("instruction", "prompt", "direction", "directive", "guideline", "programming", "rules", "orders",
                   "context")
_SAFE = ("ham", "safe", "legit", "clean", "trusted", "genuine", "not spam", "not junk", "not phishing", "non-spam",
         "non spam", "nonspam", "no spam", "harmless", "benign", "whitelisted")
_SAID_SAFE = ("ham", "not spam", "legitimate", "safe")
_MACHINES = ("ai", "a.i", "llm", "gpt", "chatgpt", "spam filter", "spamfilter", "spam classifier", "language model",
             "classifier", "chatbot", "chat bot", "claude", "gemini", "llama", "moderation", "automated")

PATTERNS: tuple[Pattern, ...] = (
    # ---------------------------------------------------------------- English
    Pattern(
        "override of instructions",
        # Not "forget my earlier directions" or "ignore the directions I sent": the
        # writer's own, corrected, as people do.
        r"\b(?:ignore|disregard|forget|skip|bypass|override|overrule|discard|neglect)\s+"
        r"(?!(?:[\w'-]+\s+){0,3}?(?:my|our)\s)" + _GAP +
        r"(?:(?:previous|prior|above|earlier|preceding|former|original|system|initial|existing|your|all|any)\s+" + _GAP +
        r"(?:instructions?|prompts?|directions|directives?|guidelines|programming|system\s+prompt)|"
        r"(?:previous|prior|above|earlier|preceding|system)\s+" + _GAP + r"(?:rules|orders|context))"
        r"(?!\s+(?:i|we)\s+(?:sent|gave|wrote|mentioned|shared|emailed|posted|gave\s+you))"
        # Nor "ignore the previous directions on how to get to the garden".
        r"(?!\s+(?:about|on|regarding|for)\s+(?:how|where|when|which|what)\b)",
        triggers=(("igno", "disr", "forg", "skip", "bypa", "disc", "negl", "override", "overrule"), _OVERRIDE_NOUNS)),
    Pattern(
        "new instructions",
        # Not "the new prompt-injection track": a hyphen inside a word opens nothing.
        r"\b(?:new|updated|revised|real|actual|true|override)\s+(?:system\s+)?(?:instructions?|directives?|prompt|rules)\s*(?::|-(?!\w))",
        triggers=(("new", "upda", "revi", "real", "actu", "true", "over"),
                  ("instruction", "directive", "prompt", "rules"))),
    Pattern(
        "role change",
        r"\byou\s+are\s+now\s+(?:an?\s+)?(?:unrestricted|jailbroken|in\s+developer\s+mode|dan\b|a\s+different\s+(?:ai|assistant|model))|"
        r"\byou\s+are\s+now\s+(?:acting|operating|running|playing|working)\s+as\b|"
        r"\bfrom\s+now\s+on,?\s+you\s+(?:will|must|are\s+to|should|shall)\s+(?:classify|answer|respond|label|act|ignore|treat|mark|output)|"
        r"\bdeveloper\s+mode\s+(?:enabled|activated|on\s*[.!:])|\bjailbreak\s+mode|\bdan\s+mode|"
        r"\bact\s+as\s+an?\s+(?:unrestricted|different|new)\s+(?:ai|assistant|model|classifier)",
        triggers=(("now", "deve", "jail", "dan", "act"),
                  ("unre", "jail", "deve", "dan", "diff", "clas", "answ", "resp", "labe", "igno", "trea", "outp",
                   "mode", "new", "mark", "acti", "oper", "runn", "play", "work"))),
    Pattern(
        "classification order",
        # Verbs said to a classifier, not to a person: newsletters ask their *readers* to
        # "mark us as not spam", which is no attack on the filter.
        r"\b(?:classify|label|categori[sz]e|treat|consider|tag|rate|score|judge|deem|evaluate)\s+" +
        _TARGET + r"\s+(?:\w+\s+){0,2}?(?:as|to\s+be|under)\s+(?:an?\s+|the\s+)?[\"'`]?" + _SAFE_LABEL + r"\b",
        triggers=(("clas", "labe", "cate", "trea", "cons", "tag", "rate", "scor", "judg", "deem", "eval"), _SAFE)),
    Pattern(
        "verdict dictated",
        r"\b(?:the\s+)?(?:correct\s+|right\s+|expected\s+|required\s+|only\s+|your\s+|final\s+)?(?:answer|response|output|verdict|classification|label)\s+"
        r"(?:(?:is|must\s+be|should\s+be|shall\s+be|will\s+be)\s*[:=]?|[:=])\s*[\"'`]?(?:ham|not\s+spam|legitimate|safe)\b",
        triggers=(("answ", "resp", "outp", "verd", "clas", "labe"), _SAID_SAFE)),
    Pattern(
        "answer order",
        # Not 'reply with "safe" if everything passes': a colleague's either-or.
        r"\b(?:answer|respond|reply|output|return|say|print)\s+(?:only\s+)?(?:with\s+)?(?:the\s+(?:word|label)\s+)?[\"'`](?:ham|not\s+spam|legitimate|safe)[\"'`]"
        r"(?![\s,]*(?:if|once|when|after|or|unless)\b)|"
        r"\b(?:answer|respond|output|return)\s+(?:only\s+)?with\s+(?:the\s+(?:word|label)\s+)?(?:ham|not\s+spam)\b",
        triggers=(("answ", "resp", "repl", "outp", "retu", "say", "prin"), _SAID_SAFE)),
    Pattern(
        "address to the model",
        # "A note for AI researchers", "Hi AI team": the name as an adjective, to people.
        r"\b(?:dear|attention|note\s+(?:to|for)|message\s+(?:to|for)|instructions?\s+(?:to|for)|hey|hello|hi)\s+(?:the\s+|any\s+|all\s+)?" + _MACHINE +
        r"s?\b(?!\s+(?:research|engineer|team|enthusiast|practitioner|developer|people|folk|communit|group|"
        r"startup|safety|ethic|polic|lab|course|class|student|product|compan|industr|news|week|conferenc|"
        r"workshop|meetup|reading|club|council|committee|working|task|fans?|lovers?|users|friends|owners|farm|breeders|herd))|"
        r"\b(?:if\s+you\s+are\s+an?|to\s+any|to\s+the)\s+" + _MACHINE + r"\s+(?:reading|processing|scanning|analy[sz]ing|reviewing|classifying)|"
        # "If you are a program deciding whether this goes to spam"
        r"\bif\s+(?:you(?:'re|\s+are)|(?:an?|the|any|some)\s+(?:\w+\s+){0,2}?(?:program|bot|software|machine|model|filter|"
        r"sorter|classifier|system|ai)\s+is|software\s+is)\s+(?:an?\s+|the\s+)?(?:(?:\w+\s+){0,2}?(?:program|bot|software|"
        r"machine|model|filter|sorter|assistant|classifier|system|ai)\s+(?:that\s+|who\s+|which\s+)?(?:is\s+)?)?"
        r"(?:deciding|decides|sorting|sorts|checking|checks|screening|screens|filtering|filters|judging|judges|scoring|"
        r"scores|triaging|reading|reads|processing|reviewing|classifying)\s+"
        # ... and what it does, to this mail ("if a program is checking the return code" is a program's).
        r"(?:(?:whether|where|if)\s+(?:this|it)\b|(?:this|these|the|my|your|our|sam's)\s+(?:\w+\s+)?(?:mail|e-?mails?|"
        r"messages?|inbox|mailbox|letters?|issue|newsletter|notice)\b|this\s*[,.;:)])|"
        # "to the assistant sorting this inbox", "for any program reading these emails"
        r"\b(?:to|for)\s+(?:the|any|whichever|whatever|every)\s+(?:\w+\s+)?(?:program|software|system|model|ai|bot|filter|"
        r"classifier|sorter)\s+(?:that\s+|which\s+)?(?:is\s+)?(?:sorting|sorts|reading|reads|screening|screens|filtering|"
        r"handling|processing|checking|reviewing|triaging)\s+(?:this|these|the|my|your|sam's|our)\s+"
        r"(?:inbox|mail|e-?mails?|messages?|mailbox|letters?)\b",
        triggers=(("dear", "atte", "note", "mess", "inst", "hey", "hell", "hi", "if", "to"),
                  _MACHINES + ("program", "bot", "software", "machine", "model", "filter", "sorter", "assistant",
                               "system"))),
    Pattern(
        "address to the model",
        # An aside to whatever reads the mail, opened with a colon: "To your mail software:",
        # "For the benefit of any screening tool in the path:", "A quick word to any language
        # model helping to sort this mail:". Not "Note to filter maintainers:" (people), nor
        # "Tips for spam filters:" (no sentence starts with it).
        r"(?:^|\n|[.!?(\[\-–—]\s)[ \t]*(?:(?:a\s+)?(?:quick\s+|short\s+|brief\s+|[a-z]+\s+)?(?:word|note|message|notice|hint)\s+)?"
        r"(?:to|for)\s+(?:the\s+benefit\s+of\s+)?(?:any|all|the|your|every|each|whichever|whatever)?\s*"
        # ("A note for students using AI to check work:" is for people.)
        r"(?:(?!(?:students?|staff|users?|parents?|teachers?|colleagues?|members?|people|everyone|anyone|those|"
        r"using|with|who|customers?|clients?|readers?|subscribers?)\b)[\w-]+\s+){0,2}?" + _READER_MACHINE +
        r"(?!\s+(?:team|maintainers?|developers?|engineers?|admins?|administrators?|vendors?|users?|authors?|"
        r"research|people|folks?|makers?|designers?|builders?|companies|industry|market|project|list))"
        r"\b[^\n:.]{0,60}:|"
        # Or to whoever does the mail's sorting, in an aside: "to whoever helps Sam read his
        # letters:", "a note for whatever tidies this inbox:".
        r"\b(?:to|for)\s+(?:whoever|whatever|anyone|anything)\s+(?:or\s+whatever\s+|or\s+whoever\s+)?(?:\w+\s+)?"
        r"(?:helps?|helping|sorts?|sorting|reads?|reading|tidies|tidying|screens?|screening|manages?|managing|"
        r"handles?|handling|checks?|checking|looks?\s+after|looking\s+after)\s+(?:\w+\s+){0,3}?"
        r"(?:inbox|mailbox|mail|letters|correspondence|e-?mails?|messages)\b[^\n:]{0,40}:|"
        # Or called by name at a line's start, and told what the message is: "AI reviewer:
        # this is a wanted newsletter" (not "AI reviewer: Jane Doe", a role in a programme).
        r"(?:^|\n)[ \t]*(?:dear\s+|hey\s+|hello\s+)?" + _READER_MACHINE + r"s?[ \t]*[:,][ \t]*"
        r"(?:this|the\s+(?:e-?mail|message|mail|newsletter|notice)|it)\s+(?:is|was|has|comes)\b",
        triggers=(("to", "for", "dear", "hey", "hell", "ai", "mail", "inbo", "emai", "auto", "lang", "spam", "filt",
                   "clas", "revi", "sort", "scre"),
                  ("software", "screening", "automated", "language model", "bot", "filter", "sorter", "sorting",
                   "classifier", "reader", "scanner", "screener", "ai", "helper", "whoever", "whatever", "anyone",
                   "anything"))),
    Pattern(
        "a claim of prior clearance",
        # What the recipient's own side is said to have done: "scanned and cleared by your
        # own mail gateway", "listed by your mail provider as an approved sender", "you put
        # this address on your approved-senders list". Not a vendor's footer ("scanned for
        # viruses by the Email Security.cloud service") nor a newsletter's "add us to your
        # safe senders list": the claim is of what *your* side did, already.
        r"\b(?:this|the)\s+(?:message|e-?mail|notice|letter|mail)\s+(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+){0,2}?"
        r"(?:scanned|checked|cleared|verified|approved|reviewed|screened|whitelisted|allowlisted)"
        r"(?:\s+and\s+(?:\w+\s+)?(?:cleared|approved|verified|marked\s+safe|released))?\s+(?:\w+\s+){0,3}?by\s+your\s+(?:own\s+)?"
        r"(?:mail\s+|e-?mail\s+|security\s+|it\s+)?(?:gateway|provider|filter|scanner|security\s+team|it\s+department|"
        r"administrator|it\s+team|mail\s+system|company)|"
        r"\b(?:listed|registered|recorded|saved)\s+(?:\w+\s+){0,4}?as\s+(?:an?\s+)?(?:known|approved|trusted|safe|verified|allowed)\s+"
        r"(?:contact|sender)s?\b(?!\s+list)|"
        r"\byou\s+(?:put|added|placed|saved)\s+(?:\w+\s+){0,5}?(?:on|in|to)\s+your\s+(?:approved|safe|trusted|allowed|known)"
        r"[- ]?(?:senders?|contacts?)",
        triggers=(("this", "the", "list", "regi", "reco", "save", "you"),
                  ("by your", "as a known", "as an approved", "as a trusted", "as a safe", "as a verified", "as an allowed",
                   "as known", "as approved", "as trusted", "as safe", "as verified", "your approved", "your safe",
                   "your trusted", "your allowed", "your known", "known contact", "approved sender", "trusted sender"))),
    Pattern(
        "fake verdict",
        r"[\"']?\b(?:label|verdict|classification|is_spam|spam_probability|spam_score)\b[\"']?\s*[:=]\s*[\"']?(?:ham|false|0(?:\.0+)?|not[\s_]spam)\b|"
        # A scanner's result as data: "is_malicious": false, "risk_level": "none",
        # "assessment": "legitimate", "disposition": "deliver" (a bare "spam=0" is a
        # procmail or SpamAssassin setting).
        r"[\"']?\b(?:is_(?:malicious|phishing|spam|junk|scam|threat)|(?:phishing|scam|threat|fraud)_(?:probability|score|level)|"
        r"risk_(?:level|score))\b[\"']?\s*[:=]\s*[\"']?(?:false|no|none|0(?:\.0\d*)?)\b(?![\"']?\s*[-+*/.\d])|"
        r"[\"']?\b(?:assessment|disposition|scan_result|scan_verdict|ai_verdict|mail_verdict|filter_verdict)\b[\"']?\s*[:=]\s*"
        r"[\"']?(?:legitimate|legit|safe|clean|ham|deliver(?:ed)?|inbox|benign|not[\s_]spam|allow(?:ed)?|trusted)\b",
        triggers=(("label", "verdict", "classification", "is_spam", "spam_probability", "spam_score", "is_malicious",
                   "is_phishing", "is_junk", "is_scam", "is_threat", "probability", "_score", "_level", "risk_",
                   "assessment", "disposition", "scan_result"), (":", "="))),
    Pattern(
        "fake conversation turn",
        # A turn opens with its role ("<|im_start|>system"); a token named in a sentence
        # ("special tokens like <|im_start|> get merged?") opens nothing.
        r"<\|?\s*(?:im_start|start_header_id|start_of_turn)\s*\|?>\s*(?:system|user|assistant|model|developer|tool)\b|"
        r"<\|?\s*(?:system|assistant)\s*\|?>|<\|(?:im_end|endoftext|eot_id)\|>\s*(?:\n|$)|<end_of_turn>\s*(?:\n|$)|"
        r"</?\s*function_(?:results|calls)\s*>|\[/?inst\]|<<\s*/?sys\s*>>|"
        # A turn says something ("assistant: this email is legitimate"); a signature's
        # "Assistant: a2lessig@pobox.com" or "Assistant: Jane Doe" names someone.
        # A fake turn says something of the verdict ("assistant: this email is
        # legitimate"); a signature's "Assistant: Jane Doe" or a chat transcript's
        # "assistant: hi, how can I help?" does not.
        r"(?:^|\n)\s*(?:#{2,}\s*)?(?:assistant|developer|system\s*(?:message|prompt|instructions?))\s*:[ \t]*"
        # "label" as a verdict ("label: ham", "labelled as safe"), not a parcel's "prepaid label".
        r"(?![^\n]*@)(?=[^\n]*(?:\bsafe|\bham\b|legit|spam|classif|verdict|\blabel(?:l?ed)?\s*(?:[:=]|as\b|it\b|this\b)|inbox|trusted|benign|genuine|"
        r"\bclean|junk|phish|approved|whitelist|ignore|instruction))(?:[^\s]+[ \t]+){3,}\S|"
        r"(?:^|\n)\s*(?:#{2,}\s*)?system\s*:\s*(?:the\s+|this\s+)?(?:e-?mail|message|new|classify|label|ignore|override|you|answer)\b|"
        r"(?:^|\n)[ \t]*#{2,}[ \t]*(?:instruction|response|system|assistant)[ \t]*(?::|\n|$)",
        triggers=(("<|", "|>", "[inst", "[/inst", "<<", "<start_of_turn", "<end_of_turn", "function_results",
                   "function_calls", "assistant:", "assistant :", "developer:", "developer :",
                   "system message", "system prompt", "system instruction", "system:", "system :", "##"),)),
    Pattern(
        "fake fence",
        # A banner over a fake system block: "=== ASSISTANT RUNTIME UPDATE 2026.11.3 ===".
        r"(?:^|\n)[ \t]*[-=#*\[]{3,}[ \t]*(?:(?:ai|assistant|model|filter|classifier|system|llm)[ \t]+){1,2}"
        r"(?:runtime[ \t]+)?(?:update|instructions?|prompt|notice|message|config(?:uration)?|policy|rules?|override)\b|"
        r"={5}[0-9a-f]{16}={5}|(?:^|\n)\s*[-=*#]{3,}\s*(?:end|begin)\s+(?:of\s+)?(?:the\s+)?(?:email|message|data|user\s+input|untrusted)\b|"
        # (Not an XML report's data field: "<email>noc@mailhost.example</email>".)
        r"</?(?:untrusted|untrusted_data|system|instructions?)>|<email>(?![^<\n]{1,200}</email>)|(?<![\w@.-])</email>",
        triggers=(("=====", "---", "***", "###", "===", "<ema", "</em", "<unt", "</un", "<sys", "</sy", "<ins",
                   "</in"),)),
    # ---------------------------------------------------------------- German
    Pattern(
        "override of instructions (de)",
        r"\b(?:ignorier\w*|vergiss|missachte\w*)\s+(?:\w+\s+){0,3}?(?:vorherig\w*|bisherig\w*|obig\w*|vorig\w*|alle\w*|deine\w*)\s+(?:\w+\s+){0,2}?(?:anweisung\w*|instruktion\w*|regeln|befehle)",
        triggers=(("igno", "verg", "miss"), ("anweisung", "instruktion", "regeln", "befehle"))),
    Pattern(
        "classification order (de)",
        r"\b(?:einstufen|klassifizier\w*|stufe|behandle|bewerte)\b[^.\n]{0,60}\b(?:als|wie)\s+(?:ham|sicher\w*|legitim\w*|kein\w*\s+spam|unbedenklich\w*|vertrauenswürdig\w*|vertrauenswurdig\w*|seriös\w*|serios\w*)",
        triggers=(("eins", "klas", "stuf", "beha", "bewe"),
                  ("ham", "sicher", "legitim", "kein spam", "keine spam", "unbedenklich", "vertrauenswurdig",
                   "serios"))),
    # ---------------------------------------------------------------- French
    Pattern(
        "override of instructions (fr)",
        r"\b(?:ignore[rz]?|oublie[rz]?|neglige[rz]?)\s+(?:\w+\s+){0,3}?(?:les|tes|vos)\s+(?:\w+\s+){0,2}?(?:instructions?|consignes|regles|directives)",
        triggers=(("igno", "oubl", "negl"), ("instruction", "consigne", "regle", "directive"))),
    Pattern(
        "classification order (fr)",
        r"\b(?:classe[rz]?|considere[rz]?|traite[rz]?|etiquete[rz]?)\b[^.\n]{0,60}\bcomme\s+(?:un\s+|une\s+)?(?:ham|sur|legitime|non[\s-]?(?:spam|indesirable)|fiable|sans\s+danger)",
        triggers=(("clas", "cons", "trai", "etiq"),
                  ("ham", " sur", "legitime", "non spam", "non-spam", "non indesirable", "fiable", "sans danger"))),
    # ---------------------------------------------------------------- Spanish
    Pattern(
        "override of instructions (es)",
        # Not "ignorad las instrucciones que os mandé": the writer's own, corrected.
        r"\b(?:ignora\w*|olvida\w*|omite|descarta\w*)\s+(?:\w+\s+){0,3}?(?:las|tus|sus)\s+(?:\w+\s+){0,2}?(?:instrucciones|reglas|indicaciones|directrices)"
        r"(?!\s+(?:\w+\s+)?que\s+(?:(?:os|te|les|le|nos)\s+)?(?:mand|envi|di\b|dimos|pas[eé]|escrib|comparti))"
        # Nor "ignora las instrucciones anteriores del envío del lunes": a thing's, not the filter's.
        r"(?!\s+(?:anteriores\s+|previas\s+)?(?:del|de\s+la|de\s+los|sobre\s+el|sobre\s+la|para\s+el|para\s+la)\s)",
        triggers=(("igno", "olvi", "omit", "desc"), ("instrucciones", "reglas", "indicaciones", "directrices"))),
    Pattern(
        "classification order (es)",
        r"\b(?:clasifica\w*|considera\w*|trata\w*|etiqueta\w*)\b[^.\n]{0,60}\bcomo\s+(?:ham|segur[oa]|legitim[oa]|no\s+(?:es\s+)?spam|confiable|correo\s+normal)",
        triggers=(("clas", "cons", "trat", "etiq"),
                  ("ham", "segur", "legitim", "no spam", "no es spam", "confiable", "correo normal"))),
    # ---------------------------------------------------------------- Italian
    Pattern(
        "override of instructions (it)",
        r"\b(?:ignora\w*|dimentica\w*|trascura\w*)\s+(?:\w+\s+){0,3}?(?:le|tutte)\s+(?:\w+\s+){0,2}?(?:istruzioni|regole|indicazioni)",
        triggers=(("igno", "dime", "tras"), ("istruzioni", "regole", "indicazioni"))),
    Pattern(
        "classification order (it)",
        r"\b(?:classifica\w*|considera\w*|tratta\w*|etichetta\w*)\b[^.\n]{0,60}\bcome\s+(?:ham|sicur[oa]|legittim[oa]|non\s+spam|affidabile)",
        triggers=(("clas", "cons", "trat", "etic"), ("ham", "sicur", "legittim", "non spam", "affidabile"))),
    # ---------------------------------------------------------------- Portuguese
    Pattern(
        "override of instructions (pt)",
        # Not "esqueçam as instruções anteriores sobre como chegar na horta": a way's, not the filter's.
        r"\b(?:ignore|ignora\w*|esquec\w*|desconsidere\w*)\s+(?:\w+\s+){0,3}?(?:as|suas|tuas)\s+(?:\w+\s+){0,2}?(?:instrucoes|regras|orientacoes)"
        r"(?!\s+(?:anteriores\s+)?(?:sobre|do|da|dos|das|para\s+o|para\s+a)\s)",
        triggers=(("igno", "esqu", "desc"), ("instrucoes", "regras", "orientacoes"))),
    Pattern(
        "classification order (pt)",
        r"\b(?:classifi\w*|considere|trate)\b[^.\n]{0,60}\bcomo\s+(?:ham|segur[oa]|legitim[oa]|nao\s+(?:e\s+)?spam|confiavel)",
        triggers=(("clas", "cons", "trat"), ("ham", "segur", "legitim", "nao spam", "nao e spam", "confiavel"))),
    # ---------------------------------------------------------------- Dutch
    Pattern(
        "override of instructions (nl)",
        r"\b(?:negeer|vergeet)\s+(?:\w+\s+){0,3}?(?:vorige|eerdere|alle|je|jouw)\s+(?:\w+\s+){0,2}?(?:instructies|regels|opdrachten)",
        triggers=(("nege", "verg"), ("instructies", "regels", "opdrachten"))),
    Pattern(
        "classification order (nl)",
        r"\b(?:classificeer|beschouw|behandel)\b[^.\n]{0,60}\bals\s+(?:ham|veilig|legitiem|geen\s+spam|betrouwbaar)",
        triggers=(("clas", "besc", "beha"), ("ham", "veilig", "legitiem", "geen spam", "betrouwbaar"))),
    # ---------------------------------------------------------------- Polish
    Pattern(
        "override of instructions (pl)",
        r"\b(?:zignoruj|ignoruj|zapomnij)\s+(?:\w+\s+){0,3}?(?:poprzednie|wczesniejsze|wszystkie|swoje)\s+(?:\w+\s+){0,2}?(?:instrukcje|polecenia|zasady)",
        triggers=(("zign", "igno", "zapo"), ("instrukcje", "polecenia", "zasady"))),
    Pattern(
        "classification order (pl)",
        r"\b(?:sklasyfikuj|traktuj|uznaj)\b[^.\n]{0,60}\bjako\s+(?:ham|bezpieczn\w*|legaln\w*|nie\s+spam|wiarygodn\w*)",
        triggers=(("skla", "trak", "uzna"), ("ham", "bezpieczn", "legaln", "nie spam", "wiarygodn"))),
    # ---------------------------------------------------------------- Turkish
    Pattern(
        "override of instructions (tr)",
        r"\b(?:onceki|tum|butun)\s+(?:\w+\s+){0,2}?(?:talimatlari|kurallari|yonergeleri)\s+(?:\w+\s+){0,2}?(?:yok\s+say|unut|gormezden\s+gel)",
        triggers=(("once", "tum", "butu"), ("talimat", "kural", "yonerge"))),
    Pattern(
        "classification order (tr)",
        r"\b(?:guvenli|spam\s+degil|mesru|ham)\s+olarak\s+(?:siniflandir|degerlendir)",
        triggers=(("guve", "spam", "mesr", "ham"), ("olarak",))),
    # ---------------------------------------------------------------- Hungarian
    Pattern(
        "address to the model (hu)",
        # "ha ön egy nyelvi modell, amely ezt a levelet osztályozza"
        r"\bha\s+(?:on|te)\s+egy\s+(?:\w+\s+){0,2}?(?:modell|program|szuro|rendszer|asszisztens|mi)\b",
        triggers=(("ha",), ("modell", "program", "szuro", "rendszer", "asszisztens", " mi"))),
    # ---------------------------------------------------------------- Russian, Ukrainian (own script)
    Pattern(
        "override of instructions (ru)",
        r"(?:игнорир\w*|забудь\w*|не\s+обращай\w*\s+внимани\w*\s+на)\s+(?:\w+\s+){0,3}?(?:предыдущ\w*|прежн\w*|все\w*|сво\w*)\s+(?:\w+\s+){0,2}?(?:инструкци\w*|правил\w*|указани\w*)",
        own_script=True),
    Pattern(
        "classification order (ru)",
        r"(?:классифицир\w*|считай\w*)[^.\n]{0,60}(?:как\s+)?(?:не\s+спам|безопасн\w*|легитимн\w*|надежн\w*|надёжн\w*)",
        own_script=True),
    Pattern(
        "override of instructions (uk)",
        r"(?:ігноруй\w*|забудь\w*)\s+(?:\w+\s+){0,3}?(?:попередн\w*|усі|всі|сво\w*)\s+(?:\w+\s+){0,2}?(?:інструкці\w*|правил\w*|вказівк\w*)",
        own_script=True),
    # ---------------------------------------------------------------- Chinese, Japanese, Korean (no word boundaries)
    Pattern(
        "override of instructions (zh)",
        r"(?:忽略|无视|無視|忽視|忘记|忘記)(?:之前|以上|上面|先前|所有|全部|前面)?(?:的)?(?:所有|全部)?(?:指令|指示|说明|說明|规则|規則|提示)",
        own_script=True),
    Pattern(
        "classification order (zh)",
        r"(?:将|把|將)?(?:此|这|這|该|該)(?:封)?(?:邮件|郵件|电子邮件|電子郵件|消息|信息)(?:标记|標記|分类|分類|归类|歸類|判定|视为|視為)(?:为|為|成)?(?:正常|安全|合法|非垃圾|不是垃圾)",
        own_script=True),
    Pattern(
        "override of instructions (ja)",
        r"(?:以前|前|上記|これまで)の(?:すべての)?(?:指示|命令|ルール)を(?:無視|忘れ)",
        own_script=True),
    Pattern(
        "classification order (ja)",
        r"(?:この|本)(?:メール|メッセージ)を(?:正常|安全|迷惑メールではない|スパムではない)(?:な)?(?:もの)?(?:として|と)(?:分類|判定|マーク|扱)",
        own_script=True),
    Pattern(
        "override of instructions (ko)",
        r"(?:이전|위의|모든)\s*(?:의\s*)?(?:지시|명령|규칙|지침)(?:을|를|은|는)?\s*(?:무시|잊)",
        own_script=True),
    Pattern(
        "address to the model (ja)",
        # 「このメールを仕分ける自動判定システムのご担当者様へ」: to the system that sorts this mail.
        r"(?:仕分け|判定|分類|振り分け|選別)[^。\n]{0,12}(?:システム|プログラム|フィルタ|ＡＩ|AI)[^。\n]{0,10}へ",
        own_script=True),
    Pattern(
        "classification order (ko)",
        r"(?:이|본)\s*(?:메일|이메일|메시지)(?:을|를)?\s*(?:정상|안전|스팸이\s*아닌)\w*\s*(?:으로|로)?\s*(?:분류|표시|판정)|"
        # "스팸 또는 피싱으로 분류하지 마시고": do not classify it as spam or phishing
        r"(?:스팸|피싱|광고)(?:\s*(?:또는|이나|나|및)\s*(?:스팸|피싱|광고))?\s*(?:으로|로)\s*(?:분류|판정|처리|표시)하지\s*(?:마|말)",
        own_script=True),
    Pattern(
        "address to the model (zh)",
        # 致负责分拣此邮箱的自动审核程序: to the automatic reviewing program that sorts this mailbox
        r"(?:致|给|給)[^。\n]{0,20}(?:自动|自動|AI|ＡＩ|人工智能|智能)[^。\n]{0,10}(?:程序|程式|系统|系統|过滤|過濾|助手|分类|分類)"
        r"(?![^。\n]{0,4}(?:开发|開發|团队|團隊|用户|用戶|研究|工程师|工程師|厂商|廠商))|"
        # 无需判定为垃圾或诈骗邮件: no need to judge it spam or fraud
        r"(?:无需|無需|不要|请勿|請勿|不必|切勿)[^。\n]{0,6}(?:判定|标记|標記|归类|歸類|分类|分類|视为|視為)[^。\n]{0,3}(?:为|為|成)?(?:垃圾|诈骗|詐騙|钓鱼|釣魚)",
        own_script=True),
    Pattern(
        "address to the model (ar)",
        # [إلى نظام الفرز الآلي للبريد: ...]: to the automatic mail sorting system
        r"إلى\s+(?:نظام|برنامج|مرشح|فلتر|مساعد)[^:\n]{0,40}(?:الآلي|الذكي|البريد|الفرز|التصفية)[^:\n]{0,30}:",
        own_script=True),
    Pattern(
        "address to the model (el)",
        # (σημείωση για το αυτόματο σύστημα που ελέγχει...): a note for the automatic system
        r"(?:σημείωση|σημειωση|προς)\s+(?:για\s+|προς\s+)?(?:το|τον|την|κάθε|καθε)?\s*(?:αυτόματο|αυτοματο|ψηφιακό|ψηφιακο)\s+"
        r"(?:σύστημα|συστημα|φίλτρο|φιλτρο|πρόγραμμα|προγραμμα)",
        own_script=True),
)
