"""`mailwarden rules list|show|disable|enable` and `mailwarden learn`."""

from __future__ import annotations

import json

import click

from pipeline.cli.options import wide_console


@click.group()
def rules() -> None:
    """The prompt rules learned from corrections."""


@rules.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also retired rules.")
@click.pass_obj
def list_rules(state, show_all: bool) -> None:
    from rich.table import Table

    from pipeline.wiring import open_db
    from storage import rules as stored_rules

    db = open_db(state.config)
    with db.reader() as s:
        found = stored_rules.listing(s, retired=show_all)
    table = Table(title=f"{len(found)} rules")
    for column in ("id", "status", "weight", "uses", "hits", "misses", "condition", "instruction"):
        table.add_column(column, overflow="fold")
    for r in found:
        c = r.condition
        table.add_row(str(r.id), r.status, f"{r.weight:.2f}", str(r.uses), str(r.hits), str(r.misses),
                      f"{c.get('field')} = {c.get('value')} -> {c.get('label')}", r.instruction)
    wide_console().print(table)


@rules.command("show")
@click.argument("rule_id", type=int)
@click.pass_obj
def show_rule(state, rule_id: int) -> None:
    from pipeline.wiring import open_db
    from storage import rules as stored_rules

    db = open_db(state.config)
    with db.reader() as s:
        rule = stored_rules.get(s, rule_id)
        if rule is None:
            raise click.ClickException(f"no rule {rule_id}")
        click.echo(json.dumps({
            "id": rule.id, "status": rule.status, "weight": rule.weight, "uses": rule.uses, "hits": rule.hits,
            "misses": rule.misses, "condition": rule.condition, "instruction": rule.instruction,
            "origin_feedback_ids": rule.origin_feedback_ids, "retired_reason": rule.retired_reason,
            "history": rule.history}, indent=2, default=str))


def _set(state, rule_id: int, status: str) -> None:
    """Set a rule's status as its owner (`status`: a `storage.kinds.RuleStatus` value,
    named as a string so that registering the command imports no storage code)."""
    from pipeline.wiring import open_db
    from storage import rules as stored_rules
    from storage.kinds import RuleStatus

    db = open_db(state.config)
    with db.session() as s:
        if stored_rules.set_status(db, s, rule_id, RuleStatus(status), "by the owner", retired_reason="disabled by the owner") is None:
            raise click.ClickException(f"no rule {rule_id}")
    click.echo(f"rule {rule_id}: {status}")


@rules.command("disable")
@click.argument("rule_id", type=int)
@click.pass_obj
def disable(state, rule_id: int) -> None:
    _set(state, rule_id, "retired")


@rules.command("enable")
@click.argument("rule_id", type=int)
@click.pass_obj
def enable(state, rule_id: int) -> None:
    _set(state, rule_id, "active")


@click.command()
@click.pass_obj
def learn(state) -> None:
    """Run a learning cycle now: draft rules from recent mistakes and validate them."""
    from pipeline.wiring import make_learning, open_db

    db = open_db(state.config)
    report = make_learning(state.config, db).cycle()
    click.echo(f"drafted {report.drafted}, activated {report.activated}, rejected {report.rejected}")
