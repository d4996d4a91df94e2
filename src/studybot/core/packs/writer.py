"""Writing packs (and pack patches) as YAML text that the checker reads back unchanged.

`dump_pack(pack)` renders a `Pack` in the format's field order, block style (lists as
'- item' lines, so a comma never splits a wording), leaving out what a field's
default or the card's kind already says. `scalar(text)` writes one value plain when
YAML reads it back as the same text (and an editor would not take it for a number,
a date or a boolean), else in double quotes, or as a '|' block when it has lines.
`load_pack_text(dump_pack(p))` equals `p` (a test holds every pack to it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from .model import CLOZE_PROMPTS, FORMAT, PRECISIONS, Card, Pack, Section, Source

__all__ = ["CardPatch", "Emitter", "dump_pack", "dump_patch", "scalar"]

_RESERVED: Final = frozenset("true false yes no on off null y n ~ .nan .inf -.inf +.inf".split())
_LOOKS_TYPED: Final = re.compile(r"^[-+]?(\d[\d_,.:]*|\.\d+)([eE][-+]?\d+)?$|^\d{4}-\d\d(-\d\d)?([ T].*)?$|^0[box]")
_PLAIN_START: Final = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
_LINE_BREAKS: Final = "\n\r\x85\u2028\u2029"


def _plain_ok(text: str) -> bool:
    return (bool(_PLAIN_START.match(text)) and text == text.strip() and ": " not in text and " #" not in text
            and not text.endswith(":") and text.lower() not in _RESERVED and not _LOOKS_TYPED.match(text)
            and text.isprintable() and "\t" not in text)


def _quoted(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        elif ch in _LINE_BREAKS or ch == "\ufeff" or not ch.isprintable() and ch != " ":
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _block_ok(text: str) -> bool:
    """A text with lines that a '|' block keeps exactly as it is."""
    if "\n" not in text.rstrip("\n") or text.endswith("\n\n") or text[:1] in " \n":
        return False
    lines = text.rstrip("\n").split("\n")
    return all(line == line.rstrip() and line.isprintable() and "\t" not in line for line in lines) \
        and not any(ch in text for ch in "\r\x85\u2028\u2029\ufeff")


def scalar(text: str) -> str:
    """One value as YAML: plain when it reads back the same, else double-quoted."""
    if _plain_ok(text):
        return text
    return _quoted(text)


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


class Emitter:
    """Lines of block-style YAML, indented by two spaces a level."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def text(self) -> str:
        """Everything written so far, ending with a newline."""
        return "\n".join(self.lines) + "\n"

    def comment(self, text: str, indent: int = 0) -> None:
        """A comment line (each line of `text` starts with '# ')."""
        for line in text.splitlines():
            self.lines.append(" " * indent + ("# " + line).rstrip())

    def field(self, indent: int, key: str, value: str, *, first: bool = False, raw: bool = False) -> None:
        """`key: value`; `first` starts a list item ('- key: value'); `raw` writes the value as is."""
        lead = " " * indent + ("- " if first else "")
        if not raw and _block_ok(value):
            chomp = "" if value.endswith("\n") else "-"
            self.lines.append(f"{lead}{key}: |{chomp}")
            pad = " " * (indent + 2 + (2 if first else 0))
            self.lines.extend(pad + line if line else "" for line in value.rstrip("\n").split("\n"))
            return
        self.lines.append(f"{lead}{key}: {value if raw else scalar(value)}")

    def texts(self, indent: int, key: str, values: Iterable[str], *, first: bool = False) -> None:
        """`key:` and its texts as '- item' lines (nothing when there are none)."""
        values = list(values)
        if not values:
            return
        lead = " " * indent + ("- " if first else "")
        self.lines.append(f"{lead}{key}:")
        pad = " " * (indent + (4 if first else 2))
        self.lines.extend(f"{pad}- {scalar(v)}" for v in values)


def dump_pack(pack: Pack, header: str = "") -> str:
    """The pack as YAML text (with `header` as comment lines at the top)."""
    out = Emitter()
    out.comment("yaml-language-server: $schema=pack.schema.json")
    if header:
        out.comment(header)
    out.field(0, "format", str(FORMAT), raw=True)
    out.field(0, "id", pack.id)
    out.field(0, "title", pack.title)
    _source(out, pack.source)
    if pack.language != "en":
        out.field(0, "language", pack.language)
    if pack.aliases:
        out.lines.append("aliases:")
        for name, spellings in pack.aliases.items():
            out.texts(2, scalar(name), spellings)
    if pack.synonyms:
        out.lines.append("synonyms:")
        for group in pack.synonyms:
            out.lines.append("  - [" + ", ".join(_quoted(w) for w in group) + "]")
    out.lines.append("sections:")
    for section in pack.sections:
        _section(out, section)
    out.lines.append("cards:")
    for card in pack.cards:
        _card(out, card)
    return out.text()


def _source(out: Emitter, source: Source) -> None:
    given = [(k, v) for k, v in (("title", source.title), ("author", source.author), ("text", source.text or ""),
                                 ("url", source.url)) if v]
    if not given and source.year is None:
        return
    out.lines.append("source:")
    for key, value in given:
        out.field(2, key, value)
    if source.year is not None:
        out.field(2, "year", str(source.year), raw=True)


def _section(out: Emitter, section: Section) -> None:
    out.field(2, "id", section.id, first=True)
    out.field(4, "title", section.title)
    out.field(4, "notes", section.notes)


def _card(out: Emitter, card: Card) -> None:
    out.field(2, "id", card.id, first=True)
    out.field(4, "section", card.section)
    out.field(4, "kind", card.kind)
    if not (card.kind == "cloze" and card.prompt in CLOZE_PROMPTS.values()):
        out.field(4, "prompt", card.prompt)
    if card.kind not in ("cloze", "order") or card.answer != _derived_answer(card):
        out.field(4, "answer", card.answer)
    out.texts(4, "accept", card.accept)
    _kind_fields(out, card)
    if card.mistakes:
        out.lines.append("    mistakes:")
        for mistake in card.mistakes:
            out.texts(6, "match", mistake.match, first=True)
            out.field(8, "feedback", mistake.feedback)
    for key in ("explanation", "evidence", "hint"):
        value: str = getattr(card, key)
        if value:
            out.field(4, key, value)
    if card.examples_right or card.examples_wrong:
        out.lines.append("    examples:")
        out.texts(6, "right", card.examples_right)
        out.texts(6, "wrong", card.examples_wrong)
    out.texts(4, "tags", card.tags)


def _derived_answer(card: Card) -> str:
    if card.kind == "cloze":
        return ", ".join(b[0] for b in card.blanks if b)
    return " → ".join(card.items)


def _kind_fields(out: Emitter, card: Card) -> None:
    if card.number is not None:
        spec = card.number
        out.lines.append("    number:")
        out.field(6, "value", _number(spec.value), raw=True)
        if spec.unit:
            out.field(6, "unit", spec.unit)
        if spec.tolerance:
            tolerance = f"{spec.tolerance * 100:.12g}%" if spec.relative else f"{spec.tolerance:.15g}"
            out.field(6, "tolerance", tolerance, raw=not spec.relative)
    if card.date is not None:
        out.field(4, "date", _quoted(card.date), raw=True)
        if card.precision is not None and card.precision != PRECISIONS[2 - card.date.count("-")]:
            out.field(4, "precision", card.precision)
    if card.keypoints:
        out.lines.append("    keypoints:")
        for kp in card.keypoints:
            out.field(6, "point", kp.point, first=True)
            out.texts(8, "accept", kp.accept)
    if card.need is not None:
        out.field(4, "need", str(card.need), raw=True)
    out.texts(4, "options", card.options)
    if card.text is not None:
        out.field(4, "text", card.text)
    out.texts(4, "items", card.items)


class CardPatch(NamedTuple):
    """Additions proposed for one card, each (text, why): accepted wordings, right
    examples (for kinds without `accept`) and mistakes whose feedback is to write."""

    card_id: str
    line: int
    accept: tuple[tuple[str, str], ...]
    right_examples: tuple[tuple[str, str], ...]
    mistakes: tuple[tuple[str, str], ...]


TODO_FEEDBACK: Final = "TODO: say why this answer is wrong"


def dump_patch(pack_id: str, header: str, patches: Iterable[CardPatch]) -> str:
    """Proposed additions as YAML shaped like the pack's cards (id, then the fields to add
    to), with where each card is and why each entry is proposed as comments."""
    out = Emitter()
    out.comment(header)
    out.field(0, "pack", pack_id)
    patches = list(patches)
    if not patches:
        out.lines.append("cards: []")
        return out.text()
    out.lines.append("cards:")
    for patch in patches:
        out.field(2, "id", patch.card_id, first=True)
        out.comment(f"the card is on line {patch.line} of the pack", 4)
        _commented_texts(out, "accept", patch.accept)
        if patch.right_examples:
            out.lines.append("    examples:")
            _commented_texts(out, "right", patch.right_examples, 6)
        if patch.mistakes:
            out.lines.append("    mistakes:")
            for text, why in patch.mistakes:
                out.comment(why, 6)
                out.texts(6, "match", [text], first=True)
                out.field(8, "feedback", TODO_FEEDBACK)
    return out.text()


def _commented_texts(out: Emitter, key: str, entries: tuple[tuple[str, str], ...], indent: int = 4) -> None:
    if not entries:
        return
    out.lines.append(f"{' ' * indent}{key}:")
    for text, why in entries:
        out.comment(why, indent + 2)
        out.lines.append(f"{' ' * (indent + 2)}- {scalar(text)}")
