"""What a model backend is: one small protocol every adapter fills in.

A backend takes a rendered prompt and returns a validated `ModelAnswer`, or raises a
`BackendError` whose message tells the owner what happened and what to do. It never
invents an answer: a backend that cannot judge says so, and the message is left where
it is to be judged later.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from agent.verdict import ModelAnswer
from prompts import RenderedPrompt
from prompts.renderer import PromptStyle


class BackendError(Exception):
    """The backend could not judge this message now. The text is for the owner."""

    retryable = True


class BackendUnavailable(BackendError):
    """The model server is down, unreachable, or too slow: try again later."""


class BackendMisconfigured(BackendError):
    """The configuration cannot work (model not installed, file missing): fix it first."""

    retryable = False


class BadModelAnswer(BackendError):
    """The model answered, but not with something the answer schema accepts."""


@runtime_checkable
class Backend(Protocol):
    name: str
    """`ollama`, `embedded`, ... as given to `--backend`."""
    model: str
    """The model as the owner would name it (`llama3.2:3b`, `SmolLM2-135M-Instruct Q4_1`)."""
    prompt_style: PromptStyle
    boundary: str | None
    """A fixed fence for the email, or None for a fresh random one per prompt."""
    body_chars: int | None
    """A tighter cap on the email text than the prompt settings', or None."""

    def check(self) -> None:
        """Raise `BackendError` now if judging cannot work, so the owner hears it at start."""
        ...

    def judge(self, prompt: RenderedPrompt) -> ModelAnswer:
        ...
