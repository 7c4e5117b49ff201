"""`mailwarden classify PATH...`: judge messages from files, Maildirs and mbox files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.options import backend_option, wide_console

if TYPE_CHECKING:
    from pipeline.judging import Judgement


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@backend_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message on stdout.")
@click.option("--no-store", is_flag=True, help="Do not record the verdicts in the database.")
@click.pass_obj
def classify(state, paths: tuple[Path, ...], backend: str | None, as_json: bool, no_store: bool) -> None:
    """Judge every message under PATHS and print the verdicts."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from agent.sender_lists import SenderLists
    from pipeline.judging import judge_raw
    from pipeline.sources import count_messages, read_messages
    from pipeline.wiring import make_judge, open_db

    config = state.config
    db = None if no_store else open_db(config)
    judge = make_judge(config, backend, db)
    judge.check()
    lists = SenderLists(db) if db is not None else None
    total = count_messages(list(paths))
    results: list[Judgement] = []
    err_console = Console(stderr=True)
    with Progress(
        TextColumn("judging"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        disable=total < 2 or not err_console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("judging", total=total)
        for raw in read_messages(list(paths)):
            judgement = judge_raw(raw.data, judge, db, source=raw.source, lists=lists)
            results.append(judgement)
            if as_json:
                click.echo(json.dumps(_as_dict(judgement), ensure_ascii=False))
            progress.advance(task)
    judge.flush()
    if not as_json:
        _print_table(results)
    failed = [r for r in results if not r.ok]
    if failed:
        raise click.ClickException(
            f"{len(failed)} of {len(results)} messages were not judged ({failed[0].error}); "
            "they were left as they are — fix the cause and run again."
        )


def _as_dict(j: Judgement) -> dict:
    out = {
        "source": j.source,
        "message_id": j.parsed.message_id,
        "from": j.parsed.from_address,
        "subject": j.parsed.subject,
        "stored_id": j.message_pk,
        "defects": j.parsed.defects,
    }
    if j.verdict is not None:
        out["verdict"] = j.verdict.model_dump(mode="json")
    else:
        out["error"] = j.error
    return out


def _print_table(results: list[Judgement]) -> None:
    from rich.table import Table

    console = wide_console()
    table = Table(show_lines=False, expand=False)
    for column, kwargs in (
        ("id", {"justify": "right"}),
        ("file", {"overflow": "fold", "max_width": 28}),
        ("from", {"max_width": 28, "overflow": "ellipsis"}),
        ("subject", {"max_width": 36, "overflow": "ellipsis"}),
        ("verdict", {}),
        ("p(spam)", {"justify": "right"}),
        ("why", {"max_width": 50, "overflow": "fold"}),
    ):
        table.add_column(column, **kwargs)
    for r in results:
        name = Path(r.source.split("#")[0]).name + ("#" + r.source.split("#")[1] if "#" in r.source else "")
        if r.verdict is None:
            table.add_row(str(r.message_pk or ""), name, r.parsed.from_address or "", r.parsed.subject, "[yellow]not judged[/]", "", r.error or "")
            continue
        style = "red" if r.verdict.label == "spam" else "green"
        table.add_row(
            str(r.message_pk or ""),
            name,
            r.parsed.from_address or "",
            r.parsed.subject,
            f"[{style}]{r.verdict.label}[/]",
            f"{r.verdict.spam_probability:.2f}",
            r.verdict.reason,
        )
    console.print(table)
    spam = sum(1 for r in results if r.verdict and r.verdict.label == "spam")
    console.print(f"{len(results)} messages: {spam} spam, {sum(1 for r in results if r.verdict) - spam} ham, "
                  f"{sum(1 for r in results if not r.verdict)} not judged")
