"""Writes one test message of the guard's evaluation set as a real .eml file.

The set (`tests/guard_set/`) has two halves, `tune/` and `holdout/`, each with
`attempts/` (mail that tries to steer a spam filter's language model into calling it
safe) and `ham/` (ordinary wanted mail that is hard for a guard: it talks about AI,
quotes attacks, contains code, names people Claude or Gemini, says "ham radio"...).
Each half is written by its own `_build_*.py` script with `mail()`; the holdout half
is written by authors who never saw the guard's patterns, and no pattern is written
from it. `fresh/` (150 attempts, 130 hard ham; `_build_fresh_*.py`) was written blind the
same way on 2026-12-03, measured once, then tuned on. `blind/` (150 attempts, 130 hard
ham; `_build_blind_*.py`, four authors each writing a numbered part) was written blind
on 2026-12-04, measured once (scripts/bench_guard.py --halves blind), then tuned on.
`blind2/` (150 attempts, 130 hard ham; `_build_blind2_*.py`, four authors again, who read
only this file and one another's builder skeleton) was written blind on 2026-12-04 and
measured once (--halves blind2), then tuned on (the patterns and quoting rules; the
detector never learned it). `blind3/` (the same, `_build_blind3_*.py`, four authors who
read only this file and a page of rules, written on 2026-12-04) was measured once
(--halves blind3), then tuned on (patterns only). `blind4/` (the same, `_build_blind4_*.py`)
was measured once (--halves blind4): the half kept apart now. None of these messages is
real mail.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
DATE = format_datetime(datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc))


def mail(path: Path, *, subject: str, sender: str, text: str | None = None, html: str | None = None,
         to: str = "Sam Owner <owner@home.example>", headers: dict[str, str] | None = None,
         attachments: list[tuple[str, str, bytes]] | None = None, cte: str | None = None) -> None:
    """Write one message to `path` (a .eml file; its folder is made).

    sender/to: "Name <address>" or a bare address. text: the text/plain part; html:
    the text/html part (both: multipart/alternative). headers: extra headers such as
    Reply-To, List-Id, In-Reply-To. attachments: (filename, "maintype/subtype", data).
    cte: force the text part's transfer encoding ("base64" or "quoted-printable").
    """
    m = EmailMessage(policy=SMTP)
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = DATE
    m["Message-ID"] = f"<{path.stem}.{path.parent.parent.name}.{path.parent.name}@guard-set.test>"
    for name, value in (headers or {}).items():
        m[name] = value
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
    if html is not None:
        if text is None:
            m.set_content(html, subtype="html", cte=cte) if cte else m.set_content(html, subtype="html")
        else:
            m.add_alternative(html, subtype="html")
    for filename, mime, data in attachments or []:
        maintype, subtype = mime.split("/", 1)
        if maintype == "text":
            m.add_attachment(data.decode("utf-8"), subtype=subtype, filename=filename)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(m))
