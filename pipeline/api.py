"""A small HTTP API (off by default, loopback by default): classify, feedback, stats,
the dashboard and Prometheus metrics.

FastAPI gives the OpenAPI document (`/openapi.json`, copied to docs/openapi.json) from
the same pydantic models the CLI uses. Every route but the document needs
`Authorization: Bearer <token>`; each client (token and address) has its own token
bucket; bodies above `max_body_bytes` are refused before they are read in full. Errors
are JSON: `{"error": "...", "detail": ...}`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, SecretStr
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.rate_limits import BucketSettings, ClientLimiter
from agent.verdict import Verdict
from pipeline.actions import TierSettings, choose_action
from pipeline.feedback import FeedbackError, give_feedback
from pipeline.judging import judge_raw
from pipeline.stats import Stats, compute_stats
from storage import Database
from storage.files import create_exclusively, missing_or_empty

log = logging.getLogger(__name__)
TOKEN_FILE = "api.token"


class ApiSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(default=False, description="start the API with `mailwarden run`")
    host: str = Field(default="127.0.0.1", description="loopback by default; another address exposes it")
    port: int = Field(default=8025, ge=1, le=65535)
    token: SecretStr | None = Field(default=None, description="bearer token; else DATA_DIR/api.token (0600)")
    max_body_bytes: int = Field(default=25 * 2**20, ge=1024, description="larger requests are refused (413)")


class ApiError(BaseModel):
    error: str
    detail: object | None = None


class ClassifyResult(BaseModel):
    message_pk: int | None
    fingerprint: str
    action: str
    verdict: Verdict
    defects: list[str]


class FeedbackRequest(BaseModel):
    message: str = Field(description="stored id, Message-ID or fingerprint of a message mailwarden has seen")
    label: Literal["spam", "ham"]


class FeedbackResult(BaseModel):
    message_pk: int
    label: str
    recorded: bool
    corrected: bool
    learned: bool


def api_token(settings: ApiSettings, data_dir: Path) -> str:
    """The configured token, or the one in DATA_DIR/api.token (made on first use)."""
    if settings.token is not None:
        return settings.token.get_secret_value()
    path = Path(data_dir) / TOKEN_FILE
    if missing_or_empty(path):
        create_exclusively(path, secrets.token_urlsafe(32).encode())
    return path.read_text().strip()


class _BodyLimit:
    """ASGI middleware: refuse bodies over the limit, by Content-Length or while reading
    (a chunked upload has no length). The body is read here, at most `limit` bytes, and
    handed to the app; an oversized one never reaches it."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await _json(send, 413, f"request body over {self.limit} bytes")
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            seen += len(message.get("body", b""))
            if seen > self.limit:
                return await _json(send, 413, f"request body over {self.limit} bytes")
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _json(send, status: int, error: str) -> None:
    body = ApiError(error=error).model_dump_json().encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(db: Database, judge, *, token: str, settings: ApiSettings | None = None,
               client_limit: BucketSettings | None = None, tiers: TierSettings | None = None,
               queue_depth=lambda: 0) -> FastAPI:
    """The API over the same functions the CLI calls. `judge` is the cascade; feedback
    trains its fast path and scores its rules."""
    settings = settings or ApiSettings()
    tiers = tiers or TierSettings()
    limiter = ClientLimiter(client_limit or BucketSettings(per_minute=120, burst=30))
    app = FastAPI(title="mailwarden", version="1",
                  description="Judge mail, record corrections, read statistics. Bearer token required.",
                  responses={401: {"model": ApiError}, 413: {"model": ApiError}, 429: {"model": ApiError}})
    app.state.limiter = limiter

    def client(request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong bearer token (Authorization: Bearer <token>)",
                                headers={"WWW-Authenticate": "Bearer"})
        who = hashlib.sha256(given.encode()).hexdigest()[:12] + "@" + (request.client.host if request.client else "?")
        if not limiter.allow(who):
            raise HTTPException(429, "too many requests from this client; slow down", headers={"Retry-After": "5"})
        return who

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        return JSONResponse(ApiError(error=str(err.detail)).model_dump(), status_code=err.status_code,
                            headers=getattr(err, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        detail = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")} for e in err.errors()]
        return JSONResponse(ApiError(error="invalid request", detail=detail).model_dump(), status_code=422)

    @app.post("/classify", response_model=ClassifyResult, summary="Judge one raw RFC 822 message",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "message/rfc822": {"schema": {"type": "string", "format": "binary"}},
                  "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
              responses={503: {"model": ApiError}})
    async def classify(request: Request, who: str = Depends(client)) -> ClassifyResult:
        raw = await request.body()

        judgement = await asyncio.to_thread(judge_raw, raw, judge, db, source=f"api:{who}")
        if judgement.verdict is None:
            raise HTTPException(503, f"not judged: {judgement.error}")
        return ClassifyResult(message_pk=judgement.message_pk, fingerprint=judgement.parsed.fingerprint,
                              action=choose_action(judgement.verdict.spam_probability, tiers),
                              verdict=judgement.verdict, defects=judgement.parsed.defects)

    @app.post("/feedback", response_model=FeedbackResult, summary="Record the owner's label for a stored message",
              responses={404: {"model": ApiError}})
    async def feedback(body: FeedbackRequest, who: str = Depends(client)) -> FeedbackResult:
        try:
            result = await asyncio.to_thread(give_feedback, db, getattr(judge, "fast", None), body.message,
                                             body.label, source="api", actor=who,
                                             learning=getattr(judge, "learning", None))
        except FeedbackError as err:
            raise HTTPException(404, str(err)) from None
        return FeedbackResult(message_pk=result.message_pk, label=result.label, recorded=result.recorded,
                              corrected=result.corrected, learned=result.learned)

    @app.get("/stats", response_model=Stats, summary="What the filter has done, and how right it was")
    async def stats(since: datetime | None = None, who: str = Depends(client)) -> Stats:
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        return await asyncio.to_thread(compute_stats, db, since)

    @app.get("/dashboard.png", summary="The dashboard as a PNG", response_class=Response,
             responses={200: {"content": {"image/png": {}}}})
    async def dashboard(since: datetime | None = None, who: str = Depends(client)) -> Response:
        from pipeline.dashboard import render_png

        png = await asyncio.to_thread(render_png, db, since, tiers)
        return Response(png, media_type="image/png")

    @app.get("/metrics", summary="Prometheus text format", response_class=Response,
             responses={200: {"content": {"text/plain": {}}}})
    async def metrics(who: str = Depends(client)) -> Response:
        from prometheus_client import CONTENT_TYPE_LATEST

        from pipeline.metrics import exposition

        text = await asyncio.to_thread(exposition, db, queue_depth(), limiter.hits)
        return Response(text, media_type=CONTENT_TYPE_LATEST)

    return _BodyLimit(app, settings.max_body_bytes) if settings.max_body_bytes else app


def openapi_document() -> dict:
    """The OpenAPI document, without a database (for docs/openapi.json)."""
    app = create_app(None, None, token="-")
    return app.app.openapi()


class ApiServer:
    """uvicorn in a thread: for `mailwarden run` with `[api] enabled`, and for tests."""

    def __init__(self, app, host: str, port: int):
        import uvicorn

        self.config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                                     lifespan="off")
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self.server.run, name="api", daemon=True)

    def start(self, timeout: float = 10.0) -> "ApiServer":
        import time

        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the API could not start on {self.config.host}:{self.config.port} "
                                   "(port in use? choose another with [api] port)")
            time.sleep(0.02)
        return self

    @property
    def port(self) -> int:
        return self.server.servers[0].sockets[0].getsockname()[1]

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
