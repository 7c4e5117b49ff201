"""The command group, shared options and the error boundary.

The command line starts in a blink (`--help`, `--version`, `status`: well under a second,
where importing the judging side alone takes 2-3 s): commands are registered by name and
their module is imported only when that command runs or `--help` lists them, and those
modules import numpy, scikit-learn, FastAPI, matplotlib, rich and the model backends
inside the functions that use them. tests/test_cli_startup.py holds both to it.
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from pipeline.config import Config

log = logging.getLogger(__name__)

# Errors a user can meet and fix: shown as one line, no traceback (that goes to the
# debug log). DatabaseError includes StorageFault: a full disk, a read-only database.
# Named, not imported: an error can only have been raised once its module was loaded,
# so the boundary looks them up among the loaded modules (see `_user_error_types`).
USER_ERRORS = (
    "pipeline.config:ConfigError",
    "agent.backends.base:BackendError",
    "storage.errors:DatabaseError",
    "pipeline.sources:SourceError",
    "pipeline.evaluation:CorpusError",
    "pipeline.imap:ImapError",
    "pipeline.feedback:FeedbackError",
    "storage.audit:AuditKeyError",
    "pipeline.ownership:LearnedStateBusy",
)

# Each command: its name, and where it is defined ("module:attribute"), imported when
# it is run or listed.
COMMANDS = {
    "allow": "pipeline.cli.lists_cmd:allow",
    "api": "pipeline.cli.observe_cmd:api",
    "audit": "pipeline.cli.audit_cmd:audit",
    "block": "pipeline.cli.lists_cmd:block",
    "check": "pipeline.cli.setup_cmd:check",
    "classify": "pipeline.cli.classify:classify",
    "config": "pipeline.cli.config_cmd:config",
    "dashboard": "pipeline.cli.observe_cmd:dashboard",
    "db": "pipeline.cli.db_cmd:db",
    "demo": "pipeline.cli.demo_cmd:demo",
    "digest": "pipeline.cli.digest_cmd:digest",
    "eval": "pipeline.cli.evaluate:eval_command",
    "explain": "pipeline.cli.feedback_cmd:explain",
    "feedback": "pipeline.cli.feedback_cmd:feedback",
    "install-service": "pipeline.cli.install_cmd:install_service",
    "learn": "pipeline.cli.rules_cmd:learn",
    "oauth": "pipeline.cli.oauth_cmd:oauth",
    "quarantine": "pipeline.cli.feedback_cmd:quarantine",
    "release": "pipeline.cli.feedback_cmd:release",
    "rules": "pipeline.cli.rules_cmd:rules",
    "run": "pipeline.cli.service_cmd:run",
    "setup": "pipeline.cli.setup_cmd:setup",
    "stats": "pipeline.cli.service_cmd:stats",
    "status": "pipeline.cli.service_cmd:status",
    "train": "pipeline.cli.train_cmd:train",
    "web": "pipeline.cli.web_cmd:web",
}


def _user_error_types() -> tuple[type[BaseException], ...]:
    found = []
    for spec in USER_ERRORS:
        module_name, name = spec.split(":")
        module = sys.modules.get(module_name)
        if module is not None:
            found.append(getattr(module, name))
    return tuple(found)


class State:
    def __init__(self, config_path: Path | None):
        self.config_path = config_path
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            from pipeline.config import load_config

            self._config = load_config(self.config_path)
            from pipeline.logs import configure

            configure(self._config.log_level or "WARNING", self._config.log_format)
        return self._config


class _Group(click.Group):
    """Commands imported when used (`COMMANDS`), and the errors a user can fix turned
    into a one-line message instead of a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module_name, name = COMMANDS[cmd_name].split(":")
            command = getattr(importlib.import_module(module_name), name)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as err:
            if isinstance(err, _user_error_types()):
                log.debug("%s", err, exc_info=True)
                raise click.ClickException(str(err)) from err
            if not isinstance(err, OSError):
                raise
            # A full disk or a read-only file met outside the storage layer's own wrapping.
            from storage.faults import fault_from_os_error

            fault = fault_from_os_error(err)
            if fault is None:
                raise
            log.debug("%s", fault, exc_info=True)
            raise click.ClickException(str(fault)) from err


@click.group(cls=_Group)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Config file (default: $MAILWARDEN_CONFIG, ./mailwarden.toml, or the user config dir).",
)
@click.version_option(package_name="mailwarden")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None) -> None:
    """mailwarden: judge mail with a local language model; quarantine spam and phishing."""
    ctx.obj = State(config_path)


def main() -> None:
    cli(prog_name="mailwarden")
