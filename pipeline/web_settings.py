"""The [web] and [digest] tables: the quarantine web page served with the API, and the
daily digest mail with its one-click release links.

Apart from `pipeline.web` so that the configuration can be read without FastAPI.
"""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator


class WebSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(default=True, description="serve the web page at /web with the API ([api] enabled)")
    public_url: str | None = Field(
        default=None, pattern=r"^https?://[^\s/]+(/[^\s]*)?$",
        description="the address people reach the API at, for the digest's links (e.g. https://mail.home.example); "
                    "default: http://[api] host:port")
    session_hours: float = Field(default=12.0, gt=0, le=24 * 30, description="a sign-in lasts this long")
    signin_per_minute: int = Field(default=5, ge=1, le=600,
                                   description="sign-in attempts allowed per client address per minute")
    page_size: int = Field(default=50, ge=5, le=500, description="messages per page")


class DigestSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(default=False, description="append a digest of new quarantine to each INBOX daily")
    at: time = Field(default=time(7, 0), description="when, local time of `timezone` (per account: digest_at)")
    timezone: str = Field(default="UTC", description="an IANA zone such as Europe/Berlin")
    link_days: int = Field(default=7, ge=1, le=60, description="a release link works this many days, once")
    max_listed: int = Field(default=200, ge=1, le=5000, description="at most this many messages in one digest")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; give an IANA name such as Europe/Berlin") from None
        return value
