"""The [api] table: whether, where and how defensively the HTTP API listens.

Apart from `pipeline.api` so that the configuration can be read without FastAPI.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class ApiSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(default=False, description="start the API with `mailwarden run`")
    host: str = Field(default="127.0.0.1", description="loopback by default; another address exposes it")
    port: int = Field(default=8025, ge=1, le=65535)
    token: SecretStr | None = Field(default=None, min_length=16,
                                    description="bearer token (16 characters or more); else DATA_DIR/api.token (0600)")
    max_body_bytes: int = Field(default=25 * 2**20, ge=1024, description="larger requests are refused (413)")
    max_header_bytes: int = Field(default=16 * 1024, ge=1024, le=2**20,
                                  description="a larger request line and headers are refused (431)")
    body_timeout_s: float = Field(default=30.0, gt=0, le=3600,
                                  description="the whole body must arrive within this many seconds of the "
                                              "headers, else 408 and the connection is closed")
    header_timeout_s: float = Field(default=10.0, gt=0, le=3600,
                                    description="the request line and headers must arrive within this many "
                                                "seconds of their first byte, else 408 and the connection is closed")
    max_concurrent_requests: int = Field(default=16, ge=1, le=1024,
                                         description="authenticated requests in progress at once; more are "
                                                     "refused (503)")
