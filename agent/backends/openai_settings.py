"""The [openai] table: an OpenAI-compatible chat-completions server (llama.cpp's server,
vLLM, LM Studio, LocalAI, ...).

Apart from `agent.backends.openai_compatible` so that the configuration can be read without the
openai client.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class OpenAISettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base_url: str = Field(default="http://127.0.0.1:8080/v1", pattern=r"^https?://\S+$",
                          description="the server's OpenAI API root, usually ending in /v1")
    model: str = Field(default="local", min_length=1,
                       description="the model name the server knows (llama.cpp's server takes any)")
    api_key: SecretStr | None = Field(default=None, description="sent as a bearer token; or api_key_env")
    api_key_env: str | None = Field(default=None, description="read the API key from this environment variable")
    api_key_encrypted: SecretStr | None = Field(
        default=None, description="the key sealed with the data directory's key file, as `mailwarden config "
                                  "encrypt-password` prints it")
    response_format: Literal["auto", "json_schema", "json_object"] = Field(
        default="auto", description="auto: the answer schema as json_schema, and JSON mode (with the schema where "
                                    "the server takes one) if the server refuses that")
    timeout_s: float = Field(default=120.0, gt=0, description="longest wait for one answer")
    connect_timeout_s: float = Field(default=5.0, gt=0)
    max_tokens: int = Field(default=400, ge=1, le=8192, description="a verdict is short; this bounds a runaway")
    seed: int = 42
