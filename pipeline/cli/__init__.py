"""The `mailwarden` command: a thin layer over library functions, one module per group."""

from pipeline.cli.main import cli, main

__all__ = ["cli", "main"]
