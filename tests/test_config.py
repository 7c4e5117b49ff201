"""Configuration from TOML, overridden by MAILWARDEN_* variables, with errors people can act on."""

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.config import ConfigError, load_config


def test_defaults_without_any_file(isolated_environment):
    config = load_config()
    assert config.model.backend == "embedded"
    assert config.database_url.endswith("data/mailwarden.sqlite")


def test_file_values_are_read_and_environment_beats_them(tmp_path, monkeypatch):
    path = tmp_path / "mailwarden.toml"
    path.write_text('[model]\nbackend = "ollama"\n[ollama]\nhost = "http://gpu-box:11434"\nnum_ctx = 4096\n')
    monkeypatch.setenv("MAILWARDEN_OLLAMA__NUM_CTX", "16384")

    config = load_config(path)

    assert config.model.backend == "ollama"
    assert config.ollama.host == "http://gpu-box:11434"
    assert config.ollama.num_ctx == 16384


def test_mailwarden_toml_in_the_working_directory_is_found(tmp_path):
    (tmp_path / "mailwarden.toml").write_text('log_level = "INFO"\n')
    assert load_config().log_level == "INFO"


def test_bad_value_names_the_key_the_value_and_what_is_allowed(tmp_path):
    path = tmp_path / "mailwarden.toml"
    path.write_text('[model]\nbackend = "gpt-cloud"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "model.backend" in message and "'gpt-cloud'" in message
    assert "'embedded'" in message and "'ollama'" in message


def test_bad_environment_value_says_it_came_from_the_environment(monkeypatch):
    monkeypatch.setenv("MAILWARDEN_OLLAMA__TIMEOUT_S", "-3")
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert "ollama.timeout_s" in str(caught.value)
    assert "MAILWARDEN_OLLAMA__TIMEOUT_S" in str(caught.value)
    assert "greater than 0" in str(caught.value)


def test_misspelt_key_is_refused(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[ollama]\nhots = \"x\"\n")
    with pytest.raises(ConfigError, match="ollama.hots"):
        load_config(path)


def test_broken_toml_and_missing_file_are_clear(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[model\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")


def test_config_show_prints_the_effective_config_with_secrets_masked(tmp_path, monkeypatch):
    path = tmp_path / "mailwarden.toml"
    path.write_text('[ollama]\napi_key = "sk-very-secret-123"\nmodel = "qwen2.5:7b"\n')
    monkeypatch.setenv("MAILWARDEN_OLLAMA__NUM_CTX", "2048")

    result = CliRunner().invoke(cli, ["--config", str(path), "config", "show"])

    assert result.exit_code == 0, result.output
    assert "sk-very-secret-123" not in result.output
    assert 'api_key = "********"' in result.output
    assert 'model = "qwen2.5:7b"' in result.output
    assert "num_ctx = 2048" in result.output


def test_cli_reports_a_bad_config_in_one_line_without_a_traceback(tmp_path):
    path = tmp_path / "mailwarden.toml"
    path.write_text('[model]\nbackend = "nope"\n')
    result = CliRunner().invoke(cli, ["--config", str(path), "config", "show"])
    assert result.exit_code == 1
    assert "model.backend" in result.output and "Traceback" not in result.output


def test_account_passwords_are_masked_and_every_account_shown(tmp_path):
    path = tmp_path / "mailwarden.toml"
    path.write_text('[[accounts]]\nname = "home"\nhost = "imap.example.com"\nuser = "me"\npassword = "hunter2-secret"\n'
                    '[[accounts]]\nname = "work"\nhost = "127.0.0.1"\ntls = "plain"\nuser = "me"\n'
                    'password_command = "pass show work"\n')
    result = CliRunner().invoke(cli, ["--config", str(path), "config", "show"])
    assert result.exit_code == 0, result.output
    assert "hunter2-secret" not in result.output
    assert result.output.count("[[accounts]]") == 2
    assert 'name = "work"' in result.output and 'password = "********"' in result.output
