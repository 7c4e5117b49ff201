"""The quarantine web page with 1,000 quarantined messages: how long the server takes.

Fills a fresh data directory with N quarantined messages (the spam of tests/corpus,
each made unique, with verdicts, jobs and sealed excerpts as the service stores them),
serves the web page on loopback and times GET /web/quarantine (the first page, a
search, the last page) and one message's explanation page is not included (it reads
the mailbox). Loopback time is the server's time plus well under a millisecond.

    .venv/bin/python scripts/bench_web.py --messages 1000
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from agent.verdict import Verdict  # noqa: E402
from pipeline.api import ApiServer, create_app  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.judging import Judgement, record  # noqa: E402
from pipeline.parsing import parse_message  # noqa: E402
from pipeline.wiring import make_web, open_db  # noqa: E402
from storage import jobs  # noqa: E402
from storage.jobs import JobKey  # noqa: E402
from storage.kinds import Action, Decider, JobState  # noqa: E402

TOKEN = "bench-token"


def fill(db, n: int) -> None:
    spam = sorted((ROOT / "tests" / "corpus" / "spam").iterdir())
    with db.session() as s:
        for i in range(n):
            raw = spam[i % len(spam)].read_bytes()
            raw = f"Message-ID: <bench-{i}@bench.example>\r\nX-Bench: {i}\r\n".encode() + raw
            parsed = parse_message(raw)
            verdict = Verdict(label="spam", spam_probability=0.97, category="scam", backend="none", model="fast path",
                              reason=f"fast path: its words read like spam (text score 0.97); sender seen {i} times",
                              elapsed_ms=0.3, prompt_version="bench", decided_by=Decider.fast)
            judgement = Judgement(source="bench", parsed=parsed, verdict=verdict)
            key = JobKey("home", "INBOX", 1, i + 1)
            record(db, judgement, session=s, account="home", folder="INBOX", uidvalidity=1, uid=i + 1)
            jobs.add_queued(s, [key])
            jobs.record_judged(s, key, action=Action.quarantine, message_pk=judgement.message_pk,
                               verdict_pk=judgement.verdict_pk)
            jobs.finish(s, key, JobState.acted)


def timed(h: httpx.Client, path: str, rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        r = h.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert r.status_code == 200, (path, r.status_code)
    return statistics.median(times), max(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(data_dir=Path(tmp), api={"token": TOKEN})
        db = open_db(config)
        started = time.perf_counter()
        fill(db, args.messages)
        print(f"stored {args.messages} quarantined messages in {time.perf_counter() - started:.1f} s")
        server = ApiServer(create_app(db, None, token=TOKEN, web=make_web(config, db, None, TOKEN)),
                           "127.0.0.1", 0).start()
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as h:
                form = h.get("/web/signin")
                csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
                h.post("/web/signin", data={"name": "owner", "password": TOKEN, "csrf": csrf})
                pages = -(-args.messages // config.web.page_size)
                for label, path in (("first page", "/web/quarantine"),
                                    ("search 'spam'", "/web/quarantine?q=spam"),
                                    (f"last page ({pages})", f"/web/quarantine?page={pages}"),
                                    ("recent verdicts", "/web/recent")):
                    p50, worst = timed(h, path, args.rounds)
                    print(f"{label:<22} p50 {p50:6.1f} ms   max {worst:6.1f} ms   ({args.rounds} requests)")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
