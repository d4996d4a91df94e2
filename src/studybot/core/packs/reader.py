"""Reading values out of a yaml node tree, reporting every problem with its position.

`Reader` holds the problems found so far. Each reader method returns the value, or
reports a problem (file:line:column and what to change) and returns None; it never
raises, so one pass over a file finds every problem in it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .model import ID_RE, Problem
from .yamlsafe import problem_at

__all__ = ["Reader", "suggest"]

_NULLS = ("~", "null", "Null", "NULL")


def suggest(word: str, choices: Iterable[str]) -> str:
    """" (did you mean 'x'?)" for the closest of `choices`, or "" when none is close."""
    choices = list(choices)
    same = [c for c in choices if c.casefold() == word.casefold()]  # 'RU' for 'ru', 'Short' for 'short'
    close = same or difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def decimal_comma(value: str) -> str:
    """What to say of a number written with a comma ('14,7', '176,000'): studybot reads a decimal point only."""
    if not re.fullmatch(r"\s*[+-]?\d[\d,]*\d%?\s*", value) or "," not in value:
        return ""
    return "; " + _comma_fix(value.strip())


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+%?")  # "7,250": the English thousands comma, or a decimal one


def _comma_fix(figure: str) -> str:
    """How to write a figure with a comma: a comma before groups of three digits ('7,250') may be the English
    thousands comma or a decimal one, and the two fixes differ (7250 or 7.25)."""
    point = figure.replace(",", ".")
    if _GROUPED.fullmatch(figure):
        return (f"write it without its thousands commas ({figure.replace(',', '')}), or with a decimal point "
                f"({point}) if the comma is a decimal one")
    return f"write a decimal point ({point}) and no thousands separators"


# a figure with spaces between its groups of three digits ("7 250", "12 400 000"; a no-break or thin space too)
_SPACED = re.compile(r"\s*([+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?)\s*")


def _split_decimal(node: MappingNode, key_node: ScalarNode) -> str:
    """'14,7' when this key (digits, no value) follows a field whose value is digits on the same line of a
    `{ }` mapping: YAML split a decimal comma there ('value: 14,7' read as value 14 and a field 7)."""
    if not node.flow_style or not key_node.value.isdigit():
        return ""
    keys = [k for k, _ in node.value]
    at = next((i for i, k in enumerate(keys) if k is key_node), 0)
    if at == 0:
        return ""
    before = node.value[at - 1][1]
    if not (isinstance(before, ScalarNode) and not before.style and before.value.isdigit()
            and before.end_mark.line == key_node.start_mark.line):
        return ""
    return f"{before.value},{key_node.value}"



def what_it_is(description: str) -> str:
    """A field's description as a message ends with it: "The figure asked for." -> ": the figure asked for"."""
    text = description.strip().removesuffix(".")
    return f": {text[:1].lower()}{text[1:]}" if text else ""


class Reader:
    """Primitive readers over yaml nodes; `problems` lists what they reported."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def err(self, node: Node | None, message: str) -> None:
        """Report a problem at `node` (at 1:1 when there is no node)."""
        self.problems.append(problem_at(self.path, getattr(node, "start_mark", None), message))

    def mapping(self, node: Node, what: str, allowed: Iterable[str], required: Iterable[str] | Mapping[str, str] = (),
                hint: str = "") -> dict[str, Node] | None:
        """The value nodes of a mapping by key. Reports (and leaves out) keys that are not
        plain words, duplicates and fields not `allowed`; reports `required` fields missing,
        each with what it is when `required` maps a field's name to its description."""
        if not isinstance(node, MappingNode):
            self.err(node, f"{what} must be a mapping of 'field: value' lines{hint}")
            return None
        allowed = tuple(allowed)
        out: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.err(key_node, f"a key in {what} must be a plain word, not a list or mapping")
                continue
            key: str = key_node.value
            if key not in allowed and (split := _split_decimal(node, key_node)):
                fix = (_comma_fix(split) if _GROUPED.fullmatch(split)
                       else f"write a decimal point: {split.replace(',', '.')}")
                self.err(key_node, f"'{split}' in {what}: inside {{ }} a comma separates fields, so the digits "
                                   f"after a{'' if _GROUPED.fullmatch(split) else ' decimal'} comma became a field "
                                   f"'{key}'; {fix}")
                continue
            if key in first_line:
                self.err(key_node, f"duplicate key '{key}' in {what} (first given on line {first_line[key]}); "
                                   "keep only one")
                continue
            first_line[key] = key_node.start_mark.line + 1
            if key not in allowed:
                self.err(key_node, f"unknown field '{key}' in {what}{suggest(key, allowed)}; "
                                   f"allowed fields: {', '.join(allowed)}")
                continue
            out[key] = value_node
        about = required if isinstance(required, Mapping) else dict.fromkeys(required, "")
        for name, description in about.items():
            if name not in out and name not in first_line:
                self.err(node, f"{what} is missing the field '{name}'{what_it_is(description)}")
        return out

    def string(self, node: Node, what: str, *, empty_ok: bool = False) -> str | None:
        """A scalar exactly as written (an unquoted null is empty); empty only if `empty_ok`."""
        if not isinstance(node, ScalarNode):
            kind = "a list" if isinstance(node, SequenceNode) else "a mapping"
            self.err(node, f"{what} must be text, not {kind}; quote it if it contains ': ' or starts with '-'")
            return None
        value: str = node.value
        if node.style is None and value in _NULLS:
            value = ""
        if not value.strip() and not empty_ok:
            self.err(node, f"{what} is empty; write a value")
            return None
        return value

    def strings(self, node: Node, what: str, *, single_ok: bool = True, min_items: int = 0) -> tuple[str, ...] | None:
        """A list of texts (one text counts as a list of one when `single_ok`). Items with
        problems are reported and left out; a list shorter than `min_items` is None."""
        if isinstance(node, ScalarNode) and single_ok:
            value = self.string(node, what)
            return None if value is None else (value,)
        if not isinstance(node, SequenceNode):
            self.err(node, f"{what} must be a list of texts ('- item' lines)")
            return None
        out = []
        for item in node.value:
            value = self.string(item, f"an item of {what}")
            if value is not None:
                out.append(value)
        if len(node.value) < min_items:
            self.err(node, f"{what} needs at least {min_items} items, has {len(node.value)}")
            return None
        return tuple(out)

    def number(self, node: Node, what: str) -> float | None:
        """A finite number written with digits ('_' allowed between them)."""
        value = self.string(node, what)
        if value is None:
            return None
        spaced = _SPACED.fullmatch(value)  # "7 250": the groups of three a figure is written in, as in answers
        try:
            number = float(re.sub(r"[ \u00a0\u202f]", "", spaced.group(1)) if spaced else value.replace("_", ""))
        except ValueError:
            self.err(node, f"{what} must be a number written with digits (like 176000000 or 0.015), not "
                           f"'{value}'{decimal_comma(value)}")
            return None
        if number != number or number in (float("inf"), float("-inf")):
            self.err(node, f"{what} must be a finite number")
            return None
        return number

    def integer(self, node: Node, what: str, lo: int, hi: int) -> int | None:
        """A whole number from `lo` to `hi`."""
        value = self.string(node, what)
        if value is None:
            return None
        if not re.fullmatch(r"[+-]?\d{1,9}", value.strip()):
            self.err(node, f"{what} must be a whole number from {lo} to {hi}, not '{value}'")
            return None
        number = int(value)
        if not lo <= number <= hi:
            self.err(node, f"{what} must be from {lo} to {hi}, not {number}")
            return None
        return number

    def ident(self, node: Node, what: str) -> str | None:
        """An id: letters, digits, '-', '_' or '.', starting with a letter or digit, at most 80."""
        value = self.string(node, what)
        if value is None:
            return None
        if not ID_RE.match(value):
            other = next((c for c in value if c.isalpha() and not c.isascii()), "")
            why = f" ('{other}' is not one)" if other else ""
            self.err(node, f"{what} '{value}' must be Latin letters{why}, digits, '-', '_' or '.', "
                           "starting with a letter or digit, at most 80 characters")
            return None
        return value

    def one_of(self, node: Node, name: str, values: tuple[str, ...], owner: str = "") -> str | None:
        """One of `values` (the field `name` of `owner`), suggesting the closest when it is not."""
        value = self.string(node, f"{name} of {owner}" if owner else name)
        if value is None or value in values:
            return value
        where = f" in {owner}" if owner else ""
        self.err(node, f"unknown {name} '{value}'{where}{suggest(value, values)}; {name}s: {', '.join(values)}")
        return None
