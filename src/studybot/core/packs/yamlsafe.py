"""Hardened YAML reading: untrusted text in, a node tree (or one `PackError`) out.

The contract, for packs and labelled-answer files alike:

- a file is at most `MAX_BYTES` bytes and must be UTF-8 (a BOM is allowed);
- anchors, aliases and explicit tags are refused (no billion laughs, no object tags);
- nesting deeper than `MAX_DEPTH` is refused, and so is anything that would recurse;
- nothing is constructed: the result is `yaml` nodes, every scalar kept as the exact
  string the author wrote (`no`, `010`, `12:30` stay text);
- every failure is a `PackError` whose problems carry 1-based line and column.

Duplicate keys are the checker's business (it reads mappings node by node). Only
the `packs` package imports yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Protocol

import yaml
from yaml.events import Event
from yaml.nodes import Node

from .model import PackError, Problem, Severity
from .yamlhelp import Explained, explain

__all__ = ["MAX_BYTES", "MAX_DEPTH", "compose", "compose_reporting", "problem_at", "read_text"]

MAX_BYTES: Final = 4_000_000
"""The largest pack file read, in bytes (and the longest pack text, in characters)."""
MAX_DEPTH: Final = 16
"""The deepest nesting of lists and mappings a pack may use."""


class Mark(Protocol):
    """A position in YAML text, 0-based (yaml's pure-Python and libyaml marks alike)."""

    line: int
    column: int


def problem_at(path: str, mark: Mark | None, message: str, severity: Severity = "error") -> Problem:
    """A problem at a yaml mark (0-based) given as 1-based line and column; 1:1 without a mark."""
    if mark is None:
        return Problem(path, 1, 1, message, severity)
    return Problem(path, mark.line + 1, mark.column + 1, message, severity)


class _Reject(Exception):
    """Something the hardened reader refuses, and where."""

    def __init__(self, mark: Mark | None, message: str):
        super().__init__(message)
        self.mark = mark
        self.message = message


def _no_alias(anchor: str | None) -> str:
    return (f"aliases (*{anchor}) are not allowed in packs; write the value out in full (text that starts "
            "with '*' must be quoted)")


def _no_anchor(anchor: str) -> str:
    return (f"anchors (&{anchor}) are not allowed in packs; remove '&{anchor}' and write values out (text that "
            "starts with '&' must be quoted)")


def _no_tag(tag: str) -> str:
    return f"tags ({tag}) are not allowed in packs; remove the tag"


_TOO_DEEP: Final = f"nesting deeper than {MAX_DEPTH} levels; flatten this value"


class _Loader(yaml.SafeLoader):
    """Composes YAML into nodes (never constructs Python objects from tags)."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event: Event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
        if isinstance(event, yaml.AliasEvent):
            raise _Reject(event.start_mark, _no_alias(event.anchor))
        anchor = getattr(event, "anchor", None)
        if anchor:
            raise _Reject(event.start_mark, _no_anchor(anchor))
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            raise _Reject(event.start_mark, _no_tag(tag))
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Reject(event.start_mark, _TOO_DEEP)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_CLoader: type[yaml.CSafeLoader] | None
if hasattr(yaml, "CSafeLoader"):  # libyaml: the same checks, several times faster

    class _FastLoader(yaml.CSafeLoader):
        """Composes only: every scalar is kept as text, so no implicit type resolution."""

        yaml_implicit_resolvers: dict[str, list[tuple[str, object]]] = {}

    _CLoader = _FastLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _CLoader = None


# the most aliases of a file whose tree is still read to check the rest of it: a few aliases can repeat a node only
# a few times over (a "billion laughs" needs dozens)
_ALIASES_READ: Final = 8


def _screen_events(text: str, loader: type[yaml.CSafeLoader]) -> tuple[list[_Reject], int]:
    """With libyaml, find every alias, anchor and tag in the event stream before composing (libyaml's composer
    cannot be hooked like _Loader), and how many aliases are among them; deep nesting is refused at once."""
    depth, found, aliased = 0, [], 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            found.append(_Reject(event.start_mark, _no_alias(event.anchor)))
            aliased += 1
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth >= MAX_DEPTH:
                    raise _Reject(event.start_mark, _TOO_DEEP)
            if event.anchor:
                found.append(_Reject(event.start_mark, _no_anchor(event.anchor)))
            if event.tag not in (None, "!"):
                found.append(_Reject(event.start_mark, _no_tag(str(event.tag))))
    return found, aliased


def _compose_checked(text: str) -> tuple[Node | None, list[_Reject]]:
    """The node tree and every construct refused in it. An anchor, a tag or a few aliases are refused and the tree
    still read (it is only nodes: nothing is constructed), so the rest of the file is checked in the same run; many
    aliases stop it there (a tree of aliases may be a billion laughs)."""
    loader = _CLoader
    if loader is not None:
        found, aliased = _screen_events(text, loader)
        if aliased > _ALIASES_READ:
            raise _Refused(found)
        try:
            return yaml.compose(text, Loader=loader), found
        except yaml.composer.ComposerError:
            if aliased:  # an alias of no anchor: said as the alias refused
                raise _Refused(found) from None
            raise
    composer = _Loader(text)
    try:
        return composer.get_single_node(), []
    finally:
        composer.dispose()


class _Refused(Exception):
    """Every construct refused in a file that cannot be read further."""

    def __init__(self, found: list[_Reject]):
        super().__init__(found[0].message if found else "")
        self.found = found


def compose(text: str, path: str) -> Node | None:
    """The node tree of one YAML document (None for an empty one), or a PackError
    naming the refused constructs or the syntax error, with their positions."""
    root, refused = compose_reporting(text, path)
    if refused:
        raise PackError(refused)
    return root


def compose_reporting(text: str, path: str) -> tuple[Node | None, list[Problem]]:
    """`compose`, but anchors, tags and a few aliases are reported beside the tree rather than raised, so that a
    checker reading the tree reports them with every other problem of the file. Many aliases, deep nesting and
    syntax errors raise."""
    try:
        root, found = _compose_checked(text)
        return root, [problem_at(path, r.mark, r.message) for r in found]
    except _Refused as exc:
        raise PackError([problem_at(path, r.mark, r.message) for r in exc.found]) from None
    except _Reject as exc:
        raise PackError([problem_at(path, exc.mark, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        raise PackError([problem_at(path, told.mark, f"YAML syntax: {told.message}")
                         for told in _syntax_errors(text, exc)]) from None
    except yaml.reader.ReaderError as exc:
        position: int = exc.position
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        message = f"character {exc.character!r} is not allowed in YAML; remove it"
        raise PackError([Problem(path, line, column, message)]) from None
    except yaml.YAMLError as exc:
        raise PackError([Problem(path, 1, 1, f"YAML: {exc}")]) from None
    except RecursionError:
        raise PackError([Problem(path, 1, 1, f"nesting too deep; packs nest at most {MAX_DEPTH} levels")]) from None


# the most syntax errors told in one run (each further one is found by reading the file again)
_SYNTAX_TOLD: Final = 50


def _syntax_errors(text: str, first: yaml.MarkedYAMLError) -> list[Explained]:
    """The syntax error `first` explained, and after it every further ': ' inside an unquoted value (the commonest
    slip, which an author may make in many values): each is mended in a copy of the text (its ':' made ';', so no
    line or column moves) and the copy read again, until it reads, another kind of error stops it, or
    `_SYNTAX_TOLD` are found. An error of another kind is told too, but ends the search: what YAML reads after it
    depends on how it is mended."""
    told, exc = [], first
    while True:
        told.append(explain(exc.context, exc.problem, exc.problem_mark, exc.context_mark, text))
        at = _offset(text, exc.problem_mark)
        if len(told) >= _SYNTAX_TOLD or at is None or text[at] != ":" \
                or "mapping values are not allowed" not in str(exc.problem):
            return told
        text = text[:at] + ";" + text[at + 1:]
        try:
            _compose_checked(text)
        except yaml.MarkedYAMLError as again:
            exc = again
            continue
        except (_Reject, _Refused, yaml.YAMLError, RecursionError):
            pass  # (said when the syntax is mended)
        return told


def _offset(text: str, mark: Mark | None) -> int | None:
    """Where a yaml mark (0-based line and column) is in `text`, or None if it is past it."""
    if mark is None:
        return None
    start = 0
    for _ in range(mark.line):
        start = text.find("\n", start) + 1
        if start == 0:
            return None
    at = start + mark.column
    return at if at < len(text) else None


def _read_bytes(path: str | Path) -> bytes:
    p, shown = Path(path), str(path)
    try:
        if p.exists() and not p.is_dir() and not p.is_file():  # reading a FIFO hangs, /dev/zero never ends
            raise PackError([Problem(shown, 1, 1, "is not a regular file (a pipe or a device), not a pack file")])
        size = p.stat().st_size
        if size > MAX_BYTES:
            message = f"file is {size:,} bytes; packs may be at most {MAX_BYTES:,}; split it"
            raise PackError([Problem(shown, 1, 1, message)])
        return p.read_bytes()[: MAX_BYTES + 1]
    except IsADirectoryError:
        raise PackError([Problem(shown, 1, 1, "is a directory, not a pack file")]) from None
    except FileNotFoundError:
        raise PackError([Problem(shown, 1, 1, "no such file")]) from None
    except OSError as exc:
        raise PackError([Problem(shown, 1, 1, f"cannot read: {exc.strerror or exc}")]) from None


def read_text(path: str | Path) -> str:
    """The text of a file of at most MAX_BYTES bytes of UTF-8 (BOM dropped), or a
    PackError saying why not (too big, missing, a folder, unreadable, not UTF-8)."""
    raw = _read_bytes(path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PackError([Problem(str(path), line, col, "not UTF-8 text; save the file as UTF-8")]) from None
