"""Configuration: `mailwarden.toml` read into pydantic models, overridable by environment.

Precedence, highest first: `MAILWARDEN_*` environment variables (nested keys joined
with `__`, e.g. `MAILWARDEN_OLLAMA__HOST`), the TOML file, the defaults below.
The file is `--config PATH`, else `$MAILWARDEN_CONFIG`, else `./mailwarden.toml`, else
`<user config dir>/mailwarden/mailwarden.toml`; none at all is fine (defaults).

Each part of the program owns its settings model (`OllamaSettings` beside the ollama
backend, `StorageSettings` beside the database); this module only assembles them. Where
the owner itself imports numpy, scikit-learn, FastAPI or a model client, its settings are
in a light module of their own beside it (`agent/fast_path_settings.py`, ...), so that
reading the configuration loads none of those: `mailwarden status` must start at once.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tomllib
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from agent.backends.embedded import EmbeddedSettings
from agent.backends.fixed import FixedSettings
from agent.backends.ollama_settings import OllamaSettings
from agent.backends.openai_settings import OpenAISettings
from agent.cascade_settings import CascadeSettings
from agent.classifier import PromptSettings
from agent.fast_path_settings import FastPathSettings
from agent.guard import GuardSettings
from agent.learning_settings import LearningSettings
from agent.rate_limits import RateLimitSettings
from pipeline.actions import TierSettings
from pipeline.api_settings import ApiSettings
from pipeline.web_settings import DigestSettings, WebSettings
from pipeline.backend_names import BackendName
from pipeline.imap import AccountSettings
from pipeline.monitor import MonitorSettings
from pipeline.service_settings import ServiceSettings
from storage.audit import AuditSettings
from storage.database import StorageSettings, sqlite_url_for

ENV_PREFIX = "MAILWARDEN_"


log = logging.getLogger(__name__)


class ConfigError(Exception):
    """The configuration is wrong; the message names the key, the value and what is allowed."""


class ModelSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: BackendName = "embedded"
    hosts: list[str] = Field(default_factory=list, max_length=64, description=(
        "several servers of the same model, for `ollama` (in place of ollama.host) or `openai` (in place of "
        "openai.base_url): each call goes to the next one, and one that does not answer is passed over"))


class Config(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    data_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("mailwarden")))
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] | None = Field(
        default=None, description="mailwarden's own log lines from this level on; default: INFO for `run` (one "
                                  "line per judged message), WARNING for the other commands")
    log_format: Literal["text", "json"] = Field(default="text", description="json: one object per line")
    model: ModelSettings = Field(default_factory=ModelSettings)
    ollama: OllamaSettings = Field(default_factory=OllamaSettings)
    openai: OpenAISettings = Field(default_factory=OpenAISettings)
    embedded: EmbeddedSettings = Field(default_factory=EmbeddedSettings)
    fixed: FixedSettings = Field(default_factory=FixedSettings)
    prompt: PromptSettings = Field(default_factory=PromptSettings)
    fast_path: FastPathSettings = Field(default_factory=FastPathSettings)
    cascade: CascadeSettings = Field(default_factory=CascadeSettings)
    learning: LearningSettings = Field(default_factory=LearningSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    service: ServiceSettings = Field(default_factory=ServiceSettings)
    tiers: TierSettings = Field(default_factory=TierSettings)
    guard: GuardSettings = Field(default_factory=GuardSettings)
    rate_limits: RateLimitSettings = Field(default_factory=RateLimitSettings)
    audit: AuditSettings = Field(default_factory=AuditSettings)
    monitor: MonitorSettings = Field(default_factory=MonitorSettings)
    api: ApiSettings = Field(default_factory=ApiSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    digest: DigestSettings = Field(default_factory=DigestSettings)
    accounts: list[AccountSettings] = Field(default_factory=list)

    @model_validator(mode="after")
    def _accounts_know_the_key(self) -> "Config":
        for account in self.accounts:
            account.use_key_dir(self.data_dir)
            if account.password is not None:
                log.warning("account %s: the password is in the configuration in clear; use password_encrypted "
                            "(`mailwarden config encrypt-password`), password_env or password_command", account.name)
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The file's values come in as init arguments; the environment must beat them.
        return (env_settings, init_settings)

    @property
    def database_url(self) -> str:
        return self.storage.url or sqlite_url_for(self.data_dir)


def default_config_path() -> Path | None:
    """The file that `load_config()` reads when no path is given, or None if none exists."""
    if env := os.environ.get(ENV_PREFIX + "CONFIG"):
        return Path(env)
    for candidate in (Path("mailwarden.toml"), Path(platformdirs.user_config_dir("mailwarden")) / "mailwarden.toml"):
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | str | None = None, **overrides: Any) -> Config:
    """Read the effective configuration. Raises `ConfigError` with a message for people."""
    path = Path(path) if path is not None else default_config_path()
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} does not exist; create it or drop --config.") from None
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"config file {path} is not valid TOML: {err}") from None
        except OSError as err:
            raise ConfigError(f"cannot read config file {path}: {err.strerror}") from None
    _merge(data, overrides)
    try:
        return Config(**data)
    except ValidationError as err:
        raise ConfigError(_explain(err, path)) from None


def _merge(into: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if value is None:
            continue
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _explain(err: ValidationError, path: Path | None) -> str:
    lines = []
    for problem in err.errors():
        key = ".".join(str(p) for p in problem["loc"])
        env_name = ENV_PREFIX + "__".join(str(p) for p in problem["loc"]).upper()
        where = f"environment variable {env_name}" if env_name in os.environ else (f"{path}" if path else "defaults")
        value = problem.get("input")
        shown = "(missing)" if problem["type"] == "missing" else _short(value)
        allowed = _allowed(problem)
        lines.append(f"config key {key} = {shown} (from {where}): {allowed}")
    return "invalid configuration:\n  " + "\n  ".join(lines)


def _allowed(problem: dict[str, Any]) -> str:
    ctx = problem.get("ctx") or {}
    if problem["type"] == "literal_error" and "expected" in ctx:
        return f"allowed values are {ctx['expected']}"
    if problem["type"] == "extra_forbidden":
        return "no such setting (check the spelling; `mailwarden config show` lists every key)"
    return problem["msg"]


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


# ---------------------------------------------------------------- showing it


def config_as_toml(config: Config) -> str:
    """The effective configuration as TOML that `load_config` reads back to the same
    configuration, but for the secrets: each is masked as "********" (put the real one
    back where it came from). A setting without a value is a comment, since TOML has no
    null and leaving a key out is what "not set" means."""
    lines: list[str] = []
    _toml_table(lines, [], config.model_dump(mode="python"))
    lines.append("")
    lines.append(f"# database: {config.database_url}")
    return "\n".join(lines) + "\n"


def toml_text(table: dict[str, Any]) -> str:
    """A plain table (str/number/bool values, sub-tables, arrays of tables) as TOML that
    `load_config` reads back: what `mailwarden setup` writes."""
    lines: list[str] = []
    _toml_table(lines, [], table)
    return "\n".join(lines).lstrip("\n") + "\n"


def _toml_table(lines: list[str], path: list[str], table: dict[str, Any]) -> None:
    """`table`'s own keys, then its sub-tables (`[a.b]`) and arrays of tables (`[[a.b]]`),
    each right after its header, so every key lands in the table it came from."""
    nested: list[tuple[str, dict[str, Any], bool]] = []
    for key, value in table.items():
        if isinstance(value, dict):
            nested.append((key, value, False))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            nested.extend((key, item, True) for item in value)
        elif value is None:
            lines.append(f"# {_toml_key(key)} is not set")
        else:
            lines.append(f"{_toml_key(key)} = {_toml_value(value)}")
    for key, value, in_array in nested:
        dotted = ".".join(_toml_key(k) for k in (*path, key))
        lines.append("")
        lines.append(f"[[{dotted}]]" if in_array else f"[{dotted}]")
        _toml_table(lines, [*path, key], value)


def config_fingerprint(config: Config) -> dict[str, str]:
    """Every setting as a flat `section.key -> value` map, secrets masked: what the audit
    log records so that a later change can be named key by key."""
    flat: dict[str, str] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, v in enumerate(value):
                walk(f"{prefix}[{v.get('name', i)}]", v)
        else:
            flat[prefix] = "********" if isinstance(value, SecretStr) else json.dumps(value, default=str)

    walk("", config.model_dump(mode="python"))
    return flat


def _toml_value(value: Any) -> str:
    if isinstance(value, SecretStr):
        return '"********"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)  # TOML reads 1e-05, inf and nan as Python writes them
    if isinstance(value, Enum):
        return _toml_value(value.value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):  # a table inside an array
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items() if v is not None) + "}"
    return _toml_string(str(value))


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def _toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest
    as it is (JSON's escapes would not do: TOML refuses the surrogate pairs it writes)."""
    return '"' + "".join(_TOML_ESCAPES.get(c) or (f"\\u{ord(c):04X}" if ord(c) < 0x20 or ord(c) == 0x7F else c)
                         for c in text) + '"'
