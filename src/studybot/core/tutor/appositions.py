"""What a name is, said beside it, is no event: "Rowland Hill, a schoolmaster and tax reformer, published ..." says
that Hill was a schoolmaster, not that he became one, nor why. An apposition (a noun phrase between commas right
after a name: ", a schoolmaster and tax reformer,") describes the name; the
sentence's own event is its verb ("published"), and a reason the text gives next to it is that event's. So a "why"
question whose words the passage says only inside such an apposition ("why did Hill become a schoolmaster?") is not
answered by the reasons around it: the reply says the text gives no reason (`replies`). In English only, which marks
the phrase by its article ("a", "an", "the"): a Russian phrase between commas after a name has no such mark (a first
version that took one with no verb form in it moved a held-out answer the wrong way)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc, Library
    from .words import Words

__all__ = ["asked_in_apposition", "described_name"]

_APPOSED = {"en": re.compile(r"\b[A-Z][\w'-]*, ((?:an?|the) [^,;:.()]{2,80}?),")}
_WORD = re.compile(r"[^\W\d_]+")
# a name, then what it is: "Ada Fenwick, the mayor of Tarrow", "Orvia, a river port"; not a list ("Orvia, the Tarrow")
_DESCRIBED = {"en": re.compile(r"\b((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*), (?:an? \w|the [a-z])")}


def asked_in_apposition(q: Question, text: str, words: Words) -> bool:
    """Does a passage say what a question asks (its words other than names and light ones) only inside appositions
    to names, and some of it there?"""
    pattern = _APPOSED.get(words.code)
    if pattern is None:
        return False
    spans = [m.span(1) for m in pattern.finditer(text)]
    if not spans:
        return False
    asked = {s for u in q.units if not u.name and not u.light for s in (u.stems or {u.stem})}
    inside = outside = False
    for m in _WORD.finditer(text):
        if words.lang.stem(normalise(m.group())) in asked:
            if any(a <= m.start() < b for a, b in spans):
                inside = True
            else:
                outside = True
    return inside and not outside


def described_name(q: Question, doc: Doc, library: Library) -> bool:
    """Does a passage say what a name is right after it, in an apposition marked by its article ("Who was Ada
    Fenwick?", "Where is Orvia?": "..., commanded by Ada Fenwick, the mayor of Tarrow, ...")? Only for a question
    of what or where a name is that asks nothing else of it: such an apposition is how a text introduces the name,
    where other passages only tell what it did ("Fenwick was tried in 1363"): at its first mention, so an aside of a
    later passage ("a man other than Ada Fenwick, the mayor") is none. Not another of the same surname ("Tom Fenwick,
    the ..." for "Ada Fenwick"), nor the comma closing a phrase that opens the sentence ("On Orvia, the ...")."""
    words = library.words
    pattern = _DESCRIBED.get(words.code)
    if pattern is None or not (q.wants.define or q.wants.place):
        return False
    names = [u for u in q.units if u.name]
    if not names or any(not u.light for u in q.units if not u.name):
        return False
    if not any(_described(m, doc.text, names, words) for m in pattern.finditer(doc.text)):
        return False
    earlier = map(library.docs.__getitem__, range(doc.id))
    return not any(all(u.strong & d.keys for u in names) for d in earlier)  # a passage before names it: no first


def _described(m: re.Match[str], text: str, names: list[Unit], words: Words) -> bool:
    """Is the apposition a match of `_DESCRIBED` found one of the names asked about (see `described_name`)?"""
    before = text[:m.start()]
    if "," not in before and normalise(before).split()[:1] and normalise(before).split()[0] in words.tw.prepositions:
        return False
    run = [words.name_stem(normalise(w)) for w in m.group(1).split()]
    asked = {s for u in names for s in u.stems | u.strong | {u.stem}}
    given = sum(len(u.stems) or 1 for u in names)  # "Ada Fenwick": "Kit Fenwick, a ..." is another of the name
    return run[-1] in asked and (given < 2 or len(run) < 2 or run[0] in asked)
