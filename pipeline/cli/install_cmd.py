"""`mailwarden install-service`: write the systemd unit."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click


@click.command("install-service")
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False),
              default=Path("/etc/systemd/system/mailwarden.service"), show_default=True)
@click.option("--user", default=None, help="Run as this existing user (default: a dynamic user made by systemd).")
@click.option("--print", "print_only", is_flag=True, help="Print the unit instead of writing it.")
@click.pass_obj
def install_service(state, output: Path, user: str | None, print_only: bool) -> None:
    """Write a hardened systemd unit that runs `mailwarden run` with this configuration."""
    from pipeline.config import default_config_path
    from pipeline.service_unit import unit_text

    config_path = state.config_path or default_config_path()
    if config_path is None:
        raise click.ClickException("no configuration file to run with; `mailwarden setup --output "
                                   "/etc/mailwarden/mailwarden.toml --data-dir /var/lib/mailwarden` writes one")
    executable = shutil.which("mailwarden") or str(Path(sys.executable).with_name("mailwarden"))
    text = unit_text(executable, Path(config_path).resolve(), state.config.data_dir, user)
    if print_only:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text)
    except OSError as err:
        raise click.ClickException(f"cannot write {output} ({err.strerror}); run as root, or --print and copy it") \
            from None
    click.echo(f"wrote {output}; then: systemctl daemon-reload && systemctl enable --now mailwarden "
               "(logs: journalctl -u mailwarden -f)")
