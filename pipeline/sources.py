"""Where raw messages come from on disk: single files, Maildir folders, mbox files,
and directories of any of those (corpus folders such as `DIR/ham/*`)."""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class SourceError(Exception):
    """A path given on the command line cannot be read as mail."""


@dataclass(frozen=True)
class RawMessage:
    source: str
    """The file, or `mbox-path#index` for a message inside an mbox."""
    data: bytes


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _is_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(5) == b"From "
    except OSError:
        return False


def message_paths(paths: list[Path]) -> list[Path | tuple[Path, str]]:
    """Expand the given paths into message files and containers, in a stable order.
    Raises `SourceError` for a path that does not exist."""
    found: list[Path | tuple[Path, str]] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise SourceError(f"{path} does not exist")
        if _is_maildir(path):
            found.append((path, "maildir"))
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if _is_maildir(child.parent.parent) and child.parent.name in ("cur", "new", "tmp"):
                    found.append(child)
                elif _is_mbox(child) and _looks_like_mbox_file(child):
                    found.append((child, "mbox"))
                else:
                    found.append(child)
        elif _is_mbox(path) and _looks_like_mbox_file(path):
            found.append((path, "mbox"))
        else:
            found.append(path)
    return found


_ENVELOPE = re.compile(rb"^From \S+\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ")


def _looks_like_mbox_file(path: Path) -> bool:
    """A single message saved with its envelope `From ` line also starts with "From ";
    an mbox is one with more than one envelope line (`From addr Day Mon ...`), which an
    unescaped "From the desk of..." in a body does not look like."""
    try:
        with path.open("rb") as f:
            count = 0
            for line in f:
                if _ENVELOPE.match(line):
                    count += 1
                    if count > 1:
                        return True
    except OSError:
        return False
    return False


def count_messages(paths: list[Path]) -> int:
    total = 0
    for item in message_paths(paths):
        if isinstance(item, tuple):
            container, kind = item
            box = mailbox.Maildir(container, create=False) if kind == "maildir" else mailbox.mbox(container, create=False)
            total += len(box)
        else:
            total += 1
    return total


def read_messages(paths: list[Path]) -> Iterator[RawMessage]:
    """Yield every message under `paths` as raw bytes, one at a time."""
    for item in message_paths(paths):
        if isinstance(item, tuple):
            container, kind = item
            if kind == "maildir":
                box = mailbox.Maildir(container, factory=None, create=False)
                for key in sorted(box.keys()):
                    yield RawMessage(source=f"{container}#{key}", data=box.get_bytes(key))
            else:
                box = mailbox.mbox(container, create=False)
                for index, key in enumerate(box.keys()):
                    yield RawMessage(source=f"{container}#{index}", data=box.get_bytes(key))
        else:
            yield RawMessage(source=str(item), data=item.read_bytes())
