"""`mailwarden audit verify|show|rotate-key`: the tamper-evident log, from the outside."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table
from sqlalchemy import select

from pipeline.cli.options import wide_console
from pipeline.wiring import open_db
from storage.audit import AuditLog, verify_mirror
from storage.models import AuditRecord


def _log(db) -> AuditLog:
    if db.audit is None:
        raise click.ClickException("the audit log is off ([audit] enabled = false)")
    return db.audit


@click.group()
def audit() -> None:
    """The HMAC-chained audit log: verify it, list it, rotate its key."""


@audit.command("verify")
@click.option("--mirror", "mirror", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="Verify this JSON-lines mirror file instead of the database table.")
@click.pass_obj
def verify(state, mirror: Path | None) -> None:
    """Check the whole chain; name the first record altered, deleted, inserted or reordered."""
    db = open_db(state.config)
    log = _log(db)
    if mirror is not None:
        result = verify_mirror(mirror, log.keys)
    else:
        with db.reader() as s:
            result = log.verify(s)
    if result.ok:
        click.echo(f"audit log intact: {result.checked} records, chain and MACs verified")
        return
    click.echo(f"AUDIT LOG TAMPERED: {result.problem}", err=True)
    click.echo(f"({result.checked} records before it verified; everything from it on is suspect)", err=True)
    raise SystemExit(1)


@audit.command("show")
@click.option("--kind", default=None, help="Only records of this kind (verdict, model-call, action, correction, "
                                           "rule, config, key-rotated).")
@click.option("--limit", type=int, default=50, show_default=True, help="The newest N records.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def show(state, kind: str | None, limit: int, as_json: bool) -> None:
    """List the newest audit records."""
    db = open_db(state.config)
    _log(db)
    with db.reader() as s:
        q = select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(limit)
        if kind:
            q = q.where(AuditRecord.kind == kind)
        rows = list(reversed(s.scalars(q).all()))
    if as_json:
        click.echo(json.dumps([{"seq": r.seq, "at": r.at, "kind": r.kind, "subject": r.subject,
                                "data": json.loads(r.data), "key_id": r.key_id, "mac": r.mac} for r in rows], indent=2))
        return
    table = Table(title=f"audit log (newest {limit})")
    for column in ("seq", "at", "kind", "subject", "data", "key"):
        table.add_column(column)
    for r in rows:
        data = r.data if len(r.data) <= 120 else r.data[:117] + "..."
        table.add_row(str(r.seq), r.at[:19].replace("T", " "), r.kind, r.subject, data, r.key_id)
    wide_console().print(table if rows else "the audit log is empty")


@audit.command("rotate-key")
@click.pass_obj
def rotate_key(state) -> None:
    """Sign from now on with a new key; old records keep verifying under the old one."""
    db = open_db(state.config)
    log = _log(db)
    old = log.keys.current
    with db.session() as s:
        new = log.rotate_key(s)
    click.echo(f"audit key rotated: {old} -> {new} (the key ring keeps both; back it up)")
