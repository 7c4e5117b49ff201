"""Bytes into text, and the stdlib parser's defects into words, for every part of a message.

Mail declares charsets it does not use, names ones that do not exist, or none at all;
decoding here falls back step by step and records what was wrong instead of failing.
"""

from __future__ import annotations


def decode_bytes(data: bytes, charset: str | None, defects: list[str], where: str) -> str:
    """Decode with the declared charset; unknown or wrong charsets fall back to UTF-8,
    then Latin-1 (which maps every byte), recording a defect rather than failing."""
    if charset:
        charset = charset.strip().strip('"').lower()
        try:
            return data.decode(charset)
        except LookupError:
            defects.append(f"unknown charset {charset!r} in {where}")
        except UnicodeDecodeError:
            defects.append(f"{where} is not valid {charset}")
            try:
                return data.decode(charset, errors="replace")
            except LookupError:  # pragma: no cover - LookupError caught above
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if charset is None:
            defects.append(f"{where} has 8-bit text and no charset")
        return data.decode("latin-1")


def describe_defect(defect: object) -> str:
    """One of the stdlib parser's defect objects as a line for `ParsedMessage.defects`."""
    name = type(defect).__name__
    detail = str(defect).strip()
    return f"{name}: {detail}" if detail and detail != name else name

