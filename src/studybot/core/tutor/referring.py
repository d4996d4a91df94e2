"""A sentence read with the one before it, as a reader does: what it refers back to (issue #12).

A reader takes "The guild did not set these prices; it only published them." with the sentence before it
("Prices were fixed each spring by the town council ..."), "Мощность этого станка составила около 5 кВт" with "... а
первый станок собрали в 1902 году", and "There the water freezes at about -2 °C" with "The upper lake is a shallow
basin ...": the sentence holding the fact has few of the question's words, the one before holds them. A passage
refers back to the sentence right before it (in its paragraph), by a rule of the language, when

- in its first clause (before a ";", ":" or dash), a demonstrative ("this", "these", "those", "such", an opening
  "that"; "этот", "эти", "того", "такой" ...) stands before a word the sentence before says ("these prices" after
  "prices", "этого станка" after "станок"): the thing named again is the one named there; after a clause break a
  demonstrative points into its own sentence ("...; этот способ называется литьём");
- it opens with a word of place that points back ("There the water ...", "Там ...", "Здесь ..."), not the "there" of
  "there is", "there were".

Such a passage is raised, for ranking only, for each unit of a question it does not say and the sentence before says
(`Weights.refer_credit` in all, beyond the `context_credit` of any sentence around it, which its coverage keeps: what
decides whether it answers is unchanged); and a reply that shows it shows the sentence before it too (`replies`). A
passage that opens with a pronoun goes on about the sentence before already (`Traits.continues`,
`otherwise.said_before`); "the" + a word said before is left out: a text says "the river" of every sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from ..text import normalise
from .given import named_before
from .listed_names import listed_only
from .words import WORD, Words

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc
    from .names import NameBook
    from .weights import Weights

__all__ = ["DEMONSTRATIVES", "read_before", "refers_back", "referred_keys"]

# demonstratives, of each language in its own letters (a text only ever meets those of its own)
DEMONSTRATIVES = frozenset({
    "this", "these", "those", "such",
    "этот", "эта", "это", "эти", "этого", "этой", "этому", "этим", "этом", "эту", "этих", "этими",
    "тот", "та", "те", "того", "той", "тому", "тем", "том", "ту", "тех", "теми",
    "такой", "такая", "такое", "такие", "такого", "такому", "таким", "таком", "такую", "таких", "такими"})
OPENING_ONLY = frozenset({"that"})  # "that" points back only when it opens the sentence ("He said that ...": no)
PLACE_BACK = frozenset({"there", "here", "там", "здесь", "тут"})  # an opening word of place: the place just named
NOT_PLACE = frozenset({  # what follows an existential "there" ("there is", "there may be")
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "may", "might", "must", "can", "could",
    "should", "shall", "has", "have", "had", "seem", "seems", "seemed", "remain", "remains", "remained", "exist",
    "exists", "existed", "appear", "appears", "appeared", "came", "comes", "lived", "lives", "followed", "follows",
    "used", "still", "also", "now", "then", "once"})
NOUN_REACH = 2  # words after a demonstrative within which the word named again stands ("these two prices")
CLAUSE_END = re.compile(r"[;:—–]")  # a demonstrative after these points into its own sentence ("...; this stage is")


class _Neighbours(Protocol):
    words: Words
    names: NameBook

    def neighbours(self, doc: Doc, reach: int = 1) -> list[Doc]: ...

    def before(self, doc: Doc) -> Doc | None: ...


def read_before(doc: Doc, q: Question, library: _Neighbours, w8: Weights,
                gives: Callable[[Doc, Question], bool]) -> float:
    """What a passage is raised by, for ranking only, for the units of a question the sentence before it says and it
    does not: the names it goes on about (`given.named_before`), and what it refers back to (`refer_credit` in all, on
    top of the `context_credit` the sentence around it already gives)."""
    def listed(u: Unit, told: Doc) -> bool:
        return u.name and listed_only(told.text, u.strong, library.words)

    bonus = (1 - w8.context_credit) * named_before(doc, q, library, gives, listed)
    keys = referred_keys(doc, library)
    if keys:
        before = library.before(doc)  # (the sentence the keys are of)
        inherited = sum(u.weight for u in q.units if u.strong & keys and not (u.strong | u.weak) & doc.keys
                        and not (before is not None and listed(u, before)))
        bonus += (w8.refer_credit - w8.context_credit) * inherited / q.total
    return bonus


def refers_back(doc: Doc, library: _Neighbours) -> Doc | None:
    """The sentence right before a passage when the passage refers back to it (a demonstrative before a word that
    sentence says, an opening word of place), else None."""
    before = library.before(doc)
    if before is None:
        return None
    return before if _refers(doc.text, before.keys, library.words) else None


def referred_keys(doc: Doc, library: _Neighbours) -> frozenset[str]:
    """The keys of the sentence a passage refers back to (none when it does not)."""
    before = refers_back(doc, library)
    return before.keys if before is not None else frozenset()


def _refers(text: str, before: frozenset[str], words: Words) -> bool:
    seq = _words(CLAUSE_END.split(text, maxsplit=1)[0])
    if len(seq) > 1 and seq[0] in PLACE_BACK and seq[1] not in NOT_PLACE and not seq[1].isdigit():
        return True  # "There the water ...", "Там ..."
    for i, w in enumerate(seq):
        if w in OPENING_ONLY and i:
            continue
        if w in DEMONSTRATIVES or w in OPENING_ONLY:
            said = [x for x in seq[i + 1:i + 1 + NOUN_REACH] if x not in words.stop and x.isalpha()]
            if any(words.stem(x) in before for x in said):
                return True
    return False


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(normalise(text)))
