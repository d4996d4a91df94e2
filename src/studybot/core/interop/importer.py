"""Notes from Anki, Quizlet or CSV made into a pack that validates.

Sections: one per deck when the notes come from several decks, else one per first
tag when they have tags, else one. Cards: studybot's own note types (as
`export-anki` writes them) come back with their card id, kind, options or items;
Anki cloze notes become cloze cards (every blank asked at once); every other note is
a short card, its first field the prompt and its second the answer (`prompt` =
"definition" turns that round). Card ids come from the prompt's words, so importing
the same export again gives the same ids. Section notes (what the tutor answers
from) are made from the cards, one line a card, to be rewritten in your own words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

from ..packs import Card, Language, Pack, Section, load_pack_text
from ..packs.model import CLOZE_PROMPTS, ID_RE
from ..packs.writer import dump_pack
from .anki import CLOZE_FIELDS, CLOZE_MODEL_NAME, TYPED_FIELDS, TYPED_MODEL_NAME
from .notes import Note, NotesFile

__all__ = ["ImportOptions", "Imported", "PromptSide", "notes_to_pack", "slug"]

PromptSide = Literal["term", "definition"]
"""Which side of a two-sided note is the question."""

_CLOZE: Final = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_CHOICE_LINE: Final = re.compile(r"^\s*(?:[a-z]\)|\d+\.)\s*")


@dataclass(frozen=True)
class ImportOptions:
    """How to make the pack: its id, title and language, and which side is asked."""

    pack_id: str
    title: str
    language: Language = "en"
    prompt: PromptSide = "term"
    source: str = ""


@dataclass(frozen=True)
class Imported:
    """The pack made, its YAML text, and the notes left out (line, why)."""

    pack: Pack
    text: str
    skipped: tuple[tuple[int, str], ...]


def slug(text: str, limit: int = 48) -> str:
    """An id from text: lower-case ASCII words joined by '-' ("" when none is left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    return out


class _Ids:
    """Unique ids: the wanted one, else it with -2, -3, ..."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str, fallback: str) -> str:
        base = wanted if wanted and ID_RE.match(wanted) else fallback
        name, n = base, 1
        while name in self.used:
            n += 1
            name = f"{base[:70]}-{n}"
        self.used.add(name)
        return name


def _group_of(note: Note, by: str) -> str:
    if by == "deck":
        return note.deck
    if by == "tag":
        return note.tags[0] if note.tags else ""
    return ""


def _grouping(notes: tuple[Note, ...]) -> str:
    if len({n.deck for n in notes}) > 1:
        return "deck"
    if any(n.tags for n in notes):
        return "tag"
    return "one"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _named(note: Note, names: tuple[str, ...]) -> dict[str, str]:
    return {name: note.fields[i] if i < len(note.fields) else "" for i, name in enumerate(names)}


def _card(note: Note, options: ImportOptions) -> dict[str, object] | None:
    """The fields of the card a note becomes (before ids and sections), or None."""
    if note.notetype == TYPED_MODEL_NAME:
        return _own_card(_named(note, TYPED_FIELDS))
    if note.notetype == CLOZE_MODEL_NAME or _CLOZE.search(note.fields[0]):
        own = _named(note, CLOZE_FIELDS) if note.notetype == CLOZE_MODEL_NAME else {}
        text = _CLOZE.sub(lambda m: "{{" + m.group(1).strip() + "}}", note.fields[0])
        extra = own.get("Extra", note.fields[1] if len(note.fields) > 1 else "")
        card: dict[str, object] = {"kind": "cloze", "text": text, "explanation": extra, "id": own.get("Card ID", "")}
        if own.get("Prompt"):
            card["prompt"] = _one_line(own["Prompt"])
        return card
    if len(note.fields) < 2 or not note.fields[1].strip():
        return None
    term, definition = note.fields[0], note.fields[1]
    prompt, answer = (term, definition) if options.prompt == "term" else (definition, term)
    return {"kind": "short", "prompt": _one_line(prompt), "answer": "; ".join(answer.split("\n")),
            "explanation": note.explanation}


def _own_card(f: dict[str, str]) -> dict[str, object] | None:
    """A note of studybot's own note type: its kind, options or items come back."""
    if not f["Prompt"].strip() or not f["Answer"].strip():
        return None
    card: dict[str, object] = {"kind": "short", "prompt": _one_line(f["Prompt"]), "answer": f["Answer"].strip(),
                               "explanation": f["Explanation"], "id": f["Card ID"].strip()}
    shown = [_CHOICE_LINE.sub("", line).strip() for line in f["Choices"].split("\n") if line.strip()]
    if f["Kind"] == "choice" and f["Answer"].strip() in shown:
        card.update(kind="choice", options=tuple(shown))
    elif f["Kind"] == "order":
        items = tuple(i.strip() for i in f["Answer"].split("→"))
        if sorted(items) == sorted(shown) and len(items) >= 2:
            card.update(kind="order", items=items)
    return card


def _notes_line(card: Card) -> str:
    if card.kind == "cloze" and card.text:
        return _one_line(re.sub(r"\{\{(.*?)\}\}", lambda m: m.group(1).split("|")[0], card.text))
    end = "" if card.answer.rstrip()[-1:] in ".!?" else "."
    return f"{card.prompt} — {_one_line(card.answer)}{end}"


def notes_to_pack(found: NotesFile, options: ImportOptions) -> Imported:
    """The pack made of the notes (raises ValueError when no note makes a card)."""
    by = _grouping(found.notes)
    section_ids, card_ids = _Ids(), _Ids()
    groups: dict[str, str] = {}
    cards: list[Card] = []
    skipped = list(found.skipped)
    for index, note in enumerate(found.notes, 1):
        made = _card(note, options)
        if made is None:
            skipped.append((note.line, "no answer (the second field is empty)"))
            continue
        group = _group_of(note, by)
        if group not in groups:
            leaf = group.split("::")[-1]
            groups[group] = section_ids.take(slug(leaf, 40), f"section-{len(groups) + 1}")
        own_id = str(made.pop("id", "") or "")
        wanted = own_id or slug(str(made.get("prompt") or made.get("text") or ""))
        made["id"] = card_ids.take(wanted, f"card-{index}")
        kept = [t for t in note.tags if t != group and re.fullmatch(r"[^\s]+", t)]
        cards.append(_make_card(made, groups[group], tuple(kept)))
    if not cards:
        raise ValueError("no note could be made into a card (each needs a question and an answer)")
    titles = {sid: (group.replace("::", " › ") or options.title) for group, sid in groups.items()}
    sections = tuple(Section(sid, titles[sid], "\n".join(_notes_line(c) for c in cards if c.section == sid))
                     for sid in groups.values())
    pack = Pack(options.pack_id, options.title, sections, tuple(cards), language=options.language)
    header = (f"Imported from {options.source} by studybot import. Check it with studybot validate; "
              "rewrite each section's notes in your own words (the tutor answers from them).")
    text = dump_pack(pack, header=header)
    return Imported(load_pack_text(text, options.source or "<import>"), text, tuple(skipped))


def _make_card(made: dict[str, object], section: str, tags: tuple[str, ...]) -> Card:
    kind = made["kind"]
    text = str(made.get("text") or "")
    if kind == "cloze":
        blanks = tuple(tuple(a.strip() for a in b.split("|") if a.strip()) for b in re.findall(r"\{\{(.*?)\}\}", text))
        return Card(id=str(made["id"]), section=section, kind="cloze", prompt=str(made.get("prompt") or
                    CLOZE_PROMPTS["en"]), answer=", ".join(b[0] for b in blanks if b), text=text, blanks=blanks,
                    explanation=str(made.get("explanation") or ""), tags=tags)
    options = made.get("options")
    items = made.get("items")
    return Card(id=str(made["id"]), section=section, kind="choice" if options else "order" if items else "short",
                prompt=str(made["prompt"]), answer=str(made["answer"]),
                options=tuple(options) if isinstance(options, tuple) else (),
                items=tuple(items) if isinstance(items, tuple) else (),
                explanation=str(made.get("explanation") or ""), tags=tags)
