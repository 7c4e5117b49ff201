"""The statistical text classifier of the fast path: hashed features, online linear model.

Each message is a vector of hashed buckets in two blocks, headers and body, each
normalised on its own (`agent.buckets`): with one normalisation over both, a
newsletter's many words outvoted its telling headers. When that was introduced (settings chosen by 5-fold CV on the train split), FPR at
p >= 0.5 on the SpamAssassin test split went from 0.81% to 0.33% (recall 99.1% -> 98.6%).

A linear model trained by scikit-learn's `SGDClassifier` (modified Huber loss, the best
of the losses tried) learns from a bootstrap corpus; `bags` models from different
shuffles are averaged into one (the average of linear models is a linear model, so this
costs nothing when scoring and removes much of one run's luck). 20 bags, not 5: in
cross-validation on the train half the mean is the same (98.91% against 98.86% held-out
recall at 3/4/6/8 false positives), but one training lands closer to the average of all
of them. On the test half, at the quarantine tier, 12 shuffles gave 2-4 false positives
of 2,112 ham (mean 2.58) with 5 bags and 2-3 (mean 2.17) with 20, at 97.4-97.9% recall.
Training takes four times as long (16 s on the 2,988-message train half, 26 s before the
bags were trained on the buckets the corpus has only, see `_bagged`). A ham message counts
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

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import SGDClassifier

from agent.buckets import BODY, LAYOUT, N_FEATURES, known_values, row_values
from agent.neighbours import NeighbourMemory
from agent.scores import sigmoids
from storage.files import write_atomically

def _matrix(rows: list[np.ndarray], header_weight: float = 1.0) -> csr_matrix:
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    data = np.concatenate([row_values(np.asarray(r), header_weight) for r in rows]) if rows else np.zeros(0)
    return csr_matrix((data, indices, indptr), shape=(len(rows), N_FEATURES))


FALLBACK_NEIGHBOUR_WEIGHT = 1.0
"""Margin per unit of neighbour evidence when there is no calibration to fit it (a model
trained on a handful of messages, or by corrections alone): an exact copy of a labelled
message moves the margin by about 1, which is 4 in log-odds. Also the least a fit may
give it: a fit on a small corpus says little about the memory it becomes with every
correction. On the first 100 messages of four shuffled streams of the SpamAssassin
corpus the fitted weight came out 0.0-3.2 (0.4 where 5 bags had given 1.7); on the train
half it is 5.1. With this floor, scripts/learning_curve.py's errors with learning on,
over those four streams (seeds 7, 1, 2, 3), went 2.29/2.22/2.17/2.32% -> 1.97/2.22/
1.90/2.00%; a corpus the size of the train half never reaches it."""


REHEARSED = 200
"""How many of the newest corrections `TextModel.learn` keeps and checks again."""
REHEARSAL_PASSES = 3
"""Passes over them per correction at most: one step on a remembered correction can push
another back, so a pass that stepped any is followed by another."""


def _known_share(weights: np.ndarray, row: np.ndarray) -> float:
    """Share of a message's words and word pairs that have a weight (1 with no words:
    a message without text is judged by its headers, which every message has)."""
    body = row[row >= BODY]
    return float((weights[body] != 0).sum()) / len(body) if len(body) else 1.0


def _rows_of(x: csr_matrix) -> list[np.ndarray]:
    return [x.indices[x.indptr[i]:x.indptr[i + 1]] for i in range(x.shape[0])]


def _platt_fit(margins: np.ndarray, evidence: np.ndarray | None, y: np.ndarray,
               least_c: float = 0.0) -> tuple[float, float, float]:
    """(a, c, b) of log-odds = a * margin + c * evidence + b, fitted to held-out values
    (c is 0 without evidence; with it, never below 0, since closer to spam never means
    less spam, and then raised to `least_c` if the fit gave less).

    Platt's targets: not 1 and 0 but (n+1)/(n+2) and 1/(n+2), so that a few dozen
    held-out margins cannot make the fit certain (each message enters twice, as spam with
    weight t and as ham with weight 1 - t)."""
    from sklearn.linear_model import LogisticRegression

    n_spam, n_ham = int(y.sum()), int((~y).sum())
    target = np.where(y, (n_spam + 1) / (n_spam + 2), 1 / (n_ham + 2))
    inputs = margins.reshape(-1, 1) if evidence is None else np.c_[margins, evidence]
    def fit(columns: np.ndarray) -> LogisticRegression:
        return LogisticRegression(C=1e4).fit(np.concatenate([columns, columns]), np.r_[np.ones(len(y)), np.zeros(len(y))],
                                             sample_weight=np.r_[target, 1 - target])
    platt = fit(inputs)
    if evidence is not None and platt.coef_[0][1] < 0:
        platt = fit(inputs[:, :1])
    coef = platt.coef_[0]
    c = max(float(coef[1]) if len(coef) > 1 else 0.0, least_c) if evidence is not None else 0.0
    return float(coef[0]), c, float(platt.intercept_[0])


@dataclass
class Score:
    linear: float
    """The linear model's margin."""
    nearest_spam: float
    """Similarity (0-1) to the closest labelled spam by rare features, and to the closest ham."""
    nearest_ham: float
    neighbour_part: float
    """What the neighbours add to the margin."""

    @property
    def margin(self) -> float:
        return self.linear + self.neighbour_part


class ModelLayoutChanged(Exception):
    """The saved text model uses another feature layout; it must be trained again."""


class TextModel:
    def __init__(self, alpha: float = 1e-5, seed: int = 0, bags: int = 20, header_weight: float = 1.3,
                 ham_weight: float = 1.0, scale: float = 4.0, calibration_folds: int = 5,
                 neighbours: bool = True, rare_limit: int = 50, unknown_share: float = 0.0,
                 unfamiliar_share: float = 0.1):
        self.alpha = alpha
        self.unfamiliar_share = unfamiliar_share
        self.familiarity_floor: float | None = None
        """Below this share of known words a message is new to the model: the share that
        `unfamiliar_share` of the bootstrap corpus stayed under when held out (each
        message against a model that had not seen it). None: not measured (a model
        trained by corrections alone, or saved before this existed)."""
        self.starter = False
        """The starter model shipped with mailwarden (`scripts/build_starter_model.py`), or
        one made from it by corrections: it knows public mail, not its owner's."""
        self.recent: list[tuple[np.ndarray, bool]] = []
        """The newest corrections (buckets, is spam), kept on their side (`learn`)."""
        self.unknown_share = unknown_share
        """How much a feature the model has no weight for counts when a message is
        normalised (`agent.buckets.known_values`): 1 as in training, less to read novel
        mail by what the model knows of it."""
        self.scale = scale
        self.calibration_folds = calibration_folds
        self.calibration: tuple[float, float] | None = None
        """(a, b) of the last calibration: log-odds = a * raw margin + b (+ the neighbours' part)."""
        self.use_neighbours = neighbours
        self.rare_limit = rare_limit
        self.neighbours: NeighbourMemory | None = None
        """The labelled messages by their rare features (`agent.neighbours`); None when off."""
        self.neighbour_weight = 0.0
        """Margin per unit of neighbour evidence, fitted with the calibration."""
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
        self.applied_feedback_id: int | None = 0
        """The owner's corrections (`Feedback` rows) up to this id are in this model. Saved
        with it, so a model file and the corrections it holds never disagree (a crash
        between learning and saving repeats the learning, never skips or doubles it).
        None for a file saved before this was kept: its corrections were applied as they
        came, so everything recorded by the time it is first used counts as in it."""

    @property
    def ready(self) -> bool:
        return self.trained > 0

    def fit(self, rows: list[np.ndarray], labels: list[bool], epochs: int = 30) -> None:
        """Train from scratch on a bootstrap corpus: `bags` models, each several shuffled
        passes, averaged into one; remember the corpus as neighbours; then calibrate both
        together (see `_calibrate`)."""
        x = _matrix(rows, self.header_weight)
        y = np.array(labels, dtype=bool)
        self.model = self._bagged(x, y, epochs)
        self.neighbours = self._remember(rows, y)
        self._calibrate(x, y, epochs)
        self.trained += len(rows)
        self.spam_seen += int(y.sum())
        self.ham_seen += int((~y).sum())

    def _bagged(self, x: csr_matrix, y: np.ndarray, epochs: int) -> SGDClassifier:
        """`bags` models on different shuffles, averaged (summed as they come).

        They are trained on the buckets the corpus has, not all 2**21: the weight of a
        bucket no message has stays 0 either way, and the others come out the same to
        the bit (the columns keep their order), but each `partial_fit` no longer carries
        a 16 MB vector. A bag on 40 messages (15,000 buckets) took 0.15 s and takes 0.02;
        on the 2,988 of the train half (350,000 buckets), 0.36 s and 0.19."""
        used, columns = np.unique(x.indices, return_inverse=True)
        compact = csr_matrix((x.data, columns.reshape(-1), x.indptr), shape=(x.shape[0], len(used)))
        weight = np.where(y, 1.0, self.ham_weight)
        first, total_coef, total_intercept = None, np.zeros(len(used)), 0.0
        for bag in range(self.seed * self.bags, (self.seed + 1) * self.bags):
            model = self._one_bag(compact, y, weight, bag, epochs)
            first = model if first is None else first
            total_coef += model.coef_[0]
            total_intercept += model.intercept_[0]
        first.coef_ = np.zeros((1, x.shape[1]))
        first.coef_[0, used] = total_coef / self.bags
        first.intercept_ = np.array([total_intercept / self.bags])
        first.n_features_in_ = x.shape[1]  # corrections come in all buckets
        return first

    def _one_bag(self, x: csr_matrix, y: np.ndarray, weight: np.ndarray, bag: int, epochs: int) -> SGDClassifier:
        model = SGDClassifier(loss="modified_huber", alpha=self.alpha, random_state=bag)
        rng = np.random.default_rng(bag)
        for _ in range(epochs):
            order = rng.permutation(len(y))
            model.partial_fit(x[order], y[order], classes=np.array([False, True]), sample_weight=weight[order])
        return model

    def _remember(self, rows: list[np.ndarray], y: np.ndarray) -> NeighbourMemory | None:
        if not self.use_neighbours:
            return None
        memory = NeighbourMemory(self.rare_limit, self.header_weight)
        memory.build(rows, list(y))
        return memory

    def _calibrate(self, x: csr_matrix, y: np.ndarray, epochs: int) -> None:
        """Make `scale * margin` the log-odds that a message is spam (Platt scaling), and
        fit how much the neighbours' evidence counts.

        The raw margins of SGD have no fixed scale: weighting ham 6:1 spreads them over
        +-30 where they used to span +-3, so one fixed `scale` cannot turn them into
        probabilities, and the reputation's nudges and a correction's steps (both in
        margin units) would mean nothing. So the model is trained `calibration_folds`
        more times, each time scoring the fold it did not see; a logistic fit of those
        held-out margins against the labels gives log-odds = a * raw + b, which is
        folded into the weights. The neighbours' evidence for each held-out message (from
        the folds that saw it not) is a second input of that fit, so its weight is learnt,
        not set. With fewer than 4 messages of a label nothing can be held out: the
        margins are only rescaled, and the evidence gets `FALLBACK_NEIGHBOUR_WEIGHT`."""
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
        self.neighbour_weight = FALLBACK_NEIGHBOUR_WEIGHT if self.neighbours is not None else 0.0

    def held_out_margins(self, rows: list[np.ndarray], labels: list[bool], epochs: int = 30, folds: int = 5,
                         fold_seed: int = 0) -> np.ndarray:
        """k-fold cross-validation with this model's settings: each message's raw score
        from a model trained on the other folds (how `_calibrate` sees a corpus, and how
        scripts/tune_fast_path.py compares settings). With neighbours on, the score is the
        margin plus the evidence at the weight a calibration fit on these held-out values
        gives it. `fold_seed` picks which message goes to which fold; `self.seed` still
        picks the shuffles. Leaves this model untouched."""
        y = np.array(labels, dtype=bool)
        margins, evidence, _ = self._held_out(_matrix(rows, self.header_weight), y, epochs, folds, fold_seed)
        if evidence is None:
            return margins
        a, c, _ = self._fit_calibration(margins, evidence, y)
        return margins + (c / a if a > 0 else 0.0) * evidence

    def _held_out(self, x: csr_matrix, y: np.ndarray, epochs: int, folds: int,
                  fold_seed: int = 0) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
        """Held-out raw margins, held-out neighbour evidence (None when off), and the
        held-out share of each message's words that the other folds knew."""
        fold_of = np.random.default_rng(fold_seed).permutation(len(y)) % folds
        margins = np.zeros(len(y))
        familiarity = np.zeros(len(y))
        evidence = np.zeros(len(y)) if self.use_neighbours else None
        rows = _rows_of(x)
        for k in range(folds):
            seen = fold_of != k
            model = self._bagged(x[seen], y[seen], epochs)
            weights, intercept = model.coef_[0], model.intercept_[0]
            margins[~seen] = [self._linear(weights, intercept, rows[i]) for i in np.flatnonzero(~seen)]
            familiarity[~seen] = [_known_share(weights, rows[i]) for i in np.flatnonzero(~seen)]
            if evidence is not None:
                memory = self._remember([rows[i] for i in np.flatnonzero(seen)], y[seen])
                evidence[~seen] = [memory.evidence(rows[i]) for i in np.flatnonzero(~seen)]
        return margins, evidence, familiarity

    def _fit_calibration(self, margins: np.ndarray, evidence: np.ndarray | None, y: np.ndarray) -> tuple[float, float, float]:
        """The calibration and the tuning script fit alike: the neighbours' weight never
        below `FALLBACK_NEIGHBOUR_WEIGHT`."""
        return _platt_fit(margins, evidence, y, least_c=FALLBACK_NEIGHBOUR_WEIGHT * self.scale)

    def _platt(self, x: csr_matrix, y: np.ndarray, epochs: int, folds: int) -> bool:
        held_out, evidence, familiarity = self._held_out(x, y, epochs, folds)
        self.familiarity_floor = float(np.quantile(familiarity, self.unfamiliar_share))
        a, c, b = self._fit_calibration(held_out, evidence, y)
        if a <= 0:
            return False
        self.model.coef_ = self.model.coef_ * (a / self.scale)
        self.model.intercept_ = (self.model.intercept_ * a + b) / self.scale
        self.calibration = (a, b)
        self.neighbour_weight = c / self.scale
        z = a * held_out + b + (c * evidence if evidence is not None else 0.0)
        self.held_out = (sigmoids(z).astype(np.float32), y.copy())
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
        corrected message itself is on the right side by `target`, at most `max_steps`;
        then the recent corrections it pushed back over the line are stepped again
        (`_rehearse`).

        Not the "optimal" schedule used for bootstrap training: early in that schedule
        (a small corpus) one example moved the weights so far that unrelated mail went
        to a margin of -25. The fixed step and the cap bound what one correction,
        careless or hostile, can do."""
        if self.use_neighbours and self.neighbours is None:
            self.neighbours = NeighbourMemory(self.rare_limit, self.header_weight)
            self.neighbour_weight = FALLBACK_NEIGHBOUR_WEIGHT
        schedule = (self.model.learning_rate, self.model.eta0)
        self.model.set_params(learning_rate="constant", eta0=step)
        try:
            self._step_until(row, is_spam, max_steps, target)
            self._keep_recent(row, is_spam)
            self._rehearse(max_steps, target)
        finally:
            self.model.set_params(learning_rate=schedule[0], eta0=schedule[1])
        if self.neighbours is not None:  # after the steps: they teach the words, this the message
            self.neighbours.add(row, is_spam)
        self.trained += 1
        self.spam_seen += int(is_spam)
        self.ham_seen += int(not is_spam)

    def _step_until(self, row: np.ndarray, is_spam: bool, max_steps: int, target: float) -> int:
        """SGD steps on one message until it is on its side by `target`; how many."""
        x = _matrix([row], self.header_weight)
        y = np.array([is_spam])
        for steps in range(max_steps):
            if self._corrected(row, is_spam, target):
                return steps
            self.model.partial_fit(x, y, classes=np.array([False, True]))
        return max_steps

    def _corrected(self, row: np.ndarray, is_spam: bool, target: float) -> bool:
        # Checked as in training, every feature counting in the normalisation: read by
        # its known words alone (`unknown_share` 0), the third of twenty like messages
        # was "right" already by what the first two taught, and its own words were
        # never learned.
        sign = 1.0 if is_spam else -1.0
        return self.ready and sign * self._linear(self.model.coef_[0], self.model.intercept_[0], row,
                                                  unknown_share=1.0) >= target

    def _keep_recent(self, row: np.ndarray, is_spam: bool) -> None:
        """Keep the newest `REHEARSED` corrections; a message corrected again keeps only
        its newest label (the owner changed their mind)."""
        key = row.tobytes()
        self.recent = [(r, s) for r, s in self.recent if r.tobytes() != key][-(REHEARSED - 1):]
        self.recent.append((row.copy(), is_spam))

    def _rehearse(self, max_steps: int, target: float) -> None:
        """Step again the recent corrections that are no longer on their side, a few
        passes at most. Twenty corrections of like messages to spam and then twenty to
        ham: the words they share move to ham, and a message that had been right by
        those words alone, whose own words were never learned, went back to spam. A
        remembered one counts as right from half the target on, so that the ones still
        right are left alone. scripts/learning_curve.py on the SpamAssassin corpus (seed
        7): errors with learning on 1.95% -> 1.73%, last 30% F1 0.970 -> 0.977; with a
        fifth of the corrections wrong, errors 3.73% -> 4.64% (the wrong ones are kept
        too) but last 30% F1 0.930 -> 0.945."""
        for _ in range(REHEARSAL_PASSES):
            if not sum(self._step_until(r, s, max_steps, target / 2) for r, s in self.recent[:-1]):
                return

    def margin(self, row: np.ndarray) -> float:
        """Signed distance from the decision boundary (> 0 leans spam): the linear model's
        and the neighbours' evidence. 0 when untrained."""
        return self.score(row).margin

    def score(self, row: np.ndarray) -> Score:
        """The margin and what it is made of."""
        linear = self.linear_margin(row)
        if not (self.ready and self.neighbours is not None and self.neighbour_weight):
            return Score(linear, 0.0, 0.0, 0.0)
        spam, ham = self.neighbours.nearest(row)
        return Score(linear, spam, ham, self.neighbour_weight * (spam - ham))

    def linear_margin(self, row: np.ndarray) -> float:
        """The linear model's part of the margin alone."""
        if not self.ready or len(row) == 0:
            return 0.0
        return self._linear(self.model.coef_[0], self.model.intercept_[0], row)

    def _linear(self, weights: np.ndarray, intercept: float, row: np.ndarray,
                unknown_share: float | None = None) -> float:
        """The linear margin under `unknown_share` (this model's unless given)."""
        share = self.unknown_share if unknown_share is None else unknown_share
        w = weights[row]
        values = row_values(row, self.header_weight) if share == 1.0 else \
            known_values(row, w != 0, self.header_weight, share)
        return float(w @ values + intercept)

    def known_share(self, row: np.ndarray) -> float:
        """The share of a message's words (and word pairs) the model has a weight for: how
        much of it looks like anything it was taught (headers are left out: every
        message has a From and a Date the model knows). 0 when untrained."""
        return _known_share(self.model.coef_[0], row) if self.ready else 0.0

    def is_familiar(self, known_share: float) -> bool:
        """Is a message with this `known_share` one the model can be trusted on?"""
        return self.familiarity_floor is None or known_share >= self.familiarity_floor

    def save(self, path: Path, compress: int = 0) -> None:
        """`compress`: joblib's zlib level (0: none). The weights are mostly zeros, so a
        shipped model is a fraction of its size compressed; one the service rewrites
        after every correction is not, to keep saving quick."""
        import joblib

        state = {"model": self.model, "trained": self.trained, "spam_seen": self.spam_seen,
                 "ham_seen": self.ham_seen, "layout": LAYOUT, "header_weight": self.header_weight,
                 "scale": self.scale, "calibration": self.calibration, "held_out": self.held_out,
                 "neighbours": self.neighbours, "neighbour_weight": self.neighbour_weight,
                 "use_neighbours": self.use_neighbours, "rare_limit": self.rare_limit,
                 "applied_feedback_id": self.applied_feedback_id, "unknown_share": self.unknown_share,
                 "recent": self.recent, "starter": self.starter,
                 "familiarity_floor": self.familiarity_floor, "unfamiliar_share": self.unfamiliar_share}
        # Whole or not at all: a crash never leaves half a model, a full disk no temp file.
        write_atomically(Path(path), lambda tmp: joblib.dump(state, tmp, compress=compress))

    @classmethod
    def load(cls, path: Path) -> "TextModel":
        import joblib

        state = joblib.load(path)
        if state.get("layout", 1) != LAYOUT:
            raise ModelLayoutChanged(
                f"the text model in {path} was trained by an older mailwarden (feature layout "
                f"{state.get('layout', 1)}, now {LAYOUT}): run `mailwarden train` again")
        model = cls(header_weight=state["header_weight"], scale=state["scale"],
                    neighbours=state.get("use_neighbours", False), rare_limit=state.get("rare_limit", 50),
                    unknown_share=state.get("unknown_share", 1.0))  # calibrated as it was
        # A model saved before neighbours existed has none, and scores as it did.
        model.neighbours, model.neighbour_weight = state.get("neighbours"), state.get("neighbour_weight", 0.0)
        model.calibration = state["calibration"]
        model.held_out = state.get("held_out")
        model.model = state["model"]
        model.trained, model.spam_seen, model.ham_seen = state["trained"], state["spam_seen"], state["ham_seen"]
        model.applied_feedback_id = state.get("applied_feedback_id")
        model.familiarity_floor = state.get("familiarity_floor")
        model.recent = state.get("recent", [])
        model.starter = state.get("starter", False)
        model.unfamiliar_share = state.get("unfamiliar_share", model.unfamiliar_share)
        return model
