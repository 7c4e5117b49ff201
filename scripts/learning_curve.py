"""How fast the filter learns from its owner, and how much bad feedback hurts.

Streams a labelled corpus (DIR/ham, DIR/spam) in one shuffled order through the fast
path, as in the TREC spam track's online setting: each message is judged, then the
"owner" corrects it if the verdict was wrong, and the correction is learned at once.
Three runs over the same order:
- learning on: every mistake is corrected;
- learning off: the filter learns from the first `--bootstrap` messages only;
- poisoned: like learning on, but 20% (`--poison`) of the corrections are deliberately
  wrong (the owner confirms the wrong label instead of correcting it).
The text model and reputation both learn (FastPath.learn). Writes a PNG of the error
rate over a sliding window against messages seen, and prints FPR / recall over the
last part of the stream.

    .venv/bin/python scripts/learning_curve.py --corpus ../shared/corpora/spamassassin --out docs/learning_curve.png
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent.fast_path import FastPath, FastPathSettings  # noqa: E402
from pipeline.evaluation import Confusion, corpus_files, metrics  # noqa: E402
from pipeline.parsing import parse_message  # noqa: E402


def stream(messages, labels, mode: str, bootstrap: int, poison: float, seed: int) -> tuple[list[bool], Confusion]:
    fast = FastPath(Path(tempfile.mkdtemp(prefix="mw-curve-")), None, FastPathSettings(adapt_to_balance=False))
    fast.train(messages[:bootstrap], labels[:bootstrap])
    rnd = random.Random(seed)
    errors: list[bool] = []
    tail = Confusion()
    tail_from = int(len(messages) * 0.7)
    for index in range(bootstrap, len(messages)):
        message, label = messages[index], labels[index]
        said = "spam" if fast.assess(message).probability >= 0.5 else "ham"
        wrong = said != label
        errors.append(wrong)
        if index >= tail_from:
            tail.add(label == "spam", said == "spam")
        if mode == "off" or not wrong:
            continue
        told = label
        if mode == "poisoned" and rnd.random() < poison:
            told = said  # the owner wrongly confirms the mistake
        fast.learn(message, told, persist=False)
    return errors, tail


def rolling(errors: list[bool], window: int) -> list[float]:
    out, total = [], 0
    for i, e in enumerate(errors):
        total += e
        if i >= window:
            total -= errors[i - window]
        out.append(total / min(i + 1, window))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--bootstrap", type=int, default=100, help="labelled messages to start from")
    parser.add_argument("--poison", type=float, default=0.2)
    parser.add_argument("--window", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("learning_curve.png"))
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    random.Random(args.seed).shuffle(files)
    messages = [parse_message(f.path.read_bytes()) for f in files]
    labels = [f.label for f in files]

    runs = {}
    for mode in ("on", "off", "poisoned"):
        errors, tail = stream(messages, labels, mode, args.bootstrap, args.poison, args.seed)
        runs[mode] = (errors, tail)
        m = metrics(tail)
        print(f"learning {mode:9s}: errors {sum(errors)} of {len(errors)} ({sum(errors) / len(errors):.2%}); "
              f"last 30%: FPR {m['fpr']:.2%}, recall {m['recall']:.2%}, F1 {m['f1']:.4f}")

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 5), dpi=110)
    names = {"on": "learning on (every mistake corrected)", "off": f"learning off (first {args.bootstrap} only)",
             "poisoned": f"learning on, {args.poison:.0%} of corrections wrong"}
    for mode, (errors, _) in runs.items():
        x = range(args.bootstrap + 1, args.bootstrap + len(errors) + 1)
        ax.plot(list(x), [100 * r for r in rolling(errors, args.window)], label=names[mode], linewidth=1.4)
    ax.set_xlabel("messages seen")
    ax.set_ylabel(f"error rate, last {args.window} messages (%)")
    ax.set_title(f"mailwarden fast path, online with owner corrections — {args.corpus.name} "
                 f"({len(messages)} messages, one shuffled order)")
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
