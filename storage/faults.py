"""Storage faults: mailwarden cannot write its own files (disk full, read-only, no
permission, a file where its data folder should be).

These are the machine's state, not bugs, so they reach the user as one sentence that
names the path and the fix (`StorageFault`, a `DatabaseError`, is in the CLI's
one-line errors), and the traceback goes to the debug log only. The service treats
them as a pause: it backs off and carries on when the fault clears
(`pipeline/faults.py`); commands exit non-zero.

SQLite reports the same fault in several ways: a full disk is SQLITE_FULL ("database or
disk is full") on a connection that is already open, but SQLITE_IOERR_SHMSIZE ("disk I/O
error") when a new connection cannot size its WAL index; a read-only file system is
SQLITE_CANTOPEN ("unable to open database file"), because WAL needs to create the -shm
file; an immutable or 0444 database file is SQLITE_READONLY. So the vague codes are
diagnosed by looking at the path itself (`diagnose`).
"""

from __future__ import annotations

import errno
import getpass
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy.exc import DBAPIError

from storage.errors import DatabaseError

FULL = "full"
READ_ONLY = "read-only"
NO_PERMISSION = "no permission"
NOT_A_FOLDER = "not a folder"
UNUSABLE = "unusable"

MIN_FREE_BYTES = 64 * 2**20
"""Below this much free space at start, `low_space_warning` says so. A SQLite database
needs room beside it: the write-ahead log grows by about 4 MiB between checkpoints (1000
pages of 4 KiB, SQLite's default) and more while a reader keeps an old snapshot open,
which the service's threads and the API always do; the fast path's text model is
rewritten whole through a temporary file beside the old one (21 MB for a model trained
on the bundled sample); and a schema upgrade may copy a table. 64 MiB covers those
with room to spare; the database's own size is added on top (`needed_headroom`)."""

FILE_SIZE_LIMIT = "file size limit"

NEARLY_FULL_BYTES = 2**20
"""Less free than this, and a vague I/O error is taken to be a full disk."""


class StorageFault(DatabaseError):
    """mailwarden cannot write (or open) one of its files; `kind` is one of FULL,
    READ_ONLY, NO_PERMISSION, NOT_A_FOLDER, UNUSABLE and `path` the file or folder.
    The text says what happened and what to do, in one sentence."""

    def __init__(self, kind: str, path: Path | str, message: str):
        super().__init__(message)
        self.kind = kind
        self.path = str(path)


def fault_from_os_error(err: OSError, path: Path | str | None = None) -> StorageFault | None:
    """The storage fault `err` is, or None when it is another kind of OSError."""
    target = Path(err.filename) if err.filename else (Path(path) if path is not None else None)
    if target is None:
        return None
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return _fault(FULL, target)
    if err.errno == errno.EFBIG:
        return _fault(FULL, target, FILE_SIZE_LIMIT)
    if err.errno == errno.EROFS:
        return _fault(READ_ONLY, target, "its file system is read-only")
    if err.errno in (errno.EACCES, errno.EPERM):
        found = diagnose(target)
        return _fault(*found) if found is not None else _fault(NO_PERMISSION, target)
    if err.errno in (errno.ENOTDIR, errno.EEXIST):
        # mkdir on a file (EEXIST), or a path through a file (ENOTDIR).
        if err.errno == errno.EEXIST and target.exists() and not target.is_dir():
            return _fault(NOT_A_FOLDER, target)
        found = diagnose(target)
        return _fault(*found) if found is not None and found[0] == NOT_A_FOLDER else None
    return None


def fault_from_database_error(err: DBAPIError, path: Path | str) -> StorageFault | None:
    """The storage fault behind a database error, or None when it is not one (a
    constraint, a lock, a bug)."""
    orig = err.orig
    name = getattr(orig, "sqlite_errorname", "") or ""
    text = str(orig)
    if isinstance(orig, OSError):
        return fault_from_os_error(orig, path)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text or "No space left" in text:
        return _fault(FULL, Path(path))
    vague = (name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM"))
             or any(s in text for s in ("readonly database", "unable to open database file", "disk I/O error")))
    if not vague or "://" in str(path):  # a server's database: its files are not ours to look at
        return None
    found = diagnose(Path(path))
    if found is not None:
        return _fault(*found)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return _fault(READ_ONLY, Path(path), "the database is opened read-only")
    return StorageFault(UNUSABLE, path, f"cannot use the database {path}: {text} ({name or 'no code'}); check that "
                                        "its folder exists and is writable and that the disk is healthy (dmesg)")


def diagnose(path: Path) -> tuple[str, Path, str] | None:
    """Why `path` (a file to write, or a folder) cannot be written, from the file system
    itself: (kind, the path to name, detail), or None when nothing there explains it."""
    path = Path(path)
    existing = path
    while not existing.exists():
        if existing.parent == existing:
            return None
        existing = existing.parent
    if existing != path and not existing.is_dir():
        return NOT_A_FOLDER, existing, ""
    folder = existing if existing.is_dir() else existing.parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY:
        return READ_ONLY, path, "its file system is read-only"
    if stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES:
        return FULL, path, ""
    if _near_file_size_limit(path):  # SQLite reports EFBIG as a vague I/O error
        return FULL, path, FILE_SIZE_LIMIT
    if path.exists() and not os.access(path, os.W_OK):
        return READ_ONLY, path, "the file is read-only (its permissions, or `chattr +i`)"
    if not os.access(folder, os.W_OK):
        return NO_PERMISSION, folder, ""
    return None


def _fault(kind: str, path: Path, detail: str = "") -> StorageFault:
    user = _user()
    if kind == FULL and detail == FILE_SIZE_LIMIT:
        message = (f"cannot write {path}: it would pass this process's file size limit ({_file_size_limit()} bytes); "
                   "raise the limit (`ulimit -f`, systemd's LimitFSIZE=)")
    elif kind == FULL:
        wal = " (a SQLite database needs room for its write-ahead log too)" if _is_sqlite(path) else ""
        message = f"cannot write {path}: the disk is full; free some space on it{wal}"
    elif kind == READ_ONLY:
        fix = "remount it read-write" if "file system" in detail else f"make it writable for {user} (`chattr -i`, chmod)"
        message = f"cannot write {path}: {detail or 'it is read-only'}; {fix} or set data_dir to a writable folder"
    elif kind == NO_PERMISSION:
        message = (f"cannot write in {path}: permission denied for {user}; give {user} write access to it "
                   "or set data_dir to a folder it owns")
    elif kind == NOT_A_FOLDER:
        message = (f"cannot use {path} as a folder: it is a file; set data_dir to a folder "
                   "(or move that file away)")
    else:
        message = f"cannot use {path}: {detail}"
    return StorageFault(kind, path, message)


def _file_size_limit() -> int | None:
    try:
        import resource
    except ImportError:  # not POSIX
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def _near_file_size_limit(path: Path) -> bool:
    """Is there a file size limit that `path`, or its SQLite side files, are up against?"""
    limit = _file_size_limit()
    if limit is None:
        return False
    sizes = [p.stat().st_size for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
             if p.is_file()]
    return limit <= max(sizes, default=0) + NEARLY_FULL_BYTES


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a container's arbitrary uid)
        return f"uid {os.getuid()}"


def _is_sqlite(path: Path) -> bool:
    return path.suffix in (".sqlite", ".sqlite3", ".db") or path.name.endswith(("-wal", "-shm"))


@contextmanager
def storage_faults(path: Path | str) -> Iterator[None]:
    """Turn the OS and database errors of a block that writes `path` into StorageFault;
    anything else passes unchanged."""
    try:
        yield
    except StorageFault:
        raise
    except DBAPIError as err:
        fault = fault_from_database_error(err, path)
        if fault is None:
            raise
        raise fault from err
    except OSError as err:
        fault = fault_from_os_error(err, path)
        if fault is None:
            raise
        raise fault from err


def free_bytes(path: Path) -> int:
    """Free space for this user on the file system holding `path` (or its nearest
    existing parent)."""
    path = Path(path)
    while not path.exists() and path.parent != path:
        path = path.parent
    stats = os.statvfs(path if path.is_dir() else path.parent)
    return stats.f_bavail * stats.f_frsize


def needed_headroom(database: Path) -> int:
    """MIN_FREE_BYTES plus the database and its write-ahead log as they are now."""
    size = sum(p.stat().st_size for p in (database, database.with_name(database.name + "-wal")) if p.exists())
    return MIN_FREE_BYTES + size


def low_space_warning(database: Path) -> str | None:
    """One line when the disk holding `database` has less free space than it needs
    (`needed_headroom`), None otherwise."""
    free, needed = free_bytes(database), needed_headroom(database)
    if free >= needed:
        return None
    return (f"only {_mib(free)} free on the disk holding {database} (it should have {_mib(needed)}: room for the "
            "write-ahead log, the model file and upgrades); free some space, or mailwarden pauses when the disk "
            "fills up")


def _mib(n: int) -> str:
    return f"{n / 2**20:.0f} MiB" if n >= 2**20 else f"{n / 1024:.0f} KiB"
