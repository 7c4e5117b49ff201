"""The [ollama] table: where the Ollama server is and how long to wait for it.

Apart from `agent.backends.ollama` so that the configuration can be read without the
ollama client and httpx.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class OllamaSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host: str = "http://127.0.0.1:11434"
    model: str = "llama3.2:3b"
    timeout_s: float = Field(default=120.0, gt=0, description="longest wait for one answer")
    connect_timeout_s: float = Field(default=5.0, gt=0)
    num_ctx: int = Field(default=8192, ge=512)
    seed: int = 42
    stream: bool = True
    keep_alive: str = "30m"
    api_key: SecretStr | None = None
    """Sent as a bearer token, for an Ollama behind an authenticating proxy."""
