"""Fit the embedded backend's calibration on the train half of a labelled corpus.

The embedded backend scores a message by logit("spam") - logit("ham"). This script
picks K primer examples per class from the train split, scores a sample of other train
messages with that primer, fits p = sigmoid(slope * score + intercept) by logistic
regression (Newton's method on two parameters), and writes the result to
agent/backends/embedded_calibration.json. Test-split figures then come from
`mailwarden eval --split test`, on mail the calibration never saw.

    .venv/bin/python scripts/calibrate_embedded.py --corpus ../shared/corpora/spamassassin
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent.backends.embedded import BUNDLED_NAME, Calibration, EmbeddedBackend, EmbeddedSettings  # noqa: E402
from agent.classifier import Classifier, PromptSettings, email_view  # noqa: E402
from agent.scores import sigmoid  # noqa: E402
from pipeline.evaluation import auc, corpus_files  # noqa: E402
from pipeline.parsing import parse_message  # noqa: E402
from prompts.renderer import primer_shot, template_version  # noqa: E402


def fit_logistic(scores: list[float], labels: list[bool], iterations: int = 100) -> tuple[float, float]:
    """Maximum-likelihood slope and intercept (Newton's method on standardised scores,
    a small ridge to stay finite), mapped back to raw scores."""
    mean = sum(scores) / len(scores)
    std = (sum((s - mean) ** 2 for s in scores) / len(scores)) ** 0.5 or 1.0
    scores = [(s - mean) / std for s in scores]
    a, b = 0.0, 0.0
    for _ in range(iterations):
        ga = gb = haa = hab = hbb = 0.0
        for s, y in zip(scores, labels):
            p = sigmoid(a * s + b)
            r = p - (1.0 if y else 0.0)
            w = p * (1.0 - p)
            ga += r * s
            gb += r
            haa += w * s * s
            hab += w * s
            hbb += w
        haa += 1e-2
        ga += 1e-2 * a
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        da = (hbb * ga - hab * gb) / det
        db = (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) + abs(db) < 1e-9:
            break
    return a / std, b - a * mean / std


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--primer", type=int, default=2, help="primer examples per class")
    parser.add_argument("--sample", type=int, default=300, help="train messages to fit on")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--primer-chars", type=int, default=400)
    parser.add_argument("--body-chars", type=int, default=EmbeddedSettings().body_chars,
                        help="email text shown per message (the embedded.body_chars setting)")
    parser.add_argument("--out", type=Path, default=ROOT / "agent/backends/embedded_calibration.json")
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()

    train = corpus_files(args.corpus, split="train")
    rnd = random.Random(args.seed)
    rnd.shuffle(train)
    primer_files = [f for f in train if f.label == "ham"][: args.primer] + [f for f in train if f.label == "spam"][: args.primer]
    rnd.shuffle(primer_files)
    primer = []
    for f in primer_files:
        primer.append(primer_shot(email_view(parse_message(f.path.read_bytes())), f.label, args.primer_chars))
    fit_on = [f for f in train if f not in primer_files][: args.sample]

    backend = EmbeddedBackend(
        EmbeddedSettings(body_chars=args.body_chars),
        calibration=Calibration(model=BUNDLED_NAME, slope=1.0, intercept=0.0, primer=primer),
    )
    classifier = Classifier(backend, PromptSettings())
    scores, labels = [], []
    started = time.perf_counter()
    for index, f in enumerate(fit_on, 1):
        prompt = classifier.prompt_for(parse_message(f.path.read_bytes()))
        scores.append(backend.score(prompt))
        labels.append(f.label == "spam")
        if index % 50 == 0:
            print(f"  scored {index}/{len(fit_on)}", file=sys.stderr)
    seconds = time.perf_counter() - started
    slope, intercept = fit_logistic(scores, labels)
    area = auc(list(zip(scores, labels)))
    print(f"primer {args.primer}/class, body {args.body_chars} chars, {len(fit_on)} train messages: AUC {area:.3f}, "
          f"slope {slope:.3f}, intercept {intercept:.3f}, {seconds / len(fit_on):.3f} s/message")
    if args.dry_run:
        return
    calibration = Calibration(
        model=BUNDLED_NAME,
        slope=slope,
        intercept=intercept,
        prompt_version=template_version(),
        fitted_on=f"{args.corpus.name} train split, {len(fit_on)} messages, seed {args.seed}; train AUC {area:.3f}",
        primer=primer,
    )
    args.out.write_text(calibration.model_dump_json(indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
