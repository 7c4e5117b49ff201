"""Options shared by several commands."""

import click

from pipeline.backend_names import BACKENDS

backend_option = click.option(
    "--backend",
    type=click.Choice(BACKENDS),
    default=None,
    help="Model backend (default: model.backend from the config).",
)


def wide_console(stderr: bool = False):
    """A rich Console; when output is not a terminal (a pipe, a file, a test), wide
    enough that tables are not folded into unreadable slivers."""
    from rich.console import Console

    console = Console(stderr=stderr)
    if not console.is_terminal:
        console = Console(stderr=stderr, width=160)
    return console
