"""`mailwarden run` and `mailwarden status`."""

from __future__ import annotations

import logging
import signal
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.options import backend_option, wide_console

if TYPE_CHECKING:
    from pipeline.service import Service

log = logging.getLogger("pipeline.service")


@click.command()
@backend_option
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Worker threads (default: service.workers).")
@click.option("--dry-run", is_flag=True, help="Judge and log, touch nothing in the mailboxes.")
@click.option("--shadow", is_flag=True, help="Judge, record and add keywords, but never move mail.")
@click.option("--backfill", type=click.IntRange(min=0), default=0,
              help="On first start, also judge the newest N existing messages.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="On first start, also judge existing mail from this day on (YYYY-MM-DD).")
@click.option("--until-idle", is_flag=True, help="Exit once every message found has been dealt with.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default=None,
              help="json: one object per line, for journald and log shippers (default: log_format).")
@click.pass_obj
def run(state, backend: str | None, workers: int | None, dry_run: bool, shadow: bool, backfill: int,
        since: datetime | None, until_idle: bool, log_format: str | None) -> None:
    """Watch the configured IMAP accounts; judge new mail and act on it."""
    from pipeline.logs import configure
    from pipeline.monitor import Monitor
    from pipeline.ownership import LearnedStateBusy, OwnerRole
    from pipeline.service import Service
    from pipeline.service_settings import RunFlags, ServiceOptions
    from pipeline.wiring import (audit_config, backend_is_local_server, make_corrections, make_judges, open_db,
                                 owner_lock, start_api)

    config = state.config
    configure(config.log_level or "INFO", log_format or config.log_format)
    if not config.accounts:
        raise click.ClickException("no [[accounts]] in the configuration; add one (see README) and run again.")
    db = open_db(config)
    _check_storage(db)
    audit_config(db, config)
    # The service owns the learned state while it runs: taken before the models are
    # loaded, so no command's save can slip in between loading and owning them. With
    # another service on this data directory already (several processes sharing one
    # database), this one follows it: it judges with the model files that one saves,
    # reads them again when they change, and takes them over when it stops.
    lock = owner_lock(config)
    try:
        lock.acquire(OwnerRole.SERVICE)
    except LearnedStateBusy:
        holder = lock.holder()
        if holder is None or not holder.keeps_it or holder.role != OwnerRole.SERVICE:
            raise
        log.info("%s owns the learned state in %s; this process shares the work and follows it",
                 holder.describe(), config.data_dir)
    try:
        judges = make_judges(config, backend, db)
        for judge in set(judges.values()):
            judge.check()
        teach = (f"mailwarden train --account {config.accounts[0].name} (reads Junk as spam and INBOX and Sent as "
                 "wanted mail, read-only)")
        if any(j.fast is not None and not j.fast.ready for j in judges.values()):
            log.warning("the fast path has not been trained yet, so every message goes to the model; teach it your "
                        "own mail first: %s", teach)
        elif any(j.fast is not None and j.fast.on_starter for j in judges.values()):
            log.warning("the fast path judges with the starter model (public mail, not yours) and asks the model "
                        "about what it does not know; teach it your own mail: %s", teach)
        corrections = make_corrections(config, db, judges, lock)
        options = ServiceOptions.for_run(
            config.service, config.tiers,
            RunFlags(dry_run=dry_run, backfill=backfill, since=since.date() if since else None),
            workers=workers, shadow=shadow)
        service = Service(config.accounts, judges, db, options, corrections=corrections)
        _install_signal_handlers(service)
        monitor = Monitor(db, config.monitor, queue_depth=service.queue_depth,
                          watch_model_process=backend_is_local_server(config, backend),
                          draw_dashboard=lambda path: _draw_dashboard(db, path, config.tiers)).start()
        api = start_api(config, db, judges, corrections, queue_depth=service.queue_depth) \
            if config.api.enabled else None
        if config.digest.enabled:
            _start_digests(config, db, service)
        _say_what_is_watched(config, service, judges)
        try:
            service.run(until=(lambda: service.idle()) if until_idle else None)
        finally:
            if api is not None:
                api.stop()
            for judge in set(judges.values()):
                judge.flush()
            monitor.stop()
    finally:
        lock.release()  # after the service's last round of corrections (Service.stop waits for it)
    if service.stopped_accounts:
        left = len(config.accounts) - len(service.stopped_accounts)
        click.echo(f"{len(service.stopped_accounts)} of {len(config.accounts)} account(s) stopped"
                   + (", none left to watch:" if not left else ":"), err=True)
        for name, reason in service.stopped_accounts.items():
            click.echo(f"  account {name} stopped: {reason.removeprefix(f'account {name}: ')}", err=True)
        raise SystemExit(2)


def _say_what_is_watched(config, service: Service, judges) -> None:
    mode = service.options.mode if not service.options.dry_run else "dry run"
    some = next(iter(set(judges.values())))
    for account in config.accounts:
        log.info("watching %s: %s on %s:%s (%s); spam goes to %s%s", account.name, ", ".join(account.folders),
                 account.host, account.effective_port, mode, account.quarantine_folder,
                 "; learning from its Junk folder" if account.learn_from_junk else "",
                 extra={"fields": {"account": account.name, "folders": account.folders, "mode": mode}})
    log.info("judging with %s (%s), %s worker(s); Ctrl-C stops after the messages in hand", some.name, some.model,
             service.options.workers)


def _start_digests(config, db, service: Service) -> None:
    from pipeline.digest import DigestLoop
    from pipeline.web.auth import web_key
    from pipeline.web.links import Links

    DigestLoop(config, db, Links(web_key(config.data_dir), config.digest.link_days)).start(service.stop_requested)
    if not config.api.enabled:
        log.warning("[digest] is on but the API (which serves the digest's release links) is off: set [api] "
                    "enabled = true")


def _draw_dashboard(db, path: Path, tiers) -> None:
    from pipeline.dashboard import write_dashboard  # matplotlib: only when a dashboard is drawn

    write_dashboard(db, path, tiers=tiers)


def _check_storage(db) -> None:
    """Before anything is watched. A database that cannot be written now (read-only, no
    permission, a full disk) stops `run` with one line (a StorageFault): nothing has
    been taken on yet, and a read-only file would not fix itself. A fault that starts
    later pauses the service instead (it holds work then; see pipeline/faults.py).
    Less free space than the database needs beside it is only a warning: refusing to
    start would stop the filtering now over a disk that is not full yet, while running
    risks no mail (the service pauses when the disk fills) and gives the owner time."""
    from storage.faults import low_space_warning

    db.check_writable()
    if db.engine.url.get_backend_name() == "sqlite":
        warning = low_space_warning(Path(db.path))
        if warning is not None:
            click.echo(f"warning: {warning}", err=True)


def _install_signal_handlers(service: Service) -> None:
    """First SIGTERM/SIGINT: finish the job in hand, then leave. Second: leave now."""

    def cold(signum, frame):  # noqa: ARG001
        raise SystemExit(130)

    def warm(signum, frame):  # noqa: ARG001
        log.info("stopping after the messages in hand (signal again to stop at once)")
        service.stop_requested.set()
        signal.signal(signal.SIGINT, cold)
        signal.signal(signal.SIGTERM, cold)

    signal.signal(signal.SIGINT, warm)
    signal.signal(signal.SIGTERM, warm)


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def status(state, as_json: bool) -> None:
    """Per account and folder: connected, checkpoint, judged, quarantined, waiting for retry."""
    from pipeline.status import folder_status, process_status, rate_limit_hits
    from pipeline.wiring import open_db

    db = open_db(state.config)
    rows = folder_status(db)
    limits = rate_limit_hits(db)
    processes = process_status(db)
    if as_json:
        import json

        click.echo(json.dumps({"folders": [r.model_dump(mode="json") for r in rows],
                               "processes": [p.model_dump(mode="json") for p in processes],
                               "rate_limits": [h.model_dump(mode="json") for h in limits]}, indent=2))
        return
    from rich.table import Table

    table = Table(title="mailwarden status")
    for column in ("account", "folder", "connected", "checkpoint", "queued", "judged", "quarantined", "flagged",
                   "waiting", "failed", "last error"):
        table.add_column(column)
    for r in rows:
        table.add_row(r.account, r.folder, "yes" if r.connected else "no", f"{r.last_uid} (v{r.uidvalidity})",
                      str(r.queued), str(r.judged), str(r.quarantined), str(r.flagged), str(r.waiting),
                      str(r.failed), (r.last_error or "")[:60])
    console = wide_console()
    console.print(table if rows else "no folders watched yet: run `mailwarden run` first")
    if processes:
        running = Table(title="mailwarden run processes (which one watches which folder)")
        for column in ("host", "pid", "since", "last heartbeat", "watches"):
            running.add_column(column)
        for p in processes:
            running.add_row(p.host, str(p.pid), p.started_at.strftime("%Y-%m-%d %H:%M"),
                            p.heartbeat_at.strftime("%H:%M:%S"), ", ".join(p.leases) or "-")
        console.print(running)
    if limits:
        hits = Table(title="rate limits hit (messages kept from the model)")
        for column in ("scope", "key", "hits", "last"):
            hits.add_column(column)
        for h in limits:
            hits.add_row(h.scope, h.key, str(h.hits), h.last_at.strftime("%Y-%m-%d %H:%M") if h.last_at else "")
        console.print(hits)


@click.command()
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M"]), default=None,
              help="Only verdicts from this moment on.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def stats(state, since: datetime | None, as_json: bool) -> None:
    """Messages judged, who decided, latency, corrections, estimated precision/recall, rules."""
    from datetime import timezone

    from rich.table import Table

    from pipeline.stats import compute_stats
    from pipeline.wiring import open_db

    result = compute_stats(open_db(state.config), since.replace(tzinfo=timezone.utc) if since else None,
                           monitor_interval_s=state.config.monitor.interval_s)
    if as_json:
        click.echo(result.model_dump_json(indent=2))
        return

    def pct(value):
        return "n/a" if value is None else f"{value:.2%}"

    def ms(value):
        return "n/a" if value is None else f"{value:.1f} ms"

    table = Table(title="mailwarden stats" + (f" since {since:%Y-%m-%d %H:%M}" if since else ""))
    table.add_column("")
    table.add_column("value", justify="right")
    shares = ", ".join(f"{k} {v}" for k, v in sorted(result.decided_by.items())) or "-"
    for name, value in (
        ("messages judged", f"{result.judged} ({result.spam} spam, {result.ham} ham)"),
        ("decided by", shares),
        ("quarantined / flagged", f"{result.quarantined} / {result.flagged}"),
        ("waiting for the model / given up", f"{result.waiting} / {result.failed}"),
        ("latency p50 / p95 (all)", f"{ms(result.latency_p50_ms)} / {ms(result.latency_p95_ms)}"),
        ("model latency p50", ms(result.model_latency_p50_ms)),
        ("corrections: false positives / negatives", f"{result.false_positives} / {result.false_negatives}"),
        ("estimated precision / recall / FPR", f"{pct(result.estimated_precision)} / "
                                               f"{pct(result.estimated_recall)} / {pct(result.estimated_fpr)}"),
        ("rules active / retired", f"{result.rules_active} / {result.rules_retired}"),
        ("model errors / messages retried", f"{result.model_errors} / {result.model_retries}"),
        ("rate-limit hits", ", ".join(f"{k} {v}" for k, v in sorted(result.rate_limit_hits.items())) or "0"),
        ("uptime", "not running" if result.uptime_s is None else
         f"{_duration(result.uptime_s)} (since {result.service_started_at:%Y-%m-%d %H:%M} UTC)"),
    ):
        table.add_row(name, value)
    wide_console().print(table)


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min {int(seconds % 60)} s"
    return f"{minutes // 60} h {minutes % 60} min" if minutes < 48 * 60 else f"{minutes // 1440} days"
