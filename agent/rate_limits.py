"""Rate limits: one flood must not monopolise the model.

A campaign of 500 messages from one domain, or from one relay, would otherwise queue
500 model calls in front of everyone else's mail. Token buckets per sender domain and
per source IP decide who may ask the model now; over the limit a message is judged by
the fast path alone (or, with no trained fast path, deferred and retried: never
dropped). A global cap bounds concurrent model calls whatever the buckets say. The same
bucket type limits API clients.

Hits are counted per (scope, key) and flushed to the database by whoever owns a
session (`drain_hits`), so `mailwarden status` and `stats` can show them.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from contextlib import contextmanager
from typing import Callable

from pydantic import BaseModel, ConfigDict, Field

from agent.backends.base import BackendError
from agent.message import ParsedMessage


class BucketSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    per_minute: float = Field(gt=0, description="tokens added per minute")
    burst: int = Field(ge=1, description="tokens a quiet key can spend at once")


class RateLimitSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    sender_domain: BucketSettings = Field(default_factory=lambda: BucketSettings(per_minute=30, burst=30))
    source_ip: BucketSettings = Field(default_factory=lambda: BucketSettings(per_minute=60, burst=60))
    max_concurrent_model_calls: int = Field(default=2, ge=1, le=256)
    model_slot_wait_s: float = Field(default=120.0, gt=0, description="wait for a free model slot before deferring")
    api_client: BucketSettings = Field(default_factory=lambda: BucketSettings(per_minute=120, burst=30))
    max_keys: int = Field(default=50_000, ge=100, description="buckets kept per scope (least recently used dropped)")


class RateLimited(BackendError):
    """Over a limit with no other way to judge now: the message waits and is retried."""

    retryable = True


class TokenBucket:
    __slots__ = ("rate", "capacity", "tokens", "updated")

    def __init__(self, per_minute: float, burst: int, now: float):
        self.rate = per_minute / 60.0
        self.capacity = float(burst)
        self.tokens = float(burst)
        self.updated = now

    def refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now

    def available(self, now: float) -> bool:
        self.refill(now)
        return self.tokens >= 1.0

    def take(self, now: float) -> bool:
        if not self.available(now):
            return False
        self.tokens -= 1.0
        return True


class Buckets:
    """One bucket per key, the least recently used forgotten beyond `max_keys` (a
    forgotten key starts again full, which only ever errs towards serving mail)."""

    def __init__(self, settings: BucketSettings, max_keys: int, clock: Callable[[], float]):
        self.settings = settings
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: OrderedDict[str, TokenBucket] = OrderedDict()

    def bucket(self, key: str) -> TokenBucket:
        b = self._buckets.get(key)
        if b is None:
            b = self._buckets[key] = TokenBucket(self.settings.per_minute, self.settings.burst, self.clock())
            if len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
        return b


class ModelGate:
    """Who may call the model now. Thread-safe; one per process, shared by all judges."""

    def __init__(self, settings: RateLimitSettings | None = None, clock: Callable[[], float] = time.monotonic):
        self.settings = settings or RateLimitSettings()
        self.clock = clock
        self._lock = threading.Lock()
        self._scopes = {
            "sender_domain": Buckets(self.settings.sender_domain, self.settings.max_keys, clock),
            "source_ip": Buckets(self.settings.source_ip, self.settings.max_keys, clock),
        }
        self._slots = threading.BoundedSemaphore(self.settings.max_concurrent_model_calls)
        self._hits: Counter[tuple[str, str]] = Counter()

    def admit(self, message: ParsedMessage) -> str | None:
        """Take a token from each bucket this message belongs to; None when admitted,
        else why not (and nothing is taken: a refused message costs no one a token)."""
        if not self.settings.enabled:
            return None
        keys = [(scope, key) for scope, key in (("sender_domain", message.sender_domain),
                                                ("source_ip", message.first_external_ip)) if key]
        with self._lock:
            now = self.clock()
            buckets = [(scope, key, self._scopes[scope].bucket(key)) for scope, key in keys]
            for scope, key, bucket in buckets:
                if not bucket.available(now):
                    self._hits[(scope, key)] += 1
                    limit = getattr(self.settings, scope)
                    return f"{scope.replace('_', ' ')} {key} is over its model limit ({limit.per_minute:g}/min, burst {limit.burst})"
            for _, _, bucket in buckets:
                bucket.take(now)
        return None

    @contextmanager
    def slot(self):
        """Hold one of the concurrent model-call slots (waits; defers after too long)."""
        if not self._slots.acquire(timeout=self.settings.model_slot_wait_s):
            with self._lock:
                self._hits[("concurrency", "model")] += 1
            raise RateLimited(f"no free model slot within {self.settings.model_slot_wait_s:g}s "
                              f"(max_concurrent_model_calls = {self.settings.max_concurrent_model_calls})")
        try:
            yield
        finally:
            self._slots.release()

    def drain_hits(self) -> Counter[tuple[str, str]]:
        """Hits counted since the last drain (for the caller to store)."""
        with self._lock:
            hits, self._hits = self._hits, Counter()
        return hits


class ClientLimiter:
    """Per-client buckets for the HTTP API."""

    def __init__(self, settings: BucketSettings, max_keys: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self._buckets = Buckets(settings, max_keys, clock)
        self._lock = threading.Lock()
        self.hits: Counter[str] = Counter()

    def allow(self, client: str) -> bool:
        with self._lock:
            ok = self._buckets.bucket(client).take(self._buckets.clock())
            if not ok:
                self.hits[client] += 1
            return ok
