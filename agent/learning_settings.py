"""The [learning] table: when corrections become rules, and how rules gain and lose weight.

Apart from `agent.learning` so that the configuration can be read without the fast
path's numpy and scikit-learn.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class LearningSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_support: int = Field(default=3, ge=1, description="similar corrections before a rule is drafted")
    cycle_every: int = Field(default=5, ge=1, description="run a learning cycle after this many corrections")
    start_weight: float = Field(default=1.0, gt=0)
    hit_gain: float = Field(default=0.1, ge=0)
    miss_loss: float = Field(default=0.4, ge=0)
    retire_below: float = Field(default=0.3, ge=0)
