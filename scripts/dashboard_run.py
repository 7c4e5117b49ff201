"""A benchmark run that ends in the dashboard PNG (docs/dashboard.png).

A throwaway Dovecot on loopback, the real `mailwarden run` (watchers, workers, the
cascade, the monitor sampling every 2 s), the fast path trained on the train half of
a labelled corpus, and the test half delivered to INBOX in waves. After each wave the
"owner" corrects every mistake with `mailwarden feedback` (the corpus labels are the
truth), then the next wave arrives. At the end `mailwarden dashboard` draws the PNG and
`mailwarden stats` prints the numbers behind it.

    .venv/bin/python scripts/dashboard_run.py --corpus ../shared/corpora/spamassassin \\
        --messages 600 --waves 6 --backend embedded --out docs/dashboard.png
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from email.parser import BytesHeaderParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import imapclient  # noqa: E402

from mailwarden_dev.dovecot import Dovecot  # noqa: E402
from pipeline.evaluation import corpus_files  # noqa: E402

MAILWARDEN = [sys.executable, "-m", "pipeline.cli"]


def cli(config: Path, *args: str, check: bool = True) -> str:
    out = subprocess.run([*MAILWARDEN, "--config", str(config), *args], capture_output=True, text=True, cwd=ROOT)
    if check and out.returncode != 0:
        raise SystemExit(f"mailwarden {' '.join(args[:2])} failed:\n{out.stderr[-2000:]}")
    return out.stdout


def message_id(raw: bytes) -> str | None:
    value = BytesHeaderParser().parsebytes(raw).get("Message-ID")
    return value.strip() if value else None


def acted(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as c:
            return c.execute("SELECT count(*) FROM mail_jobs WHERE status IN ('acted', 'failed')").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def mistakes(db: Path, truth: dict[str, str]) -> dict[str, list[str]]:
    """Message-IDs whose latest verdict disagrees with the corpus label, by true label."""
    with sqlite3.connect(db, timeout=5) as c:
        rows = c.execute("SELECT m.message_id, v.label FROM messages m JOIN verdicts v ON v.message_pk = m.id "
                         "WHERE v.id IN (SELECT max(id) FROM verdicts GROUP BY message_pk)").fetchall()
        corrected = {r[0] for r in c.execute("SELECT m.message_id FROM feedback f JOIN messages m "
                                             "ON m.id = f.message_pk").fetchall()}
    out: dict[str, list[str]] = {"spam": [], "ham": []}
    for mid, label in rows:
        if mid in truth and truth[mid] != label and mid not in corrected:
            out[truth[mid]].append(mid)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--waves", type=int, default=6)
    parser.add_argument("--pause", type=float, default=15.0, help="seconds between waves")
    parser.add_argument("--backend", default="embedded", choices=["embedded", "fixed", "none"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mw-dash-"))
    train = corpus_files(args.corpus, split="train")
    test = corpus_files(args.corpus, split="test")
    for label in ("spam", "ham"):
        (work / "train" / label).mkdir(parents=True)
    for f in train:
        (work / "train" / f.label / f.path.name).symlink_to(f.path.resolve())
    rng = random.Random(20261124)
    sample = rng.sample(test, min(args.messages, len(test)))

    dovecot = Dovecot()
    dovecot.start()
    try:
        user, password = dovecot.add_user()
        config = work / "mailwarden.toml"
        config.write_text(f"""
data_dir = "{work / 'data'}"
log_level = "WARNING"
[model]
backend = "{args.backend}"
[fixed]
delay_s = 0.5
[monitor]
interval_s = 2
""" + dovecot.account_toml(user, 'password_env = "MW_DASH_PASSWORD"'))
        import os

        os.environ["MW_DASH_PASSWORD"] = password
        print(f"training the fast path on {len(train)} messages ...", flush=True)
        cli(config, "train", "--spam", str(work / "train" / "spam"), "--ham", str(work / "train" / "ham"))
        service = subprocess.Popen([*MAILWARDEN, "--config", str(config), "run"], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=open(work / "service.log", "w"))
        db = work / "data" / "mailwarden.sqlite"
        truth: dict[str, str] = {}
        per_wave = len(sample) // args.waves
        try:
            time.sleep(3)
            for wave in range(args.waves):
                batch = sample[wave * per_wave:(wave + 1) * per_wave]
                with imapclient.IMAPClient(dovecot.host, port=dovecot.port, ssl=False) as c:
                    c.login(user, password)
                    for f in batch:
                        raw = f.path.read_bytes()
                        mid = message_id(raw)
                        if mid:
                            truth[mid] = f.label
                        c.append("INBOX", raw)
                target = (wave + 1) * per_wave
                deadline = time.monotonic() + 900
                while acted(db) < target and time.monotonic() < deadline:
                    time.sleep(1)
                wrong = mistakes(db, truth)
                for label, ids in wrong.items():
                    if ids:
                        cli(config, "feedback", label, *ids, check=False)
                print(f"wave {wave + 1}/{args.waves}: {acted(db)} acted; owner corrected "
                      f"{len(wrong['ham'])} false positives, {len(wrong['spam'])} false negatives", flush=True)
                if wave + 1 < args.waves:
                    time.sleep(args.pause)
        finally:
            service.terminate()
            service.wait(timeout=120)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        print(cli(config, "dashboard", str(args.out)).strip())
        print(cli(config, "stats"))
    finally:
        dovecot.cleanup()


if __name__ == "__main__":
    main()
