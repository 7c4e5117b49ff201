"""The web page's routes: sign-in, the quarantine, a message, recent verdicts, the
allow and block lists, rules, stats, and the digest's links.

Each route is thin: it checks who is signed in (`auth.Sessions`) and the form's CSRF
token, calls the library function the CLI calls (`pipeline.quarantine`,
`pipeline.sender_lists`, `storage.rules`), and renders a template. Every answer carries
a Content-Security-Policy that allows nothing from elsewhere (no remote images, fonts,
scripts or frames, forms only to this page), `Cache-Control: no-store` and
`Referrer-Policy: no-referrer`. After a POST the page redirects (303) to a GET that
shows what happened, said in a signed short-lived cookie rather than the URL, so a
crafted link cannot put words on our page.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

import jinja2
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, URLSafeTimedSerializer

from agent.excerpts import opened_excerpt
from agent.rate_limits import BucketSettings, ClientLimiter
from agent.structure import findings
from pipeline import quarantine
from pipeline import sender_lists
from pipeline.actions import TierSettings
from pipeline.corrections import Corrections
from pipeline.explanation import explain
from pipeline.feedback import FeedbackError
from pipeline.imap import AccountSettings, ImapError
from pipeline.ownership import OwnerRole
from pipeline.parsing import parse_message
from pipeline.sender_lists import ListError
from pipeline.stats import compute_stats
from pipeline.web.auth import SESSION_COOKIE, SIGNIN_COOKIE, Sessions, Viewer, csrf_ok
from pipeline.web.links import LinkError, Links
from pipeline.web.render import shown
from pipeline.web_settings import WebSettings
from storage import Database, StorageFault, rules, verdicts
from storage.kinds import FeedbackSource, ListVerdict, RuleStatus

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
SAID_COOKIE = "mw_said"
PREFIX = "/web"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


@dataclass
class WebContext:
    """What the pages work with: the service's database, accounts and corrections."""

    db: Database
    accounts: list[AccountSettings]
    corrections: Corrections | None
    sessions: Sessions
    links: Links
    settings: WebSettings
    tiers: TierSettings


def plain_reason(reason: str) -> str:
    """The first thing a verdict's reason says, without the cascade's bookkeeping."""
    text = reason.removeprefix("fast path: ")
    return text.split("; ", 1)[0][:200]


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["when"] = lambda d: d.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M") if d else "-"
    env.filters["plain"] = plain_reason
    env.filters["pct"] = lambda p: f"{p * 100:.0f}%"
    return Jinja2Templates(env=env)


def web_router(ctx: WebContext) -> APIRouter:
    """The routes under /web (not in the OpenAPI document: they are pages, not API)."""
    router = APIRouter(prefix=PREFIX, include_in_schema=False)
    templates = _templates()
    said_signer = URLSafeTimedSerializer(ctx.sessions.key, salt="mailwarden-web-said")
    signin_limit = ClientLimiter(BucketSettings(per_minute=ctx.settings.signin_per_minute,
                                                burst=ctx.settings.signin_per_minute))
    names = [a.name for a in ctx.accounts]

    # ---------------------------------------------------------------- helpers

    def secure(request: Request) -> bool:
        return request.url.scheme == "https"

    def page(request: Request, template: str, viewer: Viewer | None, status: int = 200, **values) -> Response:
        said = None
        cookie = request.cookies.get(SAID_COOKIE)
        if cookie:
            try:
                said = said_signer.loads(cookie, max_age=120)
            except BadSignature:
                said = None
        response = templates.TemplateResponse(request, template, {
            "viewer": viewer, "said": said, "accounts": names, "prefix": PREFIX, **values}, status_code=status)
        response.headers.update(SECURITY_HEADERS)
        if cookie:
            response.delete_cookie(SAID_COOKIE, path=PREFIX)
        return response

    def redirect(request: Request, to: str, said: str | None = None) -> Response:
        response = RedirectResponse(to, status_code=303)
        response.headers.update(SECURITY_HEADERS)
        if said:
            response.set_cookie(SAID_COOKIE, said_signer.dumps(said), max_age=120, path=PREFIX, httponly=True,
                                samesite="strict", secure=secure(request))
        return response

    def viewer_of(request: Request) -> Viewer | None:
        viewer = ctx.sessions.viewer(request.cookies.get(SESSION_COOKIE))
        if viewer is not None:
            request.scope["user"] = f"web:{viewer.name}"
        return viewer

    def to_signin(request: Request) -> Response:
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return redirect(request, f"{PREFIX}/signin?next={quote(here)}")

    def refused(request: Request, viewer: Viewer | None, why: str, status: int = 403) -> Response:
        return page(request, "error.html", viewer, status=status, problem=why)

    def signed_in(request: Request, owners_only: str | None = None) -> Viewer | Response:
        """The viewer of a page, or the answer that sends them to sign in (or, for a page
        `owners_only` names the reason for, refuses someone who sees one account only)."""
        viewer = viewer_of(request)
        if viewer is None:
            return to_signin(request)
        if owners_only and not viewer.is_owner:
            return refused(request, viewer, owners_only)
        return viewer

    def posted(request: Request, csrf: str | None) -> Viewer | Response:
        """The viewer of a form POST, or the answer that refuses it."""
        viewer = viewer_of(request)
        if viewer is None:
            return refused(request, None, "You are not signed in (or your sign-in expired). Sign in and try again.",
                           401)
        if not csrf_ok(viewer, csrf):
            log.warning("web: a form without the right CSRF token from %s was refused",
                        request.client.host if request.client else "?")
            return refused(request, viewer, "This form did not come from this page (its security token is missing "
                                            "or wrong). Reload the page and try again.")
        return viewer

    def settle() -> None:
        try:
            if ctx.corrections is not None:
                ctx.corrections.settle(OwnerRole.RELEASE)
        except Exception as err:  # kept: recorded, learned by the next owner of the model
            log.warning("web: a correction was recorded but not learned yet: %s", err)

    def corrections() -> Corrections:
        if ctx.corrections is None:
            raise FeedbackError("corrections are not available on this server")
        return ctx.corrections

    def do(viewer: Viewer, action: str, pk: int) -> str:
        """One action on one message, as `viewer`; what happened, in words."""
        actor, scope = f"web:{viewer.name}", viewer.account
        if action == "release":
            where = quarantine.release(ctx.db, ctx.accounts, corrections(), str(pk), actor, source=FeedbackSource.web,
                              account=scope)
            return f"Released message {pk} to {where}."
        if action == "delete":
            quarantine.delete(ctx.db, ctx.accounts, str(pk), actor, account=scope)
            return f"Deleted message {pk}."
        if action == "spam":
            where = quarantine.confirm_spam(ctx.db, ctx.accounts, corrections(), str(pk), actor, account=scope)
            return f"Message {pk} is marked as spam (in {where})."
        raise FeedbackError(f"unknown action {action!r}")

    def list_change(viewer: Viewer, action: str, pk: int) -> str:
        found = explain(ctx.db, str(pk))
        if found is None or not viewer.sees(found.account):
            raise FeedbackError(f"there is no message {pk} for you to see")
        if not found.sender or "@" not in found.sender:
            raise FeedbackError(f"message {pk} has no sender address to list")
        verdict, what = action.split("-", 1)
        kind = "address" if what == "sender" else "domain"
        value = found.sender if kind == "address" else found.sender.rsplit("@", 1)[1]
        entry, _ = sender_lists.add(ctx.db, ListVerdict(verdict), value, kind=kind, account=viewer.account,
                                    actor=f"web:{viewer.name}")
        return f"Added to the {verdict} list: {entry.value} ({'account ' + entry.account if entry.account else 'every account'})."

    def failing(err: Exception) -> str:
        if isinstance(err, ImapError):
            return f"The mailbox could not be reached ({err}); nothing was changed. Try again in a minute."
        if isinstance(err, StorageFault):
            return "The server cannot store anything right now (disk full or read-only?); nothing was changed."
        return str(err)

    # ---------------------------------------------------------------- sign-in

    @router.get("", response_class=HTMLResponse)
    @router.get("/", response_class=HTMLResponse)
    def home(request: Request) -> Response:
        return redirect(request, f"{PREFIX}/quarantine")

    @router.get("/signin", response_class=HTMLResponse)
    def signin_form(request: Request, next: str = Query(default="", max_length=500)) -> Response:  # noqa: A002
        cookie, value = ctx.sessions.signin_token()
        response = page(request, "signin.html", None, csrf=value, next=_safe_next(next), problem=None)
        response.set_cookie(SIGNIN_COOKIE, cookie, max_age=3600, path=PREFIX, httponly=True, samesite="strict",
                            secure=secure(request))
        return response

    @router.post("/signin", response_class=HTMLResponse)
    def signin(request: Request, name: Annotated[str, Form(max_length=200)] = "",
               password: Annotated[str, Form(max_length=1000)] = "",
               csrf: Annotated[str, Form(max_length=200)] = "", next: Annotated[str, Form(max_length=500)] = "",  # noqa: A002
               ) -> Response:
        client = request.client.host if request.client else "?"

        def again(problem: str, status: int) -> Response:
            cookie, value = ctx.sessions.signin_token()
            response = page(request, "signin.html", None, status=status, csrf=value, next=_safe_next(next),
                            problem=problem)
            response.set_cookie(SIGNIN_COOKIE, cookie, max_age=3600, path=PREFIX, httponly=True,
                                samesite="strict", secure=secure(request))
            return response

        if not signin_limit.allow(client):
            log.warning("web: sign-in attempts from %s over the limit", client)
            response = again("Too many sign-in attempts from your address. Wait a minute and try again.", 429)
            response.headers["Retry-After"] = "60"
            return response
        if not ctx.sessions.signin_token_ok(request.cookies.get(SIGNIN_COOKIE), csrf):
            return again("This sign-in form had expired. Please try again.", 403)
        viewer = ctx.sessions.check(name.strip(), password)
        if viewer is None:
            log.info("web: failed sign-in for %r from %s", name[:60], client)
            return again("Wrong name or password.", 401)
        log.info("web: %s signed in from %s", viewer.name, client)
        response = redirect(request, _safe_next(next) or f"{PREFIX}/quarantine")
        response.set_cookie(SESSION_COOKIE, ctx.sessions.cookie_for(viewer), max_age=int(ctx.sessions.max_age_s),
                            path=PREFIX, httponly=True, samesite="strict", secure=secure(request))
        response.delete_cookie(SIGNIN_COOKIE, path=PREFIX)
        return response

    @router.post("/signout")
    def signout(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = posted(request, csrf)
        if not isinstance(viewer, Viewer):
            return viewer
        response = redirect(request, f"{PREFIX}/signin")
        response.delete_cookie(SESSION_COOKIE, path=PREFIX)
        return response

    # ---------------------------------------------------------------- quarantine

    @router.get("/quarantine", response_class=HTMLResponse)
    def quarantine_page(request: Request, q: str = Query(default="", max_length=200),
                        account: str = Query(default="", max_length=200),
                        page_no: int = Query(default=1, ge=1, le=100_000, alias="page")) -> Response:
        viewer = signed_in(request)
        if not isinstance(viewer, Viewer):
            return viewer
        shown_account = viewer.account or (account if account in names else None)
        rows = quarantine.quarantined(ctx.db, account=shown_account, search=q or None)
        size = ctx.settings.page_size
        pages = max(1, -(-len(rows) // size))
        page_no = min(page_no, pages)
        return page(request, "quarantine.html", viewer, rows=rows[(page_no - 1) * size: page_no * size],
                    total=len(rows), q=q, account=shown_account or "", page_no=page_no, pages=pages)

    @router.post("/quarantine")
    def quarantine_act(request: Request, action: Annotated[str, Form(max_length=20)] = "",
                       ids: Annotated[list[int], Form()] = [],  # noqa: B006 - FastAPI reads it, never mutated
                       csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = posted(request, csrf)
        if not isinstance(viewer, Viewer):
            return viewer
        if action not in ("release", "delete", "spam"):
            return refused(request, viewer, "Choose release, delete or confirm as spam.", 422)
        if not ids:
            return redirect(request, f"{PREFIX}/quarantine", "Tick the messages first, then choose what to do.")
        said, failed = [], []
        for pk in ids[:500]:
            try:
                said.append(do(viewer, action, pk))
            except (FeedbackError, ImapError, StorageFault) as err:
                failed.append(f"message {pk}: {failing(err)}")
        if action in ("release", "spam"):
            settle()
        verb = {"release": "Released", "delete": "Deleted", "spam": "Confirmed as spam"}[action]
        summary = f"{verb} {len(said)} message{'s' if len(said) != 1 else ''}." + (
            " Not done: " + "; ".join(failed[:5]) if failed else "")
        return redirect(request, f"{PREFIX}/quarantine", summary)

    # ---------------------------------------------------------------- one message

    @router.get("/message/{pk}", response_class=HTMLResponse)
    def message_page(request: Request, pk: int) -> Response:
        viewer = signed_in(request)
        if not isinstance(viewer, Viewer):
            return viewer
        found = explain(ctx.db, str(pk))
        if found is None or not viewer.sees(found.account):
            return refused(request, viewer, f"There is no message {pk} for you to see.", 404)
        body = parsed = problem = None
        in_quarantine = False
        try:
            where = quarantine.locate(ctx.db, ctx.accounts, str(pk), viewer.account)
            in_quarantine = where.in_quarantine
            raw = quarantine.fetch_raw(where)
            parsed = parse_message(raw)
            body = shown(raw, parsed)
        except (FeedbackError, ImapError, OSError, StorageFault) as err:
            problem = f"The message itself cannot be shown: {failing(err)}"
        facts = [f.detail for f in parsed.derived(findings)] if parsed is not None else []
        return page(request, "message.html", viewer, m=found, parsed=parsed, body=body, problem=problem,
                    facts=facts, in_quarantine=in_quarantine, domain=(found.sender or "").rpartition("@")[2])

    @router.post("/message/{pk}")
    def message_act(request: Request, pk: int, action: Annotated[str, Form(max_length=20)] = "",
                    csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = posted(request, csrf)
        if not isinstance(viewer, Viewer):
            return viewer
        here = f"{PREFIX}/message/{pk}"
        try:
            if action in ("release", "delete", "spam"):
                said = do(viewer, action, pk)
                if action != "delete":
                    settle()
                return redirect(request, here if action != "delete" else f"{PREFIX}/quarantine", said)
            if action in ("allow-sender", "allow-domain", "block-sender", "block-domain"):
                return redirect(request, here, list_change(viewer, action, pk))
        except (FeedbackError, ImapError, StorageFault, ValueError) as err:
            return redirect(request, here, f"Not done: {failing(err)}")
        return refused(request, viewer, "Unknown action.", 422)

    # ---------------------------------------------------------------- recent verdicts

    @router.get("/recent", response_class=HTMLResponse)
    def recent_page(request: Request, page_no: int = Query(default=1, ge=1, le=100_000, alias="page")) -> Response:
        viewer = signed_in(request)
        if not isinstance(viewer, Viewer):
            return viewer
        size = ctx.settings.page_size
        with ctx.db.reader() as s:
            rows = verdicts.recent(s, account=viewer.account, limit=size + 1, offset=(page_no - 1) * size)
        items = [(r, opened_excerpt(ctx.db, r.excerpt)) for r in rows[:size]]
        return page(request, "recent.html", viewer, items=items, page_no=page_no, more=len(rows) > size)

    @router.post("/recent/{pk}")
    def recent_act(request: Request, pk: int, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = posted(request, csrf)
        if not isinstance(viewer, Viewer):
            return viewer
        try:
            said = do(viewer, "spam", pk)
            settle()
        except (FeedbackError, ImapError, StorageFault) as err:
            said = f"Not done: {failing(err)}"
        return redirect(request, f"{PREFIX}/recent", said)

    # ---------------------------------------------------------------- lists

    @router.get("/lists", response_class=HTMLResponse)
    def lists_page(request: Request) -> Response:
        viewer = signed_in(request)
        if not isinstance(viewer, Viewer):
            return viewer
        return page(request, "lists.html", viewer, entries=sender_lists.entries(ctx.db, account=viewer.account))

    @router.post("/lists")
    def lists_add(request: Request, verdict: Annotated[str, Form(max_length=10)] = "",
                  value: Annotated[str, Form(max_length=500)] = "", account: Annotated[str, Form(max_length=200)] = "",
                  csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = posted(request, csrf)
        if not isinstance(viewer, Viewer):
            return viewer
        if verdict not in ("allow", "block"):
            return refused(request, viewer, "Choose allow or block.", 422)
        chosen = viewer.account or (account or None)
        try:
            entry, _ = sender_lists.add(ctx.db, ListVerdict(verdict), value, account=chosen, accounts=names,
                           actor=f"web:{viewer.name}")
            said = f"Added: {entry.describe()}."
        except (ListError, StorageFault) as err:
            said = f"Not added: {failing(err)}"
        return redirect(request, f"{PREFIX}/lists", said)

    @router.post("/lists/{entry_id}/remove")
    def lists_remove(request: Request, entry_id: int, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = posted(request, csrf)
        if not isinstance(viewer, Viewer):
            return viewer
        mine = {e.id: e for e in sender_lists.entries(ctx.db, account=viewer.account, with_global=viewer.is_owner)} \
            if viewer.account else None
        if mine is not None and entry_id not in mine:
            return redirect(request, f"{PREFIX}/lists", "Not removed: only the owner changes entries for every account.")
        try:
            removed = sender_lists.remove(ctx.db, entry_id, actor=f"web:{viewer.name}")
            said = f"Removed: {removed.describe()}."
        except (ListError, StorageFault) as err:
            said = f"Not removed: {failing(err)}"
        return redirect(request, f"{PREFIX}/lists", said)

    # ---------------------------------------------------------------- rules, stats

    @router.get("/rules", response_class=HTMLResponse)
    def rules_page(request: Request) -> Response:
        viewer = signed_in(request, "The rules are the owner's (they are learned from every account's mail).")
        if not isinstance(viewer, Viewer):
            return viewer
        with ctx.db.reader() as s:
            found = rules.listing(s, retired=True)
        return page(request, "rules.html", viewer, rules=found)

    @router.post("/rules/{rule_id}")
    def rules_act(request: Request, rule_id: int, action: Annotated[str, Form(max_length=10)] = "",
                  csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        viewer = posted(request, csrf)
        if not isinstance(viewer, Viewer):
            return viewer
        if not viewer.is_owner:
            return refused(request, viewer, "Only the owner (who sees every account) changes rules.")
        if action not in ("enable", "disable"):
            return refused(request, viewer, "Choose enable or disable.", 422)
        status = RuleStatus.active if action == "enable" else RuleStatus.retired
        with ctx.db.session() as s:
            done = rules.set_status(ctx.db, s, rule_id, status, f"by {viewer.name} on the web page",
                                    retired_reason=f"disabled by {viewer.name} on the web page")
        return redirect(request, f"{PREFIX}/rules", f"Rule {rule_id} {action}d." if done else f"No rule {rule_id}.")

    @router.get("/stats", response_class=HTMLResponse)
    def stats_page(request: Request) -> Response:
        viewer = signed_in(request, "The statistics cover every account; they are the owner's.")
        if not isinstance(viewer, Viewer):
            return viewer
        return page(request, "stats.html", viewer, stats=compute_stats(ctx.db))

    @router.get("/dashboard.png")
    def dashboard_png(request: Request) -> Response:
        from pipeline.dashboard import render_png

        viewer = signed_in(request, "The dashboard covers every account; it is the owner's.")
        if not isinstance(viewer, Viewer):
            return viewer
        response = Response(render_png(ctx.db, None, ctx.tiers), media_type="image/png")
        response.headers.update(SECURITY_HEADERS)
        return response

    @router.get("/static/style.css")
    def stylesheet() -> Response:
        return Response((HERE / "static" / "style.css").read_bytes(), media_type="text/css",
                        headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"})

    # ---------------------------------------------------------------- digest links

    @router.get("/link/{token}", response_class=HTMLResponse)
    def link_page(request: Request, token: str) -> Response:
        try:
            link = ctx.links.read(ctx.db, token)
        except LinkError as err:
            return page(request, "link.html", None, status=410, problem=str(err), m=None, token=token, done=None)
        return page(request, "link.html", None, problem=None, m=explain(ctx.db, str(link.message_pk)), token=token,
                    done=None)

    @router.post("/link/{token}", response_class=HTMLResponse)
    def link_use(request: Request, token: str) -> Response:
        try:
            link = ctx.links.read(ctx.db, token)
            where = quarantine.release(ctx.db, ctx.accounts, corrections(), str(link.message_pk), "digest link",
                              source=FeedbackSource.digest)
        except LinkError as err:
            return page(request, "link.html", None, status=410, problem=str(err), m=None, token=token, done=None)
        except (FeedbackError, ImapError, StorageFault) as err:
            return page(request, "link.html", None, status=409, problem=f"Not released: {failing(err)}", m=None,
                        token=token, done=None)
        try:
            ctx.links.mark_used(ctx.db, link)
        except StorageFault as err:  # released all the same; a second use finds it out of quarantine
            log.warning("web: a digest link was used but could not be marked used: %s", err)
        settle()
        return page(request, "link.html", None, problem=None, m=None, token=token,
                    done=f"Released: the message is back in {where}.")

    return router


def _safe_next(target: str) -> str:
    """Where to go after signing in: only a page of ours (no open redirect)."""
    if target.startswith(PREFIX + "/") and not target.startswith("//") and "\\" not in target \
            and not target.startswith(PREFIX + "/signin"):
        return target
    return ""

