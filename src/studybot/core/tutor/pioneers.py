"""Who invented or discovered X: a passage must name X, or a sentence next to it must.

"Who discovered the comet?", "кто изобрёл регулятор?" ask who did the act to X. A passage telling that someone
discovered or invented something else ("The law of cooling was discovered by Anna Berg"), sharing the rare verb
while X is a common word of the pack, does not answer it: X (the weightiest word after the verb, in its own words
or a synonym) must be said by the passage or a sentence next to it ("Первым открыли аргон" after the sentence that
names the discoverers); else the tutor takes one of the next passages that names X and answers (or whose neighbour
gives the person), or declines. A passage that leaves X to its neighbour answers only when it says the act itself
or names a person the neighbour does not: "MRSA strains are found in pigs" before "... treated with vancomycin" tells
no one who discovered vancomycin. Known limit: a word the question only frames (light, as the pack's own topic
word can be) is not checked. Rules of English and Russian (the verbs of discovering and inventing, not
"открытый космос"), no word of a text.
"""

from __future__ import annotations

import re

from .analysis import Question, Unit
from .documents import Doc, Library
from .ranking import Ranker, Scored, supplies
from .words import WORD

__all__ = ["names_act", "object_unsaid", "telling_object"]

TRIED = 3  # the best-ranked passages tried in place of one that does not name what was discovered
_ACTS = re.compile(r"^(?:invent|discover|devis|открыл|открыв|открыт(?:ь|а|о|ы)?$|изобр[её]|придума)")


def names_act(word: str) -> bool:
    """Is a word of a question a verb of discovering or inventing ("discovered", "открыл", "изобрёл")?"""
    return bool(_ACTS.match(word))


def _asked(q: Question) -> list[Unit]:
    """The units naming what a "who discovered X?" question asks about: those after its verb (all, if none)."""
    acts = [i for i, u in enumerate(q.units) if not u.name and names_act(u.text)]
    if not acts or not q.wants.person or q.wants.reason or q.wants.yes_no:
        return []
    asked = [u for u in q.units if not u.light and not names_act(u.text) and not u.stem.isdigit()]
    return [u for u in asked if q.units.index(u) > acts[0]] or asked


def object_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a "who invented / discovered X?" question ask about a thing (the weightiest word after its verb) that
    neither the passage nor a sentence next to it ("Его открыл ...") says?"""
    asked = _asked(q)
    if not asked:
        return False
    thing = max(asked, key=lambda u: u.weight)
    return not thing.strong & doc.keys and not any(thing.strong & n.keys and _acts_on(doc, n)
                                                   for n in library.neighbours(doc))


def _acts_on(doc: Doc, neighbour: Doc) -> bool:
    """May a passage that leaves the thing to a sentence next to it still tell who did the act to it: it says the act
    itself ("Его открыл Лекок" after the sentence naming the element), or names someone the neighbour does not?"""
    return any(names_act(w) for w in WORD.findall(doc.text.lower())) or bool(doc.persons - neighbour.persons)


def telling_object(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The first of the `TRIED` best-ranked passages that says all the question asks about and answers it."""
    library = ranker.library
    return next((r for r in ranked[:TRIED] if not object_unsaid(q, r.doc, library) and ranker.answers(r, q) and (
        supplies(r.doc, q, library.words) or any(ranker.fills(n, r.doc, q) for n in library.neighbours(r.doc)))), None)
