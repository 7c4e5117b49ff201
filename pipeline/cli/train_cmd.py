"""`mailwarden train --spam DIR --ham DIR`"""

from __future__ import annotations

import time
from pathlib import Path

import click

from agent.fast_path import FastPath
from pipeline.training import train_from_folders
from pipeline.wiring import fast_path_dir, open_db


@click.command()
@click.option("--spam", "spam", multiple=True, required=True, type=click.Path(path_type=Path, exists=True),
              help="Files, Maildirs, mbox files or folders of spam (repeatable).")
@click.option("--ham", "ham", multiple=True, required=True, type=click.Path(path_type=Path, exists=True),
              help="Files, Maildirs, mbox files or folders of wanted mail (repeatable).")
@click.pass_obj
def train(state, spam: tuple[Path, ...], ham: tuple[Path, ...]) -> None:
    """Train the fast path (text model + reputation) from labelled mail."""
    config = state.config
    db = open_db(config)
    fast = FastPath(fast_path_dir(config), db, config.fast_path)
    started = time.perf_counter()
    n_spam, n_ham = train_from_folders(fast, list(spam), list(ham))
    click.echo(f"trained the fast path on {n_spam} spam and {n_ham} ham in {time.perf_counter() - started:.1f} s; "
               f"{len(fast.reputation)} reputation entries; model saved to {fast.path}")
