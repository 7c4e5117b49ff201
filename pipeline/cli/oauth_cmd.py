"""`mailwarden oauth login|status`: OAuth2 for accounts with auth = "oauth2"."""

from __future__ import annotations

import click


def _account(config, name: str):
    found = next((a for a in config.accounts if a.name == name), None)
    if found is None:
        raise click.ClickException(f"no account {name!r} in the configuration")
    if found.auth != "oauth2":
        raise click.ClickException(f"account {name} logs in with a password; set auth = \"oauth2\" and an "
                                   "[accounts.oauth2] table first (README: OAuth2)")
    return found


@click.group()
def oauth() -> None:
    """Log accounts in with OAuth2 (Gmail, Microsoft 365, any RFC 8628 provider)."""


@oauth.command("login")
@click.option("--account", "name", required=True, help="The account to log in.")
@click.pass_obj
def login(state, name: str) -> None:
    """Log ACCOUNT in: open the address shown, enter the code; the tokens are kept sealed."""
    from pipeline.oauth import OAuthError, Tokens, device_login

    config = state.config
    account = _account(config, name)
    tokens = Tokens(account, config.data_dir)
    try:
        device_login(tokens, say=lambda line: click.echo(line, err=True))
    except OAuthError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"account {name}: logged in; the refresh token is kept sealed in {tokens.path} "
               "(`mailwarden check` tries it)")


@oauth.command("status")
@click.pass_obj
def status(state) -> None:
    """Which OAuth2 accounts are logged in, and until when their access token lasts."""
    from datetime import datetime, timezone

    from pipeline.oauth import Tokens

    config = state.config
    accounts = [a for a in config.accounts if a.auth == "oauth2"]
    if not accounts:
        click.echo("no account uses OAuth2")
    for account in accounts:
        tokens = Tokens(account, config.data_dir)
        expires = tokens.expires_at()
        if expires is None:
            click.echo(f"{account.name}: not logged in; `mailwarden oauth login --account {account.name}`")
        else:
            when = datetime.fromtimestamp(expires, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
            click.echo(f"{account.name}: logged in ({account.oauth2.provider}); access token until {when}, "
                       "refreshed as needed")
