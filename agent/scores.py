"""From a score to a probability, and from judgements to the figures that grade them.

Both are needed on the judging side (the fast path and the embedded backend turn
margins and logits into probabilities; the learning cycle gates a rule on F1 and MCC)
and on the mail side (`pipeline.evaluation`, the benchmark scripts), so they live here,
once, below both.
"""

from __future__ import annotations

import math

from pydantic import BaseModel

Z_LIMIT = 60.0
"""Scores are clamped to +-Z_LIMIT before the exponential: exp(60) is far from overflow,
and the probability is then within 1e-26 of 0 or 1 anyway."""


def sigmoid(z: float) -> float:
    """1 / (1 + e^-z), for one score."""
    return 1.0 / (1.0 + math.exp(-max(-Z_LIMIT, min(Z_LIMIT, z))))


def sigmoids(z):
    """`sigmoid` over a numpy array of scores, element by element."""
    import numpy as np

    return 1 / (1 + np.exp(-np.clip(z, -Z_LIMIT, Z_LIMIT)))


class Confusion(BaseModel):
    tp: int = 0  # spam called spam
    fp: int = 0  # ham called spam
    tn: int = 0
    fn: int = 0

    def add(self, is_spam: bool, said_spam: bool) -> None:
        if is_spam:
            self.tp += said_spam
            self.fn += not said_spam
        else:
            self.fp += said_spam
            self.tn += not said_spam

    @classmethod
    def of(cls, truth: list[bool], said: list[bool]) -> "Confusion":
        c = cls()
        for is_spam, said_spam in zip(truth, said):
            c.add(is_spam, said_spam)
        return c


def metrics(confusion: Confusion) -> dict[str, float]:
    """Precision, recall, F1, false-positive rate, MCC and accuracy, spam being the
    positive class; a figure whose denominator is 0 is 0."""
    tp, fp, tn, fn = confusion.tp, confusion.fp, confusion.tn, confusion.fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    mcc = (tp * tn - fp * fn) / denominator if denominator else 0.0
    total = tp + fp + tn + fn
    accuracy = (tp + tn) / total if total else 0.0
    return dict(precision=precision, recall=recall, f1=f1, fpr=fpr, mcc=mcc, accuracy=accuracy)


def f1_mcc(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    """(F1, MCC) of (is spam, said spam) pairs."""
    m = metrics(Confusion.of([t for t, _ in pairs], [s for _, s in pairs]))
    return m["f1"], m["mcc"]
