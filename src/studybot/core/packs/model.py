"""What a loaded pack is: frozen dataclasses, and the closed sets of words a pack may use.

Nothing here reads YAML or checks input: the checker builds these objects only from
values it has already validated, and the cache rebuilds them from its own JSON.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Final, Literal, get_args

__all__ = [
    "FORMAT",
    "ID_PATTERN",
    "KINDS",
    "LANGUAGES",
    "PRECISIONS",
    "Card",
    "CLOZE_PROMPTS",
    "CardKind",
    "Keypoint",
    "Language",
    "Mistake",
    "NumberSpec",
    "Pack",
    "PackError",
    "Precision",
    "Problem",
    "Section",
    "Severity",
    "Source",
]

FORMAT: Final = 1
"""The pack format this studybot reads (`format: 1`)."""

CardKind = Literal["short", "numeric", "date", "list", "explain", "choice", "cloze", "order"]
"""How a card is asked and graded."""
KINDS: Final[tuple[CardKind, ...]] = get_args(CardKind)

Precision = Literal["day", "month", "year"]
"""How exactly a date card's answer must give the date, finest first."""
PRECISIONS: Final[tuple[Precision, ...]] = get_args(Precision)

Language = Literal["en", "ru"]
"""The language a pack is written in: it picks the stemmer, date words and general lexicon."""
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)

CLOZE_PROMPTS: Final[dict[Language, str]] = {"en": "Fill in the blanks.", "ru": "Заполните пропуски."}
"""A cloze card's prompt when the pack gives none, in the pack's language."""

Severity = Literal["error", "warning"]
"""An error stops a pack from loading; a warning only advises (`studybot validate`)."""

ID_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$"
"""Pack, section and card ids: letters, digits, '-', '_', '.'; at most 80 characters."""
ID_RE: Final = re.compile(ID_PATTERN)


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Problem:
    """One problem in a pack, located in its file (1-based line and column)."""

    path: str
    line: int
    column: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


class PackError(Exception):
    """A pack could not be loaded. `problems` lists every error found (never empty)."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --------------------------------------------------------------------------- cards


@dataclass(frozen=True)
class Keypoint:
    """One point a full list/explain answer must make, and other wordings of it."""

    point: str
    accept: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mistake:
    """A known wrong answer (any of `match`) and the feedback it earns."""

    match: tuple[str, ...]
    feedback: str


@dataclass(frozen=True)
class NumberSpec:
    """The figure a numeric card asks for; `tolerance` is absolute, or a fraction of
    `value` when `relative` (written `5%` in the pack)."""

    value: float
    unit: str | None = None
    tolerance: float = 0.0
    relative: bool = False

    def allowed(self) -> float:
        """The largest distance from `value` still accepted."""
        return abs(self.value) * self.tolerance if self.relative else self.tolerance


@dataclass(frozen=True)
class Card:
    """One question. Fields a kind does not use keep their empty defaults."""

    id: str
    section: str
    kind: CardKind
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    number: NumberSpec | None = None
    date: str | None = None
    precision: Precision | None = None
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


# --------------------------------------------------------------------------- packs


@dataclass(frozen=True)
class Section:
    """A part of the text, in the pack author's own words: what the tutor answers from."""

    id: str
    title: str
    notes: str
    line: int = 0


@dataclass(frozen=True)
class Source:
    """The text a pack is about. `text` is a path relative to the pack file."""

    title: str = ""
    author: str = ""
    year: int | None = None
    text: str | None = None
    url: str = ""


@dataclass(frozen=True)
class Pack:
    """A loaded, valid pack. `path` is where it was read from (`<pack>` for text);
    `synonyms` are groups of words or phrases interchangeable in this text."""

    id: str
    title: str
    sections: tuple[Section, ...]
    cards: tuple[Card, ...]
    source: Source = field(default_factory=Source)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    path: str = "<pack>"
    format: int = FORMAT
    language: Language = "en"
    synonyms: tuple[tuple[str, ...], ...] = ()

    @cached_property
    def sections_by_id(self) -> dict[str, Section]:
        """Every section by its id."""
        return {s.id: s for s in self.sections}

    @cached_property
    def cards_by_id(self) -> dict[str, Card]:
        """Every card by its id."""
        return {c.id: c for c in self.cards}

    def section(self, section_id: str) -> Section | None:
        """The section with this id, or None."""
        return self.sections_by_id.get(section_id)

    def card(self, card_id: str) -> Card | None:
        """The card with this id, or None."""
        return self.cards_by_id.get(card_id)

    @cached_property
    def fingerprint(self) -> str:
        """A hash of what every card asks and accepts (ids and content hashes): equal for
        the same pack, different once any card's answer changes."""
        payload = "\n".join(f"{c.id}:{c.content_hash}" for c in self.cards)
        return hashlib.sha256(f"{self.id}\n{payload}".encode()).hexdigest()[:16]

    def source_text(self) -> str | None:
        """The source text, when the pack names one and it can be read: a regular file
        in the pack's folder, at most MAX_BYTES (`safeio.read_text_within` says why not)."""
        if not self.source.text:
            return None
        from ..safeio import UnreadableFile, read_text_within
        from .yamlsafe import MAX_BYTES

        try:
            return read_text_within(Path(self.path).parent, self.source.text, MAX_BYTES)
        except UnreadableFile:
            return None
