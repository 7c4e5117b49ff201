"""Choose the text model's settings by cross-validation on the train half only.

The test half of a corpus is for reporting; settings picked by looking at it would
flatter the figures. This script parses the train half once, then for each candidate
setting trains the text model k times, each time scoring the fold it did not see, and
prints the held-out recall at a few small numbers of false positives (the region the
quarantine works in), averaged over several fold assignments. Calibration is left out
(it is monotone, so it cannot change a ranking) and so is reputation (a nudge added on top).

    .venv/bin/python scripts/tune_fast_path.py --corpus ../shared/corpora/spamassassin \
        --try '{}' --try '{"ham_weight": 1}' --try '{"ham_weight": 10}'

Each --try is a JSON object of `[fast_path]` settings (alpha, bags, header_weight,
ham_weight, epochs); `{}` is the defaults.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent.fast_path import FastPathSettings, new_text_model  # noqa: E402
from agent.features import features  # noqa: E402
from agent.buckets import hashed  # noqa: E402
from pipeline.evaluation import CorpusError, corpus_files  # noqa: E402
from pipeline.parsing import parse_message  # noqa: E402


def _row(path: str) -> np.ndarray:
    return np.sort(hashed(features(parse_message(Path(path).read_bytes()))))


def recall_at_false_positives(scores: np.ndarray, is_spam: np.ndarray, counts: list[int]) -> list[float]:
    """Recall with the threshold just above the (k+1)-th highest ham score, for each k."""
    ham = np.sort(scores[~is_spam])[::-1]
    spam = scores[is_spam]
    return [float((spam > (ham[k] if k < len(ham) else -np.inf)).mean() * 100) for k in counts]


def held_out_scores(rows: list[np.ndarray], is_spam: np.ndarray, candidate: FastPathSettings, folds: int,
                    fold_seed: int) -> np.ndarray:
    return new_text_model(candidate).held_out_margins(rows, list(is_spam), candidate.epochs, folds, fold_seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--try", dest="candidates", action="append", default=[],
                        help="JSON object of settings; repeat for each candidate (default: the defaults)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=6, help="fold assignments averaged over")
    parser.add_argument("--false-positives", default="3,4,6,8", help="numbers of false positives to read recall at")
    args = parser.parse_args()
    counts = [int(k) for k in args.false_positives.split(",")]
    candidates = [json.loads(c) for c in args.candidates] or [{}]
    settings = [FastPathSettings(**c) for c in candidates]  # a misspelt setting fails here, not after an hour

    try:
        files = corpus_files(args.corpus, split="train")
    except CorpusError as err:
        sys.exit(f"tune_fast_path: {err} (expected DIR/spam and DIR/ham, split by path as in bench_peers)")
    started = time.perf_counter()
    with Pool(2) as pool:
        rows = pool.map(_row, [str(f.path) for f in files], chunksize=64)
    is_spam = np.array([f.label == "spam" for f in files])
    print(f"train half: {int(is_spam.sum())} spam, {int((~is_spam).sum())} ham, parsed in "
          f"{time.perf_counter() - started:.1f} s; {args.folds}-fold, {args.seeds} fold assignments", file=sys.stderr)

    header = " | ".join(f"recall @{k} FP" for k in counts)
    print(f"| settings | {header} | mean | mean, scores averaged over assignments |")
    print("|---|" + "---|" * (len(counts) + 2))
    for candidate, setting in zip(candidates, settings):
        scores = [held_out_scores(rows, is_spam, setting, args.folds, fold_seed) for fold_seed in range(args.seeds)]
        mean = np.mean([recall_at_false_positives(s, is_spam, counts) for s in scores], axis=0)
        # Pooled held-out scores mix k models, each with its own offset, which blurs the
        # top of the ranking; a message's score averaged over the fold assignments is
        # steadier (a second opinion on the same candidates, not a forecast of the test).
        steadier = recall_at_false_positives(np.mean([s / s.std() for s in scores], axis=0), is_spam, counts)
        cells = " | ".join(f"{r:.1f}%" for r in mean)
        print(f"| {json.dumps(candidate)} | {cells} | {float(np.mean(mean)):.2f}% | {float(np.mean(steadier)):.2f}% |",
              flush=True)


if __name__ == "__main__":
    main()
