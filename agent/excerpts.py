"""A message's excerpt: what of it the database keeps, sealed by the vault.

A short `EmailView` as JSON (sender, subject, the start of the text): what a few-shot
example shows of a corrected message (`agent.examples`) and what a person knows a
quarantined message by (`pipeline.quarantine`). Light to import: the CLI opens excerpts
without the judging side.
"""

from __future__ import annotations

from agent.classifier import EXCERPT_BODY_CHARS, email_view
from agent.message import ParsedMessage
from prompts import EmailView
from storage import Database


def excerpt_of(message: ParsedMessage, body_chars: int | None = None) -> str:
    """What of a message may be kept for later prompts: a short EmailView, as JSON, with
    the first `body_chars` of its text (`prompt.example_body_chars`, which the opener of
    the database hands on as `Database.excerpt_chars`: an example cannot show more of a
    message than was kept of it)."""
    view = email_view(message)
    view.body = view.body[:body_chars or EXCERPT_BODY_CHARS]
    return view.model_dump_json()


def opened_excerpt(db: Database, token: str | None) -> EmailView | None:
    """A stored message's sealed excerpt, opened with the database's vault (None: none
    kept, no vault, sealed under another key, or not an excerpt)."""
    if not token or db.vault is None:
        return None
    text = db.vault.open(token)
    if text is None:
        return None
    try:
        return EmailView.model_validate_json(text)
    except ValueError:
        return None
