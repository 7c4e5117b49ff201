"""Prompt templates (text files beside this module) and the renderer that fills them.

This package renders text from plain data it is handed; it never reads the database.
"""

from prompts.renderer import (
    Shot,
    EmailView,
    PromptExample,
    PromptRule,
    RenderedPrompt,
    render,
    template_version,
)
from prompts.untrusted import clean_untrusted

__all__ = [
    "EmailView",
    "PromptExample",
    "PromptRule",
    "RenderedPrompt",
    "Shot",
    "clean_untrusted",
    "render",
    "template_version",
]
