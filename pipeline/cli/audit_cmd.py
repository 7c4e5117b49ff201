"""`mailwarden audit verify|show|rotate-key`: the tamper-evident log, from the outside."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.options import wide_console

if TYPE_CHECKING:
    from storage.audit import AuditHead, AuditLog


def _log(db) -> AuditLog:
    if db.audit is None:
        raise click.ClickException("the audit log is off ([audit] enabled = false)")
    return db.audit


def _head(ctx, param, value: str | None) -> AuditHead | None:  # noqa: ARG001
    if value is None:
        return None
    from storage.audit import parse_head

    try:
        return parse_head(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


@click.group()
def audit() -> None:
    """The HMAC-chained audit log: verify it, list it, rotate its key."""


@audit.command("verify")
@click.option("--mirror", "mirror", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="Compare the table with this JSON-lines mirror instead of [audit] mirror_file.")
@click.option("--mirror-only", is_flag=True,
              help="Verify the mirror by itself, without the table (e.g. a copy on another host); "
                   "its chain must start at seq 1.")
@click.option("--expect-head", "head", metavar="SEQ:MAC", callback=_head, default=None,
              help="A head copied from an `audit head:` line of the service log: the table must reach that "
                   "seq with that MAC (16+ hex digits of it will do).")
@click.pass_obj
def verify(state, mirror: Path | None, mirror_only: bool, head: AuditHead | None) -> None:
    """Check the chain, compare it with the mirror when there is one, and with a head
    from the service log when given; name every record altered, deleted, inserted or
    reordered. Exit 1 on any problem. Never creates a key ring."""
    from pipeline.wiring import open_db

    db = open_db(state.config)
    log = _log(db)
    mirror = mirror or log.settings.mirror_file
    if mirror_only:
        if mirror is None:
            raise click.UsageError("--mirror-only needs a mirror: give --mirror PATH or set [audit] mirror_file")
        report = log.check(None, mirror, head)
    else:
        with db.reader() as s:
            report = log.check(s, mirror, head)
    where = f"mirror {mirror}" if mirror_only else "audit log"
    if report.ok:
        click.echo(f"{where} intact: {report.checked} records, chain and MACs verified")
    for line in report.notes:
        click.echo(line)
    for problem in report.problems:
        click.echo(f"AUDIT LOG TAMPERED: {problem}", err=True)
    if report.mirror_missing is not None:
        click.echo(f"AUDIT MIRROR MISSING: {report.mirror_missing} is configured ([audit] mirror_file) but does not "
                   "exist: restore it (or mount where it lives), or unset mirror_file if it was given up on purpose",
                   err=True)
    if not report.ok:
        raise SystemExit(1)


@audit.command("show")
@click.option("--kind", default=None, help="Only records of this kind (verdict, model-call, action, correction, "
                                           "rule, config, key-rotated).")
@click.option("--limit", type=int, default=50, show_default=True, help="The newest N records.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def show(state, kind: str | None, limit: int, as_json: bool) -> None:
    """List the newest audit records."""
    from rich.table import Table

    from pipeline.wiring import open_db
    from storage.audit import newest

    db = open_db(state.config)
    _log(db)
    with db.reader() as s:
        rows = newest(s, limit, kind)
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
    from pipeline.wiring import open_db

    db = open_db(state.config)
    log = _log(db)
    with db.session() as s:
        old, new = log.rotate_key(s)
    click.echo(f"audit key rotated: {old} -> {new} (the key ring keeps both; back it up)")
