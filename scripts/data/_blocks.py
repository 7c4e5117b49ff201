"""The row format the sentence writers share: blocks of ``kind | text`` lines.

`Rows.positive(lang, block)` and `Rows.negative(lang, block)` parse a block (blank lines
and ``#`` comments skipped; a literal ``\\n`` in a text is a line break) into rows of
the `guard_sentences*.jsonl` files: {"text", "label", "lang", "kind"}.
"""

from __future__ import annotations


class Rows(list):
    def add(self, lang: str, label: int, block: str) -> None:
        for raw in block.strip().splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            kind, sep, text = line.partition(" | ")
            if not sep:
                raise ValueError(f"bad line ({lang}, {label}): {line!r}")
            self.row(lang, label, kind.strip(), text.strip().replace("\\n", "\n"))

    def row(self, lang: str, label: int, kind: str, text: str) -> None:
        self.append({"text": text, "label": label, "lang": lang, "kind": kind})

    def positive(self, lang: str, block: str) -> None:
        self.add(lang, 1, block)

    def negative(self, lang: str, block: str) -> None:
        self.add(lang, 0, block)
