"""The pack checker: a node tree in, a Pack or every problem found out."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

import yaml

from .model import (
    FORMAT,
    KINDS,
    PRECISIONS,
    Card,
    Keypoint,
    Mistake,
    NumberSpec,
    Pack,
    PackError,
    Problem,
    Section,
    Source,
)
from .model import ID_RE as _ID
from .yamlsafe import MAX_BYTES
from .yamlsafe import compose as _compose
from .yamlsafe import problem_at as _problem

_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

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
