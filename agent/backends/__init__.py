"""Model backends: one protocol (`base.Backend`), one small adapter per kind of model."""

from agent.backends.base import Backend, BackendError, BackendMisconfigured, BackendUnavailable, BadModelAnswer

__all__ = ["Backend", "BackendError", "BackendMisconfigured", "BackendUnavailable", "BadModelAnswer"]
