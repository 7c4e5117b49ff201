"""The fast path alone: accuracy on the project split, latency, memory, throughput.

Trains the fast path on the train half of a labelled corpus (DIR/ham, DIR/spam; the
split of pipeline.evaluation), then on the test half reports:
- FPR / recall / precision at the default decision (p >= 0.5) and the share of
  messages in the cascade's uncertain band (what would go to the model);
- assess() latency p50 / p99 with 100,000 extra reputation entries loaded, and the
  memory those entries take;
- end-to-end messages per second (read + parse + fast path) with 1 and 2 processes.

    .venv/bin/python scripts/bench_fast_path.py --corpus ../shared/corpora/spamassassin
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent.cascade import CascadeSettings  # noqa: E402
from agent.fast_path import FastPath  # noqa: E402
from pipeline.actions import TierSettings  # noqa: E402
from pipeline.evaluation import Confusion, corpus_files, fast_path_probabilities, metrics  # noqa: E402
from pipeline.parsing import parse_message  # noqa: E402
from storage import open_database  # noqa: E402
from storage.models import ReputationEntry  # noqa: E402

def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--reputation-entries", type=int, default=100_000)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mw-fastbench-"))
    db = open_database(f"sqlite:///{work / 'mw.sqlite'}")
    train = corpus_files(args.corpus, split="train")
    test = corpus_files(args.corpus, split="test")
    fast = FastPath(work, db)
    started = time.perf_counter()
    fast.train([parse_message(f.path.read_bytes()) for f in train], [f.label for f in train])
    print(f"trained on {len(train)} messages in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    # accuracy and the model's share at the default band
    band = CascadeSettings()
    parsed = [parse_message(f.path.read_bytes()) for f in test]
    probabilities = [fast.assess(m).probability for m in parsed]
    c = Confusion.of([f.label == "spam" for f in test], [p >= 0.5 for p in probabilities])
    m = metrics(c)
    tiers = TierSettings()
    q_fp = sum(1 for f, p in zip(test, probabilities) if f.label == "ham" and p >= tiers.quarantine_at)
    q_tp = sum(1 for f, p in zip(test, probabilities) if f.label == "spam" and p >= tiers.quarantine_at)
    uncertain = sum(1 for p in probabilities if band.ham_below < p < band.spam_above) / len(probabilities)

    # 100,000 more reputation entries, then latency
    with db.session() as s:
        rnd = random.Random(0)
        s.add_all(ReputationEntry(kind="sender", key=f"user{n}@domain{rnd.randrange(10**6)}.example", seen=3,
                                  spam=rnd.random() * 3, ham=rnd.random() * 3) for n in range(args.reputation_entries))
    before = _rss_mb()
    loaded = FastPath(work, db)
    after = _rss_mb()
    timings = []
    for message in parsed:
        message._stored_features = None  # time the feature extraction too, not a memo
        t0 = time.perf_counter()
        loaded.assess(message)
        timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()

    # end to end: read + parse + fast path, 1 and 2 processes
    paths = [str(f.path) for f in test]
    rates = {processes: fast_path_probabilities(work, paths, processes, f"sqlite:///{work / 'mw.sqlite'}")[1]
             for processes in (1, 2)}

    print(f"| test split ({len(test)} msgs) | value |\n|---|---|")
    print(f"| FPR | {m['fpr']:.3%} ({c.fp} of {c.fp + c.tn} ham) |")
    print(f"| recall | {m['recall']:.3%} ({c.tp} of {c.tp + c.fn} spam) |")
    print(f"| precision / F1 / MCC | {m['precision']:.4f} / {m['f1']:.4f} / {m['mcc']:.4f} |")
    print(f"| at the quarantine tier (p >= {tiers.quarantine_at}): FPR / recall | {q_fp / (c.fp + c.tn):.3%} / "
          f"{q_tp / (c.tp + c.fn):.2%} |")
    print(f"| share in the model band ({band.ham_below}-{band.spam_above}) | {uncertain:.1%} |")
    print(f"| assess() p50 / p99, {len(loaded.reputation)} reputation entries | "
          f"{statistics.median(timings):.3f} / {timings[int(len(timings) * 0.99)]:.3f} ms |")
    print(f"| memory for the reputation table | {after - before:.0f} MB (process peak "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB) |")
    print(f"| read+parse+fast path, 1 process | {rates[1]:.0f} msg/s |")
    print(f"| read+parse+fast path, 2 processes | {rates[2]:.0f} msg/s |")
    db.close()


if __name__ == "__main__":
    main()
