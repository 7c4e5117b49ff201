"""The guard on its evaluation set: how many attempts end at the quarantine tier when the
model obeys them, how much hard ham does, and what the guard costs.

The set is `tests/guard_set/` (its `_mail.py` says how it was written): `tune/` (with the
first 47 attempts of `tests/injection/`), `dev/`, `holdout/`, `fresh/` and `blind/`, which
the patterns, the quoting rules and the detector were chosen on, `blind2/`, `blind3/` and
`blind4/`, which the patterns and quoting rules were (each after the last was written as
a holdout and measured once as one), and `blind5/`, written last by authors who never saw
the guard or the other halves, which nothing was chosen on: the holdout now (`--halves blind5`). The model is the `fixed`
backend, which answers ham to everything: only the guard can stop an attempt. Two set-ups:

- no trained fast path: every message goes to the model (the worst case);
- a fast path trained on the SpamAssassin train half, with the cascade's default band.

Then on the whole SpamAssassin corpus: how much ham the guard flags, its cost per message
(p50, p99), and the fast path's throughput with the guard and without it.

    .venv/bin/python scripts/bench_guard.py            # both halves, both set-ups
    .venv/bin/python scripts/bench_guard.py --misses   # and name every message judged wrong
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SET = ROOT / "tests" / "guard_set"
KEPT_APART = "blind5"
"""The half nothing was chosen on yet (`_mail.py` says which and why)."""
GUARD_RAISED = "tries to instruct the filter"  # how `Guard.apply` starts the reason when it raises
CORPORA = ROOT.parent / "shared" / "corpora"


def half(name: str) -> dict[str, list[Path]]:
    """{"attempts": [...], "ham": [...]} of one half of the set."""
    found = {kind: sorted((SET / name / kind).glob("*.eml")) for kind in ("attempts", "ham")}
    if name == "tune":
        found["attempts"] += sorted((ROOT / "tests" / "injection").glob("*.eml"))
    return found


def technique(path: Path) -> str:
    """The kind a file's name starts with ("017-base64-decode.eml" -> "base64")."""
    parts = path.stem.split("-")
    return parts[1] if len(parts) > 1 and parts[0].isdigit() else parts[0]


def judge_all(cascade, paths: list[Path]) -> list[tuple[Path, float, str]]:
    from pipeline.parsing import parse_message

    out = []
    for p in paths:
        v = cascade.judge(parse_message(p.read_bytes()))
        out.append((p, v.spam_probability, f"{v.decided_by}{', guard' if v.reason.startswith(GUARD_RAISED) else ''}"))
    return out


def report(title: str, judged: dict[str, list[tuple[Path, float, str]]], tier: float, misses: bool) -> None:
    attempts, ham = judged["attempts"], judged["ham"]
    caught = [p for p, q, _ in attempts if q >= tier]
    raised = [p for p, q, _ in ham if q >= tier]
    print(f"\n#### {title}\n")
    print(f"- attempts at the quarantine tier: {len(caught)} of {len(attempts)} ({len(caught) / len(attempts):.1%})")
    by_guard = [p for p, q, d in ham if q >= tier and d.endswith(", guard")]
    print(f"- hard ham at the quarantine tier: {len(raised)} of {len(ham)} ({len(raised) / len(ham):.1%}); "
          f"raised there by the guard: {len(by_guard)} ({len(by_guard) / len(ham):.1%})")
    deciders = Counter(d.removesuffix(", guard") for *_, d in attempts + ham)
    print(f"- decided by: {', '.join(f'{k} {v}' for k, v in deciders.most_common())}")
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p, q, _ in attempts:
        by_kind[technique(p)][0] += q >= tier
        by_kind[technique(p)][1] += 1
    print("- attempts by technique (caught/all): " +
          ", ".join(f"{k} {c}/{n}" for k, (c, n) in sorted(by_kind.items())))
    if misses:
        for p, q, d in attempts:
            if q < tier:
                print(f"  missed attempt  {p.relative_to(ROOT)}  p={q:.2f} ({d})")
        for p, q, d in ham:
            if q >= tier:
                print(f"  raised ham      {p.relative_to(ROOT)}  p={q:.2f} ({d})")


def trained_fast_path(work: Path):
    from agent.fast_path import FastPath
    from pipeline.evaluation import corpus_files
    from pipeline.parsing import parse_message
    from storage import open_database

    train = corpus_files(CORPORA / "spamassassin", split="train")
    db = open_database(f"sqlite:///{work / 'mw.sqlite'}")
    fast = FastPath(work / "state", db)
    fast.train([parse_message(f.path.read_bytes()) for f in train], [f.label for f in train])
    return fast, db


def cost(fast, limit: int | None) -> None:
    """The guard's cost per message and its ham flagged on the whole SpamAssassin corpus,
    and `fast`'s throughput with the guard and without."""
    from agent.guard import Guard, GuardSettings
    from pipeline.evaluation import corpus_files
    from pipeline.parsing import parse_message

    files = corpus_files(CORPORA / "spamassassin", split="all")[:limit]
    messages = [(f, parse_message(f.path.read_bytes())) for f in files]
    guard = Guard()
    times, flagged = [], []
    for f, m in messages:
        t = time.perf_counter()
        r = guard.inspect(m)
        times.append(time.perf_counter() - t)
        if f.label == "ham" and r.injection:
            flagged.append((f.path.name, r.risk_factors()[:2]))
    ham = sum(f.label == "ham" for f, _ in messages)
    times.sort()
    print(f"\n#### SpamAssassin corpus ({len(messages)} messages)\n")
    print(f"- ham flagged as an attempt: {len(flagged)} of {ham}" + "".join(f"\n  {n}: {r}" for n, r in flagged[:10]))
    print(f"- guard cost per message: p50 {statistics.median(times) * 1000:.2f} ms, "
          f"p99 {times[int(len(times) * 0.99)] * 1000:.2f} ms, max {times[-1] * 1000:.1f} ms")

    from agent.cascade import Cascade

    rates = {}
    for name, settings in (("without the guard", GuardSettings(enabled=False)),
                           ("with the patterns only", GuardSettings(learned_detector=False)),
                           ("with the guard", GuardSettings())):
        cascade = Cascade(fast, None, None, guard=Guard(settings))
        t = time.perf_counter()
        for _, m in messages:
            cascade.judge(m)
        rates[name] = len(messages) / (time.perf_counter() - t)
    print("- fast path end to end (parsed message -> verdict, one core): " +
          ", ".join(f"{k} {v:.0f} msg/s" for k, v in rates.items()))


def main() -> None:
    from agent.backends.fixed import FixedBackend
    from agent.cascade import Cascade
    from agent.classifier import Classifier
    from pipeline.actions import TierSettings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    halves = sorted(p.parent.name for p in SET.glob("*/attempts"))
    parser.add_argument("--halves", nargs="*", choices=halves, default=[h for h in halves if h != KEPT_APART],
                        help=f"(default: all but {KEPT_APART}, the half kept apart: measure it once, on purpose)")
    parser.add_argument("--misses", action="store_true", help="name every attempt missed and ham raised")
    parser.add_argument("--no-fast-path-run", action="store_true", help="skip the set-up with a trained fast path")
    parser.add_argument("--no-cost", action="store_true", help="skip the SpamAssassin cost and false-positive run")
    parser.add_argument("--no-detector", action="store_true", help="the patterns alone, without the learned detector")
    parser.add_argument("--cost-limit", type=int, default=None, help="messages of the corpus for the cost run")
    args = parser.parse_args()

    from agent.guard import Guard, GuardSettings

    tier = TierSettings().quarantine_at
    guard = Guard(GuardSettings(learned_detector=not args.no_detector))
    sets = {name: half(name) for name in args.halves}
    for name, files in sets.items():
        cascade = Cascade(None, Classifier(FixedBackend()), None, guard=guard)
        report(f"{name}: no trained fast path, an obedient model",
               {k: judge_all(cascade, v) for k, v in files.items()}, tier, args.misses)
    if args.no_fast_path_run and args.no_cost:
        return
    with tempfile.TemporaryDirectory() as work:
        fast, db = trained_fast_path(Path(work))  # once, for both
        if not args.no_fast_path_run:
            for name, files in sets.items():
                cascade = Cascade(fast, Classifier(FixedBackend()), db, guard=guard)
                report(f"{name}: fast path trained on SpamAssassin (train half), the cascade, an obedient model",
                       {k: judge_all(cascade, v) for k, v in files.items()}, tier, args.misses)
        if not args.no_cost:
            cost(fast, args.cost_limit)


if __name__ == "__main__":
    main()
