"""How long `mailwarden train --account` takes on a mailbox of N messages.

Starts a throwaway Dovecot on loopback, APPENDs labelled mail (spam into Junk, found by
SPECIAL-USE; wanted mail into INBOX), then runs the real CLI twice as a user would: the
first run reads every message (EXAMINE + BODY.PEEK, in batches) and trains; the second
finds everything already read (resume) and only trains again. Prints both times, the
read rate, and the peak memory of the CLI process.

    .venv/bin/python scripts/bench_account_training.py --messages 10000 \\
        --corpus ../shared/corpora/trec07p
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import imapclient  # noqa: E402

from mailwarden_dev.dovecot import Dovecot  # noqa: E402


def labelled(corpus: Path, messages: int, spam_share: float) -> list[tuple[str, bytes]]:
    spam = sorted((corpus / "spam").iterdir())[: int(messages * spam_share)]
    ham = sorted((corpus / "ham").iterdir())[: messages - len(spam)]
    return [("Junk", p.read_bytes()) for p in spam] + [("INBOX", p.read_bytes()) for p in ham]


def run_cli(config: Path) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, last line) of one `train --account home`."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(config), "train", "--account",
                             "home"], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"train --account failed ({result.returncode}): {result.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = (result.stdout + result.stderr).strip().splitlines()
    return seconds, peak, next((line for line in lines if line.startswith("trained the fast path")), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "trec07p")
    parser.add_argument("--spam-share", type=float, default=0.25)
    args = parser.parse_args()
    mail = labelled(args.corpus, args.messages, args.spam_share)
    server = Dovecot()
    server.start()
    work = Path(tempfile.mkdtemp(prefix="mw-train-bench-"))
    try:
        user, password = server.add_user()
        started = time.perf_counter()
        with imapclient.IMAPClient(server.host, port=server.port, ssl=False) as c:
            c.login(user, password)
            for folder, raw in mail:
                c.append(folder, raw)
        print(f"appended {len(mail)} messages in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        config = work / "mailwarden.toml"
        config.write_text(f'data_dir = "{work / "data"}"\n[model]\nbackend = "none"\n[monitor]\nenabled = false\n'
                          + server.account_toml(user, f'password = "{password}"'))
        first, peak, said = run_cli(config)
        print(f"first run: {first:.0f} s ({len(mail) / first:.0f} messages/s); {said}", file=sys.stderr)
        again, _, said_again = run_cli(config)
        print(f"second run (all read before): {again:.0f} s; {said_again}", file=sys.stderr)
        print(f"| messages | first run (read + train) | messages/s | second run (resume: train only) | peak RSS |\n"
              f"|---|---|---|---|---|\n| {len(mail):,} | {first:.0f} s | {len(mail) / first:.0f} | {again:.0f} s | "
              f"{peak:.0f} MB |")
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
