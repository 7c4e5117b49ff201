"""The fast path: text classifier + reputation -> a spam probability in well under 1 ms.

It owns the statistical state (the text model file in the data directory, the
reputation table in the database), answers `assess()` for every message, and learns
from labelled mail: a bootstrap corpus (`mailwarden train`) and each correction.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from agent.buckets import hashed
from agent.fast_path_settings import FastPathSettings
from agent.features import features
from agent.message import ParsedMessage
from agent.reputation import ReputationBook, Standing, keys_of
from agent.scores import sigmoid
from agent.text_model import ModelLayoutChanged, TextModel
from storage import Database
from storage import feedback as recorded

MODEL_FILE = "text_model.joblib"

log = logging.getLogger(__name__)


def new_text_model(settings: FastPathSettings) -> TextModel:
    """An untrained text model with the settings' hyperparameters."""
    return TextModel(alpha=settings.alpha, seed=settings.seed, bags=settings.bags, header_weight=settings.header_weight,
                     ham_weight=settings.ham_weight, scale=settings.scale, calibration_folds=settings.calibration_folds,
                     neighbours=settings.neighbours, rare_limit=settings.rare_limit,
                     unknown_share=settings.unknown_share, unfamiliar_share=settings.unfamiliar_share)


class FastPathUntrained(Exception):
    """No text model yet: train one with `mailwarden train --spam DIR --ham DIR`."""


@dataclass
class Assessment:
    probability: float
    margin: float
    reputation_adjustment: float
    standings: list[Standing]
    balance_shift: float = 0.0
    nearest_spam: float = 0.0
    """How like (0-1, by rare features) the closest spam and ham the owner labelled it is."""
    nearest_ham: float = 0.0
    body_known: float = 1.0
    """Share of its words the text model has a weight for (`TextModel.known_share`)."""
    familiar: bool = True
    """Enough of its words are known for the fast path's probability to be trusted
    (`TextModel.is_familiar`)."""
    from_starter: bool = False
    """Scored by the starter model (`FastPath.on_starter`), which knows public mail, not
    this mailbox's: on TREC 2007, a site it never saw, it called 3% of the wanted mail
    spam at the quarantine tier."""

    @property
    def trusted(self) -> bool:
        """May the fast path's probability be acted on alone? Not for mail new to it, nor
        for what the starter model calls spam: those go to the model whatever they
        scored, or with no model are flagged, never moved (`CascadeSettings`)."""
        return self.familiar and not (self.from_starter and self.probability >= 0.5)

    def summary(self) -> str:
        """Why, in words a person reads: what its words are like, the labelled mail it is
        much like, and what its sender, server, links or layout did before."""
        notable = [said(s) for s in self.standings if s.state != "unknown"][:3]
        rep = f"; {'; '.join(notable)}" if notable else ""
        like = ""
        if max(self.nearest_spam, self.nearest_ham) >= NOTABLY_LIKE:
            label, similarity = ("spam", self.nearest_spam) if self.nearest_spam > self.nearest_ham \
                else ("wanted", self.nearest_ham)
            like = f"; much like mail labelled as {label} ({similarity:.0%} alike)"
        words = "spam" if self.margin > 0 else "wanted mail"
        return f"its words read like {words} (text score {self.margin:+.2f}){like}{rep}"


_STANDING_SUBJECTS = {
    "sender": "{key}",
    "ip": "the server {key} it came from",
    "link_domain": "links to {key}",
    "profile": "mail laid out like this one",
}


def said(standing: Standing) -> str:
    """A reputation standing in words: "links to paypa1-login.top were in 12 spam and 0
    wanted mails before", not "link_domain paypa1-login.top blocked"."""
    subject = _STANDING_SUBJECTS.get(standing.kind, standing.kind + " {key}").format(key=standing.key[:60])
    counted = f"{standing.spam:.0f} spam and {standing.ham:.0f} wanted mail{'s' if round(standing.ham) != 1 else ''}"
    if standing.kind == "sender":
        return f"{subject} sent {counted} before ({standing.state})"
    return f"{subject}: {counted} before ({standing.state})"


NOTABLY_LIKE = 0.3
"""From this similarity on, a verdict's reason names the labelled mail it resembles. With
the SpamAssassin train half remembered, 14% of the test half was that close to a labelled
message, and for 99.8% of those the label named was the message's own (the median
similarity is 0.2 for spam and 0.14 for ham)."""


@dataclass
class StoredFeatures:
    """What the fast path needs to learn from a message later, kept instead of the mail:
    bucket numbers of its hashed features (not readable text) and its reputation keys."""

    buckets: np.ndarray
    """The bucket numbers, sorted (int64)."""
    reputation_keys: list[tuple[str, str]]

    @classmethod
    def of(cls, feature_hashes: list[int], reputation_keys: list[tuple[str, str]]) -> "StoredFeatures":
        """From what was stored: the sorted hashes as a list of ints."""
        return cls(np.asarray(feature_hashes, dtype=np.int64), reputation_keys)

    @cached_property
    def feature_hashes(self) -> list[int]:
        """The buckets as plain ints, for storing as JSON: made when asked (60 us a
        message, 4% of read + parse + judge). The service asks, to record what it judged;
        scoring alone (`classify`, `eval`, the benchmarks) does not."""
        return self.buckets.tolist()

    def array(self) -> np.ndarray:
        return self.buckets

    def has(self, bucket: int) -> bool:
        """Is this bucket among the message's features? (The hashes are sorted.)"""
        return has_bucket(self.array(), bucket)


def has_bucket(sorted_buckets, bucket: int) -> bool:
    i = int(np.searchsorted(sorted_buckets, bucket))
    return i < len(sorted_buckets) and int(sorted_buckets[i]) == bucket


def stored_features(message: ParsedMessage) -> StoredFeatures:
    """The message's hashed features and reputation keys, computed once per message."""
    return message.derived(_compute_stored_features)


def _compute_stored_features(message: ParsedMessage) -> StoredFeatures:
    buckets = np.sort(hashed(features(message)))
    return StoredFeatures(buckets, [(k, v) for k, v in keys_of(message)])


class FastPath:
    def __init__(self, state_dir: Path, db: Database | None, settings: FastPathSettings | None = None,
                 fallback_dir: Path | None = None, starter_dir: Path | None = None):
        """`fallback_dir`: where to read a model from while `state_dir` has none yet
        (an account's own model falls back to the shared one); `starter_dir`: where to
        read one from when neither has (the starter model shipped with mailwarden).
        Saving always goes to `state_dir`: a correction learned on the starter makes it
        the owner's."""
        self.settings = settings or FastPathSettings()
        self.db = db
        self.path = Path(state_dir) / MODEL_FILE
        candidates = [self.path, *(Path(d) / MODEL_FILE for d in (fallback_dir, starter_dir) if d is not None)]
        source = next((c for c in candidates if c.exists()), self.path)
        self.text = new_text_model(self.settings)
        self._loaded: tuple[int, int, int] | None = None
        """Which save of `path` this process holds (see `reload_if_changed`)."""
        if source.exists():
            try:
                if source == self.path:
                    self._loaded = _file_version(self.path)
                self.text = TextModel.load(source)
            except ModelLayoutChanged as err:
                log.warning("%s; until then the fast path is untrained", err)
                # Not rebuilt from corrections alone meanwhile: `train` makes the new model.
                self.text.applied_feedback_id = self._last_feedback_id()
        self.reputation = ReputationBook(db, self.settings.reputation)
        self._lock = threading.Lock()
        self.arriving_spam_share: float | None = None  # running mean of the probabilities judged

    @property
    def trained_spam_share(self) -> float:
        total = self.text.spam_seen + self.text.ham_seen
        return self.text.spam_seen / total if total else 0.5

    def balance_shift(self) -> float:
        """How far the margin moves because the spam share arriving differs from the
        share trained on: logit(arriving) - logit(trained), in margin units, bounded.
        A model trained on 30% spam that now sees 80% should call borderline mail
        spam more readily, and the other way round (Saerens et al.'s prior correction)."""
        if not self.settings.adapt_to_balance or self.arriving_spam_share is None:
            return 0.0
        def logit(p: float) -> float:
            p = min(max(p, 0.01), 0.99)
            return math.log(p / (1 - p))
        shift = (logit(self.arriving_spam_share) - logit(self.trained_spam_share)) / self.text.scale
        return max(-self.settings.max_balance_shift, min(self.settings.max_balance_shift, shift))

    def note_judged(self, probability: float) -> None:
        """Fold one judged message into the arriving spam share (an exponential mean)."""
        with self._lock:
            if self.arriving_spam_share is None:
                self.arriving_spam_share = self.trained_spam_share
            rate = 1.0 / self.settings.balance_memory
            self.arriving_spam_share += rate * (probability - self.arriving_spam_share)

    @property
    def on_starter(self) -> bool:
        """Judging with the shipped starter model (or it plus corrections): the owner has
        not trained one on their own mail."""
        return self.text.starter

    @property
    def ready(self) -> bool:
        return self.text.ready

    def assess(self, message: ParsedMessage) -> Assessment:
        if not self.ready:
            raise FastPathUntrained("the fast path has no text model yet: run `mailwarden train --spam DIR --ham DIR`")
        row = stored_features(message).array()
        score = self.text.score(row)
        standings = self.reputation.standings(message)
        adjustment = self.reputation.adjustment(standings)
        shift = self.balance_shift()
        z = self.text.scale * (score.margin + adjustment + shift)
        probability = sigmoid(z)
        known = self.text.known_share(row)
        return Assessment(probability, score.margin, adjustment, standings, shift, score.nearest_spam, score.nearest_ham,
                          known, self.text.is_familiar(known), self.on_starter)

    def train(self, messages: list[ParsedMessage], labels: list[str]) -> None:
        """Bootstrap from a labelled corpus: the text model from scratch, reputation added to.
        The new model starts from what it was shown: corrections recorded before it are
        not replayed into it (it is marked as holding them)."""
        self.train_stored([stored_features(m) for m in messages], labels)

    def train_stored(self, stored: list[StoredFeatures], labels: list[str], mark: list[bool] | None = None) -> None:
        """`train` from what was kept of each message (its buckets and reputation keys:
        `mailwarden train --account` keeps those, not the mail). `mark`: which messages'
        reputation marks to make (a message marked by an earlier, interrupted training
        is not counted twice); all when None."""
        rows = [s.array() for s in stored]
        with self._lock:
            # Read before the fit: a correction recorded meanwhile is learned into it later.
            holds = self._last_feedback_id()
            self.text = new_text_model(self.settings)
            self.text.fit(rows, [label == "spam" for label in labels], epochs=self.settings.epochs)
            self.text.applied_feedback_id = holds
            for i, (features_of, label) in enumerate(zip(stored, labels)):
                if mark is None or mark[i]:
                    self.reputation.observe_keys(features_of.reputation_keys, label, count_seen=True)
            self.save()

    # ------------------------------------------------------------ corrections

    @property
    def applied_through(self) -> int:
        """The id of the newest recorded correction this model holds."""
        if self.text.applied_feedback_id is None:
            # A file saved before models kept this: the corrections of those days were
            # learned as they came, so it holds every one recorded up to the upgrade.
            self.text.applied_feedback_id = self._applied_before_upgrade()
        return self.text.applied_feedback_id

    def learn_correction(self, feedback_id: int, stored: StoredFeatures | None, label: str) -> None:
        """The text model learns one recorded correction (its reputation marks were made
        when it was recorded, `agent.reputation.mark_correction`). Saved by `save_model`."""
        with self._lock:
            if stored is not None and len(stored.buckets):
                self.text.learn(stored.array(), label == "spam")
            self.text.applied_feedback_id = max(self.applied_through, feedback_id)

    def pass_correction(self, feedback_id: int) -> None:
        """A correction for another model (another account's): this one is past it too."""
        with self._lock:
            self.text.applied_feedback_id = max(self.applied_through, feedback_id)

    def save_model(self) -> None:
        """Write the text model (and the corrections it holds) to its file, atomically."""
        with self._lock:
            self.text.save(self.path)
            self._loaded = _file_version(self.path)

    def reload_if_changed(self) -> bool:
        """Read the model file again if another process (the owner of the learned
        state) saved it since this one read it; True when it did. The file is replaced
        whole by its writer, so what is read is one save, never half of two."""
        try:
            version = _file_version(self.path)
        except FileNotFoundError:
            return False
        if version == self._loaded:
            return False
        try:
            text = TextModel.load(self.path)
        except ModelLayoutChanged as err:
            log.warning("%s; judging with the model read before", err)
            self._loaded = version
            return False
        with self._lock:
            self.text, self._loaded = text, version
        return True

    def _last_feedback_id(self) -> int:
        if self.db is None:
            return 0
        with self.db.reader() as s:
            return recorded.last_id(s)

    def _applied_before_upgrade(self) -> int:
        if self.db is None:
            return 0
        with self.db.reader() as s:
            return recorded.applied_before_upgrade(s)

    def learn(self, message: ParsedMessage, label: str, persist: bool = True) -> None:
        """Learn one labelled message in this process, both parts at once: for simulations
        and tests. The owner's corrections go through the database instead
        (`pipeline.corrections`), so that every process hears them."""
        self.learn_stored(stored_features(message), label, persist)

    def learn_stored(self, stored: StoredFeatures, label: str, persist: bool = True,
                     replaces: str | None = None) -> None:
        """A correction for a message known only by what was stored when it was judged
        (the raw mail is not kept): its feature hashes and reputation keys. `persist`:
        write the model file now (a simulation of thousands of corrections may not).
        `replaces`: the label the owner gave this message before, now reversed; its
        reputation marks are taken back (the neighbour memory relabels on its own)."""
        with self._lock:
            self.text.learn(stored.array(), label == "spam")
            if replaces is not None and replaces != label:
                self.reputation.observe_keys(stored.reputation_keys, replaces, weight=-1.0)
            self.reputation.observe_keys(stored.reputation_keys, label)
            if persist:
                self.save()

    def save(self) -> None:
        self.text.save(self.path)
        self._loaded = _file_version(self.path)
        self.reputation.flush()


def _file_version(path: Path) -> tuple[int, int, int]:
    """Which save of a file this is: a new save is a new inode (written beside, renamed)."""
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, st.st_size
