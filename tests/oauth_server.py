"""A small OAuth2 authorization server on loopback for the tests: the device
authorization grant (RFC 8628), refresh tokens, and token introspection (RFC 7662) for
Dovecot's oauth2 passdb. Google's and Microsoft's servers cannot run here; this speaks
the same protocol, and the test drives the person at the other end (`approve`), the
clock (`expire_access_tokens`) and the owner's revocation (`revoke`)."""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


class OAuthServer:
    def __init__(self, client_id: str = "mailwarden-test", access_lifetime_s: int = 3600):
        self.client_id = client_id
        self.access_lifetime_s = access_lifetime_s
        self.lock = threading.Lock()
        self.devices: dict[str, dict] = {}  # device_code -> {user_code, username, approved, denied}
        self.access: dict[str, dict] = {}  # access token -> {username, expires}
        self.refresh: dict[str, str] = {}  # refresh token -> username
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                server.requests.append((self.path, form))
                status, body = server.handle(self.path, form)
                self._send(status, body)

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}"

    # ------------------------------------------------------------ endpoints

    def handle(self, path: str, form: dict) -> tuple[int, dict]:
        with self.lock:
            if path == "/device":
                if form.get("client_id") != self.client_id:
                    return 400, {"error": "invalid_client"}
                code, user_code = secrets.token_urlsafe(16), secrets.token_hex(4).upper()
                self.devices[code] = {"user_code": user_code, "username": None, "denied": False}
                return 200, {"device_code": code, "user_code": user_code, "verification_uri": f"{self.url}/activate",
                             "expires_in": 600, "interval": 1}
            if path == "/token":
                if form.get("grant_type") == DEVICE_GRANT:
                    device = self.devices.get(form.get("device_code", ""))
                    if device is None:
                        return 400, {"error": "expired_token"}
                    if device["denied"]:
                        return 400, {"error": "access_denied"}
                    if device["username"] is None:
                        return 400, {"error": "authorization_pending"}
                    del self.devices[form["device_code"]]
                    return 200, self._tokens(device["username"])
                if form.get("grant_type") == "refresh_token":
                    username = self.refresh.get(form.get("refresh_token", ""))
                    if username is None:
                        return 400, {"error": "invalid_grant", "error_description": "the refresh token was revoked"}
                    return 200, self._tokens(username, keep_refresh=form["refresh_token"])
                return 400, {"error": "unsupported_grant_type"}
            if path == "/introspect":
                token = self.access.get(form.get("token", ""))
                if token is None or token["expires"] < time.time():
                    return 200, {"active": False}
                return 200, {"active": True, "username": token["username"], "exp": int(token["expires"])}
            return 404, {"error": "not_found"}

    def _tokens(self, username: str, keep_refresh: str | None = None) -> dict:
        access = secrets.token_urlsafe(24)
        self.access[access] = {"username": username, "expires": time.time() + self.access_lifetime_s}
        refresh = keep_refresh or secrets.token_urlsafe(24)
        self.refresh[refresh] = username
        return {"access_token": access, "token_type": "Bearer", "expires_in": self.access_lifetime_s,
                "refresh_token": refresh, "scope": "imap"}

    # ------------------------------------------------------------ what the test does

    def approve(self, user_code: str, username: str) -> None:
        with self.lock:
            for device in self.devices.values():
                if device["user_code"] == user_code:
                    device["username"] = username
                    return
        raise KeyError(user_code)

    def deny_all(self) -> None:
        """The person pressed "deny" for every code shown."""
        with self.lock:
            for device in self.devices.values():
                device["denied"] = True

    def expire_codes(self) -> None:
        """Every device code shown has expired."""
        with self.lock:
            self.devices.clear()

    def expire_access_tokens(self) -> None:
        with self.lock:
            for token in self.access.values():
                token["expires"] = 0

    def revoke(self) -> None:
        with self.lock:
            self.refresh.clear()
            for token in self.access.values():
                token["expires"] = 0

    def grants(self, kind: str) -> int:
        return sum(1 for path, form in self.requests if path == "/token" and form.get("grant_type") == kind)

    def __enter__(self) -> "OAuthServer":
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.http.shutdown()
