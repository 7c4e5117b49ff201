"""Files written beside the database (the text model, key files, the dashboard): whole
or not at all.

A write goes to a temporary file in the same folder and is renamed over the target, so
a reader, or a crash, never sees half a file; when the write fails (a full disk, most
often) the temporary file is removed, so a failure leaves nothing behind, and the
error is a `StorageFault` naming the file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from storage.faults import storage_faults


def write_atomically(path: Path, data: bytes | Callable[[Path], None], mode: int = 0o600) -> None:
    """Replace `path` with `data`, or with what `data(temporary_path)` writes there."""
    _write(Path(path), data, mode, exclusive=False)


def create_exclusively(path: Path, data: bytes, mode: int = 0o600) -> bool:
    """Create `path` holding `data` unless it exists; False when another process made it
    first (then theirs is kept). Either way the file is never seen empty or half written,
    which matters for a key: an empty key file would stop every later start, and an
    empty API token would let in a client that sends none. An empty file already there
    (such a write cut short by an older version) counts as missing: nothing can have
    been sealed or authorised with it."""
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        path.unlink(missing_ok=True)
    return _write(path, data, mode, exclusive=True)


def missing_or_empty(path: Path) -> bool:
    """Whether `create_exclusively` has something to do for `path`."""
    return not path.is_file() or path.stat().st_size == 0


def _write(path: Path, data, mode: int, exclusive: bool) -> bool:
    with storage_faults(path):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
        tmp = Path(name)
        try:
            os.fchmod(fd, mode)
            if callable(data):
                os.close(fd)
                fd = -1
                data(tmp)
            else:
                with os.fdopen(fd, "wb") as f:
                    fd = -1
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
            if not exclusive:
                os.replace(tmp, path)
                return True
            try:
                os.link(tmp, path)  # fails if the file exists: the first writer wins
            except FileExistsError:
                return False
            except OSError as err:
                if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                    raise
                return _create_without_links(path, tmp.read_bytes(), mode)
            return True
        finally:
            if fd >= 0:
                os.close(fd)
            tmp.unlink(missing_ok=True)


def _create_without_links(path: Path, data: bytes, mode: int) -> bool:
    """For file systems without hard links: O_EXCL, and the file removed if the write fails."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return True
