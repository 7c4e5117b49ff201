"""Building the working parts from the configuration: backend, classifier, database."""

from __future__ import annotations

from pathlib import Path

from agent.backends.base import Backend
from agent.cascade import Cascade
from agent.classifier import Classifier
from agent.fast_path import FastPath
from pipeline.config import Config
from storage import Database, open_database

BACKENDS = ("embedded", "ollama", "fixed", "none")


def make_backend(config: Config, name: str | None = None) -> Backend:
    name = name or config.model.backend
    if name == "ollama":
        from agent.backends.ollama import OllamaBackend

        return OllamaBackend(config.ollama)
    if name == "embedded":
        from agent.backends.embedded import EmbeddedBackend

        return EmbeddedBackend(config.embedded)
    if name == "fixed":
        from agent.backends.fixed import FixedBackend

        return FixedBackend(config.fixed)
    raise ValueError(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")


def make_classifier(config: Config, backend: str | None = None) -> Classifier:
    return Classifier(make_backend(config, backend), config.prompt)


def make_judge(config: Config, backend: str | None = None, db: Database | None = None) -> Cascade:
    """The cascade: the fast path (its state in data_dir/fastpath and the database) in
    front of the model backend; `none` means the fast path alone."""
    name = backend or config.model.backend
    classifier = None if name == "none" else make_classifier(config, name)
    fast = FastPath(fast_path_dir(config), db, config.fast_path)
    return Cascade(fast, classifier, db, config.cascade)


def fast_path_dir(config: Config) -> Path:
    return config.data_dir / "fastpath"


def open_db(config: Config) -> Database:
    config.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return open_database(config.database_url)
