"""Rate limits: token buckets, the concurrent-call cap, and a real flood through Dovecot."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from agent.backends.fixed import FixedBackend, FixedSettings
from agent.cascade import Cascade, CascadeSettings
from agent.classifier import Classifier
from agent.rate_limits import BucketSettings, ModelGate, RateLimitSettings
from pipeline.parsing import parse_message
from pipeline.service import Service, ServiceOptions
from pipeline.status import rate_limit_hits
from storage.models import MailJob, Message, VerdictRecord
from tests.helpers import account, client, jobs, wait_for

FLOOD_DOMAIN = "bulk-sender.example"


def mail(sender: str, ip: str, n: int) -> bytes:
    return (f"Received: from relay.example (relay.example [{ip}]) by mx.owner.example\r\n"
            f"From: {sender}\r\nTo: owner@example.org\r\nSubject: Update number {n}\r\n"
            f"Message-ID: <{n}.{time.time_ns()}@{sender.split('@')[1]}>\r\n"
            f"Date: Tue, 24 Nov 2026 01:00:00 +0000\r\n\r\nHello, this is message {n} about the project.\r\n").encode()


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def settings(domain=(60, 5), ip=(600, 100), concurrent=2) -> RateLimitSettings:
    return RateLimitSettings(sender_domain=BucketSettings(per_minute=domain[0], burst=domain[1]),
                             source_ip=BucketSettings(per_minute=ip[0], burst=ip[1]),
                             max_concurrent_model_calls=concurrent, model_slot_wait_s=5)


def test_bucket_allows_a_burst_then_refills_at_its_rate_and_keys_are_independent():
    clock = Clock()
    gate = ModelGate(settings(domain=(60, 5)), clock=clock)
    flood = parse_message(mail(f"a@{FLOOD_DOMAIN}", "45.33.12.7", 1))
    other = parse_message(mail("b@elsewhere.example", "93.184.215.44", 2))
    assert [gate.admit(flood) for _ in range(5)] == [None] * 5
    refused = gate.admit(flood)
    assert refused is not None and FLOOD_DOMAIN in refused and "60/min" in refused
    assert gate.admit(other) is None, "another sender is not held back by the flood"
    clock.now += 1.0  # one token per second at 60/min
    assert gate.admit(flood) is None and gate.admit(flood) is not None
    assert gate.drain_hits() == {("sender_domain", FLOOD_DOMAIN): 2}
    assert gate.drain_hits() == {}


def test_a_refused_message_takes_no_token_from_its_other_buckets():
    clock = Clock()
    gate = ModelGate(settings(domain=(60, 100), ip=(60, 2)), clock=clock)
    for n in range(2):
        assert gate.admit(parse_message(mail(f"x{n}@d{n}.example", "45.33.12.7", n))) is None
    assert gate.admit(parse_message(mail("y@fresh.example", "45.33.12.7", 3))) is not None  # the relay is spent
    # fresh.example was refused at the relay: its own bucket still has all its tokens
    for n in range(100):
        assert gate.admit(parse_message(mail("y@fresh.example", f"93.184.216.{n % 250 + 1}", n))) is None, n


def test_concurrent_model_calls_never_exceed_the_cap():
    gate = ModelGate(settings(concurrent=2))
    running, peak, lock = 0, 0, threading.Lock()

    def call():
        nonlocal running, peak
        with gate.slot():
            with lock:
                running += 1
                peak = max(peak, running)
            time.sleep(0.05)
            with lock:
                running -= 1

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == 2


def serve_until_acted(dovecot, user, db, cascade, count: int, timeout: float, **options) -> float:
    """Run the real service over the mailbox until `count` jobs are acted on; seconds taken."""
    service = Service([account(dovecot, user, poll_interval_s=1)], cascade, db, ServiceOptions(workers=2, **options))
    started_at = time.monotonic()
    service.start()
    try:
        wait_for(lambda: jobs(db, "acted") == count, timeout=timeout, what=f"all {count} messages acted on")
    finally:
        service.stop()
        cascade.flush()
    return time.monotonic() - started_at


def test_a_flood_of_500_from_one_sender_does_not_hold_back_other_senders(dovecot, mail_user, trained_db,
                                                                          trained_fast):
    """500 messages from one domain arrive first, then 20 from others. Every message
    would go to the model (band 0..1). The flood gets its bucket's share of model calls
    (burst + rate x time); the rest of it is judged by the fast path alone; the other
    senders' mail all reaches the model. Nothing is dropped; status shows the hits."""
    limits = settings(domain=(60, 10), ip=(6000, 1000), concurrent=2)
    gate = ModelGate(limits)
    backend = FixedBackend(FixedSettings(delay_s=0.02))
    db = trained_db
    cascade = Cascade(trained_fast, Classifier(backend), db,
                      CascadeSettings(ham_below=0.0, spam_above=1.0, cache_days=0), gate=gate)
    with client(dovecot, mail_user) as c:
        for n in range(500):
            c.append("INBOX", mail(f"news{n % 7}@{FLOOD_DOMAIN}", "45.33.12.7", n))
        for n in range(20):
            c.append("INBOX", mail(f"person{n}@friend{n}.example", f"93.184.216.{n + 1}", 1000 + n))
    elapsed_min = serve_until_acted(dovecot, mail_user, db, cascade, 520, timeout=240, backfill=600) / 60.0

    with db.reader() as s:
        rows = s.execute(select(Message.sender_domain, VerdictRecord.decided_by, VerdictRecord.reason)
                         .join(VerdictRecord, VerdictRecord.message_pk == Message.id)).all()
    assert len(rows) == 520, "every message judged once, none dropped"
    flood = [r for r in rows if r.sender_domain == FLOOD_DOMAIN]
    others = [r for r in rows if r.sender_domain != FLOOD_DOMAIN]
    flood_model_calls = sum(1 for r in flood if r.decided_by == "model")
    allowed = limits.sender_domain.burst + limits.sender_domain.per_minute * elapsed_min + 1
    assert limits.sender_domain.burst <= flood_model_calls <= allowed, (flood_model_calls, allowed)
    assert all(r.decided_by == "model" for r in others), "other senders keep the model"
    held_back = [r for r in flood if r.decided_by == "fast"]
    assert held_back and all("over its model limit" in r.reason for r in held_back)
    hits = {(h.scope, h.key): h.hits for h in rate_limit_hits(db)}
    assert hits[("sender_domain", FLOOD_DOMAIN)] == len(held_back)


def test_without_a_fast_path_over_limit_mail_waits_and_is_judged_later(dovecot, mail_user, db):
    gate = ModelGate(settings(domain=(300, 3)))  # 5 per second after a burst of 3
    cascade = Cascade(None, Classifier(FixedBackend()), db, CascadeSettings(cache_days=0), gate=gate)
    with client(dovecot, mail_user) as c:
        for n in range(12):
            c.append("INBOX", mail(f"news@{FLOOD_DOMAIN}", "45.33.12.7", n))
    serve_until_acted(dovecot, mail_user, db, cascade, 12, timeout=60, backfill=50, retry_after_s=0.2)
    with db.reader() as s:
        assert all(d == "model" for d in s.scalars(select(VerdictRecord.decided_by)))
        assert s.scalar(select(func.max(MailJob.attempts))) >= 2, "some waited and were retried"
    assert sum(h.hits for h in rate_limit_hits(db)) >= 1
