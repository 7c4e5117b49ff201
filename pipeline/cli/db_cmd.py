"""`mailwarden db copy --to URL`: move the database, e.g. from SQLite to PostgreSQL."""

from __future__ import annotations

import click


@click.group()
def db() -> None:
    """The database itself."""


@db.command("copy")
@click.option("--to", "url", required=True, help="SQLAlchemy URL of an empty database, e.g. "
                                                  "postgresql+psycopg://mailwarden@db-host/mailwarden")
@click.pass_obj
def copy(state, url: str) -> None:
    """Copy every row of the configured database into an empty one (stop the service first)."""
    from storage import open_database
    from storage.copying import CopyRefused, copy_database
    from pipeline.wiring import open_db

    source = open_db(state.config)
    target = open_database(url)
    shown: dict[str, int] = {}

    def progress(table: str, done: int, total: int) -> None:
        if done == total or done - shown.get(table, 0) >= 10_000:
            shown[table] = done
            click.echo(f"  {table}: {done} of {total}", err=True)

    try:
        copied = copy_database(source, target, progress)
    except CopyRefused as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"copied {sum(copied.values())} rows in {len(copied)} tables to {target.url}; set [storage] url to "
               "it and start the service (the data directory keeps the model files and keys)")
