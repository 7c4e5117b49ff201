"""What the filter concluded about one message, and what the model is asked to say.

`ModelAnswer` is the part a model backend produces; its JSON schema is what the
`ollama` backend passes as `format=`, so the server constrains generation to it.
`Verdict` wraps an answer with where it came from (backend, model, prompt version,
rules used, timing), which is what gets stored and explained later.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from storage.kinds import Decider

Label = Literal["spam", "ham"]

MAX_REASON_CHARS = 300
MAX_RISK_FACTORS = 12
COMBINED_NOTE = " (model p="
"""Where the cascade's note on how it combined the model with the fast path begins in a
stored reason: what precedes it are the model's own words (see `model_words`)."""


NEW_MAIL_NOTE = "new kind of mail"
"""How the cascade's note begins when it asked the model because the fast path did not
know the message: "new kind of mail (...): asked the model. " before the model's words."""


HELD_UP_NOTE = "the mail tries to instruct the filter, so the model could raise the fast path's probability, not lower it"
"""How the cascade's note begins when it kept a model's answer from lowering the fast
path's probability: "...not lower it (model p=0.00, fast path p=0.72). " before the
model's words."""


def model_words(reason: str) -> str:
    """The model's stated reason without the cascade's notes."""
    if reason.startswith(HELD_UP_NOTE) and "). " in reason:
        reason = reason.split("). ", 1)[1]
    if reason.startswith(NEW_MAIL_NOTE) and "asked the model. " in reason:
        reason = reason.split("asked the model. ", 1)[1]
    return reason.split(COMBINED_NOTE, 1)[0]


class Category(str, Enum):
    phishing = "phishing"
    scam = "scam"
    malware = "malware"
    marketing = "marketing"
    legitimate = "legitimate"
    unknown = "unknown"


class ModelAnswer(BaseModel):
    """The model's judgement, exactly as the answer schema allows it."""

    label: Label
    spam_probability: float = Field(ge=0.0, le=1.0)
    category: Category = Category.unknown
    reason: str = Field(default="", description="one short sentence")
    risk_factors: list[str] = Field(default_factory=list)

    @field_validator("reason")
    @classmethod
    def _short_reason(cls, value: str) -> str:
        value = " ".join(value.split())
        return value if len(value) <= MAX_REASON_CHARS else value[: MAX_REASON_CHARS - 1] + "…"

    @field_validator("risk_factors")
    @classmethod
    def _few_factors(cls, value: list[str]) -> list[str]:
        return [" ".join(v.split())[:80] for v in value if v.strip()][:MAX_RISK_FACTORS]


class Verdict(ModelAnswer):
    backend: str
    model: str
    elapsed_ms: float = Field(ge=0.0)
    prompt_version: str
    rule_ids: list[int] = Field(default_factory=list)
    example_ids: list[int] = Field(default_factory=list)
    decided_by: Decider = Decider.model
    """Who settled it: the language model, the fast path alone, or a cached verdict."""
    prompt_sha256: str | None = None
    """Hash of the prompt sent to the model (for the audit log; the prompt is not kept)."""
    answer_sha256: str | None = None
    unfamiliar: bool = False
    """The fast path knew too little of this message to be trusted on it, and no model
    judged it: the owner should look (`Action.unfamiliar`; flagged instead of moved when
    it scored spam, `pipeline.actions.choose_action`)."""
    guard_findings: list[str] = Field(default_factory=list)
    """The guard's findings on this message (`agent.guard`), as the risk factors it added.
    Set by the guard alone: the model's own risk factors never land here, whatever they
    say, so the audit can tell the two apart."""

    @property
    def is_spam(self) -> bool:
        return self.label == "spam"

    def amended(self, **changes) -> Verdict:
        """This verdict with `changes`, checked like a new one: a reason past
        `MAX_REASON_CHARS` is shortened, a probability outside 0..1 refused.
        (`model_copy(update=)` checks nothing, so every caller had to cut by hand.)"""
        return type(self).model_validate({**self.model_dump(), **changes})
