"""`mailwarden config ...`"""

import sys

import click


@click.group()
def config() -> None:
    """Inspect the configuration."""


@config.command("encrypt-password")
@click.option("--account", "name", default="ACCOUNT", help="The account name, for the printed line.")
@click.pass_obj
def encrypt_password(state, name: str) -> None:
    """Seal an IMAP password for the config file (read from the terminal or stdin).

    Prints a `password_encrypted = "..."` line for the account's [[accounts]] table; it
    opens only with the key file in this data directory (mode 0600)."""
    from storage.vault import Vault

    cfg = state.config
    if sys.stdin.isatty():
        password = click.prompt("IMAP password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise click.ClickException("no password given")
    token = Vault.for_data_dir(cfg.data_dir).seal(password)
    click.echo(f"# [[accounts]] name = {name!r}: replace password = ... with")
    click.echo(f'password_encrypted = "{token}"')


@config.command("show")
@click.pass_obj
def show(state) -> None:
    """Print the effective configuration (file + environment + defaults) as TOML.

    `mailwarden config show > new.toml` gives a file that `--config new.toml` reads back to
    the same configuration, except the secrets: they are masked as "********", so put
    them back by hand (or keep them in password_env / password_command)."""
    from pipeline.config import config_as_toml, default_config_path

    cfg = state.config
    source = state.config_path or default_config_path()
    click.echo(f"# from: {source or 'defaults only (no config file found)'}, then MAILWARDEN_* variables")
    click.echo(config_as_toml(cfg), nl=False)
