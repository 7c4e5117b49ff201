"""The classifier agent: one parsed message in, one `Verdict` out, through a backend.

It decides what the model sees (an `EmailView` built from the parsed message, the
rules and examples it is handed), asks the backend, and stamps the answer with where
it came from. Failures propagate as `BackendError`: the caller leaves the message
unjudged rather than acting on a verdict nobody gave.
"""

from __future__ import annotations

import hashlib
import time

from pydantic import BaseModel, ConfigDict, Field

EXCERPT_BODY_CHARS = 600
"""How much of a message's text an excerpt keeps unless `example_body_chars` says otherwise."""

from agent.backends.base import Backend
from agent.message import ParsedMessage
from agent.structure import findings
from agent.verdict import Verdict
from prompts import EmailView, PromptExample, PromptRule, RenderedPrompt, render


class PromptSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body_chars: int = Field(default=4000, ge=200, le=100_000, description="email text shown to the model")
    example_body_chars: int = Field(
        default=EXCERPT_BODY_CHARS, ge=100, le=10_000,
        description="text of a few-shot example shown to the model; also how much of each message's text its "
                    "sealed excerpt keeps (the examples and the phrases rules are drafted from are read from "
                    "excerpts), so a larger value shows more only of mail recorded after the change")
    max_rules: int = Field(default=8, ge=0, le=50, description="learned rules that match a message put in its prompt")
    max_examples: int = Field(default=3, ge=0, le=20,
                              description="few-shot examples (the owner's most similar corrected mail) per prompt")


def email_view(message: ParsedMessage) -> EmailView:
    """What of a parsed message goes into a prompt (the renderer cleans and caps it)."""
    sender = message.from_address or "(no address)"
    if message.from_name:
        sender = f"{message.from_name} <{sender}>"
    auth = ", ".join(
        f"{key}={value}"
        for key, value in (("spf", message.auth.spf), ("dkim", message.auth.dkim), ("dmarc", message.auth.dmarc))
        if value
    )
    attachments = [
        f"{a.filename or '(unnamed)'} ({a.content_type}, {a.size} bytes)" for a in message.attachments
    ]
    notes = []
    if message.defects:
        notes.append(f"{len(message.defects)} formatting defects")
    return EmailView(
        sender=sender,
        reply_to=message.reply_to or "",
        subject=message.subject,
        date=message.date.isoformat() if message.date else "",
        auth=auth or "no results recorded",
        list_id=message.list_id or "",
        link_domains=message.link_domains,
        attachments=attachments,
        notes=notes,
        findings=[f.detail for f in message.derived(findings)],
        body=message.text,
    )


class Classifier:
    def __init__(self, backend: Backend, prompt: PromptSettings | None = None):
        self.backend = backend
        self.settings = prompt or PromptSettings()

    def prompt_for(
        self,
        message: ParsedMessage,
        rules: list[PromptRule] | None = None,
        examples: list[PromptExample] | None = None,
    ) -> RenderedPrompt:
        return render(
            email_view(message),
            style=self.backend.prompt_style,
            rules=(rules or [])[: self.settings.max_rules],
            examples=(examples or [])[: self.settings.max_examples],
            body_limit=min(self.settings.body_chars, self.backend.body_chars or self.settings.body_chars),
            example_body_limit=self.settings.example_body_chars,
            boundary=self.backend.boundary,
        )

    def judge(
        self,
        message: ParsedMessage,
        rules: list[PromptRule] | None = None,
        examples: list[PromptExample] | None = None,
    ) -> Verdict:
        """Ask the backend about one message. Raises `BackendError` if it cannot answer."""
        started = time.perf_counter()
        prompt = self.prompt_for(message, rules, examples)
        answer = self.backend.judge(prompt)
        sent = prompt.model_dump_json(include={"system", "user", "instructions", "shots", "email"})
        return Verdict(
            prompt_sha256=hashlib.sha256(sent.encode("utf-8")).hexdigest(),
            answer_sha256=hashlib.sha256(answer.model_dump_json().encode("utf-8")).hexdigest(),
            **answer.model_dump(),
            backend=self.backend.name,
            model=self.backend.model,
            elapsed_ms=(time.perf_counter() - started) * 1000.0,
            prompt_version=prompt.version,
            rule_ids=prompt.rule_ids,
            example_ids=prompt.example_ids,
        )
