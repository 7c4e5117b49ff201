"""Bootstrapping the fast path from labelled mail (`mailwarden train`)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from agent.fast_path import FastPath
from pipeline.parsing import parse_message
from pipeline.sources import read_messages


def train_from_folders(fast: FastPath, spam: list[Path], ham: list[Path],
                       progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Parse every message under the spam and ham paths and train the fast path on them.
    Returns (spam count, ham count)."""
    messages, labels = [], []
    for label, paths in (("spam", spam), ("ham", ham)):
        for raw in read_messages(list(paths)):
            messages.append(parse_message(raw.data))
            labels.append(label)
            if progress is not None:
                progress(len(messages))
    if not messages:
        raise ValueError("no messages found to train on")
    fast.train(messages, labels)
    return labels.count("spam"), labels.count("ham")


def starter_dir() -> Path:
    """Where the starter model shipped with mailwarden lies (`scripts/build_starter_model.py`
    made it; its ATTRIBUTION.md says from what)."""
    return Path(str(resources.files("pipeline").joinpath("samples", "starter")))


def bundled_sample() -> tuple[Path, Path]:
    """(spam folder, ham folder) of the labelled sample shipped with mailwarden: 300 spam
    and 400 ham from the train half of the public SpamAssassin corpus (2002-2003 mail).
    Enough to start with; train on your own mail for a filter that knows it."""
    root = Path(str(resources.files("pipeline").joinpath("samples", "bootstrap")))
    return root / "spam", root / "ham"
