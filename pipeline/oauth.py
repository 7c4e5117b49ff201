"""OAuth2 for IMAP: the device-authorization login, and the tokens kept and refreshed.

- `device_login` runs RFC 8628: ask the provider for a device code, show the person the
  address to open and the code to type, poll the token endpoint at the interval it asks
  for (slower on `slow_down`) until they approve, refuse, or the code expires.
- `Tokens` keeps the refresh token and the current access token sealed (Fernet, the
  same key as `password_encrypted`) in DATA_DIR/oauth/ACCOUNT.json, mode 0600, written
  atomically. `access_token()` refreshes when the token expires within
  `refresh_before_s`; `Mailbox` asks for a forced refresh once when the server refuses a
  token (revoked early, or a clock that disagrees). Refreshes are serialised between
  processes by a lock file, so two processes never spend the same refresh token twice
  (Microsoft rotates them).
- A refresh the provider refuses (`invalid_grant`: revoked, expired, password changed)
  is `OAuthLoginNeeded`, a `SetupError`: the account stops with one line saying to log
  in again. The provider being unreachable is a `ConnectionLost`: retried.
"""

from __future__ import annotations

import fcntl
import json
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from pipeline.imap import AccountSettings, ConnectionLost, SetupError
from storage.files import write_atomically
from storage.vault import Vault

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


class OAuthLoginNeeded(SetupError):
    """No usable refresh token: the owner must log in again (`mailwarden oauth login`)."""


class OAuthError(Exception):
    """The device login did not complete; the message says why and what to do."""


def _login_line(account: AccountSettings) -> str:
    return f"run `mailwarden oauth login --account {account.name}` (this account is stopped until then)"


@dataclass
class DeviceCode:
    device_code: str
    user_code: str
    verification_uri: str
    expires_in: float
    interval: float
    verification_uri_complete: str | None = None


class Tokens:
    """One account's tokens, as stored (sealed) in the data directory."""

    def __init__(self, account: AccountSettings, data_dir: Path, http: httpx.Client | None = None,
                 clock: Callable[[], float] = time.time):
        if account.oauth2 is None:
            raise ValueError(f"account {account.name} has no [accounts.oauth2] table")
        self.account, self.settings = account, account.oauth2
        self.dir = Path(data_dir) / "oauth"
        self.path = self.dir / f"{account.name}.json"
        self.vault = Vault.for_data_dir(data_dir)
        self.http = http or httpx.Client(timeout=httpx.Timeout(30.0, connect=10.0))
        self.clock = clock

    # ------------------------------------------------------------ storage

    def _read(self) -> dict | None:
        try:
            sealed = self.path.read_text()
        except FileNotFoundError:
            return None
        opened = self.vault.open(sealed.strip())
        return json.loads(opened) if opened else None

    def _write(self, tokens: dict) -> None:
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(self.path, self.vault.seal(json.dumps(tokens)).encode())

    @contextmanager
    def _locked(self):
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(self.dir / f"{self.account.name}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def store(self, answer: dict, previous_refresh: str | None = None) -> None:
        """Keep a token endpoint's answer (a provider may not send a new refresh token:
        the old one stays good then)."""
        refresh = answer.get("refresh_token") or previous_refresh
        if not refresh:
            raise OAuthError("the provider sent no refresh token; ask for the offline_access scope (Microsoft) "
                             "or check the app registration")
        self._write({"access_token": answer["access_token"], "refresh_token": refresh,
                     "expires_at": self.clock() + float(answer.get("expires_in") or 3600)})

    @property
    def logged_in(self) -> bool:
        return self._read() is not None

    def expires_at(self) -> float | None:
        stored = self._read()
        return stored["expires_at"] if stored else None

    # ------------------------------------------------------------ tokens

    def access_token(self, force_refresh: bool = False) -> str:
        stored = self._read()
        if stored is None:
            raise OAuthLoginNeeded(f"account {self.account.name}: not logged in with OAuth2 yet; "
                                   + _login_line(self.account))
        if not force_refresh and stored["expires_at"] - self.settings.refresh_before_s > self.clock():
            return stored["access_token"]
        with self._locked():
            again = self._read() or stored
            if again["access_token"] != stored["access_token"]:
                return again["access_token"]  # another process refreshed it while this one waited
            return self._refresh(again["refresh_token"])

    def _refresh(self, refresh_token: str) -> str:
        _, token_url, scopes = self.settings.endpoints()
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": self.settings.client_id}
        if self.settings.client_secret is not None:
            form["client_secret"] = self.settings.client_secret.get_secret_value()
        try:
            response = self.http.post(token_url, data=form)
        except httpx.HTTPError as err:
            raise ConnectionLost(f"account {self.account.name}: cannot reach the OAuth2 token endpoint "
                                 f"{token_url}: {err}") from None
        body = _json(response)
        if response.status_code == 200 and body.get("access_token"):
            self.store(body, previous_refresh=refresh_token)
            return body["access_token"]
        error = body.get("error", f"HTTP {response.status_code}")
        if error in ("invalid_grant", "unauthorized_client", "invalid_client"):
            raise OAuthLoginNeeded(f"account {self.account.name}: the OAuth2 provider refused to refresh the token "
                                   f"({error}: revoked, expired or the password changed); " + _login_line(self.account))
        raise ConnectionLost(f"account {self.account.name}: the OAuth2 token endpoint answered {error}; retrying")


def _json(response: httpx.Response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def request_device_code(tokens: Tokens) -> DeviceCode:
    device_url, _, scopes = tokens.settings.endpoints()
    form = {"client_id": tokens.settings.client_id, "scope": " ".join(scopes)}
    try:
        response = tokens.http.post(device_url, data=form)
    except httpx.HTTPError as err:
        raise OAuthError(f"cannot reach {device_url}: {err}") from None
    body = _json(response)
    if response.status_code != 200 or "device_code" not in body:
        raise OAuthError(f"{device_url} refused the device login ({body.get('error', response.status_code)}: "
                         f"{body.get('error_description', '')}); check client_id and the app registration")
    return DeviceCode(device_code=body["device_code"], user_code=body["user_code"],
                      verification_uri=body.get("verification_uri") or body.get("verification_url", ""),
                      verification_uri_complete=body.get("verification_uri_complete"),
                      expires_in=float(body.get("expires_in", 900)), interval=float(body.get("interval", 5)))


def device_login(tokens: Tokens, say: Callable[[str], None], sleep: Callable[[float], None] = time.sleep) -> None:
    """The whole device flow: on success the tokens are stored; else `OAuthError`."""
    code = request_device_code(tokens)
    say(f"To let mailwarden read {tokens.account.user}: open {code.verification_uri_complete or code.verification_uri} "
        f"and enter the code {code.user_code} (within {code.expires_in / 60:.0f} minutes).")
    _, token_url, _ = tokens.settings.endpoints()
    form = {"grant_type": DEVICE_GRANT, "device_code": code.device_code, "client_id": tokens.settings.client_id}
    if tokens.settings.client_secret is not None:
        form["client_secret"] = tokens.settings.client_secret.get_secret_value()
    interval, deadline = code.interval, time.monotonic() + code.expires_in
    while time.monotonic() < deadline:
        sleep(interval)
        try:
            response = tokens.http.post(token_url, data=form)
        except httpx.HTTPError as err:
            say(f"(the token endpoint did not answer: {err}; trying again)")
            continue
        body = _json(response)
        if response.status_code == 200 and body.get("access_token"):
            tokens.store(body)
            return
        error = body.get("error")
        if error == "authorization_pending":
            continue
        if error == "slow_down":
            interval += 5
            continue
        if error == "access_denied":
            raise OAuthError("the login was refused at the provider; run `mailwarden oauth login` again to retry")
        if error == "expired_token":
            break
        raise OAuthError(f"the token endpoint answered {error or response.status_code}: "
                         f"{body.get('error_description', '')}")
    raise OAuthError("the code expired before it was entered; run `mailwarden oauth login` again")
