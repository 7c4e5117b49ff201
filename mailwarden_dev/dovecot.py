"""A throwaway Dovecot IMAP server on 127.0.0.1: own config, own temp dirs, any user.

Used by `mailwarden demo`, the tests and the benchmarks. Any user name logs in with the
server's random password and gets an empty mail store of its own.

Dovecot refuses to serve mail as root, so as root mail is stored as nobody:nogroup
through a static userdb (as another user, as that user). Its root lives under the system temp dir (not pytest's tmp_path, which is
mode 0700 and whose long paths overflow the 108-byte limit on unix socket paths). The
auth-failure penalty is off so a wrong-password test does not slow later logins.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
listen = 127.0.0.1
protocols = imap
{ssl_settings}
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth_mechanisms}
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
last_valid_gid = {gid}
default_login_user = {login_user}
default_internal_user = {internal_user}
imap_idle_notify_interval = 1 secs
mail_max_userip_connections = 200
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = static
  args = password={password}
  mechanisms = plain login
}}{oauth_passdb}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Junk {{
    special_use = \\Junk
    auto = create
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
"""


class DovecotMissing(RuntimeError):
    pass


def _self_signed_certificate(root: Path) -> tuple[Path, Path]:
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                    x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = root / "cert.pem", root / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    os.chmod(key_path, 0o600)
    return cert_path, key_path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


class Dovecot:
    def __init__(self, tls: bool = False, oauth2_introspection_url: str | None = None) -> None:
        """`tls`: also serve implicit TLS on `tls_port` and STARTTLS on `port`, with a
        self-signed certificate for 127.0.0.1 written to `cert_path`.
        `oauth2_introspection_url`: also take XOAUTH2 and OAUTHBEARER logins, the bearer
        token checked at that RFC 7662 introspection endpoint (Dovecot's oauth2 passdb)."""
        self.binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)
        if self.binary is None:
            raise DovecotMissing("Dovecot is not installed: run `sudo apt-get install dovecot-imapd`")
        self.root = Path(tempfile.mkdtemp(prefix="mw-dovecot-", dir="/tmp"))
        os.chmod(self.root, 0o755)
        self.port = _free_port()
        self.host = "127.0.0.1"
        as_root = os.geteuid() == 0
        self.uid = pwd.getpwnam("nobody").pw_uid if as_root else os.geteuid()
        self.gid = grp.getgrnam("nogroup").gr_gid if as_root else os.getegid()
        me = pwd.getpwuid(os.geteuid()).pw_name
        for sub in ("run", "state", "mail", "home"):
            (self.root / sub).mkdir()
        if as_root:
            for sub in ("mail", "home"):
                os.chown(self.root / sub, self.uid, self.gid)
        self.password = "secret-" + uuid.uuid4().hex[:8]
        self.tls_port = _free_port() if tls else 0
        self.cert_path: Path | None = None
        ssl_settings = "ssl = no"
        if tls:
            self.cert_path, key_path = _self_signed_certificate(self.root)
            ssl_settings = f"ssl = yes\nssl_cert = <{self.cert_path}\nssl_key = <{key_path}"
        oauth_mechanisms = oauth_passdb = ""
        if oauth2_introspection_url:
            oauth_conf = self.root / "dovecot-oauth2.conf.ext"
            oauth_conf.write_text(f"introspection_mode = post\nintrospection_url = {oauth2_introspection_url}\n"
                                  "username_attribute = username\nactive_attribute = active\nactive_value = true\n")
            oauth_mechanisms = " xoauth2 oauthbearer"
            oauth_passdb = (f"\npassdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                            f"  args = {oauth_conf}\n}}")
        self.config_path = self.root / "dovecot.conf"
        self.config_path.write_text(CONFIG.format(oauth_mechanisms=oauth_mechanisms, oauth_passdb=oauth_passdb,
            root=self.root, port=self.port, password=self.password, tls_port=self.tls_port, ssl_settings=ssl_settings, uid=self.uid, gid=self.gid,
            login_user=("dovenull" if _user_exists("dovenull") else "nobody") if as_root else me,
            internal_user=("dovecot" if _user_exists("dovecot") else "nobody") if as_root else me,
        ))
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self.process.stderr.read().decode()} {self.log()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not start: {self.log()}")

    def stop(self) -> None:
        """Stop the server and every session it serves, as a real restart would."""
        if self.process is not None and self.process.poll() is None:
            group = os.getpgid(self.process.pid)
            os.killpg(group, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(group, signal.SIGKILL)
                self.process.wait()
            try:  # imap processes may outlive the master for a moment
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def add_user(self) -> tuple[str, str]:
        """A fresh mail user: any new name logs in with the server's password, and gets
        an empty mail store of its own (mail_location has %u)."""
        return "u" + uuid.uuid4().hex[:10], self.password

    def account_toml(self, user: str, secret_line: str, name: str = "home") -> str:
        """An `[[accounts]]` table for mailwarden's configuration that reads this server
        (tests and benchmark scripts); `secret_line` is `password = ...` or another way
        of giving the password (`password_env`, `password_encrypted`)."""
        return (f'\n[[accounts]]\nname = "{name}"\nhost = "{self.host}"\nport = {self.port}\ntls = "plain"\n'
                f'user = "{user}"\n{secret_line}\npoll_interval_s = 1\n')

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
