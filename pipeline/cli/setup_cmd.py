"""`mailwarden setup` and `mailwarden check`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from pipeline.cli.options import backend_option

ENV = "MAILWARDEN_SETUP_"


@click.command()
@click.option("--host", default=None, help="The IMAP server's host name.")
@click.option("--user", default=None, help="The IMAP user name (often the mail address).")
@click.option("--password-env", default=None, metavar="VAR", help="Read the password from this environment variable.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Only try this port.")
@click.option("--tls", type=click.Choice(["implicit", "starttls", "plain"]), default=None, help="Only try this mode.")
@click.option("--ca-file", type=click.Path(path_type=Path, exists=True, dir_okay=False), default=None,
              help="Trust this certificate (a home server's own).")
@click.option("--name", default=None, help="A name for the account (default: home).")
@click.option("--folders", default=None, help="Folders to watch, comma-separated (default: INBOX).")
@click.option("--quarantine", default=None, help="Where spam goes (default: a folder called Quarantine).")
@click.option("--backend", type=click.Choice(["ollama", "embedded", "none"]), default=None,
              help="Who judges the uncertain mail (default: ollama).")
@click.option("--ollama-host", default=None, help="Where Ollama listens (default: http://127.0.0.1:11434).")
@click.option("--ollama-model", default=None, help="The model to ask (default: llama3.2:3b).")
@click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Where mailwarden keeps its database and keys (default: the configured or usual one).")
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), default=Path("mailwarden.toml"),
              show_default=True, help="The configuration file to write.")
@click.option("--force", is_flag=True, help="Replace --output if it exists.")
@click.option("--from-env", is_flag=True,
              help=f"Take host, user, password, port and tls from {ENV}HOST, {ENV}USER, {ENV}PASSWORD, {ENV}PORT, "
                   f"{ENV}TLS.")
@click.option("--yes", "-y", is_flag=True, help="Ask nothing: take what was found and the defaults.")
@click.option("--train/--no-train", default=None, help="Teach the fast path from the account's folders now.")
@click.pass_obj
def setup(state, host, user, password_env, password_stdin, port, tls, ca_file, name, folders, quarantine, backend,
          ollama_host, ollama_model, data_dir, output, force, from_env, yes, train) -> None:
    """Find the server's settings, write mailwarden.toml, and offer to train from the account."""
    from pipeline.setup import SetupFailed, account_table, config_table, discover, seal, write_config

    interactive = not yes and sys.stdin.isatty()
    if from_env:
        host = host or os.environ.get(ENV + "HOST")
        user = user or os.environ.get(ENV + "USER")
        port = port or (int(os.environ[ENV + "PORT"]) if os.environ.get(ENV + "PORT") else None)
        tls = tls or os.environ.get(ENV + "TLS") or None
        password_env = password_env or (ENV + "PASSWORD")

    def ask(value, prompt: str, default=None, **kwargs):
        if value is not None:
            return value
        if not interactive:
            if default is not None:
                return default
            raise click.UsageError(f"give {prompt.lower()} (--{prompt.split()[0].lower()}), or run setup in a "
                                   "terminal to be asked")
        return click.prompt(prompt, default=default, **kwargs)

    host = ask(host, "Host of the IMAP server")
    user = ask(user, "User name")
    if password_env:
        password = os.environ.get(password_env)
        if not password:
            raise click.UsageError(f"${password_env} is empty or not set")
    elif password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif interactive:
        password = click.prompt("Password", hide_input=True)
    else:
        raise click.UsageError("give the password with --password-env VAR or --password-stdin")
    click.echo(f"trying {host} ...", err=True)
    try:
        found = discover(host, user, password, port=port, tls=tls, ca_file=ca_file)
    except SetupFailed as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"logged in: {found.tls} on port {found.port}; {len(found.folders)} folders"
               + (f"; Junk is {found.junk}" if found.junk else "; no folder is marked \\Junk")
               + (f", Trash is {found.trash}" if found.trash else ""), err=True)
    shown = found.folders[:40]
    click.echo("folders: " + ", ".join(shown) + (f" and {len(found.folders) - 40} more" if len(found.folders) > 40
                                                 else ""), err=True)
    watched = [f.strip() for f in ask(folders, "Folders to watch (comma-separated)", "INBOX").split(",") if f.strip()]
    unknown = [f for f in watched if f not in found.folders]
    if unknown:
        raise click.ClickException(f"no folder {', '.join(unknown)} on the server (it has: "
                                   f"{', '.join(found.folders[:30])})")
    quarantine = ask(quarantine, "Quarantine folder", found.quarantine())
    backend = ask(backend, "Model backend (ollama, embedded, none)", "ollama",
                  type=click.Choice(["ollama", "embedded", "none"]))
    if backend == "ollama":
        ollama_host = ask(ollama_host, "Ollama address", "http://127.0.0.1:11434")
        ollama_model = ask(ollama_model, "Ollama model", "llama3.2:3b")
    name = ask(name, "A name for this account", "home")
    data = data_dir or state.config.data_dir
    table = config_table(data, [account_table(name, host, user, found, seal(data, password), watched, quarantine,
                                              ca_file)], backend, ollama_host, ollama_model)
    try:
        write_config(output, table, overwrite=force)
    except SetupFailed as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"wrote {output} (the password sealed with the key in {data}/secret.key)")
    if train is None:
        train = interactive and click.confirm(
            "Teach the fast path from this account now (reads Junk as spam, INBOX and Sent as wanted; read-only)?",
            default=True)
    if train:
        from pipeline.cli.train_cmd import _train_from_account
        from pipeline.config import load_config

        _train_from_account(load_config(output), name, [], [], None, None)
    click.echo(f"next: mailwarden --config {output} check, then a week of "
               f"mailwarden --config {output} run --shadow (judges and marks, moves nothing)")


@click.command()
@backend_option
@click.option("--no-model", is_flag=True, help="Skip asking the model backend (it may take a while to load).")
@click.pass_obj
def check(state, backend: str | None, no_model: bool) -> None:
    """Is everything ready to run? One line per check; what to do about each problem."""
    from pipeline.checks import run_checks

    results = run_checks(state.config, backend, model=not no_model)
    for result in results:
        click.echo(result.line())
    failed = [r for r in results if not r.ok]
    if failed:
        click.echo(f"{len(failed)} problem(s); fix them and run `mailwarden check` again", err=True)
        raise SystemExit(1)
    click.echo("ready: `mailwarden run --shadow` for a first week, then `mailwarden run`")
