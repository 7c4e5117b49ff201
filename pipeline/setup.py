"""`mailwarden setup`: from "I have a mailbox" to a configuration `check` accepts.

It finds what a person should not have to know: the TLS mode and port (tried in the
order implicit TLS on 993, STARTTLS on 143, and plain IMAP only on a loopback host),
the folders, the Junk and Trash folders by SPECIAL-USE, and proposes what to watch and
where quarantine goes. The password is stored sealed (`password_encrypted`, opened only
with the data directory's key file), never in clear. The result is a small
`mailwarden.toml` with just those choices; every other key keeps its default
(`mailwarden config show` prints them all).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import toml_text
from pipeline.imap import AccountSettings, AuthFailed, ImapError, Mailbox, SetupError, is_loopback
from storage.vault import Vault

DEFAULT_QUARANTINE = "Quarantine"


class SetupFailed(Exception):
    """Setup cannot go on; the message says what to do."""


@dataclass
class Discovered:
    tls: str
    port: int
    folders: list[str]
    junk: str | None
    trash: str | None
    special: dict[str, str] = field(default_factory=dict)

    def quarantine(self) -> str:
        """Where quarantine goes: a folder called Quarantine (made at the first spam if
        missing), beside INBOX the way the server names folders."""
        existing = next((f for f in self.folders if f.lower().rsplit("/", 1)[-1].rsplit(".", 1)[-1] == "quarantine"),
                        None)
        return existing or DEFAULT_QUARANTINE


def _attempts(host: str, port: int | None, tls: str | None) -> list[tuple[str, int]]:
    if tls is not None:
        return [(tls, port or (993 if tls == "implicit" else 143))]
    if port is not None:
        modes = ["implicit", "starttls"] + (["plain"] if is_loopback(host) else [])
        return [(mode, port) for mode in modes]
    return [("implicit", 993), ("starttls", 143)] + ([("plain", 143)] if is_loopback(host) else [])


def discover(host: str, user: str, password: str, *, port: int | None = None, tls: str | None = None,
             ca_file: Path | None = None, timeout_s: float = 10.0) -> Discovered:
    """Log in the first way that works and look at the folders; `SetupFailed` saying why
    none did (a refused password stops at once: trying on would only lock the account)."""
    tried = []
    for mode, number in _attempts(host, port, tls):
        account = AccountSettings(name="setup", host=host, port=number, tls=mode, user=user, password=password,
                                  ca_file=ca_file, timeout_s=timeout_s)
        try:
            with Mailbox(account) as box:
                listing = box.folders()
        except AuthFailed as err:
            if "certificate" in str(err):
                tried.append(f"{mode} on {number}: {str(err).removeprefix('account setup: ')}")
                continue
            raise SetupFailed(f"{host} refused the login for {user}: check the user name and password (for Gmail "
                              "and similar, an app password)") from None
        except (SetupError, ImapError, OSError) as err:
            tried.append(f"{mode} on {number}: {str(err).removeprefix('account setup: ')}")
            continue
        names = [name for name, flags in listing if "\\Noselect" not in flags and "\\NonExistent" not in flags]
        special = {flag: name for name, flags in listing for flag in flags
                   if flag in ("\\Junk", "\\Trash", "\\Sent", "\\Archive", "\\Drafts")}
        return Discovered(tls=mode, port=number, folders=names, junk=special.get("\\Junk"),
                          trash=special.get("\\Trash"), special=special)
    raise SetupFailed(f"could not reach an IMAP server at {host}: " + "; ".join(tried)
                      + ". Check the host name, or give --port and --tls")


def account_table(name: str, host: str, user: str, found: Discovered, sealed_password: str,
                  folders: list[str] | None = None, quarantine: str | None = None,
                  ca_file: Path | None = None) -> dict:
    table = {"name": name, "host": host, "port": found.port, "tls": found.tls, "user": user,
             "password_encrypted": sealed_password, "folders": folders or ["INBOX"],
             "quarantine_folder": quarantine or found.quarantine()}
    if ca_file is not None:
        table["ca_file"] = str(ca_file)
    if found.junk:
        table["junk_folder"] = found.junk
    return table


def config_table(data_dir: Path, accounts: list[dict], backend: str, ollama_host: str | None = None,
                 ollama_model: str | None = None) -> dict:
    table: dict = {"data_dir": str(data_dir), "model": {"backend": backend}}
    if backend == "ollama":
        table["ollama"] = {k: v for k, v in (("host", ollama_host), ("model", ollama_model)) if v}
    table["accounts"] = accounts
    return table


def write_config(path: Path, table: dict, *, overwrite: bool = False) -> None:
    if path.exists() and not overwrite:
        raise SetupFailed(f"{path} exists already; give --output elsewhere, or --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    header = ("# Written by `mailwarden setup`. Every other key keeps its default; `mailwarden config show`\n"
              "# prints them all. Next: `mailwarden check`, then a week of `mailwarden run --shadow`.\n\n")
    path.write_text(header + toml_text(table), encoding="utf-8")
    path.chmod(0o600)


def seal(data_dir: Path, password: str) -> str:
    Path(data_dir).mkdir(parents=True, exist_ok=True, mode=0o700)
    return Vault.for_data_dir(data_dir).seal(password)
