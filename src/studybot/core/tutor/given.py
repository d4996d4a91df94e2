"""A passage that names nothing goes on about what the sentence before it names: given information.

Theme before rheme (`topics`): a sentence that names no name of its own ("The city was founded in 1661 as a fort.",
"Today these two forms are known as ...", "По генотипу расщепление во втором поколении составляет 1:2:1.") can only be
about what was named before it, in the sentence right before, in the same paragraph. So a name of the question that
sentence gives is what such a passage speaks of, though it does not say it: "When was Dunmore founded?" is answered by
"The town was founded in 1421 as a ford settlement." after "Dunmore stands on the Kell, 30 km from the sea."

In ranking, such a passage is raised by the rest of the name's weight beyond the context credit it already has
(`Weights.context_credit`), when it gives the kind of answer asked (`supplying.supplies`); its coverage is left as it
is. In deciding, a person the question asks about, who must be named by the passage that answers (`Ranker.answers`), is
named by such a passage when the sentence right before names them (`names_given`): "When did Mira Holt open her
workshop?" is answered by "The young weaver opened her first workshop in 1851." after "Mira Holt grew up by the sea."
A passage that names something, or opens on a word of a name, is about that; one that opens with a pronoun is
`otherwise.said_before`'s. One that opens with a definite noun ("The theory was proved in 1952.") speaks of the thing
the text last named by that noun, and of its owner: "How was Hale's theory proved?" is answered by it after "Anna Hale
studied the dunes. Her theory said they moved." (`named_by_description`, English)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from .topics import TOPIC_KEY

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc
    from .names import NameBook
    from .words import Words

__all__ = ["PART_REACH", "named_before", "named_by_description", "named_in_part", "names_given"]

PART_REACH = 5  # sentences before a passage, in its paragraph, that may give the whole name it says a part of
_DEFINITE = {"en": "the"}  # the article that opens a noun the text has named before
_POSSESSIVES = {"en": frozenset({"his", "her", "their"})}  # ... and the words that give it an owner named before them


class _Neighbours(Protocol):
    names: NameBook
    words: Words

    def neighbours(self, doc: Doc, reach: int = 1) -> list[Doc]: ...

    def before(self, doc: Doc) -> Doc | None: ...


def named_before(doc: Doc, q: Question, library: _Neighbours, gives: Callable[[Doc, Question], bool],
                 listed: Callable[[Unit, Doc], bool] = lambda u, d: False) -> float:
    """The weighted share of a question that is names of it the sentence right before a passage gives, when the passage
    names nothing itself (nor opens on a word of a name, nor with a pronoun), does not say them and `gives` the kind of
    answer asked (0 otherwise); not a name that sentence gives only as an item of a list of names (`listed`)."""
    names = [u for u in q.units if u.name and not u.strong & doc.keys]
    before = _given_by(doc, library) if names else None
    if before is None:
        return 0.0
    carried = sum(u.weight for u in names if u.strong & before.keys and not listed(u, before)) / q.total
    return carried if carried and gives(doc, q) else 0.0


def names_given(doc: Doc, u: Unit, library: _Neighbours, parts: bool = False) -> bool:
    """Is a name of a question one a passage that names nothing speaks of: the sentence right before it names it? With
    `parts`, also a person's name the passage says a part of ("Gaius") after a sentence of its paragraph gives it whole
    ("Gaius Gracchus"): `named_in_part`."""
    before = _given_by(doc, library) if u.name else None
    return before is not None and bool(u.strong & before.keys) or parts and (
        named_in_part(doc, u, library) or named_by_description(doc, u, library))


def named_by_description(doc: Doc, u: Unit, library: _Neighbours) -> bool:
    """Does a passage that opens with a definite noun ("The theory was proved ...") speak of a person a question names:
    the nearest sentence before it in its paragraph (within `PART_REACH`) that says the noun names the person ("Hale's
    theory ...") or opens with a possessive ("Her theory ...") right after a sentence that does? A definite article
    points back to what the text said before (English)."""
    words = library.words
    article, possessives = _DEFINITE.get(words.lang.code), _POSSESSIVES.get(words.lang.code, frozenset())
    seq = words.tokens(doc.text)
    if not u.name or article is None or len(seq) < 2 or seq[0] != article:
        return False
    noun = words.stem(seq[1])
    for n in (d for d in library.neighbours(doc, PART_REACH) if d.id < doc.id):  # nearest first
        if noun in n.keys:
            before = library.before(n)
            opener = words.tokens(n.text)[:1]
            return bool(u.strong & n.keys) or (bool(opener) and opener[0] in possessives and before is not None
                                                and bool(u.strong & before.keys))
    return False


def named_in_part(doc: Doc, u: Unit, library: _Neighbours) -> bool:
    """Does a passage name a person of a question by a word of the name alone (the given name: "the consul attacked
    Gaius"), when a sentence before it in its paragraph (`PART_REACH`) gives the name whole ("Gaius Gracchus became
    tribune in 123 BC")? A text that has named a person in full goes on by either word of the name."""
    if not u.name or len(u.stems) < 2 or not u.stems & doc.keys or u.strong & doc.keys:
        return False
    return any(n.id < doc.id and u.strong & n.keys for n in library.neighbours(doc, PART_REACH))


def _given_by(doc: Doc, library: _Neighbours) -> Doc | None:
    """The sentence right before a passage (in its paragraph) when the passage names nothing, does not open on a word
    of a name nor with a pronoun: what it speaks of is given there; else None."""
    if doc.names or doc.traits.continues:
        return None
    if {k[len(TOPIC_KEY):] for k in doc.keys if k.startswith(TOPIC_KEY)} & library.names.stems:
        return None
    return library.before(doc)
