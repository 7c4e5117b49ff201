"""The statistical text classifier of the fast path: hashed features, online linear model.

Each message becomes the set of its features (`agent.features`), hashed into 2**20
buckets with MurmurHash3 and L2-normalised (every present feature 1/sqrt(n)). A linear
model trained by scikit-learn's `SGDClassifier` (modified Huber loss, the best of the
losses tried on the SpamAssassin train/test split) learns from a bootstrap corpus and
then from every correction through `partial_fit`. Scoring does not go through
scikit-learn: it is a sum of the weights at the message's buckets, about 0.07 ms.

The model is saved with joblib in the data directory (owner-only permissions).
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import SGDClassifier
from sklearn.utils import murmurhash3_32

N_FEATURES = 2**20
_MASK = N_FEATURES - 1


def hashed(features: list[str]) -> np.ndarray:
    """Unique bucket indices of a feature list."""
    return np.fromiter({murmurhash3_32(f, positive=True) & _MASK for f in features}, dtype=np.int64)


def _matrix(rows: list[np.ndarray]) -> csr_matrix:
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    data = np.concatenate([np.full(len(r), 1.0 / math.sqrt(len(r)) if len(r) else 0.0) for r in rows]) if rows \
        else np.zeros(0)
    return csr_matrix((data, indices, indptr), shape=(len(rows), N_FEATURES))


class TextModel:
    def __init__(self, alpha: float = 1e-5, seed: int = 0):
        self.model = SGDClassifier(loss="modified_huber", alpha=alpha, random_state=seed)
        self.trained = 0
        self.spam_seen = 0
        self.ham_seen = 0

    @property
    def ready(self) -> bool:
        return self.trained > 0

    def fit(self, rows: list[np.ndarray], labels: list[bool], epochs: int = 30) -> None:
        """Train from scratch on a bootstrap corpus (several passes, shuffled)."""
        x = _matrix(rows)
        y = np.array(labels, dtype=bool)
        rng = np.random.default_rng(0)
        for _ in range(epochs):
            order = rng.permutation(len(rows))
            self.model.partial_fit(x[order], y[order], classes=np.array([False, True]))
        self.trained += len(rows)
        self.spam_seen += int(y.sum())
        self.ham_seen += int((~y).sum())

    def learn(self, row: np.ndarray, is_spam: bool, step: float = 0.1, max_steps: int = 20,
              target: float = 0.5) -> None:
        """One correction, applied at once: SGD steps of a fixed, small size until the
        corrected message itself is on the right side by `target`, at most `max_steps`.

        Not the "optimal" schedule used for bootstrap training: early in that schedule
        (a small corpus) one example moved the weights so far that unrelated mail went
        to a margin of -25. The fixed step and the cap bound what one correction,
        careless or hostile, can do."""
        x = _matrix([row])
        y = np.array([is_spam])
        sign = 1.0 if is_spam else -1.0
        schedule = (self.model.learning_rate, self.model.eta0)
        self.model.set_params(learning_rate="constant", eta0=step)
        try:
            for _ in range(max_steps):
                if self.ready and sign * self.margin(row) >= target:
                    break
                self.model.partial_fit(x, y, classes=np.array([False, True]))
        finally:
            self.model.set_params(learning_rate=schedule[0], eta0=schedule[1])
        self.trained += 1
        self.spam_seen += int(is_spam)
        self.ham_seen += int(not is_spam)

    def margin(self, row: np.ndarray) -> float:
        """Signed distance from the decision boundary (> 0 leans spam). 0 when untrained."""
        if not self.ready or len(row) == 0:
            return 0.0
        weights = self.model.coef_[0]
        return float(weights[row].sum() / math.sqrt(len(row)) + self.model.intercept_[0])

    def save(self, path: Path) -> None:
        import joblib

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".textmodel-")
        os.close(fd)
        os.chmod(tmp, 0o600)
        joblib.dump({"model": self.model, "trained": self.trained, "spam_seen": self.spam_seen,
                     "ham_seen": self.ham_seen}, tmp)
        os.replace(tmp, path)  # atomic: a crash never leaves half a model

    @classmethod
    def load(cls, path: Path) -> "TextModel":
        import joblib

        state = joblib.load(path)
        model = cls()
        model.model = state["model"]
        model.trained, model.spam_seen, model.ham_seen = state["trained"], state["spam_seen"], state["ham_seen"]
        return model
