"""The command line starts in a blink, and a production install carries no test tooling.

Timings on a shared machine are noise; what makes a command slow to start is which
libraries it imports, so that is what these tests hold it to (each in a fresh process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

from click.testing import CliRunner

from tests.helpers import REPO

JUDGING_SIDE = ("numpy", "sklearn", "scipy", "fastapi", "uvicorn", "matplotlib", "llama_cpp")
"""What only judging, serving or drawing needs: 2-3 s of imports together."""


def loaded_after(code: str, tmp_path: Path) -> dict:
    """Run `code` in a fresh interpreter on this checkout and say which top-level modules
    it left loaded (and what it printed)."""
    probe = (f"import sys, json\n{code}\n"
             "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILWARDEN_")}
    env.update(PYTHONPATH=str(REPO), MAILWARDEN_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return {"modules": set(json.loads(done.stderr.strip().splitlines()[-1])), "stdout": done.stdout}


def run_cli(*args: str) -> str:
    return ("from pipeline.cli.main import main\nsys.argv = ['mailwarden', " + ", ".join(map(repr, args)) + "]\n"
            "try:\n    main()\nexcept SystemExit as stop:\n    assert stop.code in (0, None), stop.code\n")


def test_importing_the_cli_loads_no_heavy_library(tmp_path):
    loaded = loaded_after("import pipeline.cli", tmp_path)["modules"]

    assert not loaded & {*JUDGING_SIDE, "rich"}


def test_help_and_version_load_neither_the_judging_side_nor_the_database(tmp_path):
    for args in (["--help"], ["--version"], ["status", "--help"]):
        result = loaded_after(run_cli(*args), tmp_path)
        assert not result["modules"] & {*JUDGING_SIDE, "rich", "sqlalchemy", "pydantic"}, args
    assert "status" in result["stdout"] or "Usage" in result["stdout"]


def test_help_still_lists_every_command(tmp_path):
    listed = loaded_after(run_cli("--help"), tmp_path)["stdout"]

    for command in ("api", "audit", "classify", "config", "dashboard", "demo", "eval", "explain", "feedback",
                    "learn", "quarantine", "release", "rules", "run", "stats", "status", "train"):
        assert f"  {command} " in listed, command


def test_status_reads_the_database_without_the_judging_side(tmp_path):
    """GIVEN a data directory whose database is at the newest schema
    WHEN `mailwarden status` runs
    THEN it answers without numpy, scikit-learn, FastAPI, matplotlib or llama.cpp, and
    without loading Alembic to find there is nothing to upgrade."""
    first = loaded_after(run_cli("status"), tmp_path)
    assert "alembic" in first["modules"], "a new database is created through the migrations"
    assert "no folders watched yet" in first["stdout"]

    again = loaded_after(run_cli("status", "--json"), tmp_path)

    assert not again["modules"] & {*JUDGING_SIDE, "alembic"}
    assert json.loads(again["stdout"]) == {"folders": [], "processes": [], "rate_limits": []}


def test_the_cheap_schema_check_knows_alembics_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from storage.database import MIGRATIONS, shipped_head

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert shipped_head() == ScriptDirectory.from_config(config).get_current_head()


def test_an_older_database_is_still_upgraded(tmp_path):
    """The shortcut only skips a database at the newest step."""
    import sqlite3

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from storage import open_database
    from storage.database import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'mw.sqlite'}"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    engine.dispose()

    open_database(url).close()

    from storage.database import shipped_head

    with sqlite3.connect(tmp_path / "mw.sqlite") as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == shipped_head()
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'markers'").fetchone()[0] == 1


def test_the_wheel_ships_no_development_tooling():
    found = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    assert not any(fnmatch(name, pattern) for pattern in found["include"]
                   for name in ("mailwarden_dev", "mailwarden_dev.demo", "tests"))


def test_nothing_in_the_runtime_packages_imports_the_development_tooling():
    """Only the `demo` command names it, and imports it when run."""
    naming = sorted(str(path.relative_to(REPO)) for package in ("agent", "pipeline", "prompts", "storage")
                    for path in (REPO / package).rglob("*.py") if "mailwarden_dev" in path.read_text())
    assert naming == ["pipeline/cli/demo_cmd.py"]


def test_demo_without_the_development_tooling_says_what_to_run(monkeypatch):
    """GIVEN an installed mailwarden (no mailwarden_dev beside it)
    WHEN `mailwarden demo` runs
    THEN one line says it needs the source checkout and ./scripts/demo.sh."""
    from pipeline.cli import cli

    monkeypatch.setitem(sys.modules, "mailwarden_dev", None)  # what an import finds when it is not installed
    monkeypatch.setitem(sys.modules, "mailwarden_dev.demo", None)

    result = CliRunner().invoke(cli, ["demo", "--backend", "fixed"])

    assert result.exit_code == 1
    assert "source checkout" in result.output and "./scripts/demo.sh" in result.output
    assert "Traceback" not in result.output


def test_every_error_the_boundary_names_exists():
    """The boundary names the user errors instead of importing them: a class that moves
    must be renamed there too, or its message would come out as a traceback."""
    import importlib

    from pipeline.cli.main import USER_ERRORS

    for spec in USER_ERRORS:
        module_name, name = spec.split(":")
        error = getattr(importlib.import_module(module_name), name)
        assert isinstance(error, type) and issubclass(error, Exception), spec
