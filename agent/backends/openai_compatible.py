"""The `openai` backend: any server speaking OpenAI's chat-completions API (llama.cpp's
server, vLLM, LM Studio, LocalAI, ...), through the official `openai` client.

The same prompt the `ollama` backend sends (system + user messages: the instructions,
rules and examples, then the fenced email) goes out with temperature 0 and a seed. The
answer is constrained where the server can: `response_format` of type `json_schema`
with `ModelAnswer`'s schema; a server that refuses that (400/422) is asked in JSON mode
instead (`json_object`, with the schema beside it, which llama-cpp-python's server
turns into a grammar; it reports the refusal as a 500 naming the field), and the answer is validated either way: anything outside the
schema is `BadModelAnswer`, never a guess.

Errors map onto the backends' taxonomy: a server that is down, slow or overloaded (5xx,
429) is `BackendUnavailable` and the message waits; a wrong model name or a refused key
is `BackendMisconfigured`. The client's own retries are off: the service retries
messages itself, with growing waits.
"""

from __future__ import annotations

import logging
import os

import openai

from agent.backends.base import BackendMisconfigured, BackendUnavailable, BadModelAnswer
from agent.backends.ollama import parse_answer
from agent.backends.openai_settings import OpenAISettings
from agent.verdict import ModelAnswer
from prompts import RenderedPrompt

log = logging.getLogger(__name__)


class OpenAIBackend:
    name = "openai"
    prompt_style = "chat"
    boundary = None
    body_chars = None

    def __init__(self, settings: OpenAISettings, unseal=None):
        """`unseal`: opens `api_key_encrypted` (the data directory's vault)."""
        self.settings = settings
        self.model = settings.model
        key = settings.api_key.get_secret_value() if settings.api_key is not None else None
        if key is None and settings.api_key_encrypted is not None:
            key = unseal(settings.api_key_encrypted.get_secret_value()) if unseal is not None else None
            if key is None:
                raise BackendMisconfigured("openai.api_key_encrypted cannot be opened with this data directory's key; "
                                           "seal it again with `mailwarden config encrypt-password`")
        if key is None and settings.api_key_env:
            key = os.environ.get(settings.api_key_env)
            if not key:
                raise BackendMisconfigured(f"openai.api_key_env names ${settings.api_key_env}, which is empty or not set")
        self._client = openai.OpenAI(
            base_url=settings.base_url, api_key=key or "not-needed", max_retries=0,
            # openai's own Timeout: the client moved from httpx to httpx2 (3.63), and each
            # refuses the other's.
            timeout=openai.Timeout(settings.timeout_s, connect=settings.connect_timeout_s))
        self._mode = "json_schema" if settings.response_format in ("auto", "json_schema") else "json_object"
        self._checked = False

    @property
    def where(self) -> str:
        return self.settings.base_url

    def check(self) -> None:
        """Is the server up, and does it serve the model? (`GET /models`)"""
        try:
            listing = self._client.models.list()
        except Exception as err:
            raise self._failure(err) from err
        names = [m.id for m in listing.data]
        if names and self.model not in names and len(names) > 1:
            raise BackendMisconfigured(f"the server at {self.where} does not serve the model {self.model!r} (it has: "
                                       f"{', '.join(names[:10])}); set openai.model to one of them")
        self._checked = True

    def judge(self, prompt: RenderedPrompt) -> ModelAnswer:
        if not self._checked:
            self.check()
        messages = [{"role": "system", "content": prompt.system}, {"role": "user", "content": prompt.user}]
        try:
            text = self._complete(messages)
        except openai.APIStatusError as err:
            if self._mode == "json_schema" and self.settings.response_format == "auto" and _refuses_schema(err):
                log.info("the server at %s does not take response_format json_schema (%s); using JSON mode",
                         self.where, err.status_code)
                self._mode = "json_object"
                try:
                    text = self._complete(messages)
                except Exception as again:
                    raise self._failure(again) from again
            else:
                raise self._failure(err) from err
        except Exception as err:
            raise self._failure(err) from err
        return parse_answer(text, self.where)

    def _complete(self, messages: list[dict]) -> str:
        schema = ModelAnswer.model_json_schema()
        if self._mode == "json_schema":
            response_format = {"type": "json_schema",
                               "json_schema": {"name": "verdict", "schema": schema, "strict": True}}
        else:
            response_format = {"type": "json_object", "schema": schema}
        response = self._client.chat.completions.create(
            model=self.model, messages=messages, temperature=0, seed=self.settings.seed,
            max_tokens=self.settings.max_tokens, response_format=response_format)
        if not response.choices:
            raise BadModelAnswer(f"the server at {self.where} answered with no choices")
        return response.choices[0].message.content or ""

    def _failure(self, err: Exception):
        where = self.where
        if isinstance(err, (BadModelAnswer, BackendUnavailable, BackendMisconfigured)):
            return err
        if isinstance(err, openai.APITimeoutError):
            return BackendUnavailable(f"the model server at {where} did not answer within {self.settings.timeout_s:g} s; "
                                      "the message will be retried (raise openai.timeout_s for a slow machine)")
        if isinstance(err, openai.APIConnectionError):
            return BackendUnavailable(f"cannot reach the model server at {where}: start it, or point openai.base_url "
                                      "at the machine that runs it; the message will be retried")
        if isinstance(err, openai.AuthenticationError | openai.PermissionDeniedError):
            return BackendMisconfigured(f"the model server at {where} refused the API key ({err.status_code}); set "
                                        "openai.api_key or openai.api_key_env")
        if isinstance(err, openai.NotFoundError):
            return BackendMisconfigured(f"the model server at {where} has no model {self.model!r} or no chat "
                                        "completions there (404); check openai.model and openai.base_url (…/v1)")
        if isinstance(err, openai.APIStatusError):
            if err.status_code in (400, 422):
                return BackendMisconfigured(f"the model server at {where} refused the request ({err.status_code}): "
                                            f"{_short(err)}; try openai.response_format = \"json_object\"")
            return BackendUnavailable(f"the model server at {where} answered {err.status_code} ({_short(err)}); "
                                      "the message will be retried")
        return BackendUnavailable(f"talking to the model server at {where} failed: {type(err).__name__}: {err}")


def _refuses_schema(err: openai.APIStatusError) -> bool:
    """Did the server turn down `response_format` json_schema? A 400 or 422 says so;
    llama-cpp-python's server answers its own validation error as a 500 naming the field."""
    return err.status_code in (400, 422) or (err.status_code == 500 and "response_format" in str(err))


def _short(err: Exception) -> str:
    return " ".join(str(getattr(err, "message", err)).split())[:160]
