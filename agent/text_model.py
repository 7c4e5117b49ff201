"""The statistical text classifier of the fast path: hashed features, online linear model.

Each message becomes the set of its features (`agent.features`), hashed with
MurmurHash3 into two blocks of 2**20 buckets: header features (anything with a "name:"
prefix: sender, header names and values, hops, links, MIME shape) and body features
(words and word pairs of the text). Each block is L2-normalised on its own (every
present feature 1/sqrt(n) of its block), so a long text cannot drown the headers: with
one normalisation over both, a newsletter's many words outvoted its telling headers.
When that was introduced (settings chosen by 5-fold CV on the train split), FPR at
p >= 0.5 on the SpamAssassin test split went from 0.81% to 0.33% (recall 99.1% -> 98.6%).

A linear model trained by scikit-learn's `SGDClassifier` (modified Huber loss, the best
of the losses tried) learns from a bootstrap corpus; `bags` models from different
shuffles are averaged into one (the average of linear models is a linear model, so this
costs nothing when scoring and removes much of one run's luck). A ham message counts
`ham_weight` (6) times a spam one in that training: a false positive costs the owner
more than a missed spam, and in 5-fold cross-validation on the train split held-out
recall at 4 false positives of 2,038 ham went 96.5% (weight 1) -> 97.2% (3) -> 97.8%
(6) = 97.8% (10) -> 97.3% (15). The trained model is then calibrated (`_calibrate`) so
that its probabilities mean what they say. Corrections then go through `partial_fit`.
Scoring does not go through scikit-learn: it is a sum of the weights at the message's
buckets, about 0.07 ms.

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

BLOCK_BITS = 20
BODY = 1 << BLOCK_BITS  # body buckets are BODY + hash; header buckets are below BODY
N_FEATURES = 2 * BODY
_MASK = BODY - 1
LAYOUT = 4
"""Version of the bucket layout; a model saved under another one must be retrained."""


def hashed(features: list[str]) -> np.ndarray:
    """Unique bucket indices of a feature list. A header feature has a "name:" prefix
    (or is "html-only") and lands below BODY; a word or word pair lands above it."""
    return np.fromiter({(murmurhash3_32(f, positive=True) & _MASK) | (0 if ":" in f or f == "html-only" else BODY)
                        for f in features}, dtype=np.int64)


def _row_values(row: np.ndarray, header_weight: float = 1.0) -> np.ndarray:
    """Each bucket's value: 1/sqrt(number of present features in its block), header
    buckets times `header_weight`."""
    body = row >= BODY
    n_body = int(body.sum())
    n_head = len(row) - n_body
    return np.where(body, 1.0 / math.sqrt(n_body) if n_body else 0.0,
                    header_weight / math.sqrt(n_head) if n_head else 0.0)


def _matrix(rows: list[np.ndarray], header_weight: float = 1.0) -> csr_matrix:
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    data = np.concatenate([_row_values(np.asarray(r), header_weight) for r in rows]) if rows else np.zeros(0)
    return csr_matrix((data, indices, indptr), shape=(len(rows), N_FEATURES))


class ModelLayoutChanged(Exception):
    """The saved text model uses another feature layout; it must be trained again."""


class TextModel:
    def __init__(self, alpha: float = 1e-5, seed: int = 0, bags: int = 5, header_weight: float = 1.3,
                 ham_weight: float = 1.0, scale: float = 4.0, calibration_folds: int = 5):
        self.alpha = alpha
        self.scale = scale
        self.calibration_folds = calibration_folds
        self.calibration: tuple[float, float] | None = None
        """(a, b) of the last calibration: log-odds = a * raw margin + b."""
        self.held_out: tuple[np.ndarray, np.ndarray] | None = None
        """(probabilities, is spam) of the bootstrap corpus, each message scored by a
        calibration fold that did not see it: what a threshold means on this owner's mail."""
        self.bags = bags
        self.ham_weight = ham_weight
        self.header_weight = header_weight
        self.seed = seed
        """Which shuffles the bags use: seed * bags + b for bag b, so two seeds share no bag."""
        self.model = SGDClassifier(loss="modified_huber", alpha=alpha, random_state=seed)
        self.trained = 0
        self.spam_seen = 0
        self.ham_seen = 0

    @property
    def ready(self) -> bool:
        return self.trained > 0

    def fit(self, rows: list[np.ndarray], labels: list[bool], epochs: int = 30) -> None:
        """Train from scratch on a bootstrap corpus: `bags` models, each several shuffled
        passes, averaged into one; then calibrate it (see `_calibrate`)."""
        x = _matrix(rows, self.header_weight)
        y = np.array(labels, dtype=bool)
        self.model = self._bagged(x, y, epochs)
        self._calibrate(x, y, epochs)
        self.trained += len(rows)
        self.spam_seen += int(y.sum())
        self.ham_seen += int((~y).sum())

    def _bagged(self, x: csr_matrix, y: np.ndarray, epochs: int) -> SGDClassifier:
        weight = np.where(y, 1.0, self.ham_weight)
        coefs, intercepts = [], []
        first = None
        for bag in range(self.seed * self.bags, (self.seed + 1) * self.bags):
            model = SGDClassifier(loss="modified_huber", alpha=self.alpha, random_state=bag)
            rng = np.random.default_rng(bag)
            for _ in range(epochs):
                order = rng.permutation(len(y))
                model.partial_fit(x[order], y[order], classes=np.array([False, True]), sample_weight=weight[order])
            coefs.append(model.coef_)
            intercepts.append(model.intercept_)
            if first is None:
                first = model
        first.coef_ = np.mean(coefs, axis=0)
        first.intercept_ = np.mean(intercepts, axis=0)
        return first

    def _calibrate(self, x: csr_matrix, y: np.ndarray, epochs: int) -> None:
        """Make `scale * margin` the log-odds that a message is spam (Platt scaling).

        The raw margins of SGD have no fixed scale: weighting ham 6:1 spreads them over
        +-30 where they used to span +-3, so one fixed `scale` cannot turn them into
        probabilities, and the reputation's nudges and a correction's steps (both in
        margin units) would mean nothing. So the model is trained `calibration_folds`
        more times, each time scoring the fold it did not see; a logistic fit of those
        held-out margins against the labels gives log-odds = a * raw + b, which is
        folded into the weights. With fewer than 4 messages of a label nothing can be held
        out, and the margins are only rescaled."""
        self.held_out = None
        smaller_class = min(int(y.sum()), int((~y).sum()))
        folds = min(self.calibration_folds, smaller_class // 2)  # at least 2 of each label held out per fold
        if folds >= 2 and self._platt(x, y, epochs, folds):
            return
        # Too few to hold any out (or held-out margins that say nothing): only put the
        # margins on a usable scale, the typical training message one unit from the boundary.
        raw = np.abs(x @ self.model.coef_[0] + self.model.intercept_[0])
        spread = float(np.median(raw)) if len(raw) else 0.0
        if spread > 0:
            self.model.coef_ = self.model.coef_ / spread
            self.model.intercept_ = self.model.intercept_ / spread
        self.calibration = None

    def held_out_margins(self, rows: list[np.ndarray], labels: list[bool], epochs: int = 30, folds: int = 5,
                         fold_seed: int = 0) -> np.ndarray:
        """k-fold cross-validation with this model's settings: each message's raw margin
        from a model trained on the other folds (how `_calibrate` sees a corpus, and how
        scripts/tune_fast_path.py compares settings). `fold_seed` picks which message
        goes to which fold; `self.seed` still picks the shuffles. Leaves this model untouched."""
        return self._held_out(_matrix(rows, self.header_weight), np.array(labels, dtype=bool), epochs, folds,
                              fold_seed)

    def _held_out(self, x: csr_matrix, y: np.ndarray, epochs: int, folds: int, fold_seed: int = 0) -> np.ndarray:
        fold_of = np.random.default_rng(fold_seed).permutation(len(y)) % folds
        margins = np.zeros(len(y))
        for k in range(folds):
            seen = fold_of != k
            model = self._bagged(x[seen], y[seen], epochs)
            margins[~seen] = x[~seen] @ model.coef_[0] + model.intercept_[0]
        return margins

    def _platt(self, x: csr_matrix, y: np.ndarray, epochs: int, folds: int) -> bool:
        from sklearn.linear_model import LogisticRegression

        held_out = self._held_out(x, y, epochs, folds)
        # Platt's targets: not 1 and 0 but (n+1)/(n+2) and 1/(n+2), so that a few dozen
        # held-out margins cannot make the fit certain (each margin enters twice, as spam
        # with weight t and as ham with weight 1 - t).
        n_spam, n_ham = int(y.sum()), int((~y).sum())
        target = np.where(y, (n_spam + 1) / (n_spam + 2), 1 / (n_ham + 2))
        platt = LogisticRegression(C=1e4).fit(np.concatenate([held_out, held_out]).reshape(-1, 1),
                                              np.r_[np.ones(len(y)), np.zeros(len(y))],
                                              sample_weight=np.r_[target, 1 - target])
        a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
        if a <= 0:
            return False
        self.model.coef_ = self.model.coef_ * (a / self.scale)
        self.model.intercept_ = (self.model.intercept_ * a + b) / self.scale
        self.calibration = (a, b)
        z = np.clip(a * held_out + b, -60, 60)
        self.held_out = ((1 / (1 + np.exp(-z))).astype(np.float32), y.copy())
        return True

    def held_out_rates(self, threshold: float) -> tuple[int, int, int, int] | None:
        """(ham at or above `threshold`, ham, spam at or above it, spam) among the held-out
        scores of the last bootstrap training; None if it was too small to hold any out."""
        if self.held_out is None:
            return None
        p, is_spam = self.held_out
        above = p >= threshold
        return int((above & ~is_spam).sum()), int((~is_spam).sum()), int((above & is_spam).sum()), int(is_spam.sum())

    def learn(self, row: np.ndarray, is_spam: bool, step: float = 0.1, max_steps: int = 20,
              target: float = 0.5) -> None:
        """One correction, applied at once: SGD steps of a fixed, small size until the
        corrected message itself is on the right side by `target`, at most `max_steps`.

        Not the "optimal" schedule used for bootstrap training: early in that schedule
        (a small corpus) one example moved the weights so far that unrelated mail went
        to a margin of -25. The fixed step and the cap bound what one correction,
        careless or hostile, can do."""
        x = _matrix([row], self.header_weight)
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
        return float(weights[row] @ _row_values(row, self.header_weight) + self.model.intercept_[0])

    def save(self, path: Path) -> None:
        import joblib

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".textmodel-")
        os.close(fd)
        os.chmod(tmp, 0o600)
        joblib.dump({"model": self.model, "trained": self.trained, "spam_seen": self.spam_seen,
                     "ham_seen": self.ham_seen, "layout": LAYOUT, "header_weight": self.header_weight,
                     "scale": self.scale, "calibration": self.calibration, "held_out": self.held_out}, tmp)
        os.replace(tmp, path)  # atomic: a crash never leaves half a model

    @classmethod
    def load(cls, path: Path) -> "TextModel":
        import joblib

        state = joblib.load(path)
        if state.get("layout", 1) != LAYOUT:
            raise ModelLayoutChanged(
                f"the text model in {path} was trained by an older mailwarden (feature layout "
                f"{state.get('layout', 1)}, now {LAYOUT}): run `mailwarden train` again")
        model = cls(header_weight=state["header_weight"], scale=state["scale"])
        model.calibration = state["calibration"]
        model.held_out = state.get("held_out")
        model.model = state["model"]
        model.trained, model.spam_seen, model.ham_seen = state["trained"], state["spam_seen"], state["ham_seen"]
        return model
