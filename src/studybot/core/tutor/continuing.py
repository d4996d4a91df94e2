"""A sentence that goes on from the one before it by a connective says one statement with it: a question's word the
sentence before says counts for it in part.

A text often says one statement in two sentences: "The kiln burned for three days. Then the potters let it cool for a
week." answers "How long did the potters let the kiln cool?"; "Печь горела три дня. Затем гончары ждали пять дней ..."
answers "Сколько дней ждали, пока остынет печь?". The sentence holding the fact lacks words of the question that the
sentence right before it (in its paragraph) says. When a passage opens with a connective that goes on from what came
before ("However", "Then", "Instead", "Однако", "Затем", "Поэтому", "Так"; `CONNECTIVES`, each language in its own
letters), what follows is the same statement's next step, so a unit of a question it does not say, and that sentence
does, counts at `Weights.partial_credit` (beyond the `context_credit` any sentence around it gives): more than a word
said somewhere near, less than the passage's own, and never in its own words (`own` is unchanged).

A pronoun, a demonstrative and names keep their own handling: an opening pronoun carries what the sentence before
says in full in English, a name in Russian (`otherwise.said_before`), a demonstrative before a word said before
ranks only (`referring`), a passage that names nothing speaks of the names before it (`given`), counts are read back
by `counted_back`. Reading more of the sentence before into them (any word after a Russian "Это ...", a demonstrative's
sentence for deciding, "The X ..." after a sentence naming X) answered questions the text does not, or with the wrong
sentence, on the development packs. A reply that shows a passage continuing the sentence before it (any of these, or a
connective) shows that sentence first (`continued`, `replies`), so it reads whole."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from ..text import normalise
from .referring import refers_back
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Unit
    from .documents import Doc
    from .names import NameBook
    from .words import Words

__all__ = ["CONNECTIVES", "continued", "continued_credit", "goes_on_from", "opens_connective"]

# opening connectives that go on from the sentence before, of each language in its own letters
CONNECTIVES = frozenset({
    "however", "then", "instead", "afterwards", "afterward", "meanwhile", "moreover", "nevertheless",
    "nonetheless", "thus", "therefore", "hence", "consequently",
    "однако", "затем", "потом", "позже", "позднее", "впоследствии", "вскоре", "тогда", "поэтому", "так", "зато",
    "следовательно", "итак"})
# not connectives: an opening "So" or "Later" is as often "So far", "So many", "Later growers" (no "so" nor "later"
# above); "Так называемый" is "so-called"
NAMING = ("называем",)


class _Neighbours(Protocol):
    words: Words
    names: NameBook

    def neighbours(self, doc: Doc, reach: int = 1) -> list[Doc]: ...

    def before(self, doc: Doc) -> Doc | None: ...


def goes_on_from(doc: Doc, library: _Neighbours) -> Doc | None:
    """The sentence right before a passage (in its paragraph) when the passage opens with a connective that goes on
    from it ("Then ...", "Однако ..."); else None."""
    return library.before(doc) if opens_connective(doc.text) else None


def continued(doc: Doc, library: _Neighbours) -> Doc | None:
    """The sentence right before a passage (in its paragraph) when the passage continues it, for a reply to show
    first: it opens with a pronoun (`Traits.continues`) or a connective, or refers back to it (`referring`)."""
    if doc.traits.continues:
        return library.before(doc)
    return goes_on_from(doc, library) or refers_back(doc, library)


def continued_credit(doc: Doc, u: Unit, library: _Neighbours, context: float, partial: float) -> float:
    """The share of a unit said around a passage that counts for it: `partial` when the sentence the passage goes on
    from by a connective says it (`goes_on_from`), else `context`."""
    before = goes_on_from(doc, library)
    return partial if before is not None and u.strong & before.keys else context


@lru_cache(maxsize=1 << 14)
def opens_connective(text: str) -> bool:
    """Does a sentence open with a connective that goes on from the one before ("Then ...", "Однако, ...")?"""
    seq = WORD.findall(normalise(text))[:2]
    return bool(seq) and seq[0] in CONNECTIVES and not (len(seq) > 1 and seq[1].startswith(NAMING))
