"""A learned reader of "an instruction addressed to the filter or to an AI", in any language.

The patterns (`agent.guard.patterns`) are precise, and know only the phrasings and the
languages written into them: an attempt in Hindi or Swahili, or one that says "this
message was pre-cleared by IT" instead of "ignore previous instructions", passes them.
Beside them sits this detector: a logistic regression over hashed character n-grams
(2 to 4 characters, within words: works for any script, spaced or not), trained by
`scripts/build_guard_detector.py` on labelled sentences in 30 languages (attempts, and
hard negatives: requests between people, talk about AI, quoted attacks) and on ordinary
mail. It reads a text sentence by sentence, and pairs of sentences, as `native` text,
and reports the passage it is surest of; the guard acts on it above `threshold`, which
the build chose by measurement and stored with the weights.

Its cost is bounded: the first `READ_CHARS` of each text, `MAX_PASSAGES` passages.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np

from agent.guard.scan import native

N_FEATURES = 2 ** 20
NGRAMS = (2, 4)
READ_CHARS = 6_000
MAX_PASSAGES = 120
MAX_PASSAGE_CHARS = 400
MODEL_FILE = "detector.npz"

# A sentence ends at . ! ? and their CJK, Arabic and Devanagari forms, or at a line end.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟।])\s+|(?<=[。！？])|\n+")


def vectorizer():
    """The feature map, the same at build and at use."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(analyzer="char_wb", ngram_range=NGRAMS, n_features=N_FEATURES, alternate_sign=False,
                             norm="l2", lowercase=False, dtype=np.float32)


def passages(text: str) -> list[str]:
    """Sentences of `native(text)` and each pair of neighbours (an order and its object
    often sit in two sentences), at most `MAX_PASSAGES`."""
    sentences = [s.strip()[:MAX_PASSAGE_CHARS] for s in _SENTENCE_END.split(native(text[:READ_CHARS]))]
    sentences = [s for s in sentences if len(s) >= 6]
    pairs = [f"{a} {b}" for a, b in zip(sentences, sentences[1:])]
    return (sentences + pairs)[:MAX_PASSAGES]


class Reading(NamedTuple):
    probability: float
    passage: str
    """The passage, as `native` text: `agent.guard.quoting` tells whether it is quoted."""


class InstructionDetector:
    def __init__(self, weights: np.ndarray, intercept: float, threshold: float):
        self.weights = weights.astype(np.float32)
        self.intercept = float(intercept)
        self.threshold = float(threshold)
        self._vectorizer = vectorizer()

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """P(an instruction to the filter) of each text, as a whole."""
        if not texts:
            return np.zeros(0)
        margins = self._vectorizer.transform(texts) @ self.weights + self.intercept
        return 1.0 / (1.0 + np.exp(-margins))

    def read(self, text: str) -> Reading | None:
        """The passage of `text` most like an instruction to the filter, when it is above
        the threshold; else None."""
        found = passages(text)
        if not found:
            return None
        p = self.probabilities(found)
        best = int(np.argmax(p))
        return Reading(float(p[best]), found[best]) if p[best] >= self.threshold else None

    def save(self, path: Path) -> None:
        keep = np.flatnonzero(np.abs(self.weights) > 1e-4).astype(np.int32)
        np.savez_compressed(path, index=keep, value=self.weights[keep].astype(np.float16),
                            intercept=np.float32(self.intercept), threshold=np.float32(self.threshold))

    @classmethod
    def load(cls, path: Path) -> "InstructionDetector":
        with np.load(path) as data:
            weights = np.zeros(N_FEATURES, dtype=np.float32)
            weights[data["index"]] = data["value"].astype(np.float32)
            return cls(weights, float(data["intercept"]), float(data["threshold"]))


@lru_cache(maxsize=1)
def shipped() -> InstructionDetector | None:
    """The detector shipped with mailwarden, or None if its file is missing (the
    patterns still run)."""
    path = Path(str(resources.files("agent.guard").joinpath(MODEL_FILE)))
    return InstructionDetector.load(path) if path.exists() else None
