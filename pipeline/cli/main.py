"""The command group, shared options and the error boundary."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from agent.backends.base import BackendError
from pipeline.config import Config, ConfigError, load_config
from pipeline.evaluation import CorpusError
from pipeline.feedback import FeedbackError
from pipeline.ownership import LearnedStateBusy
from pipeline.sources import SourceError
from pipeline.imap import ImapError
from storage import DatabaseError
from storage.audit import AuditKeyError
from storage.faults import fault_from_os_error

log = logging.getLogger(__name__)

# Errors a user can meet and fix: shown as one line, no traceback (that goes to the
# debug log). DatabaseError includes StorageFault: a full disk, a read-only database.
USER_ERRORS = (ConfigError, BackendError, DatabaseError, SourceError, CorpusError, ImapError, FeedbackError,
               AuditKeyError, LearnedStateBusy)


class State:
    def __init__(self, config_path: Path | None):
        self.config_path = config_path
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
            logging.basicConfig(
                level=getattr(logging, self._config.log_level),
                format="%(asctime)s %(levelname)s %(name)s: %(message)s",
            )
        return self._config


class _Group(click.Group):
    """Turns the errors a user can fix into a one-line message instead of a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except USER_ERRORS as err:
            log.debug("%s", err, exc_info=True)
            raise click.ClickException(str(err)) from err
        except OSError as err:
            # A full disk or a read-only file met outside the storage layer's own wrapping.
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


def _register() -> None:
    from pipeline.cli import audit_cmd, observe_cmd, classify, config_cmd, demo_cmd, evaluate, feedback_cmd, rules_cmd, service_cmd, train_cmd

    cli.add_command(classify.classify)
    cli.add_command(config_cmd.config)
    cli.add_command(evaluate.eval_command)
    cli.add_command(service_cmd.run)
    cli.add_command(service_cmd.status)
    cli.add_command(service_cmd.stats)
    cli.add_command(demo_cmd.demo)
    cli.add_command(train_cmd.train)
    cli.add_command(feedback_cmd.feedback)
    cli.add_command(feedback_cmd.explain)
    cli.add_command(feedback_cmd.quarantine)
    cli.add_command(feedback_cmd.release)
    cli.add_command(rules_cmd.rules)
    cli.add_command(rules_cmd.learn)
    cli.add_command(audit_cmd.audit)
    cli.add_command(observe_cmd.dashboard)
    cli.add_command(observe_cmd.api)


_register()
