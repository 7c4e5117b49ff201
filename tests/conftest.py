import errno
import os
import socket
import subprocess
from pathlib import Path

import pytest

from tests.fake_ollama import FakeOllama

TESTS = Path(__file__).parent
CORPUS = TESTS / "corpus"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch):
    """Every test gets its own data directory and no config from the machine it runs on."""
    for name in list(__import__("os").environ):
        if name.startswith("MAILWARDEN_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MAILWARDEN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def db(tmp_path):
    """A fresh SQLite database (no vault, no audit log: the bare storage)."""
    from storage import open_database

    database = open_database(f"sqlite:///{tmp_path / 'mw.sqlite'}")
    yield database
    database.close()


@pytest.fixture
def fake_ollama():
    with FakeOllama() as server:
        yield server


@pytest.fixture
def closed_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def corpus_messages(label: str) -> list[Path]:
    return sorted((CORPUS / label).iterdir())


@pytest.fixture(scope="session")
def dovecot_server():
    from mailwarden_dev.dovecot import Dovecot

    server = Dovecot()
    server.start()
    yield server
    server.cleanup()


@pytest.fixture
def dovecot(dovecot_server):
    """The session's Dovecot, started again if a test stopped it."""
    if dovecot_server.process is None or dovecot_server.process.poll() is not None:
        dovecot_server.start()
    return dovecot_server


@pytest.fixture(scope="module")
def tls_dovecot():
    """A Dovecot that also speaks TLS: implicit on `tls_port`, STARTTLS on `port`."""
    from mailwarden_dev.dovecot import Dovecot

    server = Dovecot(tls=True)
    server.start()
    yield server
    server.cleanup()


@pytest.fixture
def mail_user(dovecot):
    """A fresh mail user for this test: (user, password)."""
    return dovecot.add_user()


class SmallDisk:
    """A file system that really fills up, for the tests of a full disk.

    A 16 MiB tmpfs mounted for the test where this user may mount one (root, here);
    elsewhere a file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so the write fails
    with EFBIG instead of killing the process) for the processes the test starts with
    `popen_kwargs()`: the nearest an unprivileged user gets to a full disk. Set
    MW_TEST_SMALL_DISK=rlimit to try the second way as root.
    """

    SIZE = 16 * 2**20

    def __init__(self, root: Path, mode: str):
        self.root, self.mode = root, mode
        self._limit: int | None = None
        self._filler = root / "filler"

    def fill(self, leave: int = 0) -> None:
        """Leave `leave` bytes free (a tmpfs rounds to its 4 KiB pages)."""
        if self.mode == "rlimit":
            self._limit = leave
            return
        free = self.free()
        with open(self._filler, "ab", buffering=0) as f:
            if free > leave:
                try:
                    os.posix_fallocate(f.fileno(), os.fstat(f.fileno()).st_size, free - leave)
                except OSError as err:  # a running service took some of it meanwhile
                    if err.errno != errno.ENOSPC or leave:
                        raise
            if leave == 0:
                try:  # whatever the allocation rounding left
                    while True:
                        f.write(b"\0" * 4096)
                except OSError:
                    pass

    def make_room(self) -> None:
        self._limit = None
        self._filler.unlink(missing_ok=True)

    def free(self) -> int:
        stats = os.statvfs(self.root)
        return stats.f_bavail * stats.f_frsize

    def popen_kwargs(self) -> dict:
        if self._limit is None:
            return {}
        limit = self._limit

        def limited():
            import resource
            import signal

            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        # joblib warns that it cannot make its semaphores under the limit: not our line.
        return {"preexec_fn": limited, "env": {"PYTHONWARNINGS": "ignore"}}


@pytest.fixture
def small_disk(tmp_path):
    root = tmp_path / "disk"
    root.mkdir()
    mounted = False
    if os.environ.get("MW_TEST_SMALL_DISK") != "rlimit":
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SmallDisk.SIZE},mode=0700", "tmpfs",
                                  str(root)], capture_output=True).returncode == 0
    if mounted:
        mode = "tmpfs"
    else:
        try:
            import resource  # noqa: F401 - POSIX only
        except ImportError:
            pytest.skip("no way to fill a disk here: cannot mount a tmpfs (needs root) and no RLIMIT_FSIZE")
        mode = "rlimit"
    disk = SmallDisk(root, mode)
    try:
        yield disk
    finally:
        if mounted:
            subprocess.run(["chattr", "-R", "-i", str(root)], capture_output=True)
            subprocess.run(["mount", "-o", "remount,rw", str(root)], capture_output=True)
            if subprocess.run(["umount", str(root)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(root)], capture_output=True)


@pytest.fixture
def read_only():
    """make(path): make that file refuse writes, for real. As root chmod does not stop
    root, so `chattr +i` (the immutable flag: root too gets EPERM, SQLite opens the file
    read-only and says "attempt to write a readonly database"); as another user, chmod
    0444. Undone at teardown so the temp dir can be removed."""
    made: list[Path] = []

    def make(path: Path) -> None:
        if os.geteuid() == 0:
            if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
                pytest.skip(f"cannot make {path} read-only for root here (chattr +i failed)")
        else:
            path.chmod(0o444)
        made.append(path)

    yield make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        else:
            path.chmod(0o600)
