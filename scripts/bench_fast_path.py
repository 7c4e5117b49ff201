"""The fast path alone: accuracy on the project split, latency, memory, throughput.

Trains the fast path on the train half of a labelled corpus (DIR/ham, DIR/spam; the
split of pipeline.evaluation), then on the test half reports:
- FPR / recall / precision at the default decision (p >= 0.5) and the share of
  messages in the cascade's uncertain band (what would go to the model);
- assess() latency p50 / p99 with 100,000 extra reputation entries loaded, and the
  memory those entries take;
- end-to-end messages per second (read + parse + fast path) with 1 and 2 processes;
- the neighbour memory grown to 100,000 remembered messages (copies of the train half's,
  each with a fifth of its features dropped and as many random ones added): the time to
  remember them, their memory, and assess() p50 / p99 again.

    .venv/bin/python scripts/bench_fast_path.py --corpus ../shared/corpora/spamassassin
"""

from __future__ import annotations

import argparse
import pickle
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent.buckets import N_FEATURES  # noqa: E402
from agent.cascade import CascadeSettings  # noqa: E402
from agent.fast_path import FastPath, stored_features  # noqa: E402
from agent.neighbours import NeighbourMemory  # noqa: E402
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
    parser.add_argument("--remembered", type=int, default=100_000, help="messages in the grown neighbour memory")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mw-fastbench-"))
    db = open_database(f"sqlite:///{work / 'mw.sqlite'}")
    train = corpus_files(args.corpus, split="train")
    test = corpus_files(args.corpus, split="test")
    fast = FastPath(work, db)
    started = time.perf_counter()
    train_parsed = [parse_message(f.path.read_bytes()) for f in train]
    fast.train(train_parsed, [f.label for f in train])
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
        message.forget_derived()  # time the feature extraction too, not a memo
        t0 = time.perf_counter()
        loaded.assess(message)
        timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the grown memory below
    memory = loaded.text.neighbours
    memory_mb = len(pickle.dumps(memory)) / 1e6

    # the neighbour memory grown: mutated copies of the train half's messages
    rng = np.random.default_rng(0)
    base = [stored_features(m).array() for m in train_parsed]
    grown_rows, grown_labels = [], []
    for n in range(args.remembered):
        row = base[n % len(base)]
        kept = row[rng.random(len(row)) >= 0.2]
        grown_rows.append(np.unique(np.concatenate([kept, rng.integers(0, N_FEATURES, len(row) - len(kept))])))
        grown_labels.append(train[n % len(train)].label == "spam")
    started = time.perf_counter()
    grown = NeighbourMemory(memory.rare_limit, memory.header_weight)
    grown.build(grown_rows, grown_labels)
    grown.nearest(base[0])  # builds the lookup table
    grown_seconds = time.perf_counter() - started
    grown_mb = len(pickle.dumps(grown)) / 1e6
    del grown_rows
    loaded.text.neighbours = grown
    grown_timings = []
    for message in parsed:
        message.forget_derived()
        t0 = time.perf_counter()
        loaded.assess(message)
        grown_timings.append((time.perf_counter() - t0) * 1000)
    grown_timings.sort()

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
    print(f"| memory of the loaded fast path (text model, neighbours, reputation) | {after - before:.0f} MB (process peak "
          f"{peak_mb:.0f} MB) |")
    print(f"| read+parse+fast path, 1 process | {rates[1]:.0f} msg/s |")
    print(f"| read+parse+fast path, 2 processes | {rates[2]:.0f} msg/s |")
    print(f"| neighbour memory, {len(memory)} messages (the train half) | {memory_mb:.0f} MB saved |")
    print(f"| neighbour memory grown to {len(grown)} messages | remembered in {grown_seconds:.1f} s, "
          f"{grown_mb:.0f} MB saved (in memory: that and an 8 MB lookup table) |")
    print(f"| assess() p50 / p99 with that memory | {statistics.median(grown_timings):.3f} / "
          f"{grown_timings[int(len(grown_timings) * 0.99)]:.3f} ms |")
    db.close()


if __name__ == "__main__":
    main()
