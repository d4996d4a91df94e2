"""The pack format as data: one table of every object a pack contains and its fields.

The checker reads packs by this table (allowed and required fields, which card kinds
use a field, how messages name a value, what shape it must have), and `schema.py`
turns the same table into the JSON Schema editors use, with these descriptions. To
add a field, add it here, read it in the checker if its type is new, and regenerate
content/pack.schema.json with `studybot schema`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from .model import KINDS, LANGUAGES, PRECISIONS, CardKind

__all__ = ["OBJECTS", "Field", "FieldType", "Obj", "ObjectName", "card_field", "field"]

FieldType = Literal[
    "text",  # one non-empty string
    "texts",  # one string, or a list of strings
    "list",  # a list of strings, at least `min_items` long
    "id",  # an id: letters, digits, '-', '_', '.'
    "integer",  # a whole number within `bounds`
    "number",  # a finite number written with digits
    "tolerance",  # a number like 2 or a percentage like 5%
    "format",  # the pack format number
    "enum",  # one of `values`
    "date",  # an ISO date: YYYY, YYYY-MM or YYYY-MM-DD
    "cloze",  # a text with {{blanks}}
    "object",  # a mapping with the fields of the object `of`
    "objects",  # a list of mappings with the fields of the object `of`
    "keypoints",  # a list of keypoints: texts, or mappings with the fields of `of`
    "aliases",  # a mapping of a name to its other spellings
    "groups",  # a list of groups, each a list of at least `min_items` strings
]
"""The shape of a field's value; each has one reader in the checker and one schema."""

ObjectName = Literal["pack", "source", "section", "card", "number", "examples", "mistake", "keypoint"]
"""The objects of a pack, each with its own list of fields."""


@dataclass(frozen=True)
class Field:
    """One field of a pack object.

    `required` fields must be given (in a card, whatever its kind); a card field
    `required_for` some kinds must be given in cards of those kinds, and is allowed
    only in the cards of `kinds`. `label` names the value in messages, with `{name}`
    the field's name and `{owner}` the object it sits in (like "card 'exports'");
    `expect` says what shape is wanted when a value has the wrong one. `bounds`
    limits an integer (None: no upper limit here; the checker may set one)."""

    name: str
    type: FieldType
    description: str
    required: bool = False
    kinds: tuple[CardKind, ...] = KINDS
    required_for: tuple[CardKind, ...] = ()
    values: tuple[str, ...] = ()
    of: ObjectName | None = None
    bounds: tuple[int, int | None] | None = None
    min_items: int = 0
    label: str = "{name} of {owner}"
    expect: str = ""
    default: str | None = None

    def what(self, owner: str = "") -> str:
        """The value as messages name it, e.g. "options of card 'c1'"."""
        return self.label.format(name=self.name, owner=owner)


@dataclass(frozen=True)
class Obj:
    """A pack object: how messages name it (`label`, with `{owner}`), what it is
    (`description`, shown by editors) and its fields, in the order messages list them."""

    label: str
    description: str
    fields: tuple[Field, ...]

    def names(self) -> tuple[str, ...]:
        """Every field name, in table order."""
        return tuple(f.name for f in self.fields)

    def required(self) -> dict[str, str]:
        """The fields every such object must give, each with what it is (for the message when it is missing)."""
        return {f.name: f.description for f in self.fields if f.required}



_ALL_BUT_CLOZE: Final[tuple[CardKind, ...]] = tuple(k for k in KINDS if k != "cloze")
_WITH_ANSWER: Final[tuple[CardKind, ...]] = tuple(k for k in KINDS if k not in ("cloze", "order"))
_ARGUMENTS: Final[tuple[CardKind, ...]] = ("list", "explain")

_PACK = Obj("the pack", "A studybot question pack: sections of notes on one text, and cards that quiz them.", (
    Field("format", "format", "The pack format; this studybot reads format 1.", required=True),
    Field("id", "id", "The pack's stable id: progress is kept under it.", required=True, label="pack id"),
    Field("title", "text", "The pack's title, shown to learners.", required=True, label="title"),
    Field("source", "object", "The text the pack is about.", of="source"),
    Field("language", "enum", "The language of the pack: it picks the stemmer, date words and general lexicon "
                              "used in grading and questions.", values=LANGUAGES, default="en", label="language"),
    Field("aliases", "aliases", "Canonical name -> other spellings learners use (grading and questions).",
          expect="map a name to its other spellings, e.g. 'Tchaikovsky: [Chaikovsky]'", label="aliases"),
    Field("synonyms", "groups", "Groups of words or phrases interchangeable in this text (grading and questions), "
                                "e.g. [sanctions, restrictions, penalties].", min_items=2, label="synonyms",
          expect="be a list of groups, each a list of two or more words or phrases, "
                 "e.g. '- [sanctions, restrictions]'"),
    Field("sections", "objects", "The knowledge the tutor answers from, in your own words.", required=True,
          of="section", min_items=1, expect="be a list ('- id: ...' entries)", label="sections"),
    Field("cards", "objects", "The questions.", required=True, of="card", min_items=1,
          expect="be a list ('- id: ...' entries)", label="cards"),
))

_SOURCE = Obj("source", "The text the pack is about.", (
    Field("title", "text", "The source's title.", label="source {name}"),
    Field("author", "text", "Who wrote the source.", label="source {name}"),
    Field("year", "integer", "The year it was published.", bounds=(-5000, 9999), label="source year"),
    Field("text", "text", "Path to the source text, relative to the pack file; card evidence is checked "
                          "against it.", label="source {name}"),
    Field("url", "text", "Where the source can be read.", label="source {name}"),
))

_SECTION = Obj("a section", "A part of the text, in your own words.", (
    Field("id", "id", "The section's stable id; cards name it.", required=True, label="section id"),
    Field("title", "text", "The section's title.", required=True, label="section title"),
    Field("notes", "text", "What the section says, in your own words: the tutor answers from these.",
          required=True, label="section notes"),
))

_CARD = Obj("a card", "One question; `kind` decides how it is asked and graded and which fields it has.", (
    Field("id", "id", "Stable id: progress follows it across pack edits.", required=True, label="card id"),
    Field("section", "id", "The id of the section this card belongs to.", required_for=KINDS),
    Field("kind", "enum", "How the card is asked and graded.", required=True, values=KINDS),
    Field("prompt", "text", "The question.", required_for=_ALL_BUT_CLOZE),
    Field("answer", "text", "The canonical answer, shown after grading.", required_for=_WITH_ANSWER),
    Field("explanation", "text", "Why the answer is right; shown after grading and by the tutor."),
    Field("evidence", "text", "The supporting passage of source.text (checked fuzzily)."),
    Field("hint", "text", "A nudge the learner can ask for (it lowers the rating)."),
    Field("tags", "texts", "Words to select cards by (`studybot study --tag`)."),
    Field("mistakes", "objects", "Known wrong answers with targeted feedback.", of="mistake",
          expect="be a list of '- match: [...]' / 'feedback: ...' entries"),
    Field("examples", "object", "Learner answers the grader must judge right / wrong (run by studybot validate).",
          of="examples"),
    Field("accept", "texts", "Other full answers that are right.", kinds=("short", "numeric", "date", "explain")),
    Field("number", "object", "The figure asked for, e.g. {value: 176000000, unit: USD, tolerance: 2%}.",
          kinds=("numeric",), required_for=("numeric",), of="number"),
    Field("date", "date", "The date asked for: YYYY-MM-DD, YYYY-MM or YYYY.", kinds=("date",),
          required_for=("date",)),
    Field("precision", "enum", "How exactly the answer must give the date (default: as exactly as `date`).",
          kinds=("date",), values=PRECISIONS),
    Field("keypoints", "keypoints", "What a full answer must contain.", kinds=_ARGUMENTS, required_for=_ARGUMENTS,
          of="keypoint", min_items=1, expect="be a non-empty list of '- point: ...' entries"),
    Field("need", "integer", "Keypoints a full answer must cover (default: all).", kinds=_ARGUMENTS, bounds=(1, None)),
    Field("options", "list", "The choices, one of them the answer.", kinds=("choice",), required_for=("choice",),
          min_items=2),
    Field("text", "cloze", "Text with {{blank}} or {{answer|alternative}} blanks.", kinds=("cloze",),
          required_for=("cloze",)),
    Field("items", "list", "The items, in the right order (learners see them scrambled).", kinds=("order",),
          required_for=("order",), min_items=2),
))

_NUMBER = Obj("number of {owner}", "The figure a numeric card asks for.", (
    Field("value", "number", "The number, in digits (176000000, 0.015, 1e6).", required=True,
          label="number value of {owner}"),
    Field("unit", "text", "Its unit (USD, %, tonnes, ...).", label="number unit of {owner}"),
    Field("tolerance", "tolerance", "How far off an answer may be: a number like 2, or a percentage like 5%.",
          label="tolerance of {owner}"),
))

_EXAMPLES = Obj("examples of {owner}", "Learner answers the grader must judge right / wrong.", (
    Field("right", "texts", "Answers that must be judged right.", label="right examples of {owner}"),
    Field("wrong", "texts", "Answers that must be judged wrong.", label="wrong examples of {owner}"),
))

_MISTAKE = Obj("a mistake of {owner}", "A known wrong answer and the feedback it earns.", (
    Field("match", "texts", "Wrong answers (any of them) this feedback is for.", required=True,
          label="match of a mistake of {owner}"),
    Field("feedback", "text", "What to tell the learner who gives one.", required=True,
          label="feedback of a mistake of {owner}"),
))

_KEYPOINT = Obj("a keypoint of {owner}", "A point a full answer must make.", (
    Field("point", "text", "The point, as the tutor shows it.", required=True, label="a keypoint of {owner}"),
    Field("accept", "texts", "Other words that make the point.", label="accept of a keypoint of {owner}"),
))

OBJECTS: Final[dict[ObjectName, Obj]] = {
    "pack": _PACK,
    "source": _SOURCE,
    "section": _SECTION,
    "card": _CARD,
    "number": _NUMBER,
    "examples": _EXAMPLES,
    "mistake": _MISTAKE,
    "keypoint": _KEYPOINT,
}
"""Every pack object by name; "pack" is the top level."""


def field(obj: ObjectName, name: str) -> Field:
    """The field `name` of the object `obj` (KeyError if there is none)."""
    for f in OBJECTS[obj].fields:
        if f.name == name:
            return f
    raise KeyError(f"{obj}.{name}")


def card_field(name: str) -> Field:
    """The card field `name`."""
    return field("card", name)
