"""The `ollama` backend: a real Ollama server through the official client.

The answer is constrained by passing the JSON schema of `ModelAnswer` as `format=`;
temperature 0 and a fixed seed make the same mail get the same verdict. The client's
default timeout is none at all, so a hung server would hang the filter: here every call
has one, and a streamed answer also has an overall deadline (a server that trickles
tokens forever never trips a per-read timeout).
"""

from __future__ import annotations

import logging
import time

import httpx
import ollama
from pydantic import ValidationError

from agent.backends.base import BackendMisconfigured, BackendUnavailable, BadModelAnswer
from agent.backends.ollama_settings import OllamaSettings
from agent.verdict import ModelAnswer
from prompts import RenderedPrompt

log = logging.getLogger(__name__)


class OllamaBackend:
    name = "ollama"
    prompt_style = "chat"
    boundary = None
    body_chars = None

    def __init__(self, settings: OllamaSettings):
        self.settings = settings
        self.model = settings.model
        headers = {}
        if settings.api_key is not None:
            headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        self._client = ollama.Client(
            host=settings.host,
            timeout=httpx.Timeout(settings.timeout_s, connect=settings.connect_timeout_s),
            headers=headers,
        )
        self._checked = False

    # ------------------------------------------------------------ protocol

    def check(self) -> None:
        """Is the server up and is the configured model pulled? (`/api/tags`)"""
        try:
            listing = self._client.list()
        except Exception as err:
            raise self._unavailable(err) from err
        names = {m.model for m in listing.models if m.model}
        wanted = self.model if ":" in self.model else self.model + ":latest"
        if self.model not in names and wanted not in names:
            have = ", ".join(sorted(names)) or "none"
            raise BackendMisconfigured(
                f"Ollama at {self.settings.host} does not have the model {self.model!r} "
                f"(it has: {have}); run `ollama pull {self.model}` or set ollama.model to one it has."
            )
        self._checked = True

    def judge(self, prompt: RenderedPrompt) -> ModelAnswer:
        if not self._checked:
            self.check()
        messages = [
            {"role": "system", "content": prompt.system},
            {"role": "user", "content": prompt.user},
        ]
        options = {"temperature": 0, "seed": self.settings.seed, "num_ctx": self.settings.num_ctx}
        try:
            if self.settings.stream:
                text = self._chat_streamed(messages, options)
            else:
                response = self._client.chat(
                    model=self.model,
                    messages=messages,
                    format=ModelAnswer.model_json_schema(),
                    options=options,
                    keep_alive=self.settings.keep_alive,
                    stream=False,
                )
                text = response.message.content or ""
        except ollama.ResponseError as err:
            if err.status_code == 404:
                self._checked = False
                raise BackendMisconfigured(
                    f"Ollama at {self.settings.host} says the model {self.model!r} is missing: "
                    f"run `ollama pull {self.model}`."
                ) from err
            raise BackendUnavailable(f"Ollama at {self.settings.host} answered with an error: {err.error}") from err
        except (BackendUnavailable, BadModelAnswer):
            raise
        except Exception as err:
            raise self._unavailable(err) from err
        return parse_answer(text, self.settings.host)

    # ------------------------------------------------------------ helpers

    def _chat_streamed(self, messages: list[dict], options: dict) -> str:
        deadline = time.monotonic() + self.settings.timeout_s
        pieces: list[str] = []
        stream = self._client.chat(
            model=self.model,
            messages=messages,
            format=ModelAnswer.model_json_schema(),
            options=options,
            keep_alive=self.settings.keep_alive,
            stream=True,
        )
        try:
            for part in stream:
                pieces.append(part.message.content or "")
                if part.done:
                    break
                if time.monotonic() > deadline:
                    raise BackendUnavailable(
                        f"Ollama at {self.settings.host} took longer than {self.settings.timeout_s:g} s "
                        f"to answer; the message will be retried (raise ollama.timeout_s for a slow machine)."
                    )
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
        return "".join(pieces)

    def _unavailable(self, err: Exception) -> BackendUnavailable:
        host = self.settings.host
        if isinstance(err, httpx.TimeoutException):
            return BackendUnavailable(
                f"Ollama at {host} did not answer within {self.settings.timeout_s:g} s; the message will be "
                f"retried (raise ollama.timeout_s for a slow machine)."
            )
        if isinstance(err, (ConnectionError, httpx.ConnectError, httpx.NetworkError)):
            return BackendUnavailable(
                f"cannot reach Ollama at {host}: start it with `ollama serve` (or `systemctl start ollama`), "
                f"or point ollama.host at the machine that runs it."
            )
        return BackendUnavailable(f"talking to Ollama at {host} failed: {type(err).__name__}: {err}")


def parse_answer(text: str, where: str) -> ModelAnswer:
    """Validate a model's JSON answer; anything else is no answer, never a guess."""
    try:
        return ModelAnswer.model_validate_json(text.strip())
    except ValidationError as err:
        snippet = " ".join(text.split())[:120]
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}" for e in err.errors()[:3]
        )
        log.warning("model at %s gave an answer outside the schema (%s): %r", where, problems, snippet)
        raise BadModelAnswer(f"the model at {where} answered with something that is not a valid verdict ({problems})") from err

