"""Build the guard's learned detector of instructions to the filter (`agent.guard.detector`).

Trained on `scripts/data/guard_sentences.jsonl` (attempts and hard negatives in 30
languages, written for mailwarden; `_write_guard_sentences.py` there writes it) and on
sentences of ordinary mail: the train halves of the mailing-list ham and of Nazario's
phishing (phishing that does not talk to a model is no attempt), every other message of
the SpamAssassin train half (whose ham includes lists about spam filtering), and the hard
ham of the guard set's tuning halves (tune/, dev/). The thresholds are then chosen on messages it never
learned, as the guard reads them (`Guard.own_words`), once for the text a reader sees and
once for the text no reader sees: the lowest at which no ham of the rest of the
SpamAssassin train half has a passage above it, raised by `--margin`. The holdout half of the guard set is never
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

import numpy as np

from agent.guard.detector import MODEL_FILE, InstructionDetector, passages, vectorizer

CORPORA = ROOT.parent / "shared" / "corpora"
SENTENCES = ROOT / "scripts" / "data" / "guard_sentences.jsonl"
OUT = ROOT / "agent" / "guard" / MODEL_FILE


def labelled_sentences() -> list[tuple[str, int, str]]:
    """Every labelled sentence under scripts/data (`guard_sentences*.jsonl`): written for
    mailwarden, and the attempts of the guard set's tuning halves as passages."""
    rows = [json.loads(line) for path in sorted(SENTENCES.parent.glob("guard_sentences*.jsonl"))
            for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [(r["text"], int(r["label"]), r.get("lang", "?")) for r in rows]


def mail_sentences(per_corpus: int, seed: int) -> list[str]:
    """Passages of ordinary mail (label 0), up to twelve a message."""
    from pipeline.evaluation import corpus_files
    from pipeline.parsing import parse_message

    rng = random.Random(seed)
    out: list[str] = []
    for name in ("lists", "nazario", "spamassassin"):
        files = corpus_files(CORPORA / name, split="train", one_label=True)
        if name == "spamassassin":
            files = files[::2]  # the other half chooses the threshold (`threshold_ham`)
        rng.shuffle(files)
        found: list[str] = []
        for f in files:
            found += rng.sample(p := passages(parse_message(f.path.read_bytes()).text), min(12, len(p)))
            if len(found) >= per_corpus:
                break
        out += found[:per_corpus]
    for path in [p for half in ("tune", "dev") for p in sorted((ROOT / "tests" / "guard_set" / half / "ham").glob("*.eml"))]:
        out += passages(parse_message(path.read_bytes()).text)
    return out


def threshold_ham() -> list[Path]:
    """Ham the detector never learned, to choose its thresholds on: the other half of the
    SpamAssassin train half."""
    from pipeline.evaluation import corpus_files

    return [f.path for f in corpus_files(CORPORA / "spamassassin", split="train", one_label=True)[1::2]
            if f.label == "ham"]


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


def message_scores(detector: InstructionDetector, paths: list[Path]) -> list[tuple[float, float]]:
    """Each message's highest passage probability, as the guard would act on it (in
    the message's own words, not what it quotes: `agent.guard.quoting`), over the texts
    a reader sees and over those no reader sees (`agent.guard.policy.UNSEEN`)."""
    from agent.guard import Guard
    from agent.guard.policy import LEARNED_READS, UNSEEN
    from agent.guard.scan import HIDDEN_FORM, decoded_forms
    from pipeline.parsing import parse_message

    guard = Guard()
    scores = []
    for path in paths:
        message = parse_message(path.read_bytes())
        best = {False: 0.0, True: 0.0}
        for where, text in guard.texts(message).items():
            if where not in UNSEEN and where not in LEARNED_READS:
                continue
            text = guard.own_words(where, text, message, cut=False)
            for form, seen in [("", text), *decoded_forms(text)]:
                hidden = where in UNSEEN or form == HIDDEN_FORM
                reading = detector.strongest(seen)
                if reading is not None:
                    best[hidden] = max(best[hidden], reading.probability)
        scores.append((best[False], best[True]))
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
    detector = InstructionDetector(model.coef_[0], model.intercept_[0], threshold=0.3)  # 0.3: what is ranked

    tune_attempts = sorted((ROOT / "tests" / "guard_set" / "tune" / "attempts").glob("*.eml"))
    ham_scores = message_scores(detector, threshold_ham())
    attempt_scores = message_scores(detector, tune_attempts)
    for hidden in (False, True):
        top = max(s[hidden] for s in ham_scores)
        chosen = min(top + args.margin, 0.999)
        caught = sum(s[hidden] >= chosen for s in attempt_scores)
        print(f"{'text no reader sees' if hidden else 'text a reader sees'}: highest ham score {top:.3f}, "
              f"threshold {chosen:.3f}: {caught} of {len(attempt_scores)} tune attempts above it there")
        if hidden:
            detector.hidden_threshold = chosen
        else:
            detector.threshold = chosen
        for cut in (0.5, 0.7, 0.8, 0.9, 0.95):
            print(f"  at {cut}: ham {sum(s[hidden] >= cut for s in ham_scores)}/{len(ham_scores)}, "
                  f"tune attempts {sum(s[hidden] >= cut for s in attempt_scores)}/{len(attempt_scores)}")
    detector.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
