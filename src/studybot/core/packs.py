"""Question packs: hardened YAML loading into plain dataclasses.

A pack is untrusted input written by hand. Loading it never raises anything but
`PackError`, which lists every problem found with file:line:column and what to
change. The loader

- caps the file size and the nesting depth,
- refuses anchors, aliases and explicit tags (no billion-laughs, no object tags),
- rejects duplicate keys, unknown fields and unknown card kinds,
- keeps every scalar as the string the author wrote (`no`, `010`, `12:30` stay text),
  converting to numbers only the fields that are numbers, with a clear error.

This is the only module that parses YAML.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

__all__ = [
    "FORMAT",
    "KINDS",
    "MAX_BYTES",
    "MAX_DEPTH",
    "Card",
    "Keypoint",
    "LabelledAnswer",
    "Mistake",
    "NumberSpec",
    "Pack",
    "PackError",
    "Problem",
    "Section",
    "Source",
    "load_pack",
    "load_pack_text",
    "load_labelled_answers",
]

FORMAT = 1
MAX_BYTES = 4_000_000
MAX_DEPTH = 16
KINDS = ("short", "numeric", "date", "list", "explain", "choice", "cloze", "order")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRECISIONS = ("day", "month", "year")


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Problem:
    """One problem in a pack, located in its file (1-based line and column)."""

    path: str
    line: int
    column: int
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


class PackError(Exception):
    """A pack could not be loaded. `problems` lists every error found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Keypoint:
    point: str
    accept: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mistake:
    match: tuple[str, ...]
    feedback: str


@dataclass(frozen=True)
class NumberSpec:
    value: float
    unit: str | None = None
    tolerance: float = 0.0  # absolute, or a fraction of value when `relative`
    relative: bool = False

    def allowed(self) -> float:
        return abs(self.value) * self.tolerance if self.relative else self.tolerance


@dataclass(frozen=True)
class Card:
    id: str
    section: str
    kind: str
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    number: NumberSpec | None = None
    date: str | None = None
    precision: str | None = None
    keypoints: tuple[Keypoint, ...] = ()
    need: int | None = None
    options: tuple[str, ...] = ()
    text: str | None = None
    blanks: tuple[tuple[str, ...], ...] = ()
    items: tuple[str, ...] = ()
    mistakes: tuple[Mistake, ...] = ()
    explanation: str = ""
    evidence: str = ""
    hint: str = ""
    examples_right: tuple[str, ...] = ()
    examples_wrong: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    line: int = 0

    @property
    def needed(self) -> int:
        """Keypoints a full answer must cover (list/explain)."""
        return self.need if self.need is not None else len(self.keypoints)

    @property
    def shown_items(self) -> tuple[str, ...]:
        """An order card's items as shown to the learner: scrambled, the same way
        every time for a card, and never already in the right order."""
        items = self.items
        if len(items) < 2:
            return items
        step = sum(map(ord, self.id)) % len(items)
        rotated = tuple(reversed(items))
        rotated = rotated[step:] + rotated[:step]
        return rotated if rotated != items else rotated[1:] + rotated[:1]

    @property
    def content_hash(self) -> str:
        """Hash of what makes an answer right. A change means progress restarts."""
        payload = {
            "kind": self.kind,
            "answer": self.answer,
            "number": None if self.number is None else [self.number.value, self.number.unit],
            "date": self.date,
            "keypoints": [k.point for k in self.keypoints],
            "options": list(self.options),
            "blanks": [list(b) for b in self.blanks],
            "items": list(self.items),
        }
        raw = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    notes: str
    line: int = 0


@dataclass(frozen=True)
class Source:
    title: str = ""
    author: str = ""
    year: int | None = None
    text: str | None = None  # path, relative to the pack file
    url: str = ""


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    sections: tuple[Section, ...]
    cards: tuple[Card, ...]
    source: Source = field(default_factory=Source)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    path: str = "<pack>"
    format: int = FORMAT

    @cached_property
    def sections_by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.sections}

    @cached_property
    def cards_by_id(self) -> dict[str, Card]:
        return {c.id: c for c in self.cards}

    def section(self, section_id: str) -> Section | None:
        return self.sections_by_id.get(section_id)

    def card(self, card_id: str) -> Card | None:
        return self.cards_by_id.get(card_id)

    def source_text(self) -> str | None:
        """The source text, when the pack names one and it can be read: a regular file
        in the pack's folder, at most MAX_BYTES (`safeio.read_text_within` says why not)."""
        if not self.source.text:
            return None
        from .safeio import UnreadableFile, read_text_within

        try:
            return read_text_within(Path(self.path).parent, self.source.text, MAX_BYTES)
        except UnreadableFile:
            return None


# --------------------------------------------------------------------------- YAML


class _Reject(Exception):
    def __init__(self, mark, message: str):
        self.mark = mark
        self.message = message


class _Loader(yaml.SafeLoader):
    """Composes YAML into nodes (never constructs Python objects from tags)."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _Reject(
                event.start_mark,
                f"aliases (*{event.anchor}) are not allowed in packs; write the value out in full",
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor:
            raise _Reject(
                event.start_mark,
                f"anchors (&{anchor}) are not allowed in packs; remove '&{anchor}' and write values out",
            )
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            raise _Reject(event.start_mark, f"tags ({tag}) are not allowed in packs; remove the tag")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Reject(event.start_mark, f"nesting deeper than {MAX_DEPTH} levels; flatten this value")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


if hasattr(yaml, "CSafeLoader"):  # libyaml: the same checks, several times faster
    class _CLoader(yaml.CSafeLoader):
        """Composes only: every scalar is kept as text, so no implicit type resolution."""

        yaml_implicit_resolvers: dict = {}
else:  # pragma: no cover - PyYAML built without libyaml
    _CLoader = None

_COLLECTION_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_COLLECTION_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _screen_events(text: str) -> None:
    """With libyaml, refuse aliases, anchors, tags and deep nesting from the event
    stream before composing (libyaml's composer cannot be hooked like _Loader)."""
    depth = 0
    for event in yaml.parse(text, Loader=_CLoader):
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.anchor is None and event.tag is None:
                continue
        elif kind in _COLLECTION_END:
            depth -= 1
            continue
        elif kind is yaml.AliasEvent:
            raise _Reject(event.start_mark,
                          f"aliases (*{event.anchor}) are not allowed in packs; write the value out in full")
        elif kind in _COLLECTION_START:
            depth += 1
            if depth >= MAX_DEPTH:
                raise _Reject(event.start_mark, f"nesting deeper than {MAX_DEPTH} levels; flatten this value")
        else:
            continue  # stream and document events
        if event.anchor:
            raise _Reject(event.start_mark, f"anchors (&{event.anchor}) are not allowed in packs; "
                                            f"remove '&{event.anchor}' and write values out")
        if event.tag not in (None, "!"):
            raise _Reject(event.start_mark, f"tags ({event.tag}) are not allowed in packs; remove the tag")


def _compose(text: str, path: str) -> yaml.Node | None:
    loader = None
    try:
        if _CLoader is not None:
            _screen_events(text)
            return yaml.compose(text, Loader=_CLoader)
        loader = _Loader(text)
        return loader.get_single_node()
    except _Reject as exc:
        raise PackError([_problem(path, exc.mark, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(x for x in (exc.context, exc.problem) if x) or "invalid YAML"
        raise PackError([_problem(path, mark, f"YAML syntax: {what}; fix the syntax here")]) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise PackError([Problem(path, line, column, f"character {exc.character!r} is not allowed in YAML; "
                                                     "remove it")]) from None
    except yaml.YAMLError as exc:
        raise PackError([Problem(path, 1, 1, f"YAML: {exc}")]) from None
    except RecursionError:
        raise PackError([Problem(path, 1, 1, f"nesting too deep; packs nest at most {MAX_DEPTH} levels")]) from None
    finally:
        if loader is not None:
            loader.dispose()


def _problem(path: str, mark, message: str, severity: str = "error") -> Problem:
    if mark is None:
        return Problem(path, 1, 1, message, severity)
    return Problem(path, mark.line + 1, mark.column + 1, message, severity)


def _read(path: str | Path) -> str:
    p = Path(path)
    shown = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise PackError([Problem(shown, 1, 1, f"file is {size:,} bytes; packs may be at most {MAX_BYTES:,}; split it")])
        raw = p.read_bytes()[: MAX_BYTES + 1]
    except PackError:
        raise
    except IsADirectoryError:
        raise PackError([Problem(shown, 1, 1, "is a directory, not a pack file")]) from None
    except FileNotFoundError:
        raise PackError([Problem(shown, 1, 1, "no such file")]) from None
    except OSError as exc:
        raise PackError([Problem(shown, 1, 1, f"cannot read: {exc.strerror or exc}")]) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PackError([Problem(shown, line, col, "not UTF-8 text; save the file as UTF-8")]) from None


@dataclass(frozen=True)
class LabelledAnswer:
    """A learner answer to a card, judged by a teacher (for measuring the grader)."""

    card: str
    answer: str
    correct: bool
    trap: bool = False  # a wrong answer that plain string similarity would accept
    line: int = 0


def load_labelled_answers(path: str | Path) -> list[LabelledAnswer]:
    """Read `answers: [{card, answer, correct, trap?}]`. Raises PackError on any problem."""
    shown = str(path)
    root = _compose(_read(path), shown)
    checker = _Checker(shown)
    top = checker.mapping(root, "the labelled answers file", ("answers",), ("answers",)) if root else None
    if root is None or top is None or "answers" not in top or not isinstance(top["answers"], yaml.SequenceNode):
        raise PackError(checker.problems or [Problem(shown, 1, 1, "expected 'answers:' with a list of entries")])
    out = []
    for item in top["answers"].value:
        m = checker.mapping(item, "a labelled answer", ("card", "answer", "correct", "trap"),
                            ("card", "answer", "correct"))
        if m is None or not {"card", "answer", "correct"} <= m.keys():
            continue
        card = checker.string(m["card"], "card")
        answer = checker.string(m["answer"], "answer", empty_ok=True)
        flags = {}
        for name in ("correct", "trap"):
            if name in m:
                value = checker.string(m[name], name)
                if value not in ("true", "false"):
                    checker.err(m[name], f"{name} must be true or false")
                flags[name] = value == "true"
        if card is not None and answer is not None:
            out.append(LabelledAnswer(card, answer, flags.get("correct", False), flags.get("trap", False),
                                      item.start_mark.line + 1))
    if checker.problems:
        raise PackError(checker.problems)
    return out


# --------------------------------------------------------------------------- checking

_TOP = ("format", "id", "title", "source", "aliases", "sections", "cards")
_SOURCE = ("title", "author", "year", "text", "url")
_SECTION = ("id", "title", "notes")
_COMMON = ("id", "section", "kind", "prompt", "answer", "explanation", "evidence", "hint",
           "tags", "mistakes", "examples")
_KIND_FIELDS = {
    "short": ("accept",),
    "numeric": ("number", "accept"),
    "date": ("date", "precision", "accept"),
    "list": ("keypoints", "need"),
    "explain": ("keypoints", "need", "accept"),
    "choice": ("options",),
    "cloze": ("text",),
    "order": ("items",),
}
_KIND_REQUIRED = {
    "numeric": ("number",),
    "date": ("date",),
    "list": ("keypoints",),
    "explain": ("keypoints",),
    "choice": ("options",),
    "cloze": ("text",),
    "order": ("items",),
}


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Checker:
    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def err(self, node, message: str) -> None:
        self.problems.append(_problem(self.path, getattr(node, "start_mark", None), message))

    # -- primitive readers; each returns None after reporting a problem

    def mapping(self, node, what: str, allowed: Iterable[str], required: Iterable[str] = (),
                hint: str = "") -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.err(node, f"{what} must be a mapping of 'field: value' lines{hint}")
            return None
        allowed = tuple(allowed)
        out: dict[str, yaml.Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.err(key_node, f"a key in {what} must be a plain word, not a list or mapping")
                continue
            key = key_node.value
            if key in first_line:
                self.err(key_node, f"duplicate key '{key}' in {what} (first given on line {first_line[key]}); keep only one")
                continue
            first_line[key] = key_node.start_mark.line + 1
            if key not in allowed:
                self.err(key_node, f"unknown field '{key}' in {what}{_suggest(key, allowed)}; "
                                   f"allowed fields: {', '.join(allowed)}")
                continue
            out[key] = value_node
        for name in required:
            if name not in out and name not in first_line:
                self.err(node, f"{what} is missing the field '{name}'")
        return out

    def string(self, node, what: str, *, empty_ok: bool = False) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
            self.err(node, f"{what} must be text, not {kind}; quote it if it contains ': ' or starts with '-'")
            return None
        value = node.value
        if node.style is None and value in ("~", "null", "Null", "NULL"):
            value = ""
        if not value.strip() and not empty_ok:
            self.err(node, f"{what} is empty; write a value")
            return None
        return value

    def strings(self, node, what: str, *, single_ok: bool = True, min_items: int = 0) -> tuple[str, ...] | None:
        if isinstance(node, yaml.ScalarNode) and single_ok:
            value = self.string(node, what)
            return None if value is None else (value,)
        if not isinstance(node, yaml.SequenceNode):
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

    def number(self, node, what: str) -> float | None:
        value = self.string(node, what)
        if value is None:
            return None
        try:
            number = float(value.replace("_", ""))
        except ValueError:
            self.err(node, f"{what} must be a number written with digits (like 176000000 or 0.015), not '{value}'")
            return None
        if number != number or number in (float("inf"), float("-inf")):
            self.err(node, f"{what} must be a finite number")
            return None
        return number

    def integer(self, node, what: str, lo: int, hi: int) -> int | None:
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

    def ident(self, node, what: str) -> str | None:
        value = self.string(node, what)
        if value is None:
            return None
        if not _ID.match(value):
            self.err(node, f"{what} '{value}' must be letters, digits, '-', '_' or '.', "
                           "starting with a letter or digit, at most 80 characters")
            return None
        return value

    # -- structures

    def pack(self, root, path: str) -> Pack | None:
        top = self.mapping(root, "the pack", _TOP, ("format", "id", "title", "sections", "cards"),
                           hint="; start from the example in README.md")
        if top is None:
            return None
        if "format" in top:
            fmt = self.integer(top["format"], "format", 1, 10**6)
            if fmt is not None and fmt != FORMAT:
                if fmt > FORMAT:
                    self.err(top["format"], f"this pack is format {fmt}; this studybot reads format {FORMAT}: update studybot")
                else:
                    self.err(top["format"], f"format must be {FORMAT}")
        pack_id = self.ident(top["id"], "pack id") if "id" in top else None
        title = self.string(top["title"], "title") if "title" in top else None
        source = self.source(top["source"]) if "source" in top else Source()
        aliases = self.aliases(top["aliases"]) if "aliases" in top else {}
        sections = self.sections(top["sections"]) if "sections" in top else ()
        section_ids = {s.id for s in sections}
        cards = self.cards(top["cards"], section_ids) if "cards" in top else ()
        if self.problems or pack_id is None or title is None:
            return None
        return Pack(id=pack_id, title=title, sections=tuple(sections), cards=tuple(cards),
                    source=source or Source(), aliases=aliases, path=path)

    def source(self, node) -> Source | None:
        m = self.mapping(node, "source", _SOURCE)
        if m is None:
            return None
        year = self.integer(m["year"], "source year", -5000, 9999) if "year" in m else None
        get = lambda k: (self.string(m[k], f"source {k}") or "") if k in m else ""
        return Source(title=get("title"), author=get("author"), year=year,
                      text=get("text") or None, url=get("url"))

    def aliases(self, node) -> dict[str, tuple[str, ...]]:
        if not isinstance(node, yaml.MappingNode):
            self.err(node, "aliases must map a name to its other spellings, e.g. 'Makei: [Makey]'")
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

    def sections(self, node) -> list[Section]:
        if not isinstance(node, yaml.SequenceNode):
            self.err(node, "sections must be a list ('- id: ...' entries)")
            return []
        out: list[Section] = []
        seen: dict[str, int] = {}
        for item in node.value:
            m = self.mapping(item, "a section", _SECTION, _SECTION)
            if m is None or not all(k in m for k in _SECTION):
                continue
            sid = self.ident(m["id"], "section id")
            title = self.string(m["title"], "section title")
            notes = self.string(m["notes"], "section notes")
            if sid is None or title is None or notes is None:
                continue
            if sid in seen:
                self.err(m["id"], f"duplicate section id '{sid}' (first on line {seen[sid]}); ids must be unique")
                continue
            seen[sid] = m["id"].start_mark.line + 1
            out.append(Section(sid, title, notes, line=item.start_mark.line + 1))
        if not node.value:
            self.err(node, "sections is empty; a pack needs at least one section")
        return out

    def cards(self, node, section_ids: set[str]) -> list[Card]:
        if not isinstance(node, yaml.SequenceNode):
            self.err(node, "cards must be a list ('- id: ...' entries)")
            return []
        if not node.value:
            self.err(node, "cards is empty; a pack needs at least one card")
        out: list[Card] = []
        seen: dict[str, int] = {}
        for item in node.value:
            card = self.card(item, section_ids)
            if card is None:
                continue
            if card.id in seen:
                self.err(item, f"duplicate card id '{card.id}' (first on line {seen[card.id]}); "
                               "card ids must be unique and stable")
                continue
            seen[card.id] = card.line
            out.append(card)
        return out

    def card(self, node, section_ids: set[str]) -> Card | None:
        all_fields = _COMMON + tuple(dict.fromkeys(f for fs in _KIND_FIELDS.values() for f in fs))
        peek = _peek_id(node)
        m = self.mapping(node, f"card '{peek}'" if peek else "a card", all_fields, ("id", "kind"))
        if m is None or "id" not in m or "kind" not in m:
            return None
        before = len(self.problems)
        cid = self.ident(m["id"], "card id")
        label = f"card '{cid}'" if cid else "this card"
        kind = self.string(m["kind"], f"kind of {label}")
        if kind is not None and kind not in KINDS:
            self.err(m["kind"], f"unknown kind '{kind}' in {label}{_suggest(kind, KINDS)}; kinds: {', '.join(KINDS)}")
            kind = None
        if kind is None or cid is None:
            return None
        allowed = set(_COMMON) | set(_KIND_FIELDS[kind])
        for name, value_node in m.items():
            if name not in allowed:
                users = [k for k, fs in _KIND_FIELDS.items() if name in fs]
                self.err(value_node, f"field '{name}' does not apply to kind '{kind}' ({label}); "
                                     f"it is used by: {', '.join(users)}")
        required = ("section", "prompt") if kind != "cloze" else ("section",)
        if kind not in ("cloze", "order"):
            required += ("answer",)
        required += _KIND_REQUIRED.get(kind, ())
        for name in required:
            if name not in m:
                self.err(node, f"{label} is missing the field '{name}'")
        section = self.ident(m["section"], f"section of {label}") if "section" in m else None
        if section is not None and section not in section_ids:
            self.err(m["section"], f"{label} names section '{section}', which is not defined"
                                   f"{_suggest(section, section_ids)}")
        opt = lambda name: self.string(m[name], f"{name} of {label}") if name in m else None
        prompt = opt("prompt")
        answer = opt("answer")
        values: dict = {}
        if "accept" in m:
            values["accept"] = self.strings(m["accept"], f"accept of {label}") or ()
        if "tags" in m:
            values["tags"] = self.strings(m["tags"], f"tags of {label}") or ()
        for name in ("explanation", "evidence", "hint"):
            if name in m:
                values[name] = opt(name) or ""
        if "mistakes" in m:
            values["mistakes"] = self.mistakes(m["mistakes"], label)
        if "examples" in m:
            right, wrong = self.examples(m["examples"], label)
            values["examples_right"], values["examples_wrong"] = right, wrong
        if kind == "numeric" and "number" in m:
            values["number"] = self.number_spec(m["number"], label)
        if kind == "date" and "date" in m:
            values["date"], values["precision"] = self.date(m["date"], m.get("precision"), label)
        elif "precision" in m:
            self.err(m["precision"], "precision applies only to date cards")
        if kind in ("list", "explain") and "keypoints" in m:
            values["keypoints"] = self.keypoints(m["keypoints"], label)
            if "need" in m:
                values["need"] = self.integer(m["need"], f"need of {label}", 1, max(1, len(values["keypoints"])))
        if kind == "choice" and "options" in m:
            options = self.strings(m["options"], f"options of {label}", single_ok=False, min_items=2) or ()
            values["options"] = options
            if answer is not None and options and answer not in options:
                self.err(m["answer"], f"the answer of {label} must be one of its options, written exactly the same")
            if len(set(o.casefold() for o in options)) != len(options):
                self.err(m["options"], f"options of {label} repeat a value; each option must differ")
        if kind == "cloze" and "text" in m:
            text = opt("text")
            if text is not None:
                blanks = tuple(tuple(a.strip() for a in b.split("|") if a.strip()) for b in _BLANK.findall(text))
                if not blanks:
                    self.err(m["text"], f"the text of {label} has no blanks; mark each blank as {{{{answer}}}}")
                elif any(not b for b in blanks):
                    self.err(m["text"], f"the text of {label} has an empty blank '{{{{}}}}'; put the answer inside")
                values["text"], values["blanks"] = text, blanks
                if answer is None:
                    answer = ", ".join(b[0] for b in blanks if b)
                if prompt is None:
                    prompt = "Fill in the blanks."
        if kind == "order" and "items" in m:
            items = self.strings(m["items"], f"items of {label}", single_ok=False, min_items=2) or ()
            values["items"] = items
            if len(set(i.casefold() for i in items)) != len(items):
                self.err(m["items"], f"items of {label} repeat a value; each item must differ")
            if answer is None:
                answer = " → ".join(items)
        if len(self.problems) > before or section is None or prompt is None or answer is None:
            return None
        return Card(id=cid, section=section, kind=kind, prompt=prompt, answer=answer,
                    line=node.start_mark.line + 1, **values)

    def mistakes(self, node, label: str) -> tuple[Mistake, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.err(node, f"mistakes of {label} must be a list of '- match: [...]' / 'feedback: ...' entries")
            return ()
        out = []
        for item in node.value:
            m = self.mapping(item, f"a mistake of {label}", ("match", "feedback"), ("match", "feedback"))
            if m is None or "match" not in m or "feedback" not in m:
                continue
            match = self.strings(m["match"], f"match of a mistake of {label}")
            feedback = self.string(m["feedback"], f"feedback of a mistake of {label}")
            if match and feedback:
                out.append(Mistake(match, feedback))
        return tuple(out)

    def examples(self, node, label: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        m = self.mapping(node, f"examples of {label}", ("right", "wrong"))
        if m is None:
            return (), ()
        right = self.strings(m["right"], f"right examples of {label}") if "right" in m else ()
        wrong = self.strings(m["wrong"], f"wrong examples of {label}") if "wrong" in m else ()
        return right or (), wrong or ()

    def number_spec(self, node, label: str) -> NumberSpec | None:
        m = self.mapping(node, f"number of {label}", ("value", "unit", "tolerance"), ("value",))
        if m is None or "value" not in m:
            return None
        value = self.number(m["value"], f"number value of {label}")
        unit = self.string(m["unit"], f"number unit of {label}") if "unit" in m else None
        tolerance, relative = 0.0, False
        if "tolerance" in m:
            raw = self.string(m["tolerance"], f"tolerance of {label}")
            if raw is not None:
                relative = raw.strip().endswith("%")
                try:
                    tolerance = float(raw.strip().rstrip("%"))
                    if tolerance < 0 or tolerance != tolerance:
                        raise ValueError
                except ValueError:
                    self.err(m["tolerance"], f"tolerance of {label} must be a number like 2 or a percentage like 5%")
                    return None
                if relative:
                    tolerance /= 100
        if value is None:
            return None
        return NumberSpec(value, unit, tolerance, relative)

    def date(self, node, precision_node, label: str) -> tuple[str | None, str | None]:
        value = self.string(node, f"date of {label}")
        if value is None:
            return None, None
        match = _ISO_DATE.match(value.strip())
        if not match:
            self.err(node, f"date of {label} must be written YYYY-MM-DD, YYYY-MM or YYYY, not '{value}'")
            return None, None
        year, month, day = match.groups()
        try:
            import datetime as _dt

            _dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            self.err(node, f"date of {label} is not a real calendar date: '{value}'")
            return None, None
        implied = "day" if day else "month" if month else "year"
        precision = implied
        if precision_node is not None:
            given = self.string(precision_node, f"precision of {label}")
            if given is not None and given not in PRECISIONS:
                self.err(precision_node, f"precision of {label} must be one of {', '.join(PRECISIONS)}")
            elif given is not None:
                if PRECISIONS.index(given) < PRECISIONS.index(implied):
                    self.err(precision_node, f"precision '{given}' is finer than the date '{value}' gives")
                precision = given
        return value.strip(), precision

    def keypoints(self, node, label: str) -> tuple[Keypoint, ...]:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.err(node, f"keypoints of {label} must be a non-empty list of '- point: ...' entries")
            return ()
        out = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode):
                point = self.string(item, f"a keypoint of {label}")
                if point:
                    out.append(Keypoint(point))
                continue
            m = self.mapping(item, f"a keypoint of {label}", ("point", "accept"), ("point",))
            if m is None or "point" not in m:
                continue
            point = self.string(m["point"], f"a keypoint of {label}")
            accept = self.strings(m["accept"], f"accept of a keypoint of {label}") if "accept" in m else ()
            if point:
                out.append(Keypoint(point, accept or ()))
        return tuple(out)


def _peek_id(node) -> str | None:
    """The id a card mapping gives, if any, for naming it in messages."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id" and isinstance(value, yaml.ScalarNode):
                return value.value[:80] or None
    return None


def load_pack_text(text: str, path: str = "<pack>") -> Pack:
    """Load a pack from YAML text. Raises PackError (only) on any problem."""
    if len(text) > MAX_BYTES:
        raise PackError([Problem(path, 1, 1, f"pack is longer than {MAX_BYTES:,} characters; split it")])
    root = _compose(text, path)
    if root is None:
        raise PackError([Problem(path, 1, 1, "the file is empty; a pack needs format, id, title, sections and cards")])
    checker = _Checker(path)
    try:
        pack = checker.pack(root, path)
    except RecursionError:
        raise PackError([Problem(path, 1, 1, "nesting too deep")]) from None
    if checker.problems or pack is None:
        raise PackError(sorted(set(checker.problems), key=lambda p: (p.line, p.column, p.message))
                        or [Problem(path, 1, 1, "not a valid pack")])
    return pack


def load_pack(path: str | Path) -> Pack:
    """Load a pack file. Raises PackError (only) on any problem.

    A pack that loaded cleanly is remembered as JSON in the cache folder
    ($STUDYBOT_CACHE_DIR, or ~/.cache/studybot), keyed by the file's bytes and this
    loader's code, so the next start skips parsing; an empty STUDYBOT_CACHE_DIR
    turns the cache off."""
    text = _read(path)
    cached = _cache_file(text)
    if cached is not None:
        try:
            return _pack_from_json(json.loads(cached.read_text(encoding="utf-8")), str(path))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # no cache yet, or an unreadable one: parse
    pack = load_pack_text(text, str(path))
    if cached is not None:
        _write_cache(cached, pack)
    return pack


_LOADER_KEY = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def _cache_file(text: str) -> Path | None:
    folder = os.environ.get("STUDYBOT_CACHE_DIR")
    if folder == "":
        return None
    base = Path(folder) if folder else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "studybot"
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return base / "packs" / f"{digest}-{_LOADER_KEY}.json"


def _write_cache(target: Path, pack: Pack) -> None:
    data = asdict(pack)
    data.pop("path", None)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.{os.getpid()}")
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        pass  # a read-only home: studybot works without the cache


def _pack_from_json(data: dict, path: str) -> Pack:
    def card(c: dict) -> Card:
        fields = dict(c)
        fields["number"] = NumberSpec(**c["number"]) if c["number"] else None
        fields["keypoints"] = tuple(Keypoint(k["point"], tuple(k["accept"])) for k in c["keypoints"])
        fields["mistakes"] = tuple(Mistake(tuple(m["match"]), m["feedback"]) for m in c["mistakes"])
        fields["blanks"] = tuple(tuple(b) for b in c["blanks"])
        for name in ("accept", "options", "items", "examples_right", "examples_wrong", "tags"):
            fields[name] = tuple(c[name])
        return Card(**fields)

    return Pack(id=data["id"], title=data["title"], sections=tuple(Section(**s) for s in data["sections"]),
                cards=tuple(card(c) for c in data["cards"]), source=Source(**data["source"]),
                aliases={k: tuple(v) for k, v in data["aliases"].items()}, path=path, format=data["format"])
