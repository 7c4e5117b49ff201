"""`mailwarden eval --corpus DIR`: precision, recall, F1, FPR, MCC on labelled mail."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.options import backend_option, wide_console

if TYPE_CHECKING:
    from pipeline.evaluation import EvalReport


@click.command("eval")
@click.option("--corpus", required=True, type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="A folder with ham/ and spam/ subfolders of raw messages.")
@backend_option
@click.option("--split", type=click.Choice(["all", "train", "test"]), default="all", show_default=True,
              help="Which half of the project's fixed sha1 split to use.")
@click.option("--sample", type=int, default=None, help="Judge a random sample of N messages (seeded).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Picks the sample and the order (ham and spam mixed) in which messages are judged.")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=Path("eval-report.json"),
              show_default=True, help="Where to write the JSON report.")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report on stdout instead of the table.")
@click.option("--store/--no-store", default=False, show_default=True, help="Record the verdicts in the database.")
@click.pass_obj
def eval_command(state, corpus: Path, backend: str | None, split: str, sample: int | None, seed: int,
                 out: Path, as_json: bool, store: bool) -> None:
    """Judge a labelled corpus and report how well the filter did."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from pipeline.evaluation import corpus_files, evaluate
    from pipeline.judging import judge_raw
    from pipeline.wiring import make_judge, open_db

    config = state.config
    db = open_db(config)  # the fast path's reputation and the rules live there either way
    judge = make_judge(config, backend, db)
    judge.check()
    files = corpus_files(corpus, split=split, sample=sample, seed=seed)
    err_console = Console(stderr=True)
    with Progress(TextColumn("evaluating"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err_console, disable=not err_console.is_terminal, transient=True) as progress:
        task = progress.add_task("eval", total=len(files))
        report = evaluate(
            files,
            lambda raw, source: judge_raw(raw, judge, db if store else None, source=source),
            corpus=str(corpus),
            split=split,
            backend=judge.name,
            model=judge.model,
            progress=lambda n: progress.update(task, completed=n),
            quarantine_at=config.tiers.quarantine_at,
            seed=seed,
        )
    text = report.model_dump_json(indent=2)
    if as_json:
        click.echo(text)
    else:
        out.write_text(text + "\n")
        print_report(report)
        click.echo(f"report written to {out}")


def print_report(report: EvalReport) -> None:
    from rich.table import Table

    console = wide_console()
    table = Table(title=f"{report.backend} ({report.model}) on {report.corpus} [{report.split}]")
    table.add_column("metric")
    table.add_column("value", justify="right")
    c = report.confusion
    rows = [
        ("messages judged", f"{report.judged} of {report.messages}"),
        ("precision", f"{report.precision:.3f}"),
        ("recall", f"{report.recall:.3f}"),
        ("F1", f"{report.f1:.3f}"),
        ("FPR", f"{report.fpr:.3%}"),
        ("MCC", f"{report.mcc:.3f}"),
        ("accuracy", f"{report.accuracy:.3f}"),
        ("AUC", "n/a" if report.auc is None else f"{report.auc:.3f}"),
    ]
    if report.quarantine_at is not None:
        rows.append((f"quarantined (p >= {report.quarantine_at:g}): FPR / recall",
                     f"{report.quarantine_fpr:.3%} / {report.quarantine_recall:.2%}"))
    rows += [
        ("messages/s", f"{report.messages_per_second:.2f}"),
        ("latency p50 / p95", f"{report.latency_p50_ms:.0f} / {report.latency_p95_ms:.0f} ms"),
    ]
    for name, value in rows:
        table.add_row(name, value)
    console.print(table)
    matrix = Table(title="confusion matrix")
    matrix.add_column("")
    matrix.add_column("said spam", justify="right")
    matrix.add_column("said ham", justify="right")
    matrix.add_row("is spam", str(c.tp), str(c.fn))
    matrix.add_row("is ham", str(c.fp), str(c.tn))
    console.print(matrix)
    if report.deciders:
        who = Table(title="who decided")
        for column in ("decider", "messages", "ham / spam", "false positives", "false negatives"):
            who.add_column(column, justify="left" if column == "decider" else "right")
        for name, tally in report.deciders.items():
            who.add_row(name, str(tally.messages), f"{tally.ham} / {tally.spam}", str(tally.false_positives),
                        str(tally.false_negatives))
        console.print(who)
    for error in report.errors:
        console.print(f"[yellow]not judged:[/] {error}")
