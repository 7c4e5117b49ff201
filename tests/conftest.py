import errno
import hashlib
import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fake_ollama import FakeOllama
from tests.helpers import CORPUS, MAILWARDEN, REPO, TESTS, corpus_messages, sqlite_db  # noqa: F401 - CORPUS, TESTS: the names tests imported from here


def _clean_environment(monkeypatch: pytest.MonkeyPatch, data_dir: Path, cwd: Path) -> None:
    for name in list(os.environ):
        if name.startswith("MAILWARDEN_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MAILWARDEN_DATA_DIR", str(data_dir))
    # An untrained install asks the model about everything, as most tests expect; the
    # starter model's own tests (test_novel_mail) turn it back on.
    monkeypatch.setenv("MAILWARDEN_FAST_PATH__STARTER", "false")
    monkeypatch.chdir(cwd)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch):
    """Every test gets its own data directory and no config from the machine it runs on."""
    _clean_environment(monkeypatch, tmp_path / "data", tmp_path)
    return tmp_path


# ------------------------------------------------------------ trained once per session
#
# Training the fast path on the 40 corpus messages takes 10-35 s on 2 busy cores (the
# bundled 700 about as long again), loading the result 20 ms. So each trained state is
# made once per session, and a test reads it as it is or works on a copy of it; a
# template that a test changed anyway fails the session at its end (`_unchanged`).


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _unchanged(root: Path, before: dict[str, str]) -> None:
    after = _digest(root)
    assert after == before, (f"a test changed the shared trained state in {root}: copy it first "
                             f"(changed: {sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))})")


@pytest.fixture(scope="session")
def corpus_model(tmp_path_factory) -> Path:
    """A fast path trained on tests/corpus (20 spam, 20 ham) through the library, as
    `FastPath.train` does it: ROOT/fastpath/ holds the text model, ROOT/mw.sqlite the
    database with the reputation counts the training made. Read only: to change it,
    take `trained_copy`."""
    from agent.fast_path import FastPath
    from pipeline.parsing import parse_message
    from storage import open_database

    root = tmp_path_factory.mktemp("corpus-model")
    database = open_database(f"sqlite:///{root / 'mw.sqlite'}")
    spam = [parse_message(p.read_bytes()) for p in corpus_messages("spam")]
    ham = [parse_message(p.read_bytes()) for p in corpus_messages("ham")]
    FastPath(root / "fastpath", database).train(spam + ham, ["spam"] * len(spam) + ["ham"] * len(ham))
    database.close()
    digest = _digest(root)
    yield root
    _unchanged(root, digest)


@pytest.fixture
def trained_copy(corpus_model, tmp_path) -> Path:
    """This test's own copy of `corpus_model` (same layout), free to change."""
    return Path(shutil.copytree(corpus_model, tmp_path / "trained"))


@pytest.fixture
def trained_db(trained_copy):
    """The database of `trained_copy`: a fresh database plus the training's reputation counts."""
    yield from sqlite_db(trained_copy)


@pytest.fixture
def trained_fast(trained_copy, trained_db):
    """A fast path trained on the corpus sample, on `trained_db`; this test's to change."""
    from agent.fast_path import FastPath

    return FastPath(trained_copy / "fastpath", trained_db)


@dataclass(frozen=True)
class TrainedDataDir:
    """A data directory after one `mailwarden train`, run in a process of its own (so
    its database is closed and whole when it is copied)."""

    path: Path
    output: str
    """What `train` printed."""

    def copy_to(self, data_dir: Path) -> str:
        shutil.copytree(self.path, data_dir)
        return self.output


def _cli_train(tmp_path_factory, name: str, *args: str):
    root = tmp_path_factory.mktemp(name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILWARDEN_")}
    env.update(PYTHONPATH=str(REPO), MAILWARDEN_DATA_DIR=str(root / "data"))
    result = subprocess.run([*MAILWARDEN, "train", *args], capture_output=True, text=True, cwd=root, env=env,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    digest = _digest(root / "data")
    yield TrainedDataDir(root / "data", result.stdout)
    _unchanged(root / "data", digest)


@pytest.fixture(scope="session")
def corpus_data_dir(tmp_path_factory):
    """A data directory after `mailwarden train --spam tests/corpus/spam --ham tests/corpus/ham`."""
    yield from _cli_train(tmp_path_factory, "corpus-data", "--spam", str(CORPUS / "spam"), "--ham", str(CORPUS / "ham"))


@pytest.fixture(scope="session")
def bundled_data_dir(tmp_path_factory):
    """A data directory after `mailwarden train --bundled` (the public sample: 300 spam, 400 ham)."""
    yield from _cli_train(tmp_path_factory, "bundled-data", "--bundled")


@pytest.fixture
def trained_on_corpus(corpus_data_dir, isolated_environment) -> str:
    """This test's data directory (MAILWARDEN_DATA_DIR) as `train` on the corpus sample
    leaves it; what `train` printed."""
    return corpus_data_dir.copy_to(isolated_environment / "data")


@pytest.fixture
def trained_on_bundled(bundled_data_dir, isolated_environment) -> str:
    """This test's data directory as `train --bundled` leaves it; what `train` printed."""
    return bundled_data_dir.copy_to(isolated_environment / "data")


@pytest.fixture
def db(tmp_path):
    """A fresh SQLite database (no vault, no audit log: the bare storage)."""
    yield from sqlite_db(tmp_path)


@pytest.fixture(scope="session")
def postgres_server():
    """The session's PostgreSQL (Debian's `postgresql`; .ci/run installs it): skipped
    where it is not installed."""
    from mailwarden_dev.postgres import Postgres, PostgresMissing

    try:
        server = Postgres().start()
    except PostgresMissing as err:
        pytest.skip(str(err))
    yield server
    server.cleanup()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request, tmp_path):
    """A fresh, empty database of each kind mailwarden stores in: a SQLite file, and a
    new database on the session's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'mailwarden.sqlite'}"
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture
def any_db(any_db_url):
    """`db`, on SQLite and on PostgreSQL."""
    from storage import open_database

    database = open_database(any_db_url)
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


SLOW_FIXTURES = frozenset({"dovecot_server", "dovecot", "tls_dovecot", "mail_user", "corpus_model", "trained_copy",
                           "corpus_data_dir", "bundled_data_dir", "trained_on_corpus", "trained_on_bundled",
                           "small_disk"})
"""A test that needs one of these (a real Dovecot, a model trained on a corpus, a
loop-mounted small disk) takes seconds, so it is in the slow tier whatever its module."""

SLOW_MODULES = frozenset({"test_crash_recovery", "test_demo", "test_embedded_backend", "test_neighbours"})
"""Modules whose tests start whole `mailwarden` processes or the real model, or fit the
neighbour memory on a corpus (2-4 s each)."""


def pytest_collection_modifyitems(config, items):  # noqa: ARG001
    """Mark the slow tier: `-m "not slow"` leaves the tests that run in well under a second."""
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
        if module in SLOW_MODULES or SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
