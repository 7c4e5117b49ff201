"""`mailwarden config ...`"""

import click

from pipeline.config import config_as_toml, default_config_path


@click.group()
def config() -> None:
    """Inspect the configuration."""


@config.command("show")
@click.pass_obj
def show(state) -> None:
    """Print the effective configuration (file + environment + defaults), secrets masked."""
    cfg = state.config
    source = state.config_path or default_config_path()
    click.echo(f"# from: {source or 'defaults only (no config file found)'}, then MAILWARDEN_* variables")
    click.echo(config_as_toml(cfg), nl=False)
