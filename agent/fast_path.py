"""The fast path: text classifier + reputation -> a spam probability in well under 1 ms.

It owns the statistical state (the text model file in the data directory, the
reputation table in the database), answers `assess()` for every message, and learns
from labelled mail: a bootstrap corpus (`mailwarden train`) and each correction.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from agent.features import features
from agent.message import ParsedMessage
from agent.reputation import ReputationBook, ReputationSettings, Standing
from agent.text_model import TextModel, hashed
from storage import Database

MODEL_FILE = "text_model.joblib"


class FastPathSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scale: float = Field(default=4.0, gt=0, description="margin -> probability: p = sigmoid(scale * margin)")
    alpha: float = Field(default=1e-5, gt=0, description="L2 regularisation of the text model")
    epochs: int = Field(default=30, ge=1, le=500, description="passes over a bootstrap corpus")
    reputation: ReputationSettings = Field(default_factory=ReputationSettings)


class FastPathUntrained(Exception):
    """No text model yet: train one with `mailwarden train --spam DIR --ham DIR`."""


@dataclass
class Assessment:
    probability: float
    margin: float
    reputation_adjustment: float
    standings: list[Standing]

    def summary(self) -> str:
        notable = [f"{s.kind} {s.key} {s.state}" for s in self.standings if s.state != "unknown"][:3]
        rep = f"; reputation: {', '.join(notable)}" if notable else ""
        return f"text score {self.margin:+.2f}{rep}"


class FastPath:
    def __init__(self, state_dir: Path, db: Database | None, settings: FastPathSettings | None = None):
        self.settings = settings or FastPathSettings()
        self.path = Path(state_dir) / MODEL_FILE
        self.text = TextModel.load(self.path) if self.path.exists() else TextModel(alpha=self.settings.alpha)
        self.reputation = ReputationBook(db, self.settings.reputation)
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self.text.ready

    def assess(self, message: ParsedMessage) -> Assessment:
        if not self.ready:
            raise FastPathUntrained("the fast path has no text model yet: run `mailwarden train --spam DIR --ham DIR`")
        margin = self.text.margin(hashed(features(message)))
        standings = self.reputation.standings(message)
        adjustment = self.reputation.adjustment(standings)
        z = self.settings.scale * (margin + adjustment)
        probability = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
        return Assessment(probability, margin, adjustment, standings)

    def train(self, messages: list[ParsedMessage], labels: list[str]) -> None:
        """Bootstrap from a labelled corpus: the text model from scratch, reputation added to."""
        rows = [hashed(features(m)) for m in messages]
        with self._lock:
            self.text = TextModel(alpha=self.settings.alpha)
            self.text.fit(rows, [label == "spam" for label in labels], epochs=self.settings.epochs)
            for message, label in zip(messages, labels):
                self.reputation.observe(message, label)
            self.save()

    def learn(self, message: ParsedMessage, label: str) -> None:
        """One correction from the owner: both parts update at once."""
        with self._lock:
            self.text.learn(hashed(features(message)), label == "spam")
            self.reputation.observe(message, label)
            self.save()

    def save(self) -> None:
        self.text.save(self.path)
        self.reputation.flush()
