"""One IMAP account: connecting, folders, fetching, keywords and moves.

A thin layer over `imapclient` that turns the library's and the socket's many failure
modes into those the service acts on: `SetupError` and its `AuthFailed` (the account
cannot work as configured: stop it and tell the owner what to fix), `ConnectionLost`
(reconnect with back-off), `FolderMissing` (the caller decides: a typo in `folders` is
fatal, a folder re-created by the server is not) and `ImapError` (this operation
failed; the message is retried later). Nothing here decides anything about mail.

A TLS mode that does not match the port fails in ways that look like a network fault
(OpenSSL's WRONG_VERSION_NUMBER when implicit TLS meets a plain greeting; a silent wait
for the greeting when a plain client meets a TLS port), so on those two errors the port
is probed once the other way round and, when it answers in the other mode, the error
says which `tls` to set instead of being retried for ever.

Longer than most modules (about 460 lines) on purpose: it is one noun, the account's
connection, and each operation's error translation sits beside the call it guards;
splitting connecting from the folder operations would put the two halves of each
translation in different files.
"""

from __future__ import annotations

import imaplib
import ipaddress
import logging
import os
import shlex
import socket
import ssl
import subprocess
import time
import datetime as dt
from datetime import date
from pathlib import Path
from typing import Literal

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, SecretStr, model_validator

from pipeline.oauth_settings import OAuth2Settings
from pipeline.parsing import MAX_PARSE_BYTES

log = logging.getLogger(__name__)

JUDGED_KEYWORD = "$MailwardenJudged"
MAX_FETCH_BYTES = MAX_PARSE_BYTES  # fetching more than the parser reads would be wasted


class ImapError(Exception):
    """An IMAP operation failed; the text says which and why."""


class ConnectionLost(ImapError):
    """The server went away or the network dropped: reconnect and resume."""


class SetupError(ImapError):
    """The account cannot work as configured (a TLS mode the port does not speak, no
    STARTTLS, a refused login). Retrying will not help until the owner fixes the config,
    so the service stops the account; the text says what to change."""


class AuthFailed(SetupError):
    """The login cannot succeed as configured (refused password, untrusted certificate,
    a password_command that fails)."""


class FolderMissing(ImapError):
    """The folder to select does not exist; `existing` lists those that do."""

    def __init__(self, message: str, folder: str, existing: list[str]):
        super().__init__(message)
        self.folder = folder
        self.existing = existing


STOPPED = "(this account is stopped until it is fixed)"
PASSWORD_COMMAND_TIMEOUT_S = 30


class AccountSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    host: str
    port: int | None = Field(default=None, ge=1, le=65535)
    tls: str = Field(default="implicit", pattern="^(implicit|starttls|plain)$")
    """implicit (port 993), starttls (143, upgraded) or plain (loopback only)."""
    ca_file: Path | None = None
    """A CA or self-signed certificate to trust for this server (home servers often
    have one); the system's trusted CAs otherwise. Certificates are always verified."""
    user: str
    password: SecretStr | None = None
    password_env: str | None = None
    password_command: str | None = None
    """A command that prints the password (e.g. `pass show mail/home`)."""
    password_encrypted: SecretStr | None = None
    """The password sealed with Fernet under the data directory's key file (0600), as
    printed by `mailwarden config encrypt-password`: the config file then holds no
    password in clear."""
    folders: list[str] = Field(default_factory=lambda: ["INBOX"], min_length=1)
    quarantine_folder: str = "Quarantine"
    junk_folder: str | None = None
    """Where the owner files spam themselves; found through SPECIAL-USE when empty."""
    learn_from_junk: bool = True
    """Watch the Junk folder: mail the owner moves there is a spam correction."""
    poll_interval_s: float = Field(default=60.0, gt=0)
    use_idle: bool = True
    idle_renew_s: float = Field(default=25 * 60, gt=0, le=29 * 60)
    """IDLE is re-issued before the 29-minute server limit of RFC 2177."""
    timeout_s: float = Field(default=60.0, gt=0)
    auth: Literal["password", "oauth2"] = "password"
    """oauth2: log in with a bearer token (XOAUTH2 or OAUTHBEARER), see [accounts.oauth2]."""
    oauth2: OAuth2Settings | None = None
    digest: bool = True
    """Receive the daily digest of this account's quarantine (when [digest] is enabled)."""
    digest_at: dt.time | None = None
    """When this account's digest comes, if not at [digest] at."""

    @model_validator(mode="after")
    def _oauth2_has_its_table(self) -> "AccountSettings":
        if self.auth == "oauth2" and self.oauth2 is None:
            raise ValueError(f"account {self.name}: auth = \"oauth2\" needs an [accounts.oauth2] table (provider, "
                             "client_id)")
        return self

    @model_validator(mode="after")
    def _plain_only_on_loopback(self) -> "AccountSettings":
        if self.tls == "plain" and not is_loopback(self.host):
            raise ValueError(f"tls = 'plain' sends the password in clear; it is allowed only for a loopback host, not {self.host!r}")
        return self

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.tls == "implicit" else 143)

    _key_dir: Path | None = PrivateAttr(default=None)

    def use_key_dir(self, data_dir: Path) -> None:
        """Where the key that opens `password_encrypted` lives: the data directory, which
        only the whole configuration knows (`Config` tells each account when it loads)."""
        self._key_dir = data_dir

    def resolve_password(self) -> str:
        """The password from the config (sealed or, discouraged, in clear), an environment
        variable, or a command. Never logged."""
        if self.password_encrypted is not None:
            from storage.vault import Vault

            if self._key_dir is None:
                raise AuthFailed(f"account {self.name}: password_encrypted needs the data directory's key file")
            value = Vault.for_data_dir(self._key_dir).open(self.password_encrypted.get_secret_value())
            if value is None:
                raise AuthFailed(f"account {self.name}: password_encrypted cannot be opened with the key in "
                                 f"{self._key_dir} (another machine's key, or a damaged value); run "
                                 "`mailwarden config encrypt-password` again and paste its output")
            return value
        if self.password is not None:
            return self.password.get_secret_value()
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise AuthFailed(f"account {self.name}: environment variable {self.password_env} is not set")
            return value
        if self.password_command:
            return _run_password_command(self.name, self.password_command)
        raise AuthFailed(f"account {self.name}: no password_encrypted, password_env, password_command or password "
                         "is configured")


def _run_password_command(account: str, command: str) -> str:
    """What `command` prints, or AuthFailed naming the program and how it failed (never
    its output on stdout, which may be half a password)."""
    try:
        argv = shlex.split(command)
    except ValueError as err:
        raise AuthFailed(f"account {account}: password_command cannot be parsed ({err}); fix its quoting {STOPPED}") from None
    if not argv:
        raise AuthFailed(f"account {account}: password_command is empty; give the command that prints the password {STOPPED}")
    program = argv[0]
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=PASSWORD_COMMAND_TIMEOUT_S)
    except FileNotFoundError:
        raise AuthFailed(f"account {account}: password_command program {program!r} not found; install it or fix "
                         f"the command (a full path helps under systemd) {STOPPED}") from None
    except PermissionError:
        raise AuthFailed(f"account {account}: password_command program {program!r} cannot be run (permission "
                         f"denied); make it executable or fix the command {STOPPED}") from None
    except subprocess.TimeoutExpired:
        raise AuthFailed(f"account {account}: password_command {program!r} did not finish within "
                         f"{PASSWORD_COMMAND_TIMEOUT_S} s (waiting for a passphrase?); make it print the password "
                         f"without asking {STOPPED}") from None
    except OSError as err:
        raise AuthFailed(f"account {account}: password_command {program!r} cannot be run: {err.strerror}; fix the "
                         f"command {STOPPED}") from None
    if out.returncode != 0:
        how = f"was killed by signal {-out.returncode}" if out.returncode < 0 else f"exited with status {out.returncode}"
        first = next((line.strip() for line in out.stderr.splitlines() if line.strip()), "")
        said = f" ({first[:200]})" if first else " (nothing on stderr)"
        raise AuthFailed(f"account {account}: password_command {program!r} {how}{said}; run it yourself to see why "
                         f"and fix it {STOPPED}")
    password = out.stdout.rstrip("\r\n")
    if not password:
        raise AuthFailed(f"account {account}: password_command {program!r} printed no password; make it print the "
                         f"password on stdout {STOPPED}")
    return password


def _greets_in_plain(host: str, port: int, timeout: float) -> bool:
    """Does `host:port` send a plain IMAP greeting (so it is not an implicit-TLS port)?"""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            return sock.recv(64).startswith((b"* OK", b"* PREAUTH", b"* BYE"))
    except OSError:
        return False


def _speaks_tls(host: str, port: int, timeout: float) -> bool:
    """Does `host:port` complete a TLS handshake (so it is an implicit-TLS port)? The
    certificate is not checked: nothing is sent over this connection but the handshake."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            with context.wrap_socket(sock, server_hostname=host):
                return True
    except OSError:
        return False


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, IMAPClientAbortError, imaplib.IMAP4.abort)


class Mailbox:
    """A logged-in connection to one account. Not thread-safe: one per thread."""

    def __init__(self, account: AccountSettings):
        self.account = account
        self.client: imapclient.IMAPClient | None = None
        self.selected: str | None = None
        self.uidvalidity: int | None = None
        self.capabilities: set[str] = set()

    # ------------------------------------------------------------ connection

    def connect(self) -> "Mailbox":
        a = self.account
        # First: a failing password_command, or an account never logged in with OAuth2,
        # needs no connection.
        tokens = self._tokens() if a.auth == "oauth2" else None
        password = a.resolve_password() if tokens is None else tokens.access_token()
        where = f"{a.host}:{a.effective_port}"
        probe_s = min(a.timeout_s, 5.0)
        try:
            context = ssl.create_default_context(cafile=str(a.ca_file) if a.ca_file else None)
            client = imapclient.IMAPClient(
                a.host, port=a.effective_port, ssl=a.tls == "implicit", timeout=a.timeout_s,
                ssl_context=context if a.tls == "implicit" else None,
            )
            if a.tls == "starttls":
                if "STARTTLS" not in {_flag(c).upper() for c in client.capabilities()}:
                    _quietly(client.logout)
                    raise SetupError(f"account {a.name}: {where} does not offer STARTTLS; set tls = \"implicit\" and "
                                     f"the server's TLS port (usually 993) {STOPPED}")
                client.starttls(context)
        except ssl.SSLCertVerificationError as err:
            raise AuthFailed(
                f"account {a.name}: the certificate of {a.host} is not trusted ({err.verify_message}); if it is your "
                f"own server's, set ca_file to its certificate (this account is stopped until it is fixed)"
            ) from None
        except ssl.SSLError as err:
            if a.tls == "implicit" and _greets_in_plain(a.host, a.effective_port, probe_s):
                raise SetupError(f"account {a.name}: {where} speaks plain IMAP, not implicit TLS; set tls = "
                                 f"\"starttls\" for this port, or the port of its TLS service (usually 993) "
                                 f"{STOPPED}") from None
            raise ConnectionLost(f"account {a.name}: cannot connect to {where}: {err}") from None
        except TimeoutError as err:
            if a.tls != "implicit" and _speaks_tls(a.host, a.effective_port, probe_s):
                raise SetupError(f"account {a.name}: {where} expects TLS from the first byte, so it sent no IMAP "
                                 f"greeting; set tls = \"implicit\" for this port {STOPPED}") from None
            raise ConnectionLost(f"account {a.name}: cannot connect to {where}: no greeting within "
                                 f"{a.timeout_s:g} s ({err})") from None
        except _NETWORK_ERRORS as err:
            raise ConnectionLost(f"account {a.name}: cannot connect to {a.host}:{a.effective_port}: {err}") from None
        except IMAPClientError as err:
            raise ConnectionLost(f"account {a.name}: {a.host} refused the session: {err}") from None
        try:
            if tokens is None:
                client.login(a.user, password)
            else:
                self._token_login(client, password, tokens)
        except LoginError:
            _quietly(client.logout)
            if tokens is not None:
                raise AuthFailed(
                    f"account {a.name}: {a.host} refused the OAuth2 token for {a.user}, a fresh one too; check the "
                    f"scopes of the app registration, or run `mailwarden oauth login --account {a.name}` "
                    "(this account is stopped until it is fixed)") from None
            raise AuthFailed(
                f"account {a.name}: {a.host} refused the login for {a.user}; check the password "
                f"(this account is stopped until it is fixed)"
            ) from None
        except _NETWORK_ERRORS as err:
            raise ConnectionLost(f"account {a.name}: connection dropped during login: {err}") from None
        self.client = client
        self.capabilities = {c.decode().upper() if isinstance(c, bytes) else str(c).upper() for c in client.capabilities()}
        self.selected = None
        return self

    def _tokens(self):
        from pipeline.oauth import Tokens

        if self.account._key_dir is None:
            raise AuthFailed(f"account {self.account.name}: OAuth2 tokens live in the data directory, which this "
                             "account was not told of")
        return Tokens(self.account, self.account._key_dir)

    def _token_login(self, client: imapclient.IMAPClient, token: str, tokens) -> None:
        """SASL XOAUTH2 or OAUTHBEARER; a refused token is refreshed once and tried again
        (a token revoked early, or a server whose clock runs ahead)."""
        def login(bearer: str) -> None:
            if self.account.oauth2.mechanism == "oauthbearer":
                client.oauthbearer_login(self.account.user, bearer)
            else:
                client.oauth2_login(self.account.user, bearer)

        try:
            login(token)
        except LoginError:
            log.info("account %s: the server refused the access token; refreshing it once", self.account.name)
            login(tokens.access_token(force_refresh=True))

    def close(self) -> None:
        if self.client is not None:
            _quietly(self.client.logout)
        self.client = None
        self.selected = None

    def __enter__(self) -> "Mailbox":
        return self.connect() if self.client is None else self

    def __exit__(self, *exc) -> None:
        self.close()

    def _call(self, what: str, fn, *args, **kwargs):
        if self.client is None:
            raise ConnectionLost(f"account {self.account.name}: not connected")
        try:
            return fn(*args, **kwargs)
        except _NETWORK_ERRORS as err:
            self.client = None
            raise ConnectionLost(f"account {self.account.name}: connection lost during {what}: {err}") from None
        except IMAPClientError as err:
            raise ImapError(f"account {self.account.name}: {what} failed: {err}") from None

    # ------------------------------------------------------------ folders

    def select(self, folder: str) -> tuple[int, int]:
        """Select `folder` read-write; returns (UIDVALIDITY, UIDNEXT). FolderMissing
        when the server has no such folder (asked with LIST: servers word the NO
        differently, and only some give RFC 5530's [NONEXISTENT])."""
        info = self._open(folder, readonly=False)
        self.selected = folder
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        return self.uidvalidity, int(info.get(b"UIDNEXT", 0))

    def examine(self, folder: str) -> int:
        """Open `folder` read-only (EXAMINE): nothing read there can change a flag.
        Returns its UIDVALIDITY; FolderMissing as for `select`."""
        info = self._open(folder, readonly=True)
        self.selected = None  # not selected for writing: the service's next select opens it again
        return int(info[b"UIDVALIDITY"])

    def _open(self, folder: str, readonly: bool) -> dict:
        command = "EXAMINE" if readonly else "SELECT"
        try:
            return self._call(f"{command} {folder}", self.client.select_folder, folder, readonly=readonly)
        except ConnectionLost:
            raise
        except ImapError:
            if self._call(f"LIST {folder}", self.client.folder_exists, folder):
                raise
            existing = sorted(name for name, flags in self.folders() if not flags & {"\\Noselect", "\\NonExistent"})
            shown = ", ".join(existing[:20]) + (f" and {len(existing) - 20} more" if len(existing) > 20 else "")
            raise FolderMissing(f"account {self.account.name}: folder {folder!r} does not exist on "
                                f"{self.account.host} (it has {shown or 'no folders'})", folder, existing) from None

    def special_folder(self, use: bytes) -> str | None:
        """The folder the server marks with this SPECIAL-USE flag (imapclient.imapclient.JUNK, SENT...)."""
        if "SPECIAL-USE" not in self.capabilities and "XLIST" not in self.capabilities:
            return None
        return self._call("LIST (SPECIAL-USE)", self.client.find_special_folder, use)

    def fetch_many(self, uids: list[int], max_bytes: int = MAX_FETCH_BYTES) -> dict[int, tuple[bytes, set[str]]]:
        """Several messages at once, without setting \\Seen: uid -> (raw start, flags)."""
        if not uids:
            return {}
        data = self._call(f"UID FETCH {len(uids)} messages", self.client.fetch, uids,
                          [f"BODY.PEEK[]<0.{max_bytes}>", "FLAGS"])
        out = {}
        for uid, item in data.items():
            body = next((v for k, v in item.items() if k.startswith(b"BODY[]")), None)
            if body is not None:
                out[int(uid)] = (bytes(body), {_flag(f) for f in item.get(b"FLAGS", ())})
        return out

    def ensure_selected(self, folder: str) -> int:
        """Select `folder` unless it already is; returns its UIDVALIDITY."""
        if self.selected != folder or self.uidvalidity is None:
            self.select(folder)
        return self.uidvalidity

    def ensure_folder(self, folder: str) -> None:
        if not self._call(f"LIST {folder}", self.client.folder_exists, folder):
            log.info("account %s: creating folder %s", self.account.name, folder)
            try:
                self._call(f"CREATE {folder}", self.client.create_folder, folder)
            except ImapError:
                # Another connection (a second worker) may have created it meanwhile.
                if not self._call(f"LIST {folder}", self.client.folder_exists, folder):
                    raise

    def junk_folder(self) -> str | None:
        """The configured Junk folder, else the one the server marks \\Junk (RFC 6154)."""
        if self.account.junk_folder:
            return self.account.junk_folder
        return self.special_folder(imapclient.imapclient.JUNK)

    # ------------------------------------------------------------ messages

    def uids(self, criteria: list | str = "ALL") -> list[int]:
        return sorted(int(u) for u in self._call(f"UID SEARCH {criteria}", self.client.search, criteria))

    def uids_after(self, last_uid: int) -> list[int]:
        # "UID n:*" always matches the highest UID even when it is below n, so filter.
        return [u for u in self.uids(["UID", f"{last_uid + 1}:*"]) if u > last_uid]

    def uids_since(self, day: date) -> list[int]:
        return self.uids(["SINCE", day])

    def fetch(self, uid: int, max_bytes: int = MAX_FETCH_BYTES) -> tuple[bytes, set[str], int] | None:
        """The raw message (its first `max_bytes` when larger: judging needs the headers
        and text, not a 100 MB attachment), its flags and its full size, without setting
        \\Seen; None if it is gone."""
        data = self._call(f"UID FETCH {uid}", self.client.fetch, [uid],
                          [f"BODY.PEEK[]<0.{max_bytes}>", "RFC822.SIZE", "FLAGS"])
        item = data.get(uid)
        body = None if not item else next((v for k, v in item.items() if k.startswith(b"BODY[]")), None)
        if body is None:
            return None
        size = int(item.get(b"RFC822.SIZE", len(body)))
        if size > len(body):
            log.info("uid %s: %s bytes, judged on its first %s", uid, size, len(body))
        return bytes(body), {_flag(f) for f in item.get(b"FLAGS", ())}, size

    def flags(self, uids: list[int]) -> dict[int, set[str]]:
        if not uids:
            return {}
        data = self._call("UID FETCH FLAGS", self.client.get_flags, uids)
        return {int(u): {_flag(f) for f in flags} for u, flags in data.items()}

    def add_flags(self, uid: int, flags: list[str]) -> None:
        self._call(f"UID STORE {uid} +FLAGS", self.client.add_flags, [uid], flags, silent=True)

    def move(self, uid: int, destination: str) -> None:
        """MOVE (RFC 6851), or COPY + \\Deleted + UID EXPUNGE where the server lacks it."""
        if "MOVE" in self.capabilities:
            self._call(f"UID MOVE {uid}", self.client.move, [uid], destination)
            return
        self._call(f"UID COPY {uid}", self.client.copy, [uid], destination)
        self._call(f"UID STORE {uid} +FLAGS \\Deleted", self.client.add_flags, [uid], [imapclient.DELETED], silent=True)
        if "UIDPLUS" in self.capabilities:
            self._call(f"UID EXPUNGE {uid}", self.client.uid_expunge, [uid])
        else:  # pragma: no cover - every server we test against has UIDPLUS
            self._call("EXPUNGE", self.client.expunge)

    def delete(self, uids: list[int]) -> None:
        """Delete these messages of the selected folder for good (\\Deleted, then UID
        EXPUNGE of just these where the server has UIDPLUS)."""
        self._call(f"UID STORE {uids} +FLAGS \\Deleted", self.client.add_flags, uids, [imapclient.DELETED],
                   silent=True)
        if "UIDPLUS" in self.capabilities:
            self._call(f"UID EXPUNGE {uids}", self.client.uid_expunge, uids)
        else:  # pragma: no cover - every server we test against has UIDPLUS
            self._call("EXPUNGE", self.client.expunge)

    def append(self, folder: str, raw: bytes, flags: list[str]) -> None:
        """Put a message of our own (the digest) into `folder`, with these flags."""
        self._call(f"APPEND {folder}", self.client.append, folder, raw, flags=flags)

    def search_message_id(self, message_id: str) -> list[int]:
        return self.uids(["HEADER", "Message-ID", message_id])

    def folders(self) -> list[tuple[str, set[str]]]:
        """Every folder with its flags (\\Trash, \\Junk, \\Noselect, ...)."""
        listing = self._call("LIST", self.client.list_folders)
        return [(name, {_flag(f) for f in flags}) for flags, _, name in listing]

    def message_ids(self) -> set[str]:
        """The Message-IDs of everything in the selected folder."""
        uids = self.uids()
        if not uids:
            return set()
        data = self._call("UID FETCH Message-ID", self.client.fetch, uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        out = set()
        for item in data.values():
            header = item.get(b"BODY[HEADER.FIELDS (MESSAGE-ID)]", b"").decode("utf-8", "replace")
            if ":" in header:
                out.add(header.split(":", 1)[1].strip())
        return out

    # ------------------------------------------------------------ waiting

    def supports_idle(self) -> bool:
        return "IDLE" in self.capabilities

    def idle_wait(self, seconds: float, stop=None) -> bool:
        """Wait in one IDLE command up to `seconds` (callers keep it under the 29-minute
        limit of RFC 2177); True if the server reported new mail. `stop` (an Event) is
        checked every second so a shutdown is not held up by a quiet mailbox."""
        self._call("IDLE", self.client.idle)
        changed = False
        try:
            end = time.monotonic() + seconds
            while not changed and time.monotonic() < end and not (stop is not None and stop.is_set()):
                responses = self._call("IDLE wait", self.client.idle_check, timeout=min(1.0, end - time.monotonic()))
                changed = any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)
        finally:
            if self.client is not None:
                self._call("DONE", self.client.idle_done)
        return changed

    def noop(self) -> None:
        self._call("NOOP", self.client.noop)


def _flag(value) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _quietly(fn) -> None:
    try:
        fn()
    except Exception:  # noqa: BLE001 - closing a broken connection may fail in any way
        pass
