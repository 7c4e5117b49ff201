"""How the IMAP service runs: the [service] table, one start's flags, and the two together.

- `ServiceSettings` is the [service] table of the configuration: the same on every start.
- `RunFlags` are what one start of `mailwarden run` asks for on its command line beyond
  the configuration (`--dry-run`, `--backfill`, `--since`); never read from a file.
- `ServiceOptions` is everything a `Service` reads: the settings (with the command line's
  `--workers` and `--shadow` applied), the flags, the tiers, and two timings that tests
  shorten. It is built from the other two (`ServiceOptions.for_run`), so no field is
  defined twice, and, being validated, an option out of range is refused as it is in the
  file.

Apart from `pipeline.service` so that the configuration can be read without the service.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from pipeline.actions import TierSettings


class ServiceSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    workers: int = Field(default=2, ge=1, le=64)
    queue_size: int = Field(default=100, ge=1, le=100_000)
    mode: Literal["enforce", "shadow"] = "enforce"
    """shadow: judge, record and add keywords, but never move anything."""
    max_attempts: int = Field(default=8, ge=1, le=1000)
    """Model failures before a message is given up on (it stays where it is)."""
    retry_after_s: float = Field(default=30.0, gt=0)
    """First wait before retrying a message the model could not judge; doubles each time."""
    reconnect_max_s: float = Field(default=300.0, gt=0)
    takeover_after_s: float = Field(default=30.0, ge=2)
    """Several `run` processes sharing one database: a process silent this long is taken
    for dead, and the others take its folders over (one on this host whose pid is gone
    at once)."""
    heartbeat_s: float = Field(default=5.0, gt=0)
    """How often a process says it is alive and looks for folders nobody watches."""


class RunFlags(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dry_run: bool = False
    """Judge and log, touch nothing in the mailboxes."""
    backfill: int = Field(default=0, ge=0)
    """On a folder's first start, also judge its newest N existing messages."""
    since: date | None = None
    """On a folder's first start, also judge its existing mail from this day on."""


class ServiceOptions(ServiceSettings, RunFlags):
    """What a `Service` reads. Tests build it directly with the fields they change."""

    tiers: TierSettings = Field(default_factory=TierSettings)
    corrections_every_s: float = Field(default=2.0, gt=0)
    """How often corrections recorded by other processes (CLI, another API) are looked for."""
    storage_retry_max_s: float = Field(default=30.0, gt=0)
    """The longest pause between tries while the disk is full: writing is cheap to try."""

    @classmethod
    def for_run(cls, settings: ServiceSettings, tiers: TierSettings, flags: RunFlags | None = None, *,
                workers: int | None = None, shadow: bool = False) -> ServiceOptions:
        """The options for one start: the configured `settings`, overridden by the
        command line's `workers` and `shadow` where given, and this start's `flags`."""
        chosen = settings.model_dump()
        if workers:
            chosen["workers"] = workers
        if shadow:
            chosen["mode"] = "shadow"
        return cls.model_validate({**chosen, **(flags or RunFlags()).model_dump(), "tiers": tiers})
