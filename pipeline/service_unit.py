"""The systemd unit that runs `mailwarden run` as a service (`mailwarden install-service`).

Hardened the way systemd's own documentation recommends for a network daemon that only
writes its own state: a dynamic user (or a named one), the whole file system read-only
but the data directory, no new privileges, private /tmp and devices, only IPv4, IPv6
and Unix sockets. It stops on SIGTERM as `run` expects (the message in hand is
finished), and is restarted on failure, not after a clean stop or a configuration
error (exit 2: every account stopped, see `run`).

With the data directory under /var/lib (the default it proposes), systemd makes it and
hands it to the dynamic user (`StateDirectory=`); the configuration file may then be
readable by all (0644): it holds the password sealed, and the key is in the data
directory, readable by the service alone.
"""

from __future__ import annotations

from pathlib import Path

UNIT_NAME = "mailwarden.service"
DEFAULT_DATA_DIR = Path("/var/lib/mailwarden")


def unit_text(executable: str | Path, config: Path, data_dir: Path, user: str | None = None) -> str:
    data_dir = Path(data_dir)
    in_home = any(str(p).startswith(("/home/", "/root")) for p in (executable, config, data_dir))
    lines = [
        "[Unit]",
        "Description=mailwarden: judge new mail, quarantine spam and phishing",
        "Documentation=https://github.com/mailwarden/mailwarden#readme",
        "After=network-online.target",
        "Wants=network-online.target",
        "",
        "[Service]",
        "Type=exec",
        f"ExecStart={executable} --config {config} run",
        f"Environment=MAILWARDEN_DATA_DIR={data_dir}",
        *(["DynamicUser=yes"] if user is None else [f"User={user}", f"Group={user}"]),
        *([f"StateDirectory={data_dir.relative_to('/var/lib')}", "StateDirectoryMode=0700"]
          if data_dir.is_relative_to("/var/lib") else []),
        f"ReadWritePaths={data_dir}",
        "ProtectSystem=strict",
        "ProtectHome=read-only" if in_home else "ProtectHome=yes",
        "NoNewPrivileges=yes",
        "PrivateTmp=yes",
        "PrivateDevices=yes",
        "ProtectKernelTunables=yes",
        "ProtectKernelModules=yes",
        "ProtectKernelLogs=yes",
        "ProtectControlGroups=yes",
        "ProtectClock=yes",
        "ProtectHostname=yes",
        "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
        "RestrictNamespaces=yes",
        "RestrictRealtime=yes",
        "RestrictSUIDSGID=yes",
        "LockPersonality=yes",
        "SystemCallArchitectures=native",
        "CapabilityBoundingSet=",
        "UMask=0077",
        "KillSignal=SIGTERM",
        "TimeoutStopSec=120",
        "Restart=on-failure",
        "RestartSec=10",
        "RestartPreventExitStatus=2",
        "",
        "[Install]",
        "WantedBy=multi-user.target",
        "",
    ]
    return "\n".join(lines)
