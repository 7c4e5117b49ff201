"""Hostile and broken mail through the real service, and a fuzz run of parse + guard + fast path."""

from __future__ import annotations

import os
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agent.guard import Guard
from agent.verdict import Verdict
from pipeline.parsing import parse_message
from storage.models import MailJob, Message, VerdictRecord
from tests.helpers import client, corpus_messages, fixed_service, jobs, message, started, wait_for

MB = 1024 * 1024


def nested(levels: int) -> bytes:
    head = b"From: nest@example.com\r\nSubject: deep\r\n"
    parts = []
    for i in range(levels):
        parts.append(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode())
    inner = b"Content-Type: text/plain\r\n\r\nthe bottom\r\n"
    tail = b"".join(f"\r\n--b{i}--\r\n".encode() for i in reversed(range(levels)))
    return head + b"".join(parts) + inner + tail


def huge(size: int) -> bytes:
    head = (b"From: big@example.com\r\nSubject: a very large attachment\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="X"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\n'
            b"See the attachment.\r\n--X\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n")
    line = b"QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n"
    return head + line * ((size - len(head)) // len(line)) + b"--X--\r\n"


BAD = {
    "100 MB": huge(100 * MB),
    "100 MIME levels": nested(100),
    "broken charset": (b"From: =?x-unknown-charset?B?////?= <c@example.com>\r\nSubject: =?utf-8?Q?broken=FF=FE?=\r\n"
                       b"Content-Type: text/plain; charset=no-such-charset\r\n\r\n\xff\xfe\xfa caf\xe9 \x80\x81\r\n"),
    "pure binary": bytes(random.Random(7).randrange(256) for _ in range(64 * 1024)),
    "almost empty": b"\r\n",  # Dovecot refuses to store 0 bytes; that case is judged from a file below
}


def test_bad_messages_are_judged_with_their_defects_and_the_service_keeps_running(dovecot, mail_user, db):
    service = started(fixed_service(dovecot, mail_user, db), db)
    try:
        with client(dovecot, mail_user) as c:
            for raw in BAD.values():
                c.append("INBOX", raw)
            c.append("INBOX", message(99, subject="an ordinary message after them"))
        wait_for(lambda: jobs(db, "acted") == len(BAD) + 1, timeout=120, what="every message dealt with")
        with client(dovecot, mail_user) as c:  # and it is still at work afterwards
            c.append("INBOX", message(100, subject="and one more"))
        wait_for(lambda: jobs(db, "acted") == len(BAD) + 2, timeout=60, what="the service still running")
    finally:
        service.stop()
    with db.reader() as s:
        rows = s.execute(select(Message.size, Message.defect_count, VerdictRecord.label)
                         .join(VerdictRecord, VerdictRecord.message_pk == Message.id)).all()
        assert len(rows) == len(BAD) + 2
        assert s.scalar(select(MailJob.id).where(MailJob.status == "failed")) is None
    big = max(rows, key=lambda r: r.size)
    assert big.size == len(BAD["100 MB"]) and big.defect_count >= 1, "the real size is kept, and the cut is a defect"


def test_zero_bytes_is_judged_with_a_reason(isolated_environment, trained_on_bundled):
    import json

    from click.testing import CliRunner

    from pipeline.cli import cli

    empty = isolated_environment / "empty.eml"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["classify", "--backend", "none", "--json", str(empty)])
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["verdict"]["label"] in ("spam", "ham")
    assert parse_message(b"").defects == ["empty message (0 bytes)"]


GUARD = Guard()
INJECTIONS = sorted((Path(__file__).parent / "injection").glob("*.eml"))
SEEDS = [p.read_bytes() for p in corpus_messages("spam")[:5] + corpus_messages("ham")[:5] + INJECTIONS[:5]]
"""Real mail to mangle, and mail that tries to instruct the filter (the guard must still
raise what it still finds in a mangled copy)."""
OBEYED = Verdict(label="ham", spam_probability=0.0, category="legitimate", reason="as the mail said",
                 backend="fuzz", model="obedient", elapsed_ms=0.0, prompt_version="fuzz")
"""What a model that obeys the mail would answer."""
HEADER_NAMES = st.sampled_from(["From", "To", "Subject", "Content-Type", "Content-Transfer-Encoding", "Received",
                                "Reply-To", "Message-ID", "Date", "List-Id", "MIME-Version", "Authentication-Results",
                                "Content-Disposition", "X-\u00e9\u00e8"])
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
VALUES = st.one_of(
    TEXT,
    st.sampled_from(['multipart/mixed; boundary="', "text/html; charset=x-nope", "=?utf-8?B?====?=",
                     "=?koi8-r?Q?=FF=FE?=", "base64", "quoted-printable", "<@>", "a@b@c", "(((((((", "\x00\x01"]),
)


@st.composite
def malformed_messages(draw) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:  # random headers and a random body, any bytes
        headers = draw(st.lists(st.tuples(HEADER_NAMES, VALUES), max_size=12))
        head = "".join(f"{n}: {v}\r\n" for n, v in headers).encode("utf-8", "surrogatepass")
        sep = draw(st.sampled_from([b"\r\n", b"\n", b"", b"\r\n\r\n"]))
        return head + sep + draw(st.binary(max_size=2000))
    if kind == 1:  # a real message, bytes flipped, cut, or spliced
        raw = bytearray(draw(st.sampled_from(SEEDS)))
        for _ in range(draw(st.integers(1, 20))):
            if raw:
                raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        cut = draw(st.integers(0, len(raw)))
        return bytes(raw[:cut]) + draw(st.binary(max_size=200))
    if kind == 2:  # MIME trees with broken boundaries, depth and encodings
        depth = draw(st.integers(0, 40))
        body = nested(depth)
        return body.replace(b"--b", draw(st.sampled_from([b"--b", b"-b", b"--c", b"--"])), draw(st.integers(0, 5)))
    html = draw(st.text(alphabet="<>/=\"' abcdivspnlye:#0123456789;", max_size=400))
    return (b"From: h@example.com\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()
            + draw(st.binary(max_size=100)))


@settings(max_examples=int(os.environ.get("MAILWARDEN_FUZZ_EXAMPLES", "10000")), deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(raw=malformed_messages())
def test_fuzz_parse_guard_and_fast_path_never_raise(trained_fast, raw):
    """Parsing, the guard and the fast path never raise on any bytes; the fast path's
    probability is one; an injection the guard finds makes an obeying model's ham spam,
    and mail without findings leaves the verdict as it was."""
    parsed = parse_message(raw)
    report = GUARD.inspect(parsed)
    assessment = trained_fast.assess(parsed)
    assert 0.0 <= assessment.probability <= 1.0
    guarded = GUARD.apply(OBEYED, report, parsed)
    if report.injection:
        assert guarded.label == "spam" and guarded.spam_probability >= GUARD.settings.injection_min_probability
    elif not report.findings:
        assert guarded == OBEYED
