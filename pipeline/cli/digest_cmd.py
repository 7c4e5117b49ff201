"""`mailwarden digest send`: the daily digest, now."""

from __future__ import annotations

import click


@click.group()
def digest() -> None:
    """The daily digest of what was quarantined ([digest] in the configuration)."""


@digest.command("send")
@click.option("--account", "names", multiple=True, help="Only this account (repeatable; default: all).")
@click.pass_obj
def send(state, names: tuple[str, ...]) -> None:
    """Append each account's digest to its INBOX now, whatever the schedule."""
    from pipeline.digest import send as send_one
    from pipeline.web.auth import web_key
    from pipeline.web.links import Links
    from pipeline.wiring import open_db

    config = state.config
    unknown = set(names) - {a.name for a in config.accounts}
    if unknown:
        raise click.ClickException(f"no account {', '.join(sorted(unknown))} in the configuration")
    db = open_db(config)
    links = Links(web_key(config.data_dir), config.digest.link_days)
    for account in config.accounts:
        if names and account.name not in names:
            continue
        result = send_one(config, db, account, links)
        click.echo(f"{account.name}: " + (f"digest of {result.messages} message(s) appended to INBOX"
                                          if result.appended else "nothing quarantined since the last digest"))
