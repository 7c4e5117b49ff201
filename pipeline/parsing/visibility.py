"""The CSS-visibility engine: which elements of an HTML tree a reader cannot see.

display:none, visibility:hidden, zero opacity, fonts too small to read, text coloured
like its background (inherited down the tree), a closed overflow box, the `hidden`
attribute: where mail hides words meant for filters and models, not for people. What
is read: inline `style` declarations and the presentational attributes `bgcolor`,
`hidden` and <font color>; style sheets are not.
"""

from __future__ import annotations

import re

_STYLE_DECL = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")
_FONT_SIZE = re.compile(r"^([0-9]*\.?[0-9]+)(px|pt|em|rem|%)?$")
# Below these a font is unreadable: text set this small is there for machines.
_TINY = {"px": 2.0, "pt": 2.0, "": 2.0, "em": 0.2, "rem": 0.2, "%": 20.0}
_NAMED_COLOURS = {"white": "#ffffff", "black": "#000000", "transparent": "transparent"}


def _style(element) -> dict[str, str]:
    style = element.get("style")
    if not style:
        return {}
    return {k: v.strip().lower().replace("!important", "").strip()
            for k, v in _STYLE_DECL.findall(style.lower())}


def _colour(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lower().split()[0] if value.strip() else ""
    if value in _NAMED_COLOURS:
        return _NAMED_COLOURS[value]
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        return "#" + "".join(c * 2 for c in value[1:])
    if re.fullmatch(r"#[0-9a-f]{6}", value):
        return value
    m = re.fullmatch(r"rgba?\((\d+)\s*,\s*(\d+)\s*,\s*(\d+)(?:\s*,\s*([\d.]+))?\)", value)
    if m:
        if m.group(4) is not None and float(m.group(4) or 0) == 0:
            return "transparent"
        return "#" + "".join(f"{min(int(g), 255):02x}" for g in m.groups()[:3])
    return None


def _invisible_element(element, style: dict[str, str], background: str) -> bool:
    if element.get("hidden") is not None:
        return True
    if style.get("display") == "none" or style.get("visibility") in ("hidden", "collapse"):
        return True
    opacity = style.get("opacity")
    if opacity is not None:
        try:
            if float(opacity.rstrip("%")) == 0:
                return True
        except ValueError:
            pass
    size = _FONT_SIZE.match(style.get("font-size", "").replace(" ", ""))
    if size and float(size.group(1)) <= _TINY[size.group(2) or ""]:
        return True
    if style.get("max-height", "").startswith("0") and "hidden" in style.get("overflow", ""):
        return True
    colour = _colour(style.get("color") or (element.get("color") if element.tag == "font" else None))
    return colour is not None and colour == background


def hidden_elements(tree) -> list:
    """The outermost elements of `tree` a reader cannot see."""
    found: list = []

    def visit(element, background: str) -> None:
        if not isinstance(element.tag, str):
            return
        style = _style(element)
        own_bg = _colour(style.get("background-color") or style.get("background") or element.get("bgcolor"))
        if own_bg and own_bg != "transparent":
            background = own_bg
        if element.tag not in ("html", "head", "body") and _invisible_element(element, style, background):
            found.append(element)
            return
        for child in element:
            visit(child, background)

    try:
        visit(tree, "#ffffff")
    except RecursionError:  # absurdly deep HTML: leave it as it is
        return []
    return found


def drop_hidden(elements: list) -> str:
    """Take `elements` out of their tree (their tails stay); return their text."""
    texts = []
    for element in elements:
        text = " ".join(element.text_content().split())
        if text:
            texts.append(text)
        if element.getparent() is not None:
            element.drop_tree()
    return "\n".join(texts)
