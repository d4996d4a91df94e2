"""Reading pack fields by their type, and the objects nested in a pack, by the field table.

`FieldReader.value` reads any field of the table (`fields.py`) by its type; the
objects a pack nests (source, sections, a card's number, examples, mistakes and
keypoints) are read from their own tables. Cards and the pack itself are read by the
checker (`checker.py`), which adds what the table cannot say.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, Final, assert_never

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .fields import OBJECTS, Field, ObjectName, field
from .model import FORMAT, Keypoint, Mistake, NumberSpec, Section, Source
from .reader import Reader, decimal_comma, what_it_is

__all__ = ["FieldReader", "Values"]

_ISO_DATE: Final = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NO_LIMIT: Final = 999_999_999  # the largest integer Reader.integer reads
_ONE_VALUE: Final = frozenset({"text", "cloze", "id", "integer", "number", "tolerance", "date", "enum", "format"})

Values = dict[str, Any]
"""Field values read so far, by field name; None for a value with a problem."""


class FieldReader(Reader):
    """Reads fields by their type, and nested objects by their table."""

    # -- any field, by its type

    def value(self, f: Field, node: Node, owner: str) -> Any:
        """The value of field `f` of `owner`, or None after reporting why not."""
        what = f.what(owner)
        if f.type in _ONE_VALUE and not isinstance(node, ScalarNode):  # e.g. "date: {year: 1638}"
            kind = "a list" if isinstance(node, SequenceNode) else "a mapping"
            about = what_it_is(f.description)[2:]
            one = "a number" if f.type in ("integer", "number", "tolerance") else "text"
            self.err(node, f"{what} must be {one}, not {kind}{f' ({about})' if about else ''}; quote it if it "
                           "contains ': ' or starts with '-'")
            return None
        match f.type:
            case "text" | "cloze":
                return self.string(node, what)
            case "texts":
                return self.strings(node, what)
            case "list":
                return self.strings(node, what, single_ok=False, min_items=f.min_items)
            case "id":
                return self.ident(node, what)
            case "integer":
                lo, hi = f.bounds or (-_NO_LIMIT, None)
                return self.integer(node, what, lo, _NO_LIMIT if hi is None else hi)
            case "number":
                return self.number(node, what)
            case "tolerance":
                return self.tolerance(node, what)
            case "format":
                return self.pack_format(node)
            case "enum":
                return self.one_of(node, f.name, f.values, owner)
            case "date":
                return self.date(node, what)
            case "object" | "objects" | "keypoints":
                return self.nested(f, node, owner)
            case "aliases":
                return self.aliases(node, f)
            case "groups":
                return self.groups(node, f)
            case _:
                assert_never(f.type)

    def values(self, m: dict[str, Node], fields: Iterable[Field], owner: str) -> Values:
        """The value of each of `fields` that `m` gives."""
        return {f.name: self.value(f, m[f.name], owner) for f in fields if f.name in m}

    def obj(self, node: Node, name: ObjectName, owner: str) -> tuple[dict[str, Node], Values] | None:
        """The field nodes and values of an object; None when it is not a mapping or
        lacks a required field."""
        spec = OBJECTS[name]
        m = self.mapping(node, spec.label.format(owner=owner), spec.names(), spec.required())
        if m is None or any(r not in m for r in spec.required()):
            return None
        return m, self.values(m, spec.fields, owner)

    def nested(self, f: Field, node: Node, owner: str) -> Any:
        """A value made of objects: one (`object`) or a list (`objects`, `keypoints`)."""
        match f.of:
            case "source":
                return self.source(node)
            case "section":
                return self.sections(node, f)
            case "number":
                return self.number_spec(node, owner)
            case "examples":
                return self.examples(node, owner)
            case "mistake":
                return self.mistakes(node, f, owner)
            case "keypoint":
                return self.keypoints(node, f, owner)
            case "card" | "pack" | None:
                raise LookupError(f"the field '{f.name}' is read by its owner")

    # -- scalar types the Reader does not know

    def pack_format(self, node: Node) -> int | None:
        """The pack format, which must be FORMAT."""
        fmt = self.integer(node, "format", 1, 10**6)
        if fmt is not None and fmt > FORMAT:
            self.err(node, f"this pack is format {fmt}; this studybot reads format {FORMAT}: update studybot")
        elif fmt is not None and fmt != FORMAT:
            self.err(node, f"format must be {FORMAT}")
        return fmt

    def tolerance(self, node: Node, what: str) -> tuple[float, bool] | None:
        """(tolerance, relative): `2` is (2.0, False), `5%` is (0.05, True)."""
        raw = self.string(node, what)
        if raw is None:
            return None
        relative = raw.strip().endswith("%")
        try:
            tolerance = float(raw.strip().rstrip("%"))
            if tolerance < 0 or tolerance != tolerance:
                raise ValueError
        except ValueError:
            self.err(node, f"{what} must be a number like 2 or a percentage like 5%, not '{raw}'{decimal_comma(raw)}")
            return None
        return (tolerance / 100 if relative else tolerance), relative

    def date(self, node: Node, what: str) -> str | None:
        """A real calendar date written YYYY-MM-DD, YYYY-MM or YYYY."""
        value = self.string(node, what)
        if value is None:
            return None
        match = _ISO_DATE.match(value.strip())
        if not match:
            head = value.strip().split("-", 1)[0]
            short = head.isdigit() and len(head) < 4  # "863", "79-08": a year before 1000
            fix = f" (a year before 1000 takes four digits: '{head.zfill(4)}{value.strip()[len(head):]}')" \
                if short else " (a date BC is written on a `short` card whose answer is the date: '44 BC')" \
                if value.strip().startswith("-") or "BC" in value.upper() or "до н" in value else ""
            self.err(node, f"{what} must be written YYYY-MM-DD, YYYY-MM or YYYY, not '{value}'{fix}")
            return None
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            self.err(node, f"{what} is not a real calendar date: '{value}'")
            return None
        return value.strip()

    # -- objects

    def source(self, node: Node) -> Source | None:
        """The pack's source."""
        read = self.obj(node, "source", "")
        if read is None:
            return None
        v = read[1]
        return Source(title=v.get("title") or "", author=v.get("author") or "", year=v.get("year"),
                      text=v.get("text") or None, url=v.get("url") or "")

    def aliases(self, node: Node, f: Field) -> dict[str, tuple[str, ...]]:
        """Name -> other spellings; a name given twice is reported."""
        if not isinstance(node, MappingNode):
            self.err(node, f"{f.what()} must {f.expect}")
            return {}
        out: dict[str, tuple[str, ...]] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = self.string(key_node, "an alias name")
            if name is None:
                continue
            if name in seen:
                self.err(key_node, f"duplicate alias '{name}' (first on line {seen[name]}); merge the lists")
                continue
            seen[name] = key_node.start_mark.line + 1
            variants = self.strings(value_node, f"the spellings of '{name}'")
            if variants is not None:
                out[name] = variants
        return out

    def groups(self, node: Node, f: Field) -> tuple[tuple[str, ...], ...] | None:
        """Groups of at least `f.min_items` texts each."""
        items = self.items_of(node, f)
        if items is None:
            return None
        out = []
        for number, item in enumerate(items, 1):
            group = self.strings(item, f"group {number} of {f.what()}", single_ok=False, min_items=f.min_items)
            if group is not None:
                out.append(group)
        return tuple(out)

    def items_of(self, node: Node, f: Field, owner: str = "") -> list[Node] | None:
        """The item nodes of a list field; None (reported) when it is not a list."""
        if not isinstance(node, SequenceNode):
            self.err(node, f"{f.what(owner)} must {f.expect}")
            return None
        return list(node.value)

    def sections(self, node: Node, f: Field) -> list[Section]:
        """The sections, each id once."""
        items = self.items_of(node, f)
        if items is None:
            return []
        out: list[Section] = []
        seen: dict[str, int] = {}
        for item in items:
            read = self.obj(item, "section", "")
            if read is None or any(read[1][k] is None for k in ("id", "title", "notes")):
                continue
            m, v = read
            if v["id"] in seen:
                self.err(m["id"], f"duplicate section id '{v['id']}' (first on line {seen[v['id']]}); "
                                  "ids must be unique")
                continue
            seen[v["id"]] = m["id"].start_mark.line + 1
            out.append(Section(v["id"], v["title"], v["notes"], line=item.start_mark.line + 1))
        if not items:
            self.err(node, "sections is empty; a pack needs at least one section")
        return out

    def number_spec(self, node: Node, owner: str) -> NumberSpec | None:
        """A numeric card's figure."""
        read = self.obj(node, "number", owner)
        if read is None or read[1]["value"] is None or ("tolerance" in read[1] and read[1]["tolerance"] is None):
            return None
        v = read[1]
        tolerance, relative = v.get("tolerance") or (0.0, False)
        return NumberSpec(v["value"], v.get("unit"), tolerance, relative)

    def examples(self, node: Node, owner: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(right, wrong) example answers."""
        read = self.obj(node, "examples", owner)
        if read is None:
            return (), ()
        return read[1].get("right") or (), read[1].get("wrong") or ()

    def mistakes(self, node: Node, f: Field, owner: str) -> tuple[Mistake, ...]:
        """Known wrong answers with their feedback."""
        out = []
        for item in self.items_of(node, f, owner) or ():
            read = self.obj(item, "mistake", owner)
            if read is not None and read[1]["match"] and read[1]["feedback"]:
                out.append(Mistake(read[1]["match"], read[1]["feedback"]))
        return tuple(out)

    def keypoints(self, node: Node, f: Field, owner: str) -> tuple[Keypoint, ...]:
        """Keypoints, each a text or a `point:`/`accept:` mapping; at least one."""
        if not isinstance(node, SequenceNode) or not node.value:
            self.err(node, f"{f.what(owner)} must {f.expect}")
            return ()
        out = []
        point = field("keypoint", "point")
        for item in node.value:
            if isinstance(item, ScalarNode):
                text = self.string(item, point.what(owner))
                out += [Keypoint(text)] if text else []
                continue
            read = self.obj(item, "keypoint", owner)
            if read is not None and read[1]["point"]:
                out.append(Keypoint(read[1]["point"], read[1].get("accept") or ()))
        return tuple(out)
