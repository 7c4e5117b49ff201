"""Where mailwarden's log lines go and what they look like.

One handler on stderr (journald and `docker logs` take it from there). mailwarden's own
loggers (`agent`, `pipeline`, `storage`, `prompts`, `mailwarden.*`) log at the level
asked for; every other library stays at WARNING, so INFO means "what mailwarden did",
not every HTTP request httpx made; DEBUG lets every library speak. `run` logs at INFO unless `log_level` says otherwise:
what it watches, one line per judged message, one per fault; the other commands at
WARNING, since they print what they did themselves.

`--log-format json` (or `log_format = "json"`) writes one JSON object per line, with the
judged message's fields as keys, for journald's and log shippers' parsers.

What a sender wrote (a subject, a display name) is logged as one line (`printable`): a
subject with a newline in it must not forge a log line.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone

from prompts.untrusted import strip_invisible

OURS = ("agent", "pipeline", "storage", "prompts", "mailwarden")


def printable(text: str | None, width: int = 60) -> str:
    """A sender's words made safe for one line (a log line, a line of the digest): the
    characters a reader cannot see taken out (`prompts.untrusted.strip_invisible`, the
    project's one definition: controls, bidi overrides, zero-width), every run of
    whitespace (newlines and line separators too) one space, cut to `width`."""
    if not text:
        return ""
    text = " ".join(strip_invisible(text, keep="\t\n").split())
    return text if len(text) <= width else text[: width - 1] + "…"


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message, and the
    fields a record carries in `extra={"fields": {...}}`."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
               "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            out.update({k: v for k, v in fields.items() if k not in out})
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class _Stderr(logging.StreamHandler):
    """stderr as it is when a line is written (a test runner may swap it meanwhile)."""

    _mailwarden = True

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


class _OursOrWarnings(logging.Filter):
    def __init__(self, level: int):
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        if self.level <= logging.DEBUG:
            return True  # debugging: every library's lines too (imapclient's, httpx's...)
        ours = record.name.split(".", 1)[0] in OURS
        return record.levelno >= (self.level if ours else logging.WARNING)


def configure(level: str, fmt: str = "text") -> None:
    """Send the log to stderr: mailwarden's lines from `level` on, the rest from WARNING.
    Like `logging.basicConfig`, it leaves a root logger that has handlers of someone
    else's (a test runner's) alone."""
    root = logging.getLogger()
    if any(not getattr(h, "_mailwarden", False) for h in root.handlers):
        return
    for handler in list(root.handlers):
        root.removeHandler(handler)
    wanted = getattr(logging, level)
    handler = _Stderr()
    handler.addFilter(_OursOrWarnings(wanted))
    handler.setFormatter(JsonFormatter() if fmt == "json" else
                         logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(wanted, logging.WARNING))
