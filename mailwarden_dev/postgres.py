"""A throwaway PostgreSQL server on 127.0.0.1 for the tests and benchmarks.

Debian's `postgresql` package; `initdb` refuses to run as root, so as root the cluster
belongs to `nobody` (its files in a directory under the system temp dir, its socket
there too: unix socket paths are capped at 108 bytes). Trust authentication on
loopback, fsync off: a test server, never a place for real data.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path


class PostgresMissing(RuntimeError):
    pass


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise PostgresMissing("PostgreSQL is not installed: run `sudo apt-get install postgresql`")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    def __init__(self) -> None:
        self.initdb, self.pg_ctl, self.postgres = _bin("initdb"), _bin("pg_ctl"), _bin("postgres")
        self.root = Path(tempfile.mkdtemp(prefix="mw-pg-", dir="/tmp"))
        os.chmod(self.root, 0o755)
        self.port = _free_port()
        self.host = "127.0.0.1"
        self.user = "mailwarden"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            owner = pwd.getpwnam("nobody")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
        self.process: subprocess.Popen | None = None

    def _run(self, *args: str, **kwargs) -> subprocess.CompletedProcess:
        command = ["runuser", "-u", "nobody", "--", *args] if self.as_root else list(args)
        return subprocess.run(command, capture_output=True, text=True, check=True, cwd=self.root, **kwargs)

    def start(self) -> "Postgres":
        data = self.root / "data"
        if not data.exists():
            self._run(self.initdb, "-D", str(data), "-U", self.user, "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8" if Path("/usr/lib/locale/C.utf8").exists() else "--locale=C")
        command = [self.postgres, "-D", str(data), "-h", self.host, "-p", str(self.port), "-k", str(self.root),
                   "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                   "-c", "max_connections=200"]
        if self.as_root:
            command = ["runuser", "-u", "nobody", "--", *command]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(self.root / "log", "ab"),
                                        cwd=self.root, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"postgres exited: {(self.root / 'log').read_text()[-2000:]}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("postgres did not start within 30 s")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; its SQLAlchemy URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host={self.host} port={self.port} user={self.user} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
