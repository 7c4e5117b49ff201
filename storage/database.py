"""Opening the database: the URL, the file's permissions, SQLite's settings, migrations.

A SQLite file under the owner's data directory by default; any SQLAlchemy URL
(PostgreSQL for several workers or hosts) by config. Every open upgrades the schema
in place with the Alembic steps shipped in `storage/migrations`, so an old file keeps
its data across releases.

SQLite is used from several threads (the IMAP workers), so:
- WAL journal: readers never block the writer and the writer never blocks readers;
- `busy_timeout`: a writer waits for the lock instead of failing at once;
- write sessions start with `BEGIN IMMEDIATE`: taking the write lock up front avoids the
  deadlock where two deferred transactions both read and then both try to write, which
  SQLite resolves by failing one of them with "database is locked" regardless of
  busy_timeout.

Every transaction goes through `Database.session()` or `Database.reader()`, so that is
where a full disk or a read-only file becomes a `StorageFault` (storage/faults.py): one
sentence naming the file and the fix, not a driver traceback. A SQLite database needs
free space beside it for its write-ahead log (see `faults.MIN_FREE_BYTES`).
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import DatabaseError
from storage.faults import fault_from_database_error, fault_from_os_error, storage_faults

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000


class StorageSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str | None = None
    """SQLAlchemy URL; empty means `sqlite:///<data_dir>/mailwarden.sqlite`."""


class Database:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.vault = None
        """A `storage.vault.Vault` when message excerpts may be kept (set by the opener)."""
        self.audit = None
        """A `storage.audit.AuditLog` when changes are to be audited (set by the opener)."""
        self.excerpt_chars: int | None = None
        """How much of a message's text its sealed excerpt keeps (set by the opener from
        `prompt.example_body_chars`); None: the excerpt's own default."""
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(engine.execution_options(mailwarden_read_only=True), expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> str:
        """The SQLite file, or the URL (without password) for another database: what a
        storage fault names."""
        url = self.engine.url
        return url.database if url.get_backend_name() == "sqlite" and url.database else self.url

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on error.
        A full disk or a read-only file raises `StorageFault`, the transaction undone."""
        with storage_faults(self.path), self._write() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only view that does not take SQLite's write lock."""
        with storage_faults(self.path), self._read() as session:
            yield session

    def check_writable(self) -> None:
        """Raise `StorageFault` unless a write can commit now. Opening a database whose
        schema is current writes nothing, so a read-only file gets that far; this writes
        one row (with the value it has)."""
        with self.session() as s:
            s.execute(text("UPDATE alembic_version SET version_num = version_num"))

    def close(self) -> None:
        self.engine.dispose()


def sqlite_url_for(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir) / 'mailwarden.sqlite'}"


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database at `url`."""
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        _prepare_sqlite_file(Path(parsed.database))
    try:
        engine = create_engine(url, future=True)
    except Exception as err:
        raise DatabaseError(f"cannot use database URL {parsed.render_as_string(hide_password=True)}: {err}") from err
    if is_sqlite:
        _configure_sqlite(engine)
    db = Database(engine)
    if migrate:
        try:
            upgrade_schema(engine)
        except DBAPIError as err:
            fault = fault_from_database_error(err, db.path)
            if fault is not None:
                raise fault from err
            raise DatabaseError(
                f"cannot open or upgrade the database {db.url}: {err.__class__.__name__}: {err.orig}; "
                "check that the path is writable and the disk is not full."
            ) from err
        except SQLAlchemyError as err:
            raise DatabaseError(
                f"cannot open or upgrade the database {db.url}: {err.__class__.__name__}: {err.orig if hasattr(err, 'orig') else err}; "
                "check that the path is writable and the disk is not full."
            ) from err
    return db


MIGRATIONS = resources.files("storage").joinpath("migrations")
MIGRATION_LOCK = 0x6D772D736368656D  # "mw-schem": the advisory lock one upgrade at a time holds on PostgreSQL


def upgrade_schema(engine: Engine) -> None:
    """Apply every Alembic step not yet applied (idempotent).

    A database already at the newest step is left alone without loading Alembic: that
    check is one SELECT, where Alembic's own (importing it, reading every step, taking
    the write lock) took 0.22-0.27 s of the 1.5-2.0 s `mailwarden status` took on a loaded
    2-core machine, and every command opens the database."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several processes starting at once on a new database: one upgrades, the
            # others wait for it here and then find nothing left to do.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def shipped_head() -> str:
    """The newest migration step shipped. Steps are one line, each in `versions/NNNN_what.py`
    with revision "NNNN", so the highest number is the head (tests/test_cli_startup.py
    checks this against Alembic's own reading of the steps)."""
    steps = MIGRATIONS.joinpath("versions").iterdir()
    return max(f.name for f in steps if f.name[:4].isdigit() and f.name.endswith(".py"))[:4]


def _at_head(engine: Engine) -> bool:
    """Is the schema at the newest step? Read without SQLite's write lock; any trouble
    (no such table yet, a file that cannot be read) means "go through Alembic", which
    then reports it as it always has."""
    try:
        with engine.execution_options(mailwarden_read_only=True).connect() as connection:
            found = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except SQLAlchemyError:
        return False
    return found == [shipped_head()]


def _prepare_sqlite_file(path: Path) -> None:
    """Create the directory (0700) and the file (0600): mail metadata is the owner's alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    except OSError as err:
        fault = fault_from_os_error(err, path)
        if fault is not None:
            raise fault from err
        raise DatabaseError(f"cannot create the database file {path}: {err.strerror}; choose a writable data_dir.") from err


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001 - DBAPI types
        # Let SQLAlchemy's "begin" event below issue BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        try:  # storage.reputation decays marks in SQL; SQLite has power() only when built with its math functions
            cursor.execute("SELECT power(2.0, 0.5)")
        except sqlite3.OperationalError:
            dbapi_connection.create_function("power", 2, math.pow, deterministic=True)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # noqa: ANN001
        if connection.get_execution_options().get("mailwarden_read_only"):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
