"""How one run of the service is told to behave (`mailwarden run`'s flags and config)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pipeline.actions import TierSettings


@dataclass
class ServiceOptions:
    workers: int = 2
    queue_size: int = 100
    mode: str = "enforce"  # or "shadow"
    dry_run: bool = False
    backfill: int = 0
    since: date | None = None
    max_attempts: int = 8
    retry_after_s: float = 30.0
    reconnect_max_s: float = 300.0
    corrections_every_s: float = 2.0
    """How often corrections recorded by other processes (CLI, another API) are looked for."""
    storage_retry_max_s: float = 30.0
    """The longest pause between tries while the disk is full: writing is cheap to try."""
    tiers: TierSettings = field(default_factory=TierSettings)
