import socket
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
    from pipeline.dovecot import Dovecot

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
    from pipeline.dovecot import Dovecot

    server = Dovecot(tls=True)
    server.start()
    yield server
    server.cleanup()


@pytest.fixture
def mail_user(dovecot):
    """A fresh mail user for this test: (user, password)."""
    return dovecot.add_user()
