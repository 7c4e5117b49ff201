"""End-to-end throughput and latency of the IMAP service, APPEND to action.

Starts a throwaway Dovecot on loopback, and for each worker count runs the real
service (watcher, queue, workers, SQLite, IMAP keywords and MOVEs) against a fresh
mailbox while N messages are APPENDed to its INBOX. The model is the `fixed` backend:
a set delay per message (default 50 ms) and a marker rule, so what is measured is the
pipeline's own overhead around a model of known cost. Half the messages are spam and
get moved to Quarantine; the other half get keywords.

Each worker count runs in its own process so its peak memory (ru_maxrss) is its own.

    .venv/bin/python scripts/bench_imap.py --messages 1000 --workers 1 2 4 8 --delay 0.05
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import imapclient  # noqa: E402

from agent.backends.fixed import FixedBackend, FixedSettings  # noqa: E402
from agent.classifier import Classifier  # noqa: E402
from mailwarden_dev.dovecot import Dovecot  # noqa: E402
from pipeline.imap import AccountSettings  # noqa: E402
from pipeline.service import Service, ServiceOptions  # noqa: E402
from storage import folder_states, jobs, open_database  # noqa: E402
from storage.kinds import JobState  # noqa: E402

_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")


def _message(n: int) -> bytes:
    spam = n % 2 == 0
    body = ("MAILWARDEN-TEST-SPAM cheap watches, limited offer, click now. " if spam
            else "Here are the notes from the meeting, see you on Thursday. ") * 8
    return (f"From: sender{n % 97}@example{n % 13}.com\r\nTo: owner@example.org\r\n"
            f"Subject: {'Offer' if spam else 'Notes'} number {n}\r\nMessage-ID: <bench-{n}-{time.time_ns()}@example.com>\r\n"
            f"Date: Tue, 24 Nov 2026 01:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def run_one(host: str, port: int, user: str, password: str, workers: int, messages: int, delay: float) -> dict:
    work = Path(tempfile.mkdtemp(prefix="mw-bench-"))
    db = open_database(f"sqlite:///{work / 'bench.sqlite'}")
    account = AccountSettings(name="bench", host=host, port=port, tls="plain", user=user, password=password,
                              poll_interval_s=5)
    service = Service([account], Classifier(FixedBackend(FixedSettings(delay_s=delay))), db,
                      ServiceOptions(workers=workers, queue_size=200))
    service.start()
    while True:
        with db.reader() as s:
            if folder_states.any_heartbeat(s):
                break
        time.sleep(0.05)

    appended: dict[int, float] = {}

    def append_all() -> None:
        with imapclient.IMAPClient(host, port=port, ssl=False) as c:
            c.login(user, password)
            for n in range(messages):
                response = c.append("INBOX", _message(n))
                match = _APPENDUID.search(response if isinstance(response, bytes) else str(response).encode())
                if match:
                    appended[int(match.group(1))] = time.time()

    started = time.time()
    appender = threading.Thread(target=append_all)
    appender.start()
    appender.join()
    append_done = time.time()
    while True:
        with db.reader() as s:
            done = jobs.in_state(s, JobState.acted)
        if len(done) >= messages:
            break
        time.sleep(0.1)
    service.stop()
    latencies = sorted((j.updated_at.timestamp() - appended[j.key.uid]) * 1000 for j in done if j.key.uid in appended)
    finished = max(j.updated_at.timestamp() for j in done)
    db.close()
    return {
        "workers": workers,
        "messages": messages,
        "model_delay_ms": delay * 1000,
        "append_seconds": round(append_done - started, 2),
        "seconds": round(finished - started, 2),
        "messages_per_second": round(messages / (finished - started), 1),
        "latency_p50_ms": round(statistics.median(latencies), 1),
        "latency_p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--delay", type=float, default=0.05, help="fixed model delay per message, seconds")
    parser.add_argument("--child", nargs=4, metavar=("HOST", "PORT", "USER", "PASSWORD"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        host, port, user, password = args.child
        print(json.dumps(run_one(host, int(port), user, password, args.workers[0], args.messages, args.delay)))
        return

    server = Dovecot()
    server.start()
    results = []
    try:
        for workers in args.workers:
            user, password = server.add_user()
            out = subprocess.run(
                [sys.executable, __file__, "--messages", str(args.messages), "--workers", str(workers),
                 "--delay", str(args.delay), "--child", server.host, str(server.port), user, password],
                capture_output=True, text=True, check=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            results.append(result)
            print(f"{workers} worker(s): {result['messages_per_second']} msg/s, latency p50 "
                  f"{result['latency_p50_ms']} ms p95 {result['latency_p95_ms']} ms, peak RSS {result['peak_rss_mb']} MB",
                  file=sys.stderr)
    finally:
        server.cleanup()
    print("| workers | msgs/s | p50 APPEND->action | p95 | peak RSS |")
    print("|---|---|---|---|---|")
    for r in results:
        print(f"| {r['workers']} | {r['messages_per_second']} | {r['latency_p50_ms']:.0f} ms | "
              f"{r['latency_p95_ms']:.0f} ms | {r['peak_rss_mb']} MB |")
    print(f"\n{args.messages} messages each, fixed model delay {args.delay * 1000:.0f} ms, Dovecot "
          f"on loopback, SQLite in WAL mode.")


if __name__ == "__main__":
    main()
