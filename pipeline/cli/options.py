"""Options shared by several commands."""

import click

from pipeline.wiring import BACKENDS

backend_option = click.option(
    "--backend",
    type=click.Choice(BACKENDS),
    default=None,
    help="Model backend (default: model.backend from the config).",
)
