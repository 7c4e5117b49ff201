"""`mailwarden feedback spam|ham MESSAGE...` and `mailwarden explain MESSAGE`."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.options import wide_console

if TYPE_CHECKING:
    from pipeline.corrections import Corrections
    from pipeline.ownership import OwnerRole


@click.command()
@click.argument("label", type=click.Choice(["spam", "ham"]))
@click.argument("messages", nargs=-1, required=True)
@click.option("--actor", default=None, help="Who says so (default: your login name).")
@click.pass_obj
def feedback(state, label: str, messages: tuple[str, ...], actor: str | None) -> None:
    """Say that MESSAGES (stored id, Message-ID, fingerprint or file) are spam or ham."""
    from pipeline.feedback import FeedbackError, record_file
    from pipeline.ownership import OwnerRole
    from pipeline.wiring import make_corrections, open_db
    from storage.kinds import FeedbackSource

    config = state.config
    db = open_db(config)
    corrections = make_corrections(config, db)
    actor = actor or getpass.getuser()
    failed, said, waiting = 0, [], []
    for ref in messages:
        try:
            key = record_file(db, Path(ref)) if Path(ref).is_file() else ref
            result = corrections.record(key, label, source=FeedbackSource.cli, actor=actor)
        except FeedbackError as err:
            click.echo(f"{ref}: {err}", err=True)
            failed += 1
            continue
        if not result.recorded:
            click.echo(f"{ref}: already recorded as {label}")
        else:
            said.append(f"{ref}: " + (f"corrected {result.old_label} -> {label}" if result.corrected
                                      else f"recorded as {label}"))
        if label == "ham":
            waiting += still_quarantined(db, key)
    settle_and_say(corrections, said, OwnerRole.FEEDBACK)
    for pk in waiting:
        click.echo(f"message {pk} is still in quarantine: `mailwarden release {pk}` moves it back to where it "
                   "came from")
    if failed:
        raise SystemExit(1)


def still_quarantined(db, ref: str) -> list[int]:
    """[the stored id] of the message `ref` names if the service quarantined it and
    nobody took it back out; else []."""
    from storage import jobs
    from storage.messages import find_message

    with db.reader() as s:
        found = find_message(s, ref)
        return [found.id] if found is not None and jobs.still_in_quarantine(s, found.id) else []


def settle_and_say(corrections: Corrections, recorded: list[str], role: OwnerRole) -> None:
    """Get what was recorded learned, and say per message how it reaches the model. If
    learning fails (a full disk), what was recorded is said first: it is kept, and
    learned by the next owner."""
    if not recorded:
        return
    try:
        applied = corrections.settle(role)
    except Exception:
        for line in recorded:
            click.echo(f"{line}; recorded, not learned yet (the next `mailwarden run` or correction learns it)")
        raise
    if applied:
        note = "; the fast path learned from it"
    else:
        holder = corrections.holder()
        note = f"; {holder.describe() if holder else 'the running service'} will learn from it within seconds"
    for line in recorded:
        click.echo(line + note)


@click.command()
@click.argument("message")
@click.pass_obj
def explain(state, message: str) -> None:
    """Show every verdict on MESSAGE, what produced it, what was done, and corrections."""
    from rich.table import Table

    from pipeline.explanation import explain as explained
    from pipeline.wiring import open_db

    found = explained(open_db(state.config), message)
    if found is None:
        raise click.ClickException(f"no stored message matches {message!r}")
    console = wide_console()
    if found.subject is not None:
        console.print(f"subject: {found.subject[:200]}")
    console.print(f"message {found.id}: {found.message_id or '(no Message-ID)'} from {found.sender or '?'}, "
                  f"{found.size} bytes, first seen {found.first_seen_at:%Y-%m-%d %H:%M}"
                  + (f", {found.where}" if found.where else ""))
    table = Table(title="verdicts")
    for column in ("when", "verdict", "p(spam)", "category", "decided by", "backend / model", "prompt",
                   "rules", "examples", "why"):
        table.add_column(column, overflow="fold")
    for v in found.verdicts:
        table.add_row(f"{v.created_at:%Y-%m-%d %H:%M:%S}", v.label, f"{v.spam_probability:.2f}", v.category,
                      v.decided_by, f"{v.backend} / {v.model}", v.prompt_version,
                      ", ".join(map(str, v.rule_ids)) or "-", ", ".join(map(str, v.example_ids)) or "-",
                      v.reason)
    console.print(table if found.verdicts else "no verdict yet (not judged, or waiting for the model)")
    for job in found.jobs:
        console.print(f"mailbox: {job.key.account}/{job.key.folder} uid {job.key.uid}: {job.status}"
                      f"{' -> ' + job.action if job.action else ''}{' (' + job.error + ')' if job.error else ''}")
    for fb in found.feedback:
        console.print(f"feedback: {fb.label} from {fb.source} ({fb.actor or '-'}) at {fb.created_at:%Y-%m-%d %H:%M}"
                      f"{', was ' + fb.old_label if fb.old_label else ''}")


@click.group()
def quarantine() -> None:
    """What mailwarden has quarantined."""


@quarantine.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def quarantine_list(state, as_json: bool) -> None:
    """Messages in quarantine: when, from whom, how sure, and why."""
    from rich.table import Table

    from pipeline.quarantine import quarantined
    from pipeline.wiring import open_db

    rows = quarantined(open_db(state.config))
    if as_json:
        import json

        click.echo(json.dumps([r.model_dump(mode="json") for r in rows], indent=2))
        return
    table = Table(title=f"{len(rows)} quarantined")
    for column in ("id", "when", "account", "from", "subject", "p(spam)", "category", "decided by", "why"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(str(r.id), f"{r.quarantined_at:%Y-%m-%d %H:%M}", r.account, r.shown_sender or r.sender or "?",
                      (r.subject or "?")[:80], f"{r.spam_probability:.2f}", r.category, r.decided_by, r.reason)
    wide_console().print(table)
    if rows:
        click.echo(f"`mailwarden release {rows[0].id}` moves one back to where it came from (and teaches the filter).")


@click.command()
@click.argument("messages", nargs=-1, required=True)
@click.option("--actor", default=None, help="Who says so (default: your login name).")
@click.pass_obj
def release(state, messages: tuple[str, ...], actor: str | None) -> None:
    """Move quarantined MESSAGES back where they came from; each is a ham correction."""
    from pipeline.ownership import OwnerRole
    from pipeline.quarantine import release as release_one
    from pipeline.wiring import make_corrections, open_db

    config = state.config
    db = open_db(config)
    corrections = make_corrections(config, db)
    released = []
    for ref in messages:
        released.append(f"{ref}: released to "
                        + release_one(db, config.accounts, corrections, ref, actor=actor or getpass.getuser())
                        + "; recorded as ham")
    settle_and_say(corrections, released, OwnerRole.RELEASE)
