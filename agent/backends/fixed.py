"""The `fixed` backend: a stand-in model with a set delay and a transparent rule.

For benchmarks and tests of the mail pipeline, where the model's own cost and
judgement would hide what is being measured: it waits `delay_s` (as a model call
would) and calls a message spam when its text contains `spam_marker`. Never a
default: it must be chosen explicitly with `--backend fixed`.
"""

from __future__ import annotations

import time

from pydantic import BaseModel, ConfigDict, Field

from agent.verdict import Category, ModelAnswer
from prompts import RenderedPrompt


class FixedSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    delay_s: float = Field(default=0.0, ge=0.0, le=600.0)
    spam_marker: str = Field(default="MAILWARDEN-TEST-SPAM", min_length=1)
    spam_probability: float = Field(default=0.99, ge=0.0, le=1.0)


class FixedBackend:
    name = "fixed"
    prompt_style = "chat"
    boundary = None
    body_chars = None

    def __init__(self, settings: FixedSettings | None = None):
        self.settings = settings or FixedSettings()
        self.model = f"fixed-delay {self.settings.delay_s:g}s"

    def check(self) -> None:
        return None

    def judge(self, prompt: RenderedPrompt) -> ModelAnswer:
        if self.settings.delay_s:
            time.sleep(self.settings.delay_s)
        if self.settings.spam_marker in prompt.user:
            return ModelAnswer(label="spam", spam_probability=self.settings.spam_probability, category=Category.scam,
                               reason=f"contains the marker {self.settings.spam_marker}", risk_factors=["test marker"])
        return ModelAnswer(label="ham", spam_probability=0.01, category=Category.legitimate, reason="no marker")
