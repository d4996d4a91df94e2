"""The pack checker: YAML text in, a `Pack` or one `PackError` listing every problem out.

Which fields each object allows and requires, which card kinds use a field and how
messages name it all come from the field table (`fields.py`), and every field is
read by its type (`objects.py`). This module reads cards and the pack, adding what
the table cannot say: a card names a defined section, fields fit the card's kind,
and the parts only some kinds have (a choice answer is one of the options, a date
is no finer than its precision, a cloze text has blanks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from yaml.nodes import MappingNode, Node, ScalarNode

from .fields import OBJECTS, card_field, field
from .model import (
    CLOZE_PROMPTS,
    KINDS,
    PRECISIONS,
    Card,
    CardKind,
    Keypoint,
    Language,
    Pack,
    PackError,
    Precision,
    Problem,
    Section,
    Source,
)
from .objects import FieldReader, Values
from .reader import suggest, what_it_is
from .yamlsafe import MAX_BYTES, compose_reporting

__all__ = ["Checker", "load_pack_text"]

_BLANK: Final = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_BY_KIND: Final = frozenset({"number", "date", "precision", "keypoints", "need", "options", "text", "items"})
"""Card fields read by the reader of their kind (`_KIND_READERS`), not generically."""

def _as_kind(value: str | None) -> CardKind | None:
    return next((k for k in KINDS if k == value), None)


def _as_precision(value: str | None) -> Precision | None:
    return next((p for p in PRECISIONS if p == value), None)


def _peek_id(node: Node) -> str | None:
    """The id a card mapping gives, if any, for naming it in messages."""
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
                return str(value.value)[:80] or None
    return None


class Checker(FieldReader):
    """Reads a pack's node tree: its cards, kind by kind, and the pack itself."""

    language: Language = "en"  # the pack's, read before its cards (a cloze card's default prompt is in it)

    def read(self, m: dict[str, Node], name: str, owner: str) -> Any:
        """The value of the card field `name`, or None when `m` does not give it."""
        return self.value(card_field(name), m[name], owner) if name in m else None

    # -- cards

    def cards(self, node: Node, section_ids: set[str]) -> list[Card]:
        """The cards, each id once, each naming one of `section_ids`."""
        items = self.items_of(node, field("pack", "cards"))
        if items is None:
            return []
        if not items:
            self.err(node, "cards is empty; a pack needs at least one card")
        out: list[Card] = []
        seen: dict[str, int] = {}
        for item in items:
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

    def card(self, node: Node, section_ids: set[str]) -> Card | None:
        """One card, or None (reported) when anything in it is wrong."""
        head = self.card_head(node)
        if head is None:
            return None
        m, cid, kind, label = head
        before = len(self.problems)
        self.card_fields_fit(node, m, kind, label)
        section = self.read(m, "section", label)
        if section is not None and section not in section_ids:
            self.err(m["section"], f"{label} names section '{section}', which is not defined"
                                   f"{suggest(section, section_ids)}")
        generic = [f for f in OBJECTS["card"].fields if kind in f.kinds and f.name not in _BY_KIND]
        values = self.values(m, [f for f in generic if f.name not in ("id", "kind", "section")], label)
        right, wrong = values.pop("examples", None) or ((), ())
        values.update(examples_right=right, examples_wrong=wrong)
        _KIND_READERS[kind](self, m, label, values)
        if len(self.problems) > before or section is None or values.get("prompt") is None \
                or values.get("answer") is None:
            return None
        given = {k: v for k, v in values.items() if v is not None}
        return Card(id=cid, section=section, kind=kind, line=node.start_mark.line + 1, **given)

    def card_head(self, node: Node) -> tuple[dict[str, Node], str, CardKind, str] | None:
        """(field nodes, id, kind, label for messages) of a card with a valid id and kind."""
        spec = OBJECTS["card"]
        peek = _peek_id(node)
        m = self.mapping(node, f"card '{peek}'" if peek else "a card", spec.names(), spec.required())
        if m is None or "id" not in m or "kind" not in m:
            return None
        cid = self.ident(m["id"], "card id")
        label = f"card '{cid}'" if cid else "this card"
        kind = _as_kind(self.read(m, "kind", label))
        if kind is None or cid is None:
            return None
        return m, cid, kind, label

    def card_fields_fit(self, node: Node, m: dict[str, Node], kind: CardKind, label: str) -> None:
        """Report fields another kind uses, and fields this kind needs that are missing."""
        for f in OBJECTS["card"].fields:
            if f.name in m and kind not in f.kinds:
                self.err(m[f.name], f"field '{f.name}' does not apply to kind '{kind}' ({label}); "
                                    f"it is used by: {', '.join(f.kinds)}")
            if kind in f.required_for and f.name not in m:
                self.err(node, f"{label} is missing the field '{f.name}'{what_it_is(f.description)}")

    # -- the parts of a card only some kinds have; each adds to `values`

    def numeric_part(self, m: dict[str, Node], label: str, values: Values) -> None:
        """number."""
        values["number"] = self.read(m, "number", label)

    def date_part(self, m: dict[str, Node], label: str, values: Values) -> None:
        """date, and precision: as fine as the date, or coarser when given."""
        date: str | None = self.read(m, "date", label)
        if date is None:
            return
        implied = PRECISIONS[2 - date.count("-")]
        given = _as_precision(self.read(m, "precision", label))
        if given is not None and PRECISIONS.index(given) < PRECISIONS.index(implied):
            self.err(m["precision"], f"precision '{given}' is finer than the date '{date}' gives")
        values["date"], values["precision"] = date, given or implied

    def argument_part(self, m: dict[str, Node], label: str, values: Values) -> None:
        """keypoints, and need: how many of them a full answer covers."""
        if "keypoints" not in m:
            return
        keypoints: tuple[Keypoint, ...] = self.read(m, "keypoints", label)
        values["keypoints"] = keypoints
        if "need" in m:
            need = card_field("need")
            values["need"] = self.integer(m["need"], need.what(label), 1, max(1, len(keypoints)))

    def choice_part(self, m: dict[str, Node], label: str, values: Values) -> None:
        """options, all different, the answer one of them."""
        if "options" not in m:
            return
        options: tuple[str, ...] = self.read(m, "options", label) or ()
        values["options"] = options
        answer = values.get("answer")
        if answer is not None and options and answer not in options:
            split = next((f"{a},{b}" for a, b in zip(options, options[1:], strict=False) if f"{a},{b}" == answer), "")
            self.err(m["answer"], f"the answer of {label} must be one of its options, written exactly the same"
                                  + (f": inside [ ] every comma starts a new item, so '{split}' was read as two "
                                     f"options; quote it: [\"{split}\", ...]" if split
                                     else suggest(answer, options)))
        if len({o.casefold() for o in options}) != len(options):
            self.err(m["options"], f"options of {label} repeat a value; each option must differ")

    def cloze_part(self, m: dict[str, Node], label: str, values: Values) -> None:
        """text and its blanks; the answer and prompt default from them."""
        text: str | None = self.read(m, "text", label)
        if text is None:
            return
        blanks = tuple(tuple(a.strip() for a in b.split("|") if a.strip()) for b in _BLANK.findall(text))
        if not blanks:
            self.err(m["text"], f"the text of {label} has no blanks; mark each blank as {{{{answer}}}}")
        elif any(not b for b in blanks):
            self.err(m["text"], f"the text of {label} has an empty blank '{{{{}}}}'; put the answer inside")
        values["text"], values["blanks"] = text, blanks
        if values.get("answer") is None:
            values["answer"] = ", ".join(b[0] for b in blanks if b)
        if values.get("prompt") is None:
            values["prompt"] = CLOZE_PROMPTS[self.language]

    def order_part(self, m: dict[str, Node], label: str, values: Values) -> None:
        """items, all different; the answer defaults to them in order."""
        if "items" not in m:
            return
        items: tuple[str, ...] = self.read(m, "items", label) or ()
        values["items"] = items
        if len({i.casefold() for i in items}) != len(items):
            self.err(m["items"], f"items of {label} repeat a value; each item must differ")
        if values.get("answer") is None:
            values["answer"] = " → ".join(items)

    def plain_part(self, m: dict[str, Node], label: str, values: Values) -> None:
        """Nothing beyond the common fields (short cards)."""

    # -- the pack

    def pack(self, root: Node, path: str) -> Pack | None:
        """The pack, or None when any problem was reported."""
        spec = OBJECTS["pack"]
        top = self.mapping(root, spec.label, spec.names(), spec.required(),
                           hint="; start from the example in README.md")
        if top is None:
            return None
        v = self.values(top, [f for f in spec.fields if f.name != "cards"], "")
        sections: list[Section] = v.get("sections") or []
        self.language = v.get("language") or "en"
        cards = self.cards(top["cards"], {s.id for s in sections}) if "cards" in top else []
        if self.problems or v.get("id") is None or v.get("title") is None:
            return None
        return Pack(id=v["id"], title=v["title"], sections=tuple(sections), cards=tuple(cards),
                    source=v.get("source") or Source(), aliases=v.get("aliases") or {}, path=path,
                    language=self.language, synonyms=v.get("synonyms") or ())


_KindReader = Callable[[Checker, dict[str, Node], str, Values], None]
_KIND_READERS: Final[dict[CardKind, _KindReader]] = {
    "short": Checker.plain_part,
    "numeric": Checker.numeric_part,
    "date": Checker.date_part,
    "list": Checker.argument_part,
    "explain": Checker.argument_part,
    "choice": Checker.choice_part,
    "cloze": Checker.cloze_part,
    "order": Checker.order_part,
}


def load_pack_text(text: str, path: str = "<pack>") -> Pack:
    """Load a pack from YAML text. Raises PackError (only) on any problem; its
    problems are every one found, sorted by position."""
    if len(text) > MAX_BYTES:
        raise PackError([Problem(path, 1, 1, f"pack is longer than {MAX_BYTES:,} characters; split it")])
    root, refused = compose_reporting(text, path)
    if root is None:
        raise PackError([Problem(path, 1, 1, "the file is empty; a pack needs format, id, title, sections and cards")])
    _refuse_other_files(root, path)
    checker = Checker(path)
    try:
        pack = checker.pack(root, path)
    except RecursionError:
        raise PackError([Problem(path, 1, 1, "nesting too deep")]) from None
    if refused or checker.problems or pack is None:
        raise PackError(sorted(set(refused + checker.problems), key=lambda p: (p.line, p.column, p.message))
                        or [Problem(path, 1, 1, "not a valid pack")])
    return pack


_PACK_FIELDS = frozenset(("format", "id", "title", "sections", "cards"))
_OTHER_FILES = {  # a top-level field of another file studybot reads, and what to say when it is given as a pack
    "answers": "an answer sheet (answers:), not a pack: give the pack first, then the sheet: studybot grade PACK "
               "--answers {path}",
    "questions": "a question set (questions:), not a pack: give the pack itself to studybot",
}


def _refuse_other_files(root: Node, path: str) -> None:
    """One error for an answer sheet or a question set given where a pack goes, instead of a missing field
    each (an instructor who swapped `grade answers.yaml --answers pack.yaml`)."""
    if not isinstance(root, MappingNode):
        return
    keys = {k.value for k, _ in root.value if isinstance(k, ScalarNode)}
    for field_name, said in _OTHER_FILES.items():
        if field_name in keys and not keys & _PACK_FIELDS:
            raise PackError([Problem(path, 1, 1, "this is " + said.format(path=path))])
