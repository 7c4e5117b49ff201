"""The names `model.backend` and `--backend` accept.

Plain Python, so that the command line can offer them without loading pydantic, the
configuration or any backend (`mailwarden --help` must start in a blink).
"""

from typing import Literal, get_args

BackendName = Literal["embedded", "ollama", "openai", "fixed", "none"]
"""`none`: no model at all, the fast path decides everything."""

BACKENDS: tuple[str, ...] = get_args(BackendName)
