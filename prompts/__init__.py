"""Prompt templates (text files beside this module) and the renderer that fills them.

This package renders text from plain data it is handed; it never reads the database.
"""

from prompts.renderer import (
    BOUNDARY_PLACEHOLDER,
    Shot,
    EmailView,
    PromptExample,
    PromptRule,
    RenderedPrompt,
    primer_shot,
    render,
    template_version,
)
from prompts.untrusted import clean_untrusted

__all__ = [
    "BOUNDARY_PLACEHOLDER",
    "EmailView",
    "PromptExample",
    "PromptRule",
    "RenderedPrompt",
    "Shot",
    "clean_untrusted",
    "primer_shot",
    "render",
    "template_version",
]
