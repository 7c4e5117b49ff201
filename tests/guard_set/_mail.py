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
was measured once (--halves blind4), then tuned on (patterns and decoders only). `blind5/`
(the same, `_build_blind5_*.py`, its authors asked for harder hard ham) was measured once
(--halves blind5): the half kept apart now. None of these messages is real mail.
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


class Part:
    """One author's numbered part of a half (`FIRST`..`LAST` of `out`): messages collected
    with `add` and written by `write`, which checks that the numbers cover the part once
    each and that slugs are unique, replaces only the part's own files, and says what it
    wrote. Each builder's `main()` is `PART.write()`."""

    def __init__(self, out: Path, first: int, last: int, seed: int):
        """`seed`: `random` is seeded with it plus the message's number before each message
        is written, so a builder that draws at random writes the same file every time."""
        self.out, self.first, self.last, self.seed = out, first, last, seed
        self.messages: list[tuple[int, str, str, dict]] = []

    def add(self, num: int, kind: str, slug: str, **kw) -> None:
        """One message: its number, kind (the technique or the ham's kind, one word), slug,
        and `mail()`'s keyword arguments."""
        self.messages.append((num, kind, slug, kw))

    def write(self) -> None:
        import random
        from collections import Counter

        nums = sorted(num for num, *_ in self.messages)
        assert nums == list(range(self.first, self.last + 1)), \
            f"numbers must cover {self.first:03d}-{self.last:03d} once each: {sorted(set(nums) ^ set(range(self.first, self.last + 1)))}"
        slugs = [slug for _, _, slug, _ in self.messages]
        assert len(set(slugs)) == len(slugs), [s for s, n in Counter(slugs).items() if n > 1]
        for _, kind, _, _ in self.messages:
            assert "-" not in kind and kind == kind.lower(), kind
        self.out.mkdir(parents=True, exist_ok=True)
        for old in self.out.glob("*.eml"):
            if old.name[:3].isdigit() and self.first <= int(old.name[:3]) <= self.last:
                old.unlink()
        for num, kind, slug, kw in sorted(self.messages, key=lambda m: m[0]):
            random.seed(self.seed + num)
            mail(self.out / f"{num:03d}-{kind}-{slug}.eml", **kw)
        for kind, n in sorted(Counter(kind for _, kind, _, _ in self.messages).items()):
            print(f"{kind:14s} {n}")
        print(f"{'total':14s} {len(self.messages)} written to {self.out}")


def pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing `lines` in Helvetica (an attachment's real text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        body.append(f"({esc(ln)}) Tj T*")
    body.append("ET")
    stream = "\n".join(body).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def ics(uid: str, summary: str, start: str, end: str, location: str, description: str = "",
        prodid: str = "-//guard-set//blind2//EN") -> bytes:
    """A one-event calendar invitation (text/calendar), as an attachment's bytes."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261204T090000Z", f"DTSTART:{start}", f"DTEND:{end}",
        f"SUMMARY:{summary}", f"LOCATION:{location}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")
