"""`mailwarden dashboard` and `mailwarden api serve|openapi`."""

from __future__ import annotations

import json
import signal
import threading
from datetime import datetime, timezone
from pathlib import Path

import click


@click.command()
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M"]), default=None,
              help="Only data from this moment on.")
@click.pass_obj
def dashboard(state, out: Path, since: datetime | None) -> None:
    """Draw the dashboard PNG (1600 px wide) from the database."""
    from pipeline.dashboard import write_dashboard
    from pipeline.wiring import open_db

    config = state.config
    path = write_dashboard(open_db(config), out, since.replace(tzinfo=timezone.utc) if since else None,
                           tiers=config.tiers)
    click.echo(f"wrote {path} ({path.stat().st_size // 1024} kB)")


@click.group()
def api() -> None:
    """The HTTP API: classify, feedback, stats, dashboard.png, metrics."""


@api.command("serve")
@click.option("--backend", default=None, help="Model backend for /classify (default: the configured one).")
@click.option("--port", type=int, default=None, help="Port (default: [api] port).")
@click.pass_obj
def serve(state, backend: str | None, port: int | None) -> None:
    """Serve the API until Ctrl-C (the token is [api] token or DATA_DIR/api.token).

    Like `run`, it owns the learned state while it serves: corrections sent to it (and
    those the CLI records meanwhile) are learned within seconds into the models it
    judges with. So it does not run beside `mailwarden run` on the same data directory;
    `[api] enabled = true` serves the API from the service itself."""
    from pipeline.ownership import OwnerRole
    from pipeline.wiring import make_corrections, make_judges, open_db, owner_lock, start_api

    config = state.config
    if port is not None:
        config.api.port = port
    db = open_db(config)
    lock = owner_lock(config).acquire(OwnerRole.API)
    try:
        judges = make_judges(config, backend, db)
        for judge in set(judges.values()):
            judge.check()
        corrections = make_corrections(config, db, judges, lock)
        stop = threading.Event()
        learner = threading.Thread(target=corrections.serve, args=(stop,), name="corrections", daemon=True)
        learner.start()
        server = start_api(config, db, judges, corrections)
        where = "(configured token)" if config.api.token else str(config.data_dir / "api.token")
        click.echo(f"mailwarden API on http://{config.api.host}:{server.port} (bearer token: {where}); "
                   "Ctrl-C stops", err=True)
        done = threading.Event()
        signal.signal(signal.SIGINT, lambda *_: done.set())
        signal.signal(signal.SIGTERM, lambda *_: done.set())
        done.wait()
        server.stop()
        stop.set()
        learner.join()  # its last round learns what is pending, before the lock is let go
        for judge in set(judges.values()):
            judge.flush()
    finally:
        lock.release()


@api.command("openapi")
def openapi() -> None:
    """Print the OpenAPI document (JSON)."""
    from pipeline.api import openapi_document

    click.echo(json.dumps(openapi_document(), indent=2))
