"""mailwarden's fast path against bogofilter and SpamAssassin, one split, one table.

The split is the project's (pipeline.evaluation.in_train_split): every system is
trained on the train half and judged on the test half of DIR/ham and DIR/spam.
- mailwarden: `--backend none` (fast path alone: text model + the reputation learned
  from the train half), trained with FastPath.train; timed
  as read + parse + judge with `--workers` processes. Two rows: what it labels spam
  (p >= 0.5) and what it moves to Quarantine (the default quarantine tier).
- bogofilter (Debian package): registered with -s/-n, classified with -B; its
  "Unsure" counts as not spam.
- SpamAssassin (Debian package): Bayes trained with sa-learn on the same train half,
  network tests off (-L, no DNS, no RBL), auto-learn off; judged through spamd/spamc
  with `--workers` children and as many concurrent clients.
Messages per second are end to end for each system on this machine.

`--seeds N` also trains mailwarden N - 1 more times with other shuffles (the `seed`
setting) and prints, under the table, its false positives and recall at the quarantine
tier for each seed: one model's figure on 2,112 ham moves by a false positive or two
with nothing but the shuffle, and a goal met by one seed only is luck, not a result.

    .venv/bin/python scripts/bench_peers.py --corpus ../shared/corpora/spamassassin --workers 2
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent.cascade import CascadeSettings  # noqa: E402
from agent.fast_path import FastPath, FastPathSettings  # noqa: E402
from pipeline.actions import TierSettings  # noqa: E402
from pipeline.evaluation import Confusion, corpus_files, fast_path_probabilities, metrics  # noqa: E402
from pipeline.parsing import parse_message  # noqa: E402
from storage import open_database  # noqa: E402

def confusion(labels: list[str], said_spam: list[bool]) -> Confusion:
    return Confusion.of([label == "spam" for label in labels], said_spam)


def train_and_score(parsed_train, train_labels: list[str], test_paths: list[str], workers: int, state: Path,
                    settings: FastPathSettings | None = None) -> tuple[list[float], float]:
    """Train a fast path (text model and reputation, as in the service) in `state` and
    score the test half through worker processes: (probabilities, messages/s)."""
    state.mkdir()
    url = f"sqlite:///{state / 'mw.sqlite'}"
    FastPath(state, open_database(url), settings).train(parsed_train, train_labels)
    return fast_path_probabilities(state, test_paths, workers, url)


def run_mailwarden(train, test, workers: int, work: Path, seeds: int = 1) -> tuple[dict[str, dict], list[str]]:
    """Two rows from one run: spam as labelled (p >= 0.5) and spam as acted on (moved
    to Quarantine at the default quarantine tier); and, with `seeds` > 1, a line per
    seed of what the quarantine tier does when only the training shuffles change."""
    parsed_train = [parse_message(f.path.read_bytes()) for f in train]  # parsed once for every seed
    train_labels, test_paths = [f.label for f in train], [str(f.path) for f in test]
    probabilities, rate = train_and_score(parsed_train, train_labels, test_paths, workers, work / "mailwarden")
    band = CascadeSettings()
    share = sum(1 for p in probabilities if band.ham_below < p < band.spam_above) / len(test)
    quarantine_at = TierSettings().quarantine_at
    labels = [f.label for f in test]
    rows = {}
    for name, threshold, what in (("p >= 0.5", 0.5, "labelled spam"),
                                  (f"p >= {quarantine_at:g}", quarantine_at, "quarantined (default tier)")):
        rows[f"mailwarden (--backend none), {name}"] = {
            "confusion": confusion(labels, [p >= threshold for p in probabilities]),
            "rate": rate, "model_share": share,
            "note": f"fast path alone, {what}; {share:.1%} would go to the model at the default band"}
    spread = []
    for seed in range(seeds if seeds > 1 else 0):
        if seed:
            print(f"mailwarden, seed {seed} of {seeds - 1}: training again", file=sys.stderr)
            probabilities, _ = train_and_score(parsed_train, train_labels, test_paths, workers,
                                               work / f"mailwarden-{seed}", FastPathSettings(seed=seed))
        c = confusion(labels, [p >= quarantine_at for p in probabilities])
        m = metrics(c)
        spread.append(f"seed {seed}: {c.fp} false positives ({m['fpr']:.3%}), recall {m['recall']:.2%}")
    return rows, spread


def run_bogofilter(train, test, work: Path) -> dict:
    db = work / "bogofilter"
    db.mkdir()
    for flag, label in (("-s", "spam"), ("-n", "ham")):
        files = [str(f.path) for f in train if f.label == label]
        for start in range(0, len(files), 500):
            subprocess.run(["bogofilter", "-d", str(db), flag, "-B", *files[start:start + 500]], check=True)
    said: dict[str, str] = {}
    files = [str(f.path) for f in test]
    started = time.perf_counter()
    for start in range(0, len(files), 500):
        batch = files[start:start + 500]
        out = subprocess.run(["bogofilter", "-d", str(db), "-t", "-B", *batch],
                             capture_output=True, text=True).stdout.splitlines()
        if len(out) != len(batch):
            raise RuntimeError(f"bogofilter answered {len(out)} lines for {len(batch)} files")
        for name, line in zip(batch, out):  # terse bulk output: "S 0.99", one line per file, in order
            said[name] = line.split()[0]
    seconds = time.perf_counter() - started
    unsure = sum(1 for v in said.values() if v == "U")
    return {"confusion": confusion([f.label for f in test], [said.get(str(f.path)) == "S" for f in test]),
            "said": [said.get(str(f.path)) == "S" for f in test], "rate": len(files) / seconds, "model_share": None, "note": f"{unsure} 'unsure' counted as not spam"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_spamassassin(train, test, workers: int, work: Path) -> dict:
    site = work / "sa"
    (site / "bayes").mkdir(parents=True)
    (site / "home").mkdir()
    for pre in Path("/etc/spamassassin").glob("*.pre"):  # the plugin loaders, Bayes among them
        shutil.copy(pre, site)
    (site / "local.cf").write_text(
        f"use_bayes 1\nbayes_auto_learn 0\nbayes_path {site}/bayes/bayes\nbayes_file_mode 0777\n"
        "skip_rbl_checks 1\ndns_available no\n")
    for path in (site, site / "bayes", site / "home"):
        os.chmod(path, 0o777)
    for flag, label in (("--spam", "spam"), ("--ham", "ham")):
        files = [str(f.path) for f in train if f.label == label]
        for start in range(0, len(files), 400):
            subprocess.run(["sa-learn", f"--siteconfigpath={site}", "-L", flag, *files[start:start + 400]],
                           check=True, capture_output=True)
    for path in (site / "bayes").iterdir():
        os.chmod(path, 0o666)
    port = _free_port()
    daemon = subprocess.Popen(
        ["spamd", f"--siteconfigpath={site}", "-L", "-i", "127.0.0.1", "-p", str(port), "-m", str(workers),
         "--min-children", str(workers), "-u", "nobody", "-H", str(site / "home"), "-s", "stderr"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)

        def check(path: Path) -> bool:
            with open(path, "rb") as f:
                done = subprocess.run(["spamc", "-d", "127.0.0.1", "-p", str(port), "-c"], stdin=f,
                                      capture_output=True)
            return done.returncode == 1

        check(test[0].path)  # warm up
        started = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            said = list(pool.map(check, [f.path for f in test]))
        seconds = time.perf_counter() - started
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
    return {"confusion": confusion([f.label for f in test], said), "said": said, "rate": len(test) / seconds,
            "model_share": None, "note": f"Bayes + default rules, network tests off, {workers} spamd children"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip", nargs="*", default=[], choices=["bogofilter", "spamassassin"])
    parser.add_argument("--seeds", type=int, default=1,
                        help="train mailwarden this many times with other shuffles and list each at the tier")
    args = parser.parse_args()
    if args.seeds < 1:
        parser.error("--seeds must be at least 1")

    train = corpus_files(args.corpus, split="train")
    test = corpus_files(args.corpus, split="test")
    work = Path(tempfile.mkdtemp(prefix="mw-peers-"))
    os.chmod(work, 0o755)
    counts = lambda files: (sum(f.label == "ham" for f in files), sum(f.label == "spam" for f in files))  # noqa: E731
    print(f"train {counts(train)[0]} ham + {counts(train)[1]} spam, test {counts(test)[0]} ham + "
          f"{counts(test)[1]} spam", file=sys.stderr)
    results = {}
    try:
        rows, spread = run_mailwarden(train, test, args.workers, work, args.seeds)
        results.update(rows)
        if "bogofilter" not in args.skip:
            if shutil.which("bogofilter"):
                results["bogofilter " + _version(["bogofilter", "-V"])] = run_bogofilter(train, test, work)
            else:
                print("bogofilter not installed (apt-get install bogofilter); skipped", file=sys.stderr)
        if "spamassassin" not in args.skip:
            if shutil.which("spamd"):
                results["SpamAssassin " + _version(["spamassassin", "-V"])] = run_spamassassin(
                    train, test, args.workers, work)
            else:
                print("SpamAssassin not installed (apt-get install spamassassin spamc); skipped", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("| system | FPR | recall | precision | F1 | MCC | msgs/s | to the model | notes |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        m = metrics(r["confusion"])
        share = "—" if r["model_share"] is None else f"{r['model_share']:.1%}"
        print(f"| {name} | {m['fpr']:.3%} | {m['recall']:.2%} | {m['precision']:.4f} | {m['f1']:.4f} | "
              f"{m['mcc']:.4f} | {r['rate']:.0f} | {share} | {r['note']} |")
    if spread:
        print(f"\nmailwarden at the quarantine tier (p >= {TierSettings().quarantine_at:g}), "
              "trained with other shuffles (seed 0 is the table's):")
        for line in spread:
            print("- " + line)


def _version(command: list[str]) -> str:
    out = subprocess.run(command, capture_output=True, text=True).stdout.split()
    return next((w for w in out if w[:1].isdigit()), "")


if __name__ == "__main__":
    main()
