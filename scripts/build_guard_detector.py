"""Build the guard's learned detector of instructions to the filter (`agent.guard.detector`).

Trained on `scripts/data/guard_sentences.jsonl` (attempts and hard negatives in 30
languages, written for mailwarden; `_write_guard_sentences.py` there writes it) and on
sentences of ordinary mail: the train halves of the mailing-list ham and of Nazario's
phishing (phishing that does not talk to a model is no attempt). The threshold is then
chosen on messages, as the guard reads them: the lowest at which neither the ham of
the SpamAssassin train half nor the hard ham of the guard set's tune half has a
passage above it, raised by `--margin`. The holdout half of the guard set is never
read here.

    .venv/bin/python scripts/build_guard_detector.py          # writes agent/guard/detector.npz
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from agent.guard.detector import MODEL_FILE, InstructionDetector, passages, vectorizer  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
SENTENCES = ROOT / "scripts" / "data" / "guard_sentences.jsonl"
OUT = ROOT / "agent" / "guard" / MODEL_FILE


def labelled_sentences() -> list[tuple[str, int, str]]:
    rows = [json.loads(line) for line in SENTENCES.read_text("utf-8").splitlines() if line.strip()]
    return [(r["text"], int(r["label"]), r.get("lang", "?")) for r in rows]


def mail_sentences(per_corpus: int, seed: int) -> list[str]:
    """Passages of ordinary mail (label 0), up to three a message."""
    from pipeline.evaluation import corpus_files
    from pipeline.parsing import parse_message

    rng = random.Random(seed)
    out: list[str] = []
    for name in ("lists", "nazario"):
        files = corpus_files(CORPORA / name, split="train", one_label=True)
        rng.shuffle(files)
        found: list[str] = []
        for f in files:
            found += rng.sample(p := passages(parse_message(f.path.read_bytes()).text), min(3, len(p)))
            if len(found) >= per_corpus:
                break
        out += found[:per_corpus]
    return out


def fit(texts: list[str], labels: list[int], c: float):
    from sklearn.linear_model import LogisticRegression

    x = vectorizer().transform(texts)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
    model.fit(x, np.array(labels))
    return model


def cross_validated(texts, labels, langs, c: float, folds: int = 5, seed: int = 0) -> None:
    """Each sentence scored by a model that did not learn it: recall and false hits per language."""
    order = list(range(len(texts)))
    random.Random(seed).shuffle(order)
    p = np.zeros(len(texts))
    for k in range(folds):
        test = set(order[k::folds])
        train = [i for i in order if i not in test]
        model = fit([texts[i] for i in train], [labels[i] for i in train], c)
        idx = sorted(test)
        p[idx] = model.predict_proba(vectorizer().transform([texts[i] for i in idx]))[:, 1]
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for q, y, lang in zip(p, labels, langs):
        cell = per[lang]
        if y:
            cell[0] += q >= 0.5
            cell[1] += 1
        else:
            cell[2] += q >= 0.5
            cell[3] += 1
    print("cross-validated at 0.5 (attempts caught, other sentences hit), by language:")
    print("  " + ", ".join(f"{lang} {a}/{n} {fp}/{m}" for lang, (a, n, fp, m) in sorted(per.items())))
    tot = np.array(list(per.values())).sum(axis=0)
    print(f"  all: attempts {tot[0]}/{tot[1]} ({tot[0] / max(tot[1], 1):.1%}), "
          f"false hits {tot[2]}/{tot[3]} ({tot[2] / max(tot[3], 1):.2%})")


def message_scores(detector: InstructionDetector, paths: list[Path]) -> list[float]:
    """Each message's highest passage probability over the texts the guard reads."""
    from agent.guard import Guard
    from agent.guard.scan import decoded_forms
    from pipeline.parsing import parse_message

    guard = Guard()
    scores = []
    for path in paths:
        message = parse_message(path.read_bytes())
        best = 0.0
        for text in guard.texts(message).values():
            for _, seen in [("", text), *decoded_forms(text)]:
                found = passages(seen)
                if found:
                    best = max(best, float(detector.probabilities(found).max()))
        scores.append(best)
    return scores


def main() -> None:
    from pipeline.evaluation import corpus_files

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mail-sentences", type=int, default=4000, help="ordinary mail passages per corpus")
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    parser.add_argument("--margin", type=float, default=0.02, help="added to the highest ham score")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-cv", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    rows = labelled_sentences()
    mail = mail_sentences(args.mail_sentences, args.seed)
    texts = [t for t, _, _ in rows] + mail
    labels = [y for _, y, _ in rows] + [0] * len(mail)
    langs = [lang for _, _, lang in rows] + ["mail"] * len(mail)
    print(f"{len(rows)} labelled sentences ({Counter(labels)[1]} attempts, {len(set(langs)) - 1} languages), "
          f"{len(mail)} ordinary mail passages, in {time.perf_counter() - started:.0f} s")
    if not args.no_cv:
        cross_validated(texts, labels, langs, args.c)

    model = fit(texts, labels, args.c)
    detector = InstructionDetector(model.coef_[0], model.intercept_[0], threshold=1.0)

    ham = [f.path for f in corpus_files(CORPORA / "spamassassin", split="train") if f.label == "ham"]
    tune = ROOT / "tests" / "guard_set" / "tune"
    tune_ham, tune_attempts = sorted((tune / "ham").glob("*.eml")), sorted((tune / "attempts").glob("*.eml"))
    ham_scores = message_scores(detector, ham)
    tune_ham_scores = message_scores(detector, tune_ham)
    attempt_scores = message_scores(detector, tune_attempts)
    top = max(ham_scores + tune_ham_scores)
    detector.threshold = min(top + args.margin, 0.999)
    caught = sum(s >= detector.threshold for s in attempt_scores)
    print(f"highest ham score {top:.3f} (SpamAssassin train ham {max(ham_scores):.3f}, "
          f"tune hard ham {max(tune_ham_scores):.3f}); threshold {detector.threshold:.3f}: "
          f"{caught} of {len(attempt_scores)} tune attempts above it on the detector alone")
    for cut in (0.5, 0.7, 0.8, 0.9, 0.95):
        print(f"  at {cut}: SpamAssassin train ham {sum(s >= cut for s in ham_scores)}/{len(ham_scores)}, "
              f"tune hard ham {sum(s >= cut for s in tune_ham_scores)}/{len(tune_ham_scores)}, "
              f"tune attempts {sum(s >= cut for s in attempt_scores)}/{len(attempt_scores)}")
    detector.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
