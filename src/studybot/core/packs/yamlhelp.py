"""YAML syntax errors in plain words, with the usual fix.

The parser's own wording ("mapping values are not allowed here") names its grammar,
not the author's slip. `explain` recognises the common slips (a ': ' inside a value,
a tab, a quote never closed, indentation, a [list] not closed, a value starting with
a character YAML reserves) and says what to do; the parser's words follow in
brackets for whoever knows YAML.
"""

from __future__ import annotations

from typing import Final, NamedTuple, Protocol

__all__ = ["Explained", "explain"]


class Mark(Protocol):
    """A position in YAML text, 0-based."""

    line: int
    column: int


class Explained(NamedTuple):
    """What to tell the author, and where (the mark the message is about)."""

    mark: Mark | None
    message: str


_QUOTE_FIX: Final = "quote the whole value"
_RULES: Final[tuple[tuple[str, str, bool], ...]] = (
    # (words of the parser's message, plain explanation, point at where the construct began)
    ("mapping values are not allowed",
     "a ': ' (colon and space) inside an unquoted value makes YAML start a new 'field: value' there; "
     f"{_QUOTE_FIX}, e.g. prompt: \"Ratio: what does it show?\" (or, if the line above is a field, give it its "
     "':' and indent it like its neighbours)", False),
    ("tab character", "a tab is used to indent this line; YAML indents with spaces only: replace the tab with "
                      "spaces", False),
    ("quoted scalar found unexpected end of stream",
     "the quote opened here is never closed; close it at the end of the value (for a quote inside the text, "
     "use the other kind of quotes around it, or write '' inside 'single quotes')", True),
    ("unknown escape character",
     "a backslash inside \"double quotes\" starts an escape; use 'single quotes' instead, or write \\\\ for "
     "one backslash", False),
    ("did not find expected key",
     "YAML expected a 'field: value' line here: the line is indented differently from the fields above it "
     "(use the same number of spaces), or there is text after a closing quote (" + _QUOTE_FIX + ")", False),
    ("did not find expected '-' indicator",
     "this line is indented differently from the list around it: start every item with '- ' at the same "
     "column, and indent an item's fields exactly under its first field", False),
    ("flow sequence", "a [list] is not closed with ']' on this line, or an item in it holds a bracket, a quote "
                      "or ': '; close the list, and quote such items: [\"a: b\", c]", False),
    ("flow mapping", "a {mapping} is not closed with '}', or a value in it holds a comma or a brace; quote such "
                     "values", False),
    ("scanning an alias", "a value starting with '*' is read as a YAML alias; " + _QUOTE_FIX, False),
    ("scanning an anchor", "a value starting with '&' is read as a YAML anchor; " + _QUOTE_FIX, False),
    ("block scalar", "after '|' or '>' the text must start on the next line, indented under the field", False),
    ("mapping keys are not allowed", "a value starting with '? ' is read as a YAML key; " + _QUOTE_FIX, False),
    ("could not find expected ':'",
     "a line has no ':' after its field name, or a value spread over lines is broken; write 'field: value' "
     f"on one line, or {_QUOTE_FIX}", False),
    ("document", "a line '---' or '...' starts another YAML document; a pack is one document: remove it", False),
)
_RESERVED: Final = "@`%|>!&*?{}[],#"


def explain(context: str | None, problem: str | None, problem_mark: Mark | None, context_mark: Mark | None,
            text: str) -> Explained:
    """The plain explanation of a parser error, at the mark it is about."""
    what = " ".join(x for x in (context, problem) if x) or "invalid YAML"
    mark = problem_mark or context_mark
    if "cannot start any token" in what and mark is not None:
        found = _char_at(text, mark)
        if found == "\t":
            return Explained(mark, f"a tab is used to indent this line; YAML indents with spaces only: replace "
                                   f"the tab with spaces (YAML: {what})")
        if found and found in _RESERVED:
            return Explained(mark, f"a value cannot start with '{found}' unquoted; {_QUOTE_FIX} (YAML: {what})")
    if "mapping values are not allowed" in what and mark is not None and _deeper_than_field_above(text, mark):
        return Explained(mark, "this line is indented more than the field above it, which already has its value: "
                               f"indent it exactly like its neighbours (YAML: {what})")
    if "did not find expected key" in what and mark is not None and _after_closing_quote(text, mark):
        return Explained(mark, "there is text after the closing quote of a value that starts with a quotation: "
                               f"{_QUOTE_FIX} in the other kind of quotes, e.g. explanation: "
                               f"'\"Women first\" meant that men waited' (YAML: {what})")
    for words, plain, at_start in _RULES:
        if words in what:
            return Explained((context_mark or mark) if at_start else mark, f"{plain} (YAML: {what})")
    return Explained(mark, f"YAML cannot read this line ({what}); check its quotes, colons and indentation, and "
                           "those of the line above")


def _field_column(line: str) -> int:
    """Where a line's field name starts: after its indentation and any '- ' of list items."""
    column = len(line) - len(line.lstrip(" "))
    while line.startswith("- ", column) or line.startswith("-\t", column):
        column += 2 + len(line[column + 2:]) - len(line[column + 2:].lstrip(" "))
    return column


def _deeper_than_field_above(text: str, mark: Mark) -> bool:
    """Whether the line of `mark` is indented deeper than the line above it, and that line is a
    complete 'field: value' (so the deeper line cannot be its value): an over-indented field."""
    lines = text.split("\n")
    if mark.line >= len(lines) or mark.line == 0:
        return False
    above = next((line for line in reversed(lines[:mark.line]) if line.strip() and not line.lstrip().startswith("#")),
                 None)
    if above is None:
        return False
    here = lines[mark.line]
    field = above[_field_column(above):].split(" #", 1)[0].rstrip()
    name, colon, value = field.partition(": ")
    complete = bool(colon and name and value.strip() and value.strip()[0] not in "|>")
    key = here.strip().partition(":")[0]
    looks_like_field = key.replace("_", "a").replace("-", "a").isalnum()  # 'prompt:', not 'some text:'
    return complete and looks_like_field and len(here) - len(here.lstrip(" ")) > _field_column(above)


def _after_closing_quote(text: str, mark: Mark) -> bool:
    """Is `mark` on a 'field: "quoted" more text' line, just after the quoted part (a value that opens with a
    quotation and goes on: YAML takes the quotation as the whole value)?"""
    lines = text.split("\n")
    if mark.line >= len(lines):
        return False
    line = lines[mark.line]
    field = line[_field_column(line):]
    name, colon, value = field.partition(": ")
    value = value.lstrip(" ")
    if not (colon and name and value[:1] in "\"'"):
        return False
    start = len(line) - len(value)
    end = line.find(value[0], start + 1)
    return 0 < end < mark.column and line[end + 1:mark.column].strip() == "" and bool(line[mark.column:].strip())


def _char_at(text: str, mark: Mark) -> str:
    lines = text.split("\n")
    if mark.line >= len(lines):
        return ""
    line = lines[mark.line]
    return line[mark.column] if mark.column < len(line) else ""
