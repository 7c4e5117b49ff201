"""Several servers of one model (`[model] hosts`): each call goes to the next one.

For an office whose mail outgrows one GPU, or that wants no single model server: the
same model on two or more Ollama (or OpenAI-compatible) servers. Calls go round the
hosts, each process starting at a place of its own, so several `run` processes spread
over them too. A host that does not answer (`BackendUnavailable`, or one that lacks
the model) is passed over for `rest_s` and the call goes to the next; only when no host
answers does the message wait for a retry, as with one server. An answer that does not
fit the schema is the model's, not the host's: it is not asked again elsewhere.
"""

from __future__ import annotations

import logging
import os
import threading
import time

from agent.backends.base import Backend, BackendError, BackendMisconfigured, BackendUnavailable
from agent.verdict import ModelAnswer
from prompts import RenderedPrompt

log = logging.getLogger(__name__)

REST_S = 30.0


class SpreadBackend:
    def __init__(self, backends: list[Backend], hosts: list[str], rest_s: float = REST_S):
        if not backends or len(backends) != len(hosts):
            raise ValueError("one backend per host")
        first = backends[0]
        self.name, self.model = first.name, first.model
        self.prompt_style, self.boundary, self.body_chars = first.prompt_style, first.boundary, first.body_chars
        self.backends, self.hosts, self.rest_s = backends, hosts, rest_s
        self._turn = os.getpid() % len(backends)
        self._resting_until = [0.0] * len(backends)
        self._lock = threading.Lock()

    def _order(self) -> list[int]:
        """The hosts to try for one call: the next in turn first, resting ones last."""
        with self._lock:
            now = time.monotonic()
            order = [(self._turn + i) % len(self.backends) for i in range(len(self.backends))]
            order = [i for i in order if self._resting_until[i] <= now] + \
                    [i for i in order if self._resting_until[i] > now]
            self._turn = (order[0] + 1) % len(self.backends)  # the next call starts after this one's host
            return order

    def _rest(self, i: int, err: BackendError) -> None:
        with self._lock:
            fresh = self._resting_until[i] <= time.monotonic()
            self._resting_until[i] = time.monotonic() + self.rest_s
        if fresh:
            log.warning("model host %s: %s; the others take its calls for %.0f s", self.hosts[i], err, self.rest_s)

    def check(self) -> None:
        """At least one host must be able to judge; the others are warned about."""
        errors: list[BackendError] = []
        for i, backend in enumerate(self.backends):
            try:
                backend.check()
            except BackendError as err:
                errors.append(err)
                self._rest(i, err)
        if len(errors) == len(self.backends):
            raise errors[0] if all(isinstance(e, BackendMisconfigured) for e in errors) else BackendUnavailable(
                f"none of the {len(self.hosts)} model hosts answers ({'; '.join(map(str, errors))})")

    def judge(self, prompt: RenderedPrompt) -> ModelAnswer:
        errors: list[BackendError] = []
        for i in self._order():
            try:
                return self.backends[i].judge(prompt)
            except (BackendUnavailable, BackendMisconfigured) as err:
                errors.append(err)
                self._rest(i, err)
        if len(self.backends) == 1 or all(isinstance(e, BackendMisconfigured) for e in errors):
            raise errors[-1]
        raise BackendUnavailable(f"none of the {len(self.hosts)} model hosts answered; the last said: {errors[-1]}")
