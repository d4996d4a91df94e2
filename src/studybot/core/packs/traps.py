"""YAML traps: text a pack author wrote that YAML reads otherwise, found in the raw text.

The loader sees only what YAML made of the file; these checks look at the node tree
with its positions (and the line it came from) to catch what YAML quietly changed:

- ` #` in an unquoted value starts a comment: "(see slide #3)" cuts the prompt;
- a comma inside `[a, b]` always separates items: `[ribulose-1,5-bisphosphate]` is two, and so is
  `[не только X, но и Y]` (a second half, "но и Y", "but also Y", is no wording alone), and `[May 5th, 1890]`
  (a year alone after a month and its day is the rest of one date).

Notes wrapped over lines (`notes: |`) are fine: the tutor joins a paragraph's lines.

`positions` maps where each value of a pack sits (cards and sections by their id),
so later checks can point at an example's or a mistake's own line. Nothing here
raises on a pack that composes; every finding is a warning `Problem`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .model import Problem

__all__ = ["Path", "Positions", "Spot", "positions", "yaml_traps"]

Path = tuple[str | int, ...]
"""Where a value sits: field names, list indexes, and card or section ids for their items."""


class Spot(NamedTuple):
    """A 1-based position in the pack file, and whether the value there is written in quotes."""

    line: int
    column: int
    quoted: bool = False


Positions = dict[Path, Spot]
"""Every value's position, by its path (`("cards", "c1", "examples", "right", 0)`)."""

_NOT_PROSE: Final = frozenset({"id", "kind", "section", "format", "language", "precision", "date", "value",
                               "tolerance", "need", "year", "unit"})
"""Fields whose values are codes or numbers: a comment after them is the author's own."""
_KEYED_LISTS: Final = frozenset({"cards", "sections"})
_OPENERS: Final = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”"}
_COMMENT: Final = re.compile(r"^([ \t]+)#(.*)$")

# the second half of a paired conjunction ("не только X, но и Y", "not only X but also Y") opens no wording alone
_SECOND_HALF: Final = re.compile(r"(?:но|а)\s+(?:и|также|тоже)\s|but\s+also\s", re.IGNORECASE)
# a date cut at the comma before its year ("[March 3rd, 1921]", "[the 3rd of March, 1921]"): a month and its day, then
# a bare year, is one date
_MONTH: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY: Final = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_MONTH: Final = re.compile(rf"(?:{_MONTH}\s+(?:the\s+)?{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})$", re.IGNORECASE)
_YEAR: Final = re.compile(r"\d{3,4}(?:\s*(?:AD|BC|CE|BCE))?$")
_CLAUSE: Final = re.compile(r"(?:что|чтобы|который|которая|которое|которые|that|which|who|whose)\s")

_Warn = Callable[[Node, str, "int | None"], None]
"""Reports a warning at a node (or, given a line, at the start of that line)."""


def _spot(node: Node) -> Spot:
    quoted = isinstance(node, ScalarNode) and node.style in ("'", '"')
    return Spot(node.start_mark.line + 1, node.start_mark.column + 1, quoted)


def _item_key(item: Node, index: int) -> str | int:
    """A card's or section's id (for its path), else its index."""
    if isinstance(item, MappingNode):
        for key, value in item.value:
            if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
                return str(value.value)
    return index


def positions(root: Node) -> Positions:
    """Where every value of the tree is: cards and sections by id, other list items by index.
    A single text given where a list may be (`right: x`) is also item 0 of itself."""
    out: Positions = {}

    def walk(node: Node, path: Path) -> None:
        out[path] = _spot(node)
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    walk(value, (*path, str(key.value)))
        elif isinstance(node, SequenceNode):
            keyed = bool(path) and path[-1] in _KEYED_LISTS and len(path) == 1
            for index, item in enumerate(node.value):
                walk(item, (*path, _item_key(item, index) if keyed else index))
        elif path:
            out.setdefault((*path, 0), _spot(node))

    walk(root, ())
    return out


def yaml_traps(root: Node, text: str, path: str) -> list[Problem]:
    """Warnings for values YAML read differently from how they were written."""
    lines = text.splitlines()
    found: list[Problem] = []

    def warn(node: Node, message: str, line: int | None) -> None:
        spot = _spot(node)
        found.append(Problem(path, line or spot.line, spot.column if line is None else 1, message, "warning"))

    def walk(node: Node, key: str) -> None:
        if isinstance(node, MappingNode):
            for k, value in node.value:
                walk(value, str(k.value) if isinstance(k, ScalarNode) else key)
        elif isinstance(node, SequenceNode):
            if node.flow_style:
                _flow_commas(node, key, lines, warn)
            for item in node.value:
                walk(item, key)
        elif isinstance(node, ScalarNode) and not node.style and key not in _NOT_PROSE:
            _cut_by_comment(node, key, lines, warn)

    walk(root, "")
    return found


def _unbalanced(value: str) -> bool:
    """An opening bracket or quote the value never closes."""
    return any(value.count(opener) > value.count(closer) for opener, closer in _OPENERS.items())


def _cut_by_comment(node: ScalarNode, key: str, lines: list[str], warn: _Warn) -> None:
    """An unquoted value followed by ` #...` on its own last line, when the comment looks
    like the rest of the text: '#' right after one space or right before a letter or
    digit, or a bracket left open."""
    end = node.end_mark
    if end.line >= len(lines):
        return
    match = _COMMENT.match(lines[end.line][end.column:])
    if match is None:
        return
    gap, rest = match.groups()
    if not (gap == " " or rest[:1].isalnum() or _unbalanced(node.value)):
        return
    whole = f"{node.value}{gap}#{rest}".rstrip()
    warn(node, f"the value of '{key}' stops before ' #': YAML reads '#{rest.strip()}' as a comment, so {key} is "
               f"only \"{node.value}\"; if the '#' is part of the text, quote the whole value: "
               f"{key}: \"{_escaped(whole)}\"", None)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _flow_commas(node: SequenceNode, key: str, lines: list[str], warn: _Warn) -> None:
    """Items of `[a,b]` split at a comma with no space after it, or before the second half of a paired conjunction
    ("[не только X, но и Y]"): likely one wording."""
    items = node.value
    for left, right in zip(items, items[1:], strict=False):
        if not (isinstance(left, ScalarNode) and isinstance(right, ScalarNode)) or left.style or right.style:
            continue
        if left.end_mark.line != right.start_mark.line or left.end_mark.line >= len(lines):
            continue
        between = lines[left.end_mark.line][left.end_mark.column:right.start_mark.column]
        second_half = _SECOND_HALF.match(right.value) is not None  # "[не только X, но и Y]": one wording
        # an order's item that opens with a clause's conjunction ("[it turned out, that ...]", "[выяснилось, что
        # ...]"): a sentence with a comma inside, no item of its own
        second_half = second_half or key == "items" and _CLAUSE.match(right.value) is not None
        dated = _DAY_MONTH.search(left.value) is not None and _YEAR.match(right.value) is not None
        if between != "," and not ((second_half or dated) and between.rstrip(" ") == ","):
            continue
        joined = f"{left.value}{between}{right.value}"
        warn(left, f"'{left.value}' and '{right.value}' are two items of {key or 'this list'}: inside [ ] every "
                   f"comma starts a new item; if \"{joined}\" is one wording, quote it: [\"{_escaped(joined)}\"]", None)
