"""Fill the prompt templates with one email, the learned rules and few-shot examples.

Two styles, because the two kinds of model we run need different prompts:
- `chat`: a system message with the instructions and a user message with the fenced
  email; the model answers with JSON (instruction-tuned models behind Ollama).
- `completion`: instructions, labelled example emails and the email to judge as
  separate pieces, which the backend lays out in its model's own format and reads
  the model's next-token preference for "spam" over "ham" (tiny in-process models,
  which cannot be trusted to write JSON but rank mail usefully).

The template version is derived from the template files' contents, so a verdict
records exactly which wording produced it without anyone remembering to bump a number.
"""

from __future__ import annotations

import hashlib
import secrets
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Literal

from pydantic import BaseModel, Field

from prompts.untrusted import clean_untrusted

PromptStyle = Literal["chat", "completion"]

_TEMPLATE_FILES = (
    "system.txt",
    "rules.txt",
    "examples.txt",
    "email.txt",
    "user.txt",
    "completion_intro.txt",
    "findings.txt",
    "no_findings.txt",
)
_FIELD_LIMIT = 300  # any single header-like field
_LIST_LIMIT = 12  # link domains / attachments shown
_FINDING_LIMIT = 8  # structural findings shown


class EmailView(BaseModel):
    """The parts of an email a prompt shows, as plain strings. All of it is untrusted."""

    sender: str = ""
    reply_to: str = ""
    subject: str = ""
    date: str = ""
    auth: str = ""
    list_id: str = ""
    link_domains: list[str] = Field(default_factory=list)
    attachments: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    """Facts the filter itself observed (parse defects, say): trusted, but still capped."""
    findings: list[str] = Field(default_factory=list)
    """What the filter found in its structure (`agent.structure`): a link whose text names
    another site, a brand in the display name, a request for a password. Facts, shown
    apart from the sender's words in a chat prompt; they quote parts of the email, so
    they are cleaned and capped like it."""
    body: str = ""


class PromptRule(BaseModel):
    id: int
    text: str
    weight: float


class PromptExample(BaseModel):
    id: int
    label: Literal["spam", "ham"]
    email: EmailView


class Shot(BaseModel):
    """A labelled email in a completion-style prompt, already cleaned and fenced."""

    text: str
    label: Literal["spam", "ham"]


class RenderedPrompt(BaseModel):
    style: PromptStyle
    version: str
    boundary: str
    # chat style
    system: str = ""
    user: str = ""
    # completion style: the backend lays these out in its model's own format
    instructions: str = ""
    """The same for every message (a backend may cache its evaluation)."""
    shots: list[Shot] = Field(default_factory=list)
    email: str = ""
    """The fenced email to be judged."""
    rule_ids: list[int] = Field(default_factory=list)
    example_ids: list[int] = Field(default_factory=list)


@lru_cache(maxsize=None)
def _template(name: str) -> Template:
    text = resources.files("prompts").joinpath("templates", name).read_text(encoding="utf-8")
    return Template(text)


@lru_cache(maxsize=1)
def template_version() -> str:
    """`tpl-` + the first 10 hex digits of a hash over every template file."""
    digest = hashlib.sha256()
    for name in _TEMPLATE_FILES:
        digest.update(name.encode())
        digest.update(_template(name).template.encode("utf-8"))
    return "tpl-" + digest.hexdigest()[:10]


def new_boundary() -> str:
    """A fence the email cannot forge: it does not exist until the prompt is rendered."""
    return "=====" + secrets.token_hex(8).upper() + "====="


def render(
    email: EmailView,
    *,
    style: PromptStyle = "chat",
    rules: list[PromptRule] | None = None,
    examples: list[PromptExample] | None = None,
    body_limit: int = 4000,
    example_body_limit: int = 600,
    boundary: str | None = None,
) -> RenderedPrompt:
    """Render the prompt for one email.

    Rules are shown highest weight first. Every string taken from an email is cleaned
    and capped here, so a caller cannot forget to.
    """
    rules = sorted(rules or [], key=lambda r: -r.weight)
    examples = list(examples or [])
    boundary = boundary or new_boundary()
    completion = style == "completion"
    email_text = _email_block(email, body_limit, completion)
    example_blocks = [_email_block(ex.email, example_body_limit, completion) for ex in examples]
    # A fence must not occur in what it fences. A random one (64 bits) never will by
    # chance and cannot have been written to match; a fixed one (the embedded backend's)
    # can be, so a text that contains it is fenced with a fresh random one instead.
    while any(boundary in text for text in (email_text, *example_blocks)):
        boundary = new_boundary()

    common = dict(
        style=style,
        version=template_version(),
        boundary=boundary,
        rule_ids=[r.id for r in rules],
        example_ids=[e.id for e in examples],
    )
    if style == "completion":
        shots = [Shot(text=_fenced(boundary, block), label=ex.label) for ex, block in zip(examples, example_blocks)]
        return RenderedPrompt(
            instructions=_template("completion_intro.txt").substitute().strip(),
            shots=shots,
            email=_fenced(boundary, email_text),
            **common,
        )

    rules_text = ""
    if rules:
        lines = "\n".join(f"- [rule {r.id}, weight {r.weight:.2f}] {clean_untrusted(r.text, 400)}" for r in rules)
        rules_text = _template("rules.txt").substitute(rule_lines=lines)
    examples_text = ""
    if examples:
        blocks = "\n\n".join(
            f"Example {ex.id} (the owner says: {ex.label}):\n{_fenced(boundary, block)}"
            for ex, block in zip(examples, example_blocks)
        )
        examples_text = _template("examples.txt").substitute(example_blocks=blocks)
    system = _template("system.txt").substitute(rules=rules_text, examples=examples_text)
    user = _template("user.txt").substitute(boundary=boundary, email=_fenced(boundary, email_text),
                                            findings=_findings_text(email.findings))
    return RenderedPrompt(system=system.strip() + "\n", user=user, **common)


BOUNDARY_PLACEHOLDER = "{boundary}"
"""Stands for the fence in a shot made ahead of time (`primer_shot`)."""


def primer_shot(email: EmailView, label: Literal["spam", "ham"], body_limit: int) -> Shot:
    """A labelled example laid out and cleaned as `render` shows one, fenced with
    `BOUNDARY_PLACEHOLDER` instead of a boundary: for a primer stored ahead of time (the
    embedded backend's calibration), whose fence is drawn when it is used."""
    return Shot(text=_fenced(BOUNDARY_PLACEHOLDER, _email_block(email, body_limit, completion=True)), label=label)


def _findings_text(findings: list[str]) -> str:
    if not findings:
        return _template("no_findings.txt").substitute().strip()
    lines = "\n".join(f"- {clean_untrusted(f, _FIELD_LIMIT).replace(chr(10), ' ')}" for f in findings[:_FINDING_LIMIT])
    return _template("findings.txt").substitute(finding_lines=lines).strip()


def _fenced(boundary: str, text: str) -> str:
    return f"{boundary} BEGIN\n{text}\n{boundary} END"


def _email_block(email: EmailView, body_limit: int, completion: bool = False) -> str:
    """The email's fields and text. `completion`: a completion prompt has no place apart
    from the email, so the structural findings join its notes."""
    def field(value: str) -> str:
        return clean_untrusted(value, _FIELD_LIMIT).replace("\n", " ") or "(none)"

    def listing(values: list[str]) -> str:
        shown = [field(v) for v in values[:_LIST_LIMIT]]
        if len(values) > _LIST_LIMIT:
            shown.append(f"and {len(values) - _LIST_LIMIT} more")
        return ", ".join(shown) or "(none)"

    return _template("email.txt").substitute(
        sender=field(email.sender),
        reply_to=field(email.reply_to),
        subject=field(email.subject),
        date=field(email.date),
        auth=field(email.auth),
        list_id=field(email.list_id),
        link_domains=listing(email.link_domains),
        attachments=listing(email.attachments),
        notes=listing(email.notes + (email.findings if completion else [])),
        body=clean_untrusted(email.body, body_limit) or "(empty)",
    ).strip()
