"""The [cascade] table: which fast-path scores are settled without the model.

Apart from `agent.cascade` so that the configuration can be read without the fast
path's numpy and scikit-learn.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class CascadeSettings(BaseModel):
    """The band the model is asked about, measured on the SpamAssassin train half
    (held-out fast-path probabilities, the embedded model on the 129 messages between
    0.02 and 0.98): any lower edge from 0.02 to 0.3 gave the same errors (7-8 false
    positives, 5-6 missed spam at p >= 0.5) with 0.7% to 3.2% of mail sent to the model;
    an upper edge above the quarantine tier cost quarantine recall (96.6% at 0.9, 95.5%
    at 0.95, 93.5% at 0.98), since averaging with a weak model pulls clear spam under
    the tier. So 0.1..0.9. With the embedded model the band buys little (on the test
    half, judged in mixed order: 5 fewer false positives, 4 more missed spam)."""

    model_config = ConfigDict(extra="forbid")

    ham_below: float = Field(default=0.1, ge=0, le=1, description="fast p at or below this: ham without the model")
    spam_above: float = Field(default=0.9, ge=0, le=1, description="fast p at or above this: spam without the model")
    ask_unfamiliar: bool = Field(default=True, description="ask the model about mail the fast path does not know, "
                                 "whatever it scored")
    mark_unfamiliar_from: float = Field(default=0.01, ge=0, le=1, description="with no model: mark mail the fast path "
                                        "does not know as unfamiliar from this probability on (below it, it is sure)")
    model_weight: float = Field(default=0.5, ge=0, le=1, description="share of the model in the combined probability")
    cache_days: float = Field(default=14.0, ge=0, description="reuse a model verdict for identical content this long")
    reputation_flush_every: int = Field(default=200, ge=1)

    def asks_model(self, p: float, trusted: bool) -> bool:
        """Would a message of fast-path probability `p` go to the model (when there is
        one)? `trusted`: `Assessment.trusted`."""
        return self.ham_below < p < self.spam_above or (not trusted and self.ask_unfamiliar)

    def marks_unfamiliar(self, p: float, trusted: bool) -> bool:
        """With no model to ask: is a message that would have gone to it marked for the
        owner to look at? Wanted mail by the fast path, unless it is sure of it (p below
        `mark_unfamiliar_from`, and below the band); spam by the fast path when it is not
        trusted alone, which then is flagged instead of moved (`pipeline.actions.choose_action`)."""
        if not self.asks_model(p, trusted):
            return False
        if p >= 0.5:  # called spam: not moved on a guess
            return not trusted
        return p > self.ham_below or p >= self.mark_unfamiliar_from

    @model_validator(mode="after")
    def _band(self) -> "CascadeSettings":
        if self.ham_below > self.spam_above:
            raise ValueError("ham_below must not be above spam_above")
        return self
