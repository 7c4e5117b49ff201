"""Building the working parts from the configuration: backend, classifier, database.

The judging side (the fast path's numpy and scikit-learn, the learning orchestrator,
the model clients) is imported inside the functions that build it, so that the commands
that only read the database (`status`, `stats`, `rules`, `audit`) open it through here
without loading any of that.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.backend_names import BACKENDS
from pipeline.config import Config, config_fingerprint
from pipeline.ownership import OwnerLock
from storage import Database, open_database
from storage.audit import AuditLog, last_data, note
from storage.faults import storage_faults
from storage.vault import Vault

if TYPE_CHECKING:
    from agent.backends.base import Backend
    from agent.cascade import Cascade
    from agent.classifier import Classifier
    from agent.fast_path import FastPath
    from agent.learning import Learning
    from agent.message import ParsedMessage
    from agent.rate_limits import ModelGate
    from pipeline.corrections import Corrections

def make_backend(config: Config, name: str | None = None) -> Backend:
    name = name or config.model.backend
    if config.model.hosts and name in ("ollama", "openai"):
        from agent.backends.spread import SpreadBackend

        field, settings = ("host", config.ollama) if name == "ollama" else ("base_url", config.openai)
        per_host = [config.model_copy(update={name: settings.model_copy(update={field: host})})
                    for host in config.model.hosts]
        return SpreadBackend([_one_backend(c, name) for c in per_host], list(config.model.hosts))
    return _one_backend(config, name)


def _one_backend(config: Config, name: str) -> Backend:
    if name == "ollama":
        from agent.backends.ollama import OllamaBackend

        return OllamaBackend(config.ollama)
    if name == "openai":
        from agent.backends.openai_compatible import OpenAIBackend

        return OpenAIBackend(config.openai, unseal=Vault.for_data_dir(config.data_dir).open)
    if name == "embedded":
        from agent.backends.embedded import EmbeddedBackend

        return EmbeddedBackend(config.embedded)
    if name == "fixed":
        from agent.backends.fixed import FixedBackend

        return FixedBackend(config.fixed)
    raise ValueError(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")


def make_classifier(config: Config, backend: str | None = None) -> Classifier:
    from agent.classifier import Classifier

    return Classifier(make_backend(config, backend), config.prompt)


def make_judge(config: Config, backend: str | None = None, db: Database | None = None,
               account: str | None = None, classifier: Classifier | None = None,
               gate: ModelGate | None = None, learning: Learning | None = None) -> Cascade:
    """The cascade: the fast path (its state in data_dir/fastpath and the database) in
    front of the model backend; `none` means the fast path alone. With
    `fast_path.per_account`, `account` picks that account's own text model. Pass a
    `classifier` (and `gate`, `learning`) to share one model backend (its rate limits,
    the rules and their cache) between several judges."""
    from agent.cascade import Cascade
    from agent.examples import ExampleMemory
    from agent.fast_path import FastPath
    from agent.guard import Guard
    from agent.rate_limits import ModelGate

    name = backend or config.model.backend
    if classifier is None and name != "none":
        classifier = make_classifier(config, name)
    fast = FastPath(fast_path_dir(config, account), db, config.fast_path,
                    fallback_dir=fast_path_dir(config) if account and config.fast_path.per_account else None,
                    starter_dir=starter_for(config))
    if learning is None and db is not None:
        learning = make_learning(config, db)
    examples = ExampleMemory(db) if db is not None else None
    return Cascade(fast, classifier if name != "none" else None, db, config.cascade, learning, examples,
                   guard=Guard(config.guard), gate=gate or ModelGate(config.rate_limits))


def starter_for(config: Config) -> Path | None:
    """The starter model's folder, unless `[fast_path] starter = false`."""
    from pipeline.training import starter_dir

    return starter_dir() if config.fast_path.starter else None


def owner_lock(config: Config) -> OwnerLock:
    """The lock that makes one process at a time the writer of the model files."""
    return OwnerLock(config.data_dir)


def make_corrections(config: Config, db: Database, judges: dict[str | None, Cascade] | None = None,
                     lock: OwnerLock | None = None) -> Corrections:
    """Recording and learning corrections. With `judges` (a service), their fast paths
    are the ones that learn, and their rules are the ones scored; without, the model
    files are loaded only if this process gets to learn what it records (no service)."""
    from agent.fast_path import FastPath
    from pipeline.corrections import Corrections

    def models() -> dict[str | None, FastPath]:
        found = {name: judge.fast for name, judge in (judges or {}).items() if judge.fast is not None}
        if None not in found:
            found[None] = FastPath(fast_path_dir(config), db, config.fast_path, starter_dir=starter_for(config))
        if not config.fast_path.per_account:
            return {None: found[None]}
        for account in config.accounts:
            if account.name not in found:
                found[account.name] = FastPath(fast_path_dir(config, account.name), db, config.fast_path,
                                               fallback_dir=fast_path_dir(config), starter_dir=starter_for(config))
        return found

    learning = next((j.learning for j in (judges or {}).values() if j.learning is not None), None)
    return Corrections(db, models, lock=lock if lock is not None else owner_lock(config),
                       learning=learning or make_learning(config, db), reputation=config.fast_path.reputation)


def make_learning(config: Config, db: Database) -> Learning:
    from agent.learning import Learning

    return Learning(db, config.learning, public_sample=load_bundled_sample)


def load_bundled_sample() -> list[tuple[ParsedMessage, str]]:
    """The shipped labelled sample, parsed: what a new rule must not contradict."""
    from pipeline.parsing import parse_message
    from pipeline.sources import read_messages
    from pipeline.training import bundled_sample

    spam, ham = bundled_sample()
    out = []
    for label, folder in (("spam", spam), ("ham", ham)):
        out.extend((parse_message(raw.data), label) for raw in read_messages([folder]))
    return out


def make_judges(config: Config, backend: str | None, db: Database) -> dict[str | None, Cascade]:
    """One judge per configured account, sharing the model backend (and, unless
    `fast_path.per_account`, the text model too); under None, the one for mail of no
    account (the API's /classify, files)."""
    from agent.rate_limits import ModelGate

    name = backend or config.model.backend
    classifier = None if name == "none" else make_classifier(config, name)
    gate = ModelGate(config.rate_limits)
    learning = make_learning(config, db)
    shared = make_judge(config, name, db, classifier=classifier, gate=gate, learning=learning)
    if not config.fast_path.per_account:
        return {None: shared, **{a.name: shared for a in config.accounts}}
    return {None: shared, **{a.name: make_judge(config, name, db, account=a.name, classifier=classifier, gate=gate,
                                                learning=learning)
                             for a in config.accounts}}


def fast_path_dir(config: Config, account: str | None = None) -> Path:
    base = config.data_dir / "fastpath"
    if account and config.fast_path.per_account:
        return base / "accounts" / account
    return base


def open_db(config: Config) -> Database:
    """The database with its vault (and how much of each message it keeps sealed) and
    its audit log. A data_dir that cannot be made or
    written (a file in its place, a full or read-only disk) is a `StorageFault`."""
    with storage_faults(config.data_dir):
        config.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    db = open_database(config.database_url)
    db.vault = Vault.for_data_dir(config.data_dir)
    db.excerpt_chars = config.prompt.example_body_chars
    if config.audit.enabled:
        db.audit = AuditLog.for_data_dir(config.data_dir, config.audit)
    return db


def backend_is_local_server(config: Config, backend: str | None) -> bool:
    """Is the model served by a process on this machine the monitor can sample?"""
    if (backend or config.model.backend) != "ollama":
        return False
    from urllib.parse import urlsplit

    host = urlsplit(config.ollama.host if "://" in config.ollama.host else f"http://{config.ollama.host}").hostname
    return host in ("127.0.0.1", "localhost", "::1")


def start_api(config: Config, db: Database, judges: dict[str | None, Cascade] | Cascade, corrections=None,
              queue_depth=lambda: 0):
    """Serve the HTTP API in a thread (for `run` with [api] enabled, and `api serve`).
    `corrections`: the service's, when it runs; else corrections are recorded and
    applied like the CLI's (`Corrections.settle`)."""
    from agent.cascade import Cascade
    from pipeline.api import ApiServer, api_token, create_app

    judge = judges if isinstance(judges, Cascade) else judges[None]
    by_account = {} if isinstance(judges, Cascade) else {k: v for k, v in judges.items() if k is not None}
    token = api_token(config.api, config.data_dir)
    corrections = corrections if corrections is not None else make_corrections(config, db)
    app = create_app(db, judge, token=token, settings=config.api, account_judges=by_account,
                     client_limit=config.rate_limits.api_client, tiers=config.tiers, queue_depth=queue_depth,
                     corrections=corrections,
                     web=make_web(config, db, corrections, token) if config.web.enabled else None)
    return ApiServer(app, config.api.host, config.api.port, config.api).start()


def make_web(config: Config, db: Database, corrections: Corrections | None, token: str):
    """What the web page works with (`pipeline.web.pages.WebContext`)."""
    from pipeline.web.auth import Sessions, web_key
    from pipeline.web.links import Links
    from pipeline.web.pages import WebContext

    key = web_key(config.data_dir)
    return WebContext(db=db, accounts=config.accounts, corrections=corrections,
                      sessions=Sessions(db, key, token, config.web.session_hours * 3600),
                      links=Links(key, config.digest.link_days), settings=config.web, tiers=config.tiers)


def audit_config(db: Database, config: Config) -> list[str]:
    """Record the configuration in the audit log when it differs from the last one
    recorded; returns the changed keys (all of them the first time). `run` calls this
    first, so a key ring that is missing while the log holds records stops the service
    here, in one line, rather than at every message."""
    current = config_fingerprint(config)
    with db.session() as s:
        if db.audit is not None:
            db.audit.signing_keys(s)
        last = last_data(s, "config")
        before = last.get("settings", {}) if last is not None else {}
        changed = sorted(k for k in set(current) | set(before) if current.get(k) != before.get(k))
        if changed:
            note(db, s, "config", "configuration", changed=changed[:200], settings=current)
    return changed
