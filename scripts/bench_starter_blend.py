"""How the owner's training should combine with the starter model: replace it, or blend.

The owner's mailbox here is TREC 2007 (one site's mail): the owner trains the fast path on
N messages of its train half, as `mailwarden train` does, and the model is tested on its
test half (the owner's own kind of mail) and on modern mail the owner never trained on
(Nazario phishing and mailing-list ham, test halves: the starter learned their train
halves, so its figures there are flattered by their sites' headers; and modern-spam, new
to both). The starter model is one built on
the *train* halves of its recipe (`scripts/build_starter_model.py --hold-out --out DIR`),
so no test message was learned by either. Compared, for each N:

- replace: the owner's model alone (what `train` does today);
- blend K: the two models' log-odds mixed, the owner's weight N / (N + K);
- fallback: the owner's model, and the starter's where the owner's does not know the
  message (`Assessment.familiar` false).

    .venv/bin/python scripts/build_starter_model.py --hold-out --out /tmp/starter-ho
    .venv/bin/python scripts/bench_starter_blend.py --starter /tmp/starter-ho
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.actions import TierSettings
from pipeline.evaluation import auc, corpus_files

CORPORA = ROOT.parent / "shared" / "corpora"


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def scores(fast, messages) -> list[tuple[float, bool]]:
    out = []
    for m in messages:
        a = fast.assess(m)
        out.append((a.probability, a.familiar))
    return out


def row(name: str, labels: list[bool], p: list[float]) -> str:
    tier = TierSettings().quarantine_at
    spam = sum(labels)
    ham = len(labels) - spam
    cells = [name]
    for at in (0.5, tier):
        caught = sum(1 for q, s in zip(p, labels) if s and q >= at)
        wrong = sum(1 for q, s in zip(p, labels) if not s and q >= at)
        cells.append(f"{caught / spam:.1%}" if spam else "—")
        cells.append(f"{wrong / ham:.2%} ({wrong})" if ham else "—")
    area = auc(list(zip(p, labels)))
    cells.append(f"{area:.3f}" if area is not None else "—")
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    from agent.fast_path import FastPath, FastPathSettings
    from pipeline.parsing import parse_message
    from storage import open_database

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--starter", type=Path, required=True, help="a starter model built with --hold-out")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1600, 0], help="0: the whole train half")
    parser.add_argument("--blend", type=int, nargs="+", default=[300, 1000, 3000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    started = time.perf_counter()
    train = corpus_files(CORPORA / "trec07p", split="train")
    tests = {"trec07p:test (own)": corpus_files(CORPORA / "trec07p", split="test"),
             "nazario:test + lists:test (new)": corpus_files(CORPORA / "nazario", split="test", one_label=True)
             + corpus_files(CORPORA / "lists", split="test", one_label=True),
             "modern-spam (new to both)": corpus_files(CORPORA / "modern-spam", split="all", one_label=True)}
    parsed = {f.path: parse_message(f.path.read_bytes()) for f in train + [f for t in tests.values() for f in t]}
    print(f"parsed {len(parsed)} messages in {time.perf_counter() - started:.0f} s", file=sys.stderr)

    settings = FastPathSettings(adapt_to_balance=False)
    with tempfile.TemporaryDirectory() as work:
        starter = FastPath(Path(work) / "fresh", open_database(f"sqlite:///{work}/fresh.sqlite"), settings,
                           starter_dir=args.starter)
        assert starter.on_starter
        starter_p = {name: [p for p, _ in scores(starter, [parsed[f.path] for f in files])]
                     for name, files in tests.items()}
        rng = random.Random(args.seed)
        header = ("| model | recall p>=0.5 | FPR p>=0.5 | recall quarantine | FPR quarantine | AUC |\n"
                  "|---|---|---|---|---|---|")
        tables = {name: [header, row("starter alone", [f.label == "spam" for f in files], starter_p[name])]
                  for name, files in tests.items()}
        for size in args.sizes:
            chosen = train if size == 0 or size >= len(train) else rng.sample(train, size)
            n = len(chosen)
            state = Path(work) / f"owner-{n}"
            fast = FastPath(state, open_database(f"sqlite:///{work}/owner-{n}.sqlite"), settings)
            t0 = time.perf_counter()
            fast.train([parsed[f.path] for f in chosen], [f.label for f in chosen])
            print(f"owner trained on {n} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            for name, files in tests.items():
                labels = [f.label == "spam" for f in files]
                owned = scores(fast, [parsed[f.path] for f in files])
                s = starter_p[name]
                tables[name].append(row(f"N={n} replace", labels, [p for p, _ in owned]))
                for k in args.blend:
                    w = n / (n + k)
                    tables[name].append(row(f"N={n} blend K={k} (w={w:.2f})", labels,
                                            [sigmoid(w * logit(p) + (1 - w) * logit(q)) for (p, _), q in zip(owned, s)]))
                tables[name].append(row(f"N={n} fallback", labels,
                                        [p if known else q for (p, known), q in zip(owned, s)]))
        for name, lines in tables.items():
            print(f"\n### {name}\n")
            print("\n".join(lines))
    print(f"\n{time.perf_counter() - started:.0f} s in all", file=sys.stderr)


if __name__ == "__main__":
    main()
