"""The [fast_path] table: how the text model is trained and how its score is read.

Apart from `agent.fast_path` so that the configuration can be read without numpy and
scikit-learn (`mailwarden status` and `--help` never need them).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from agent.reputation import ReputationSettings


class FastPathSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scale: float = Field(default=4.0, gt=0,
                         description="margin -> probability: p = sigmoid(scale * margin); fixed when a model is trained")
    alpha: float = Field(default=1e-5, gt=0, description="L2 regularisation of the text model")
    epochs: int = Field(default=30, ge=1, le=500, description="passes over a bootstrap corpus")
    bags: int = Field(default=20, ge=1, le=50, description="models trained on different shuffles, averaged: more make one training closer to the average of all, at the cost of training time")
    seed: int = Field(default=0, ge=0, description="where the shuffles of bootstrap training start; another seed "
                      "gives an equally good model, so comparing seeds shows how much a figure owes to luck")
    header_weight: float = Field(default=1.3, gt=0, le=10,
                                 description="weight of the header block against the body block of features")
    ham_weight: float = Field(default=6.0, gt=0, le=100,
                              description="how much more a ham message counts than a spam one in bootstrap training")
    neighbours: bool = Field(default=True, description="also score a message by the nearest labelled spam and ham "
                             "that share its rare features (agent/neighbours.py)")
    rare_limit: int = Field(default=50, ge=1, le=254, description="a feature counts as rare for the neighbours while at "
                            "most this many remembered messages have it")
    unknown_share: float = Field(default=0.0, ge=0, le=1, description="how much a feature the text model never "
                                 "learned counts when a message is normalised (agent/text_model.py): 0 reads novel "
                                 "mail by the words it knows instead of diluting them toward the intercept (issue "
                                 "#25's note), 1 as in training")
    unfamiliar_share: float = Field(default=0.1, gt=0, lt=1, description="the share of the bootstrap corpus, held "
                                    "out, that counts as new to the model: what sets the familiarity floor")
    calibration_folds: int = Field(default=5, ge=0, le=20,
                                   description="held-out folds that calibrate a bootstrap model's probabilities (0: off)")
    starter: bool = True
    """Judge with the starter model shipped with mailwarden (public mail, 2002-2026) until
    the owner trains one; off: an untrained install asks the model about everything."""
    per_account: bool = False
    """One text model per IMAP account (trained with `mailwarden train --account NAME`);
    an account without its own model uses the shared one until it has one."""
    adapt_to_balance: bool = True
    """Shift the decision with the share of spam actually arriving (a prior correction)."""
    balance_memory: int = Field(default=500, ge=10, description="messages the arriving spam share averages over")
    max_balance_shift: float = Field(default=0.5, ge=0, description="largest shift of the margin, either way")
    reputation: ReputationSettings = Field(default_factory=ReputationSettings)
