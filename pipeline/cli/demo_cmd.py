"""`mailwarden demo`

The demo's own machinery (a throwaway Dovecot, installing it with apt-get as root) is
development tooling in `mailwarden_dev/`, which only a source checkout has: it is
imported here when the command runs, and its absence is one line saying what to run.
"""

from __future__ import annotations

import click

from pipeline.cli.options import backend_option, wide_console

NO_DEMO_TOOLING = ("the demo needs mailwarden's source checkout (its mailwarden_dev/ tooling is not part of an "
                   "installed mailwarden): clone the repository and run ./scripts/demo.sh there")


@click.command()
@backend_option
@click.pass_obj
def demo(state, backend: str | None) -> None:
    """Run the service on a throwaway Dovecot seeded with sample mail; show what was quarantined.

    Needs a source checkout of mailwarden (./scripts/demo.sh runs it from one)."""
    try:
        from mailwarden_dev.demo import DemoError, run_demo
    except ModuleNotFoundError as err:
        if (err.name or "").partition(".")[0] != "mailwarden_dev":
            raise  # the tooling is there, something it needs is not: say which
        raise click.ClickException(NO_DEMO_TOOLING) from None
    from rich.table import Table

    from pipeline.training import bundled_sample, train_from_folders
    from pipeline.wiring import make_judge, open_db

    db = open_db(state.config)
    judge = make_judge(state.config, backend, db)
    console = wide_console()
    if judge.fast is not None and not judge.fast.ready:
        spam, ham = bundled_sample()
        n_spam, n_ham = train_from_folders(judge.fast, [spam], [ham])
        console.print(f"[dim]trained the fast path on the bundled public sample ({n_spam} spam, {n_ham} ham; "
                      f"none of them is in the demo mail)[/]")
    judge.check()
    try:
        rows = run_demo(judge, say=lambda text: console.print(f"[dim]{text}[/]"))
    except DemoError as err:
        raise click.ClickException(str(err)) from None
    for folder in ("Quarantine", "INBOX"):
        table = Table(title=f"{folder}: {sum(1 for r in rows if r.folder == folder)} messages", title_justify="left")
        for column in ("from", "subject", "sample label", "verdict", "p(spam)", "action", "keywords", "why"):
            table.add_column(column, overflow="fold", max_width=40 if column in ("subject", "why") else 28)
        for r in rows:
            if r.folder == folder:
                table.add_row(r.sender, r.subject, r.expected, r.label, f"{r.spam_probability:.2f}", r.action,
                              " ".join(r.keywords), r.reason)
        console.print(table)
    right = sum(1 for r in rows if r.expected == r.label)
    console.print(f"{right} of {len(rows)} verdicts match the sample's own label.")
