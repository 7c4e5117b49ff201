"""A small HTTP API (off by default, loopback by default): classify, feedback, stats,
the dashboard and Prometheus metrics.

FastAPI gives the OpenAPI document (`/openapi.json`, copied to docs/openapi.json by
`mailwarden api openapi`) from the same pydantic models the CLI uses. Every route but
the document needs `Authorization: Bearer <token>`; each client (token and address) has
its own token bucket. `pipeline.api_gate` refuses what it can from the request head
(no token, a body or head too large, a client too slow) before the body is read.
Errors are JSON: `{"error": "...", "detail": ...}`.

The API never reads the server's files on a client's word: feedback names a stored
message by one of three forms checked at the boundary, or carries the message itself.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.rate_limits import BucketSettings, ClientLimiter
from agent.sender_lists import SenderLists
from agent.verdict import Verdict
from pipeline.actions import TierSettings, choose_action
from pipeline.api_gate import ApiError, Gate, guarded_protocol
from pipeline.api_settings import ApiSettings
from pipeline.corrections import Corrections
from pipeline.feedback import FeedbackError, give_feedback
from pipeline.judging import Judgement, judge_raw, record
from pipeline.parsing import parse_message
from pipeline.stats import Stats, compute_stats
from storage import Database, StorageFault
from storage.messages import find_message
from storage.files import create_exclusively, missing_or_empty
from storage.kinds import FeedbackSource, ListVerdict
from pipeline import sender_lists
from pipeline.sender_lists import ListEntryView, ListError

log = logging.getLogger(__name__)
TOKEN_FILE = "api.token"


# The three forms a stored message is named by. A stored id is an SQLite INTEGER (at
# most 18 digits here, so it always fits); a Message-ID is printable ASCII but for
# the angle brackets around it (RFC 5322 msg-id; the column holds 500 characters); a
# fingerprint is the SHA-256 of the raw message. Nothing else is looked up.
_REF_FORMS = (r"[0-9]{1,18}", r"<[!-;=?-~]{1,498}>", r"[0-9a-fA-F]{64}")
_REF = re.compile("|".join(_REF_FORMS))


def _message_ref(ref: str) -> str:
    if not _REF.fullmatch(ref):
        raise ValueError("give a stored id (digits), a <Message-ID> in angle brackets, or a 64-hex fingerprint")
    return ref


MessageRef = Annotated[str, Field(min_length=1, max_length=500,
                                  description="stored id (digits), <Message-ID> in angle brackets, or the 64-hex "
                                              "fingerprint of a message mailwarden has stored; never a path",
                                  json_schema_extra={"pattern": f"^(?:{'|'.join(_REF_FORMS)})$"}),
                       AfterValidator(_message_ref)]


class ClassifyResult(BaseModel):
    message_pk: int | None
    fingerprint: str
    action: str
    verdict: Verdict
    defects: list[str]


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: MessageRef
    label: Literal["spam", "ham"]


class FeedbackResult(BaseModel):
    message_pk: int
    fingerprint: str
    label: str
    recorded: bool
    corrected: bool
    learned: bool


class ListRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: ListVerdict = Field(description="allow: always let through; block: always quarantine")
    value: str = Field(min_length=1, max_length=500,
                       description="an address (alice@example.com), a domain (example.com: kept as its registered "
                                   "domain) or a List-Id (<list.example.org>)")
    kind: Literal["auto", "address", "domain", "list-id"] = "auto"
    account: str | None = Field(default=None, max_length=200, description="only for this account; else every one")
    note: str | None = Field(default=None, max_length=500)


def api_token(settings: ApiSettings, data_dir: Path) -> str:
    """The configured token, or the one in DATA_DIR/api.token (made on first use)."""
    if settings.token is not None:
        return settings.token.get_secret_value()
    path = Path(data_dir) / TOKEN_FILE
    if missing_or_empty(path):
        create_exclusively(path, secrets.token_urlsafe(32).encode())
    return path.read_text().strip()


def _record_feedback(db: Database, corrections: Corrections | None, fingerprint: str, label: str, who: str):
    """The API's one way to record feedback, always with a fingerprint the API itself
    found or computed: no string from the client reaches it."""
    if corrections is None:
        return give_feedback(db, fingerprint, label, source=FeedbackSource.api, actor=who)
    return corrections.give(fingerprint, label, source=FeedbackSource.api, actor=who)


def _stored_fingerprint(db: Database, ref: str) -> str | None:
    with db.reader() as s:
        message = find_message(s, ref)
        return message.fingerprint if message is not None else None


_RAW_MESSAGE_BODY = {"requestBody": {"required": True, "content": {
    "message/rfc822": {"schema": {"type": "string", "format": "binary"}},
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}


def create_app(db: Database, judge, *, token: str, settings: ApiSettings | None = None,
               client_limit: BucketSettings | None = None, tiers: TierSettings | None = None,
               queue_depth=lambda: 0, corrections: Corrections | None = None,
               account_judges: dict[str, object] | None = None, web=None) -> Gate:
    """The API over the same functions the CLI calls, behind its gate. `judge` is the
    cascade for mail of no account; `account_judges` those of each account (their own
    text models with `fast_path.per_account`), for /classify?account=NAME. Feedback is
    recorded through `corrections` (the service's, which learns it within seconds;
    without one it is only recorded). `web`: a `pipeline.web.pages.WebContext` to serve
    the web page under /web."""
    account_judges = account_judges or {}
    settings = settings or ApiSettings()
    tiers = tiers or TierSettings()
    limiter = ClientLimiter(client_limit or BucketSettings(per_minute=120, burst=30))
    app = FastAPI(title="mailwarden", version="1",
                  description="Judge mail, record corrections, read statistics. Bearer token required. "
                              "Feedback names a stored message (stored id, <Message-ID> or fingerprint) in "
                              "`POST /feedback`, or carries the raw message in `POST /feedback/raw`; never a "
                              "path. Requests without the token, or announcing a body over the limit, are "
                              "refused before the body is read; a body must arrive within `body_timeout_s`.",
                  responses={code: {"model": ApiError} for code in (401, 408, 413, 422, 429, 431, 503)})
    app.state.limiter = limiter
    lists = SenderLists(db) if db is not None else None

    def client(request: Request) -> str:
        who = request.scope.get("user")  # set by the gate once the token is right
        if not isinstance(who, str):
            raise HTTPException(401, "missing or wrong bearer token (Authorization: Bearer <token>)",
                                headers={"WWW-Authenticate": "Bearer"})
        if not limiter.allow(who):
            raise HTTPException(429, "too many requests from this client; slow down", headers={"Retry-After": "5"})
        return who

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        return JSONResponse(ApiError(error=str(err.detail)).model_dump(), status_code=err.status_code,
                            headers=getattr(err, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        # Where and what, never the input: an answer must not echo what was sent.
        detail = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")} for e in err.errors()]
        return JSONResponse(ApiError(error="invalid request", detail=detail).model_dump(), status_code=422)

    @app.exception_handler(StorageFault)
    async def cannot_write(request: Request, err: StorageFault):
        # The owner's fault, not the client's, and passing: one line in the log (no
        # traceback), and the client is told to come back.
        log.warning("API %s %s: %s", request.method, request.url.path, err)
        return JSONResponse(ApiError(error="the server cannot store anything right now; try again later").model_dump(),
                            status_code=503, headers={"Retry-After": "30"})

    @app.exception_handler(Exception)
    async def failed(request: Request, err: Exception):
        log.error("API %s %s failed", request.method, request.url.path, exc_info=err)
        return JSONResponse(ApiError(error="internal error; the server log has the details").model_dump(),
                            status_code=500)

    async def labelled(fingerprint: str, label: str, who: str) -> FeedbackResult:
        try:
            result = await asyncio.to_thread(_record_feedback, db, corrections, fingerprint, label, who)
        except FeedbackError:  # deleted in the meantime
            raise HTTPException(404, "the message is no longer stored; send it to /feedback/raw") from None
        return FeedbackResult(message_pk=result.message_pk, fingerprint=fingerprint, label=result.label,
                              recorded=result.recorded, corrected=result.corrected, learned=result.learned)

    @app.post("/classify", response_model=ClassifyResult, summary="Judge one raw RFC 822 message",
              openapi_extra=_RAW_MESSAGE_BODY, responses={404: {"model": ApiError}, 503: {"model": ApiError}})
    async def classify(request: Request, account: str | None = Query(
            default=None, max_length=100, description="judge as mail of this account (its own model, if it has one)"),
            who: str = Depends(client)) -> ClassifyResult:
        raw = await request.body()
        if account is not None and account not in account_judges:
            raise HTTPException(404, "no such account; name one of the configured [[accounts]]")
        chosen = account_judges[account] if account is not None else judge
        judgement = await asyncio.to_thread(judge_raw, raw, chosen, db, source=f"api:{who}", lists=lists,
                                            lists_for=account)
        if judgement.verdict is None:
            raise HTTPException(503, f"not judged: {judgement.error}")
        return ClassifyResult(message_pk=judgement.message_pk, fingerprint=judgement.parsed.fingerprint,
                              action=choose_action(judgement.verdict.spam_probability, tiers, judgement.verdict.unfamiliar),
                              verdict=judgement.verdict, defects=judgement.parsed.defects)

    @app.post("/feedback", response_model=FeedbackResult, summary="Record the owner's label for a stored message",
              description="`message` is a stored id, a <Message-ID> or a 64-hex fingerprint; any other form is "
                          "422 and is not looked up; a well-formed one that matches no stored message is 404.",
              responses={404: {"model": ApiError}})
    async def feedback(body: FeedbackRequest, who: str = Depends(client)) -> FeedbackResult:
        fingerprint = await asyncio.to_thread(_stored_fingerprint, db, body.message)
        if fingerprint is None:
            raise HTTPException(404, "no stored message matches; give a stored id, a <Message-ID> or a "
                                     "fingerprint from /classify, or send the message to /feedback/raw")
        return await labelled(fingerprint, body.label, who)

    @app.post("/feedback/raw", response_model=FeedbackResult, summary="Store a raw RFC 822 message and label it",
              description="The body is the message itself (as for /classify); it is stored, then labelled.",
              openapi_extra=_RAW_MESSAGE_BODY)
    async def feedback_raw(request: Request, label: Literal["spam", "ham"] = Query(),
                           who: str = Depends(client)) -> FeedbackResult:
        raw = await request.body()
        if not raw:
            raise HTTPException(422, "empty body; send the raw RFC 822 message as the request body")

        def store() -> str:
            parsed = parse_message(raw)
            record(db, Judgement(source=f"api:{who}", parsed=parsed, verdict=None))
            return parsed.fingerprint

        return await labelled(await asyncio.to_thread(store), label, who)

    @app.get("/lists", response_model=list[ListEntryView], summary="The allow and block lists")
    async def lists_get(account: str | None = Query(default=None, max_length=200,
                                                    description="this account's entries and those for every account"),
                        verdict: ListVerdict | None = None, who: str = Depends(client)) -> list[ListEntryView]:
        found = await asyncio.to_thread(sender_lists.entries, db, account=account, verdict=verdict)
        return [ListEntryView.of(e) for e in found]

    @app.post("/lists", response_model=ListEntryView, status_code=201, summary="Allow or block a sender",
              description="Applied to the next message judged; one entry per value (blocking an allowed value "
                          "replaces its entry). Audited with the client's name.",
              responses={404: {"model": ApiError}, 422: {"model": ApiError}})
    async def lists_add(body: ListRequest, who: str = Depends(client)) -> ListEntryView:
        if body.account is not None and body.account not in account_judges:
            raise HTTPException(404, "no such account; name one of the configured [[accounts]]")
        try:
            entry, _ = await asyncio.to_thread(sender_lists.add, db, body.verdict, body.value, kind=body.kind,
                                               account=body.account, note=body.note, actor=f"api:{who}")
        except ListError as err:
            raise HTTPException(422, str(err)) from None
        return ListEntryView.of(entry)

    @app.delete("/lists/{entry_id}", response_model=ListEntryView, summary="Take an entry off its list",
                responses={404: {"model": ApiError}})
    async def lists_remove(entry_id: int, who: str = Depends(client)) -> ListEntryView:
        try:
            entry = await asyncio.to_thread(sender_lists.remove, db, entry_id, actor=f"api:{who}")
        except ListError as err:
            raise HTTPException(404, str(err)) from None
        return ListEntryView.of(entry)

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

    @app.get("/health", summary="Is the server up and its database readable? (no token needed)",
             responses={503: {"model": ApiError}})
    async def health() -> dict[str, bool]:
        def readable() -> None:
            with db.reader() as s:
                s.execute(text("SELECT 1"))

        try:
            await asyncio.to_thread(readable)
        except Exception as err:  # noqa: BLE001 - any failure is "not healthy"; the log says which
            log.warning("health: the database cannot be read: %s", err)
            raise HTTPException(503, "the database cannot be read") from None
        return {"ok": True}

    if web is not None:
        from pipeline.web.pages import web_router

        app.include_router(web_router(web))
    open_paths = {app.openapi_url, app.docs_url, app.swagger_ui_oauth2_redirect_url, app.redoc_url, "/health"} - {None}
    return Gate(app, token=token, open_paths=open_paths, max_body_bytes=settings.max_body_bytes,
                max_header_bytes=settings.max_header_bytes, body_timeout_s=settings.body_timeout_s,
                max_in_flight=settings.max_concurrent_requests, page_prefix="/web" if web is not None else None)


def openapi_document() -> dict:
    """The OpenAPI document, without a database (for docs/openapi.json)."""
    return create_app(None, None, token="-").app.openapi()


class ApiServer:
    """uvicorn in a thread: for `mailwarden run` with `[api] enabled`, and for tests.

    `settings` are the ones given to `create_app`: the head limits (size, deadline) are
    kept here by the protocol, the body limits by the app's gate (`pipeline.api_gate`
    says what each covers). Port 0 takes a free port; `port` says which."""

    def __init__(self, app, host: str, port: int, settings: ApiSettings | None = None):
        import uvicorn

        settings = settings or ApiSettings()
        self.config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                                     lifespan="off", ws="none", http=guarded_protocol(settings.header_timeout_s),
                                     h11_max_incomplete_event_size=settings.max_header_bytes)
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
