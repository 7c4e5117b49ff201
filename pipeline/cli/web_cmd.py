"""`mailwarden web passwd|users|remove`: who may sign in to the web page."""

from __future__ import annotations

import sys

import click


@click.group()
def web() -> None:
    """The quarantine web page's sign-in (served at /web by the API: [api] enabled)."""


@web.command("passwd")
@click.argument("name")
@click.option("--account", default=None,
              help="Sees and releases only this account's mail (default: as before; a new name sees every account).")
@click.option("--all-accounts", is_flag=True, help="Sees every account (an existing user limited to one, no longer).")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin (for scripts).")
@click.pass_obj
def passwd(state, name: str, account: str | None, all_accounts: bool, password_stdin: bool) -> None:
    """Let NAME sign in to the web page with a password (asked for twice)."""
    from pipeline.web.auth import KEEP, PasswordError, set_password

    if account and all_accounts:
        raise click.UsageError("give --account or --all-accounts, not both")
    from pipeline.wiring import open_db

    config = state.config
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True)
    try:
        account = set_password(open_db(config), name, password, None if all_accounts else (account or KEEP),
                               accounts=[a.name for a in config.accounts])
    except PasswordError as err:
        raise click.ClickException(str(err)) from None
    where = f"account {account}" if account else "every account"
    click.echo(f"{name} can sign in to the web page and sees {where}; sessions signed in before are signed out")
    if not config.api.enabled:
        click.echo("the web page is served by the API: set [api] enabled = true (and restart `mailwarden run`), "
                   f"then open http://{config.api.host}:{config.api.port}/web/")


@web.command("users")
@click.pass_obj
def users(state) -> None:
    """Who can sign in with a password."""
    from pipeline.wiring import open_db
    from storage import web_users

    with open_db(state.config).reader() as s:
        found = web_users.names(s)
    if not found:
        click.echo("nobody yet; `mailwarden web passwd NAME` adds someone (the API token also signs the owner in)")
    for name, account in found:
        click.echo(f"{name}  {account or '(every account)'}")


@web.command("remove")
@click.argument("name")
@click.pass_obj
def remove(state, name: str) -> None:
    """NAME can no longer sign in (their sessions end at once)."""
    from pipeline.wiring import open_db
    from storage import web_users

    with open_db(state.config).session() as s:
        if not web_users.remove(s, name):
            raise click.ClickException(f"no web user {name!r}; `mailwarden web users` lists them")
    click.echo(f"{name} can no longer sign in")
