"""The gate in front of the HTTP API: what is refused before the app sees a request,
decided from the request head before a byte of the body is read.

Two layers, because uvicorn hands the app a request only once its head is complete:

- `GuardedH11Protocol` (uvicorn's h11 protocol, subclassed) bounds the head itself. The
  request line and headers must arrive within `head_timeout_s` of the connection
  opening, or of the first byte of a kept-alive connection's next request; else a 408
  and the connection is closed. uvicorn alone has no such deadline: a connection that
  sends nothing, or half a head, is held for ever (its `timeout_keep_alive` only runs
  between requests, and the first byte of the next one cancels it). A head that
  arrives in pieces and outgrows `h11_max_incomplete_event_size` is refused by h11;
  uvicorn would answer that, and any other unparseable request, with a plain-text 400,
  this class answers JSON: 431 when the head was over the limit, else 400.
- `Gate` (ASGI middleware) sees the complete head: a head over the limit that arrived
  in one read (h11 checks the limit only while a head is incomplete) is 431; a missing
  or wrong bearer token is 401 with `WWW-Authenticate: Bearer`, except on the OpenAPI
  document and its viewers, which take only a GET without a body (else 405 or 413, so
  nobody without a token makes the server read anything); a Content-Length over the body limit is 413; more requests
  in progress than `max_in_flight` is 503. Only then is the body read, bounded by size
  (413 while reading a chunked upload) and by one deadline for the whole body (408).

Every refusal is JSON `{"error": ..., "detail": ...}` and closes the connection, so
nothing the client still sends is read. Not covered here: how many connections are
open at once (each lives at most `head_timeout_s` without a complete head, but opening
them faster than that runs into the process's file limit); uvicorn's own
`limit_concurrency` is not used because it counts those half-open connections too and
would turn them into a 503 for everyone. A client that streams a large body without
`Expect: 100-continue` may see the connection reset before it reads an early 401 or
413: the body is deliberately not drained (curl asks for 100-continue above 1 MiB and
reads the answer). A server exposed beyond loopback belongs behind a reverse proxy.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from http import HTTPStatus

import h11
from pydantic import BaseModel
from uvicorn.protocols.http.h11_impl import H11Protocol


class ApiError(BaseModel):
    """The body of every error the API answers."""

    error: str
    detail: object | None = None


def refusal_head(headers: dict[str, str] | None = None) -> list[tuple[bytes, bytes]]:
    return [(b"content-type", b"application/json"), (b"connection", b"close"),
            *((k.encode(), v.encode()) for k, v in (headers or {}).items())]


def refusal_bytes(status: int, error: str) -> bytes:
    """A whole JSON error response, for the protocol layer that writes to the socket."""
    body = ApiError(error=error).model_dump_json().encode()
    head = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}"]
    head += [f"{k.decode()}: {v.decode()}" for k, v in refusal_head()]
    head.append(f"content-length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


async def refuse(send, status: int, error: str, headers: dict[str, str] | None = None) -> None:
    """Answer an ASGI request with a JSON error and `Connection: close` (uvicorn then
    closes the connection instead of reading the rest of the body)."""
    body = ApiError(error=error).model_dump_json().encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [*refusal_head(headers), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def bearer_client(headers: list[tuple[bytes, bytes]], client: tuple[str, int] | None, token: str) -> str | None:
    """Who is asking (a digest of the token and the address), or None without exactly
    one `Authorization: Bearer <token>` header carrying the right token."""
    given = [value for name, value in headers if name == b"authorization"]
    if len(given) != 1:
        return None
    scheme, _, credential = given[0].partition(b" ")
    credential = credential.strip()
    if scheme.lower() != b"bearer" or not hmac.compare_digest(credential, token.encode()):
        return None
    return hashlib.sha256(credential).hexdigest()[:12] + "@" + (client[0] if client else "?")


def head_size(scope) -> int:
    """The request line and headers as sent, near enough (name: value CRLF each)."""
    line = len(scope["method"]) + len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") + 12
    return line + sum(len(name) + len(value) + 4 for name, value in scope["headers"])


class _TooLarge(Exception):
    pass


PAGE_BODY_BYTES = 256 * 1024
"""The most a web page form may send (a bulk action on 500 messages is under 10 KiB)."""
PAGE_BODY_TIMEOUT_S = 5.0
"""A form's body arrives at once; a client trickling one is refused (408) after this."""
PAGE_IN_FLIGHT = 8
"""Web page requests in progress at once, apart from the API's own slots."""


class Gate:
    """ASGI middleware: refuse from the head, then read the body bounded by size and time.

    The client's identity goes into `scope["user"]` (as Starlette's authentication
    middleware does) for the app's rate limiter; a route may rely on it being set only
    behind this gate. `open_paths` need no token (the OpenAPI document and its viewers).
    """

    def __init__(self, app, *, token: str, open_paths: set[str], max_body_bytes: int, max_header_bytes: int,
                 body_timeout_s: float, max_in_flight: int, page_prefix: str | None = None):
        self.app, self.token, self.open_paths, self.page_prefix = app, token, open_paths, page_prefix
        self.max_body_bytes, self.max_header_bytes = max_body_bytes, max_header_bytes
        self.body_timeout_s, self.max_in_flight = body_timeout_s, max_in_flight
        self.in_flight = 0
        self.pages_in_flight = 0
        """Requests for the web page, which need no token: counted apart, so that people
        without one (a sign-in form) can never take the slots the owner's API needs."""

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            return await self.app(scope, receive, send)
        if scope["type"] != "http":
            return  # no websockets: uvicorn refuses a handshake nobody accepted
        if head_size(scope) > self.max_header_bytes:
            return await refuse(send, 431, f"request line and headers over {self.max_header_bytes} bytes; "
                                           "send fewer or shorter headers")
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if scope["path"] in self.open_paths:
            # Open to anyone, so they take nothing: a document to read, no body to upload
            # (else a client without a token could make the server read 25 MiB, or hold
            # the in-flight slots the owner needs).
            if scope["method"] not in ("GET", "HEAD"):
                return await refuse(send, 405, f"{scope['path']} is read with GET", {"allow": "GET, HEAD"})
            if (length is not None and length != b"0") or b"transfer-encoding" in headers:
                return await refuse(send, 413, f"{scope['path']} takes no request body")
            return await self.app(scope, receive, send)
        limit, deadline, page = self.max_body_bytes, self.body_timeout_s, False
        if self.page_prefix and (scope["path"] == self.page_prefix or scope["path"].startswith(self.page_prefix + "/")):
            # The web page signs people in with its own cookie (`pipeline.web.auth`), so
            # no bearer token here; its forms are small and quick, so is what it reads.
            if scope["method"] not in ("GET", "HEAD", "POST"):
                return await refuse(send, 405, "the web page takes GET and POST", {"allow": "GET, HEAD, POST"})
            limit, deadline, page = min(limit, PAGE_BODY_BYTES), min(deadline, PAGE_BODY_TIMEOUT_S), True
        else:
            who = bearer_client(scope["headers"], scope.get("client"), self.token)
            if who is None:
                return await refuse(send, 401, "missing or wrong bearer token (Authorization: Bearer <token>)",
                                    {"www-authenticate": "Bearer"})
            scope["user"] = who
        if length is not None and length.isdigit() and int(length) > limit:
            return await refuse(send, 413, f"request body over {limit} bytes")
        busy = self.pages_in_flight >= PAGE_IN_FLIGHT if page else self.in_flight >= self.max_in_flight
        if busy:
            return await refuse(send, 503, "too many requests in progress; retry in a few seconds",
                                {"retry-after": "5"})
        if page:
            self.pages_in_flight += 1
        else:
            self.in_flight += 1
        try:
            try:
                async with asyncio.timeout(deadline):
                    body = await self._read_body(receive, limit)
            except TimeoutError:
                return await refuse(send, 408, f"request body not received within {deadline:g} s; "
                                               "send the whole body at once")
            except _TooLarge:
                return await refuse(send, 413, f"request body over {limit} bytes")
            if body is None:
                return  # the client went away
            replayed = False

            async def replay():
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            await self.app(scope, replay, send)
        finally:
            if page:
                self.pages_in_flight -= 1
            else:
                self.in_flight -= 1

    async def _read_body(self, receive, limit: int) -> bytes | None:
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > limit:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline on the request head and JSON refusals
    (see the module docstring). `head_timeout_s` is set by `guarded_protocol`."""

    head_timeout_s: float = 10.0
    _head_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._await_head()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._await_head()  # a head has begun: the deadline runs from its first byte, not its latest
        else:
            self._cancel_head_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_deadline()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        # uvicorn calls this for every h11.RemoteProtocolError; h11 raises "Receive buffer
        # too long" (its hint: 431) once an incomplete head outgrows the limit, and the
        # buffer it refused is still there to measure.
        limit = self.config.h11_max_incomplete_event_size or 16 * 1024  # None: h11's default
        if len(self.conn.trailing_data[0]) > limit:
            self._refuse(431, f"request line and headers over {limit} bytes; send fewer or shorter headers")
        else:
            self._refuse(400, "malformed HTTP request; send a valid HTTP/1.1 request")

    def _await_head(self) -> None:
        if self._head_deadline is None:
            self._head_deadline = self.loop.call_later(self.head_timeout_s, self._head_too_slow)

    def _cancel_head_deadline(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_too_slow(self) -> None:
        self._head_deadline = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._refuse(408, f"request line and headers not received within {self.head_timeout_s:g} s")

    def _refuse(self, status: int, error: str) -> None:
        self.logger.info("%s: refused the request head (%d): %s", self.client, status, error)
        self.transport.write(refusal_bytes(status, error))
        self.transport.close()


def guarded_protocol(head_timeout_s: float) -> type[GuardedH11Protocol]:
    """The protocol class to give uvicorn (`http=`), with this head deadline."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"head_timeout_s": head_timeout_s})
