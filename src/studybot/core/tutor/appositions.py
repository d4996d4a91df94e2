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
    from .analysis import Question
    from .words import Words

__all__ = ["asked_in_apposition"]

_APPOSED = {"en": re.compile(r"\b[A-Z][\w'-]*, ((?:an?|the) [^,;:.()]{2,80}?),")}
_WORD = re.compile(r"[^\W\d_]+")


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
