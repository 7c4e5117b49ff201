"""End-to-end throughput and latency of the IMAP service, APPEND to action.

Starts a throwaway Dovecot on loopback, and for each worker count runs the real
service (watcher, queue, workers, SQLite, IMAP keywords and MOVEs) against a fresh
mailbox while N messages are APPENDed to its INBOX. The model is the `fixed` backend:
a set delay per message (default 50 ms) and a marker rule, so what is measured is the
pipeline's own overhead around a model of known cost. Half the messages are spam and
get moved to Quarantine; the other half get keywords.

Each worker count runs in its own process so its peak memory (ru_maxrss) is its own.

    .venv/bin/python scripts/bench_imap.py --messages 1000 --workers 1 2 4 8 --delay 0.05

`--processes 1 2 4`: several service processes sharing one PostgreSQL (a throwaway
server started here, as the tests do) and one mailbox of `--folders` folders, each
process with `--workers` workers; the messages are APPENDed round the folders, and
what is measured is the whole: messages per second and APPEND-to-action latency per
process count.

    .venv/bin/python scripts/bench_imap.py --processes 1 2 4 --workers 2 --folders 4 --messages 600
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
from storage import folder_states, jobs, leases, open_database  # noqa: E402
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

    measured = _append_and_wait(db, host, port, user, password, messages, ["INBOX"])
    service.stop()
    db.close()
    return {"workers": workers, "messages": messages, "model_delay_ms": delay * 1000, **measured,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def _append_and_wait(db, host: str, port: int, user: str, password: str, messages: int, folders: list[str]) -> dict:
    """APPEND `messages` round `folders`, wait until every one is acted on, and say how
    fast: throughput and APPEND-to-action latency (p50, p95)."""
    appended: dict[tuple[str, int], float] = {}
    started = time.time()
    with imapclient.IMAPClient(host, port=port, ssl=False) as c:
        c.login(user, password)
        for n in range(messages):
            folder = folders[n % len(folders)]
            response = c.append(folder, _message(n))
            match = _APPENDUID.search(response if isinstance(response, bytes) else str(response).encode())
            if match:
                appended[(folder, int(match.group(1)))] = time.time()
    append_done = time.time()
    while True:
        with db.reader() as s:
            done = jobs.in_state(s, JobState.acted)
        if len(done) >= messages:
            break
        time.sleep(0.1)
    latencies = sorted((j.updated_at.timestamp() - appended[(j.key.folder, j.key.uid)]) * 1000
                       for j in done if (j.key.folder, j.key.uid) in appended)
    finished = max(j.updated_at.timestamp() for j in done)
    return {"append_seconds": round(append_done - started, 2), "seconds": round(finished - started, 2),
            "messages_per_second": round(messages / (finished - started), 1),
            "latency_p50_ms": round(statistics.median(latencies), 1),
            "latency_p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 1)}


def serve_shared(url: str, host: str, port: int, user: str, password: str, folders: int, workers: int,
                 delay: float, stop_file: Path) -> None:
    """One of several service processes on one PostgreSQL: runs until `stop_file` appears."""
    db = open_database(url)
    account = AccountSettings(name="bench", host=host, port=port, tls="plain", user=user, password=password,
                              poll_interval_s=5, folders=_folders(folders), learn_from_junk=False)
    service = Service([account], Classifier(FixedBackend(FixedSettings(delay_s=delay))), db,
                      ServiceOptions(workers=workers, queue_size=200, heartbeat_s=0.5, takeover_after_s=5))
    service.start()
    while not stop_file.exists():
        time.sleep(0.1)
    service.stop()
    db.close()
    print(json.dumps({"peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


def _folders(n: int) -> list[str]:
    return ["INBOX", *(f"Box{i}" for i in range(1, n))]


def run_processes(server: Dovecot, postgres, processes: int, workers: int, folders: int, messages: int,
                  delay: float) -> dict:
    from sqlalchemy import text

    user, password = server.add_user()
    names = _folders(folders)
    with imapclient.IMAPClient(server.host, port=server.port, ssl=False) as c:
        c.login(user, password)
        for name in names[1:]:
            c.create_folder(name)
    url = postgres.new_database()
    db = open_database(url)
    work = Path(tempfile.mkdtemp(prefix="mw-bench-"))
    stop_file = work / "stop"
    children = [subprocess.Popen([sys.executable, __file__, "--serve-shared", url, server.host, str(server.port),
                                  user, password, str(folders), str(workers), str(delay), str(stop_file)],
                                 stdout=subprocess.PIPE, text=True) for _ in range(processes)]
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            with db.reader() as s:
                registered = len(leases.processes(s))
                connected = sum(1 for c in folder_states.newest_first(s) if c.connected)
                holders = len({lease.process_id for lease in leases.leases(s)})
            if registered == processes and connected == folders and holders == min(processes, folders + 1):
                break
            time.sleep(0.1)
        time.sleep(1.0)  # the leases settled; the watchers back in IDLE

        measured = _append_and_wait(db, server.host, server.port, user, password, messages, names)
    finally:
        stop_file.touch()
        rss = []
        for child in children:
            out, _ = child.communicate(timeout=120)
            if out.strip():
                rss.append(json.loads(out.strip().splitlines()[-1])["peak_rss_mb"])
    with db.reader() as s:
        judged_twice = s.execute(text("SELECT count(*) FROM (SELECT message_pk FROM verdicts GROUP BY message_pk "
                                      "HAVING count(*) > 1) t")).scalar()
    db.close()
    return {"processes": processes, "workers": workers, "folders": folders, "messages": messages,
            "model_delay_ms": delay * 1000, **measured,
            "peak_rss_mb_per_process": max(rss) if rss else None, "judged_twice": judged_twice}


def main_processes(args) -> None:
    from mailwarden_dev.postgres import Postgres

    server = Dovecot()
    server.start()
    postgres = Postgres().start()
    results = []
    try:
        for processes in args.processes:
            result = run_processes(server, postgres, processes, args.workers[0], args.folders, args.messages,
                                   args.delay)
            results.append(result)
            print(f"{processes} process(es): {result['messages_per_second']} msg/s, latency p50 "
                  f"{result['latency_p50_ms']} ms p95 {result['latency_p95_ms']} ms", file=sys.stderr)
    finally:
        postgres.cleanup()
        server.cleanup()
    print("| processes | msgs/s | p50 APPEND->action | p95 | peak RSS per process | judged twice |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['processes']} | {r['messages_per_second']} | {r['latency_p50_ms']:.0f} ms | "
              f"{r['latency_p95_ms']:.0f} ms | {r['peak_rss_mb_per_process']} MB | {r['judged_twice']} |")
    print(f"\n{args.messages} messages each over {args.folders} folders, {args.workers[0]} worker(s) per process, "
          f"fixed model delay {args.delay * 1000:.0f} ms, Dovecot and PostgreSQL on loopback.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--delay", type=float, default=0.05, help="fixed model delay per message, seconds")
    parser.add_argument("--child", nargs=4, metavar=("HOST", "PORT", "USER", "PASSWORD"), help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, nargs="+", default=None,
                        help="service processes sharing one PostgreSQL (with --workers N each)")
    parser.add_argument("--folders", type=int, default=4, help="with --processes: folders in the mailbox")
    parser.add_argument("--serve-shared", nargs=9, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.serve_shared:
        url, host, port, user, password, folders, workers, delay, stop_file = args.serve_shared
        serve_shared(url, host, int(port), user, password, int(folders), int(workers), float(delay), Path(stop_file))
        return
    if args.processes:
        main_processes(args)
        return

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
