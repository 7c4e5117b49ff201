"""Trained on some corpora, tested on others: mailwarden's fast path, bogofilter and
SpamAssassin on mail unlike what they learned from, in one run.

A corpus is DIR (every message of DIR/ham and DIR/spam; either may be missing) or
DIR:train / DIR:test (the project's split inside it, `pipeline.evaluation`). Never put
two corpora from different sites on both sides: headers would give the label away
(../shared/corpora/README.md). Each test corpus gets its own rows, and all of them
together one more:
- mailwarden (fast path alone): recall at p >= 0.5 and at the quarantine tier, false
  positives on its ham, AUC; the share of messages the cascade would send to the model
  (in the band, or not trusted alone: `Assessment.trusted`); of the spam the fast
  path gets wrong (p < 0.5), the share that would reach the model; with no model, the
  share of ham marked unfamiliar (`Verdict.unfamiliar`).
- bogofilter and SpamAssassin (Bayes + rules, network tests off) trained on the same
  train corpora, as in scripts/bench_peers.py.

    .venv/bin/python scripts/bench_cross.py \\
        --train ../shared/corpora/spamassassin ../shared/corpora/trec07p:train \\
        --test ../shared/corpora/nazario ../shared/corpora/lists ../shared/corpora/trec07p:test

`--model DIR` judges with a saved model instead of training one (no reputation, as on a
fresh install): `--model pipeline/samples/starter --test ../shared/corpora/trec07p` is
the starter model on mail from a site it never saw.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_peers import confusion, run_bogofilter, run_spamassassin  # noqa: E402

from agent.cascade_settings import CascadeSettings  # noqa: E402
from pipeline.actions import TierSettings  # noqa: E402
from pipeline.evaluation import CorpusError, LabelledFile, auc, corpus_files, metrics  # noqa: E402


def labelled(spec: str) -> list[LabelledFile]:
    """The files of DIR, DIR:train or DIR:test (only ham or only spam is fine)."""
    path, _, split = spec.partition(":")
    if split not in ("", "train", "test"):
        raise SystemExit(f"{spec}: the split is :train or :test")
    try:
        return corpus_files(Path(path), split=split or "all", one_label=True)
    except CorpusError as err:
        raise SystemExit(str(err)) from None


_fast = None


def _load(state: str, url: str) -> None:
    global _fast
    from agent.fast_path import FastPath, FastPathSettings
    from storage import open_database

    _fast = FastPath(Path(state), open_database(url), FastPathSettings(adapt_to_balance=False))


def _assess(path: str) -> tuple[float, bool]:
    from agent.guard import Guard
    from pipeline.parsing import parse_message

    message = parse_message(Path(path).read_bytes())
    guard = Guard()
    a = _fast.assess(message)
    return guard.floored(a.probability, guard.inspect(message), message), a.trusted


def run_mailwarden(train: list[LabelledFile], tests: dict[str, list[LabelledFile]], work: Path,
                   workers: int, model: Path | None = None) -> dict[str, list[tuple[float, bool]]]:
    """The fast path's (probability, familiar) for every test message: trained on `train`,
    or the model saved in the folder `model` as it is (the starter model, say)."""
    import multiprocessing

    from agent.fast_path import FastPath
    from pipeline.parsing import parse_message
    from storage import open_database

    state = work / "mailwarden"
    state.mkdir()
    url = f"sqlite:///{state / 'mw.sqlite'}"
    started = time.perf_counter()
    if model is not None:
        shutil.copy(model / "text_model.joblib", state / "text_model.joblib")
        open_database(url)  # no reputation: a fresh install's
    else:
        messages = [parse_message(f.path.read_bytes()) for f in train]
        FastPath(state, open_database(url)).train(messages, [f.label for f in train])
        print(f"mailwarden trained on {len(train)} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with multiprocessing.Pool(workers, initializer=_load, initargs=(str(state), url)) as pool:
        return {name: pool.map(_assess, [str(f.path) for f in files], chunksize=64) for name, files in tests.items()}


def mailwarden_rows(name: str, files: list[LabelledFile], scored: list[tuple[float, bool]]) -> str:
    band, tier = CascadeSettings(), TierSettings().quarantine_at
    is_spam = [f.label == "spam" for f in files]
    p = [s[0] for s in scored]
    asked = [band.asks_model(q, familiar) for q, familiar in scored]
    marked = [band.marks_unfamiliar(q, familiar) for q, familiar in scored]
    labels = ["spam" if s else "ham" for s in is_spam]
    half, at_tier_c = confusion(labels, [q >= 0.5 for q in p]), confusion(labels, [q >= tier for q in p])
    # With no model, mail new to the fast path is flagged, not moved (`choose_action`).
    moved_c = confusion(labels, [q >= tier and not m for q, m in zip(p, marked)])
    moved = metrics(moved_c)
    at_half, at_tier = metrics(half), metrics(at_tier_c)
    spam, ham = sum(is_spam), len(is_spam) - sum(is_spam)
    missed = [a for a, s, q in zip(asked, is_spam, p) if s and q < 0.5]
    area = auc(list(zip(p, is_spam)))
    ham_marked = sum(m for m, s in zip(marked, is_spam) if not s)
    cells = [name, f"{ham} / {spam}",
             f"{at_half['recall']:.1%}" if spam else "—", f"{at_tier['recall']:.1%}" if spam else "—",
             f"{at_half['fpr']:.2%} ({half.fp})" if ham else "—",
             f"{at_tier['fpr']:.2%} ({at_tier_c.fp})" if ham else "—",
             f"{area:.3f}" if area is not None else "—", f"{sum(asked) / len(asked):.1%}",
             f"{sum(missed) / len(missed):.0%} of {len(missed)}" if missed else "—",
             f"{ham_marked / ham:.1%}" if ham else "—",
             f"{moved['recall']:.1%}" if spam else "—", f"{moved['fpr']:.2%} ({moved_c.fp})" if ham else "—"]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", nargs="+", default=[], help="the corpora to train on (the peers too)")
    parser.add_argument("--model", type=Path, help="judge with the fast-path model in this folder instead of "
                        "training one (e.g. pipeline/samples/starter); the peers are then left out")
    parser.add_argument("--test", nargs="+", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip", nargs="*", default=[], choices=["bogofilter", "spamassassin"])
    args = parser.parse_args()
    if not args.train and args.model is None:
        parser.error("give --train corpora or a --model folder")
    train = [f for spec in args.train for f in labelled(spec)]
    tests = {Path(spec.partition(":")[0]).name + (":" + spec.partition(":")[2] if ":" in spec else ""): labelled(spec)
             for spec in args.test}
    work = Path(tempfile.mkdtemp(prefix="mw-cross-"))
    os.chmod(work, 0o755)
    try:
        scored = run_mailwarden(train, tests, work, args.workers, args.model)
        print("| mailwarden fast path, test set | ham / spam | recall p>=0.5 | recall quarantine | FPR p>=0.5 | "
              "FPR quarantine | AUC | to the model | missed spam to the model | ham marked, no model | "
              "no model: recall moved | no model: FPR moved |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for name, files in tests.items():
            print(mailwarden_rows(name, files, scored[name]))
        everything = [f for files in tests.values() for f in files]
        print(mailwarden_rows("all of them", everything, [s for name in tests for s in scored[name]]))
        peers = {}
        if not train:
            return
        if "bogofilter" not in args.skip and shutil.which("bogofilter"):
            peers["bogofilter"] = lambda: run_bogofilter(train, everything, work)
        if "spamassassin" not in args.skip and shutil.which("spamd"):
            peers["SpamAssassin"] = lambda: run_spamassassin(train, everything, args.workers, work)
        for peer, run in peers.items():
            said = run()["said"]  # one training, every test message, split by set below
            print(f"\n| {peer}, test set | recall | FPR |\n|---|---|---|")
            start = 0
            for name, files in [*tests.items(), ("all of them", everything)]:
                part = said[start:start + len(files)] if name != "all of them" else said
                start += len(files) if name != "all of them" else 0
                c = confusion([f.label for f in files], part)
                m = metrics(c)
                print(f"| {name} | {m['recall']:.1%} | {m['fpr']:.2%} ({c.fp}) |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
