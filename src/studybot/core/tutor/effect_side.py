"""Which half of "X, so Y" a "why" question asks about. The sentence gives X as the reason for Y: it answers "why
Y?", not "why X?". A question whose own words are met in X alone ("why did the mill's output grow?" against "The
mill's output grew, so the price fell") asks a reason the sentence does not give. Only a result marker inside the
sentence splits it ("so", "therefore", "which is why", "поэтому", "так что"); "so that" and "so far" are no such
marker. Rules of the language, no word of a text."""

from __future__ import annotations

import re

from .question_parts import Question
from .words import Words

__all__ = ["asks_the_cause", "tells_the_effect"]

# a result marker inside a sentence, after the clause that brings the result about, and the result's own subject
# (a determiner, a pronoun or a name after it: "so the price fell", "so it closed"; "and so regenerates X" goes on
# with the first clause's subject, whose reason it may well be)
_RESULT_INSIDE = {
    "en": re.compile(r"(?:,|;)\s+(?:and\s+)?(?:so|therefore|thus|hence|which is why|that is why|as a result|"
                     r"consequently),?\s+(?=(?:the|a|an|this|that|these|those|its|their|his|her|it|they|he|she|we|"
                     r"there|many|most|some|no|all|each|every|our|[A-Z]\w*)\b)"),
    "ru": re.compile(r"(?:,|;)\s+(?:поэтому|так что|вследствие чего|в результате чего|отчего|вот почему|"
                     r"из-за чего|потому-то)\s+", re.IGNORECASE),
}


def asks_the_cause(q: Question, text: str, words: Words) -> bool:
    """Does a "why" question ask about the cause half of a sentence "X, so Y" (its content words, names aside, met in
    X and none in Y)? The sentence explains Y, so it gives no reason for X."""
    marker = _RESULT_INSIDE.get(words.lang.code)
    found = marker.search(text) if marker else None
    if found is None:
        return False
    cause, effect = _keys(text[:found.start()], words), _keys(text[found.end():], words)
    asked = [u for u in q.units if not u.name]
    return any(u.strong & cause for u in asked) and not any(u.strong & effect for u in asked)


def tells_the_effect(q: Question, text: str, words: Words) -> bool:
    """Does a sentence "X, so Y" say in Y what a "why" question asks about (a word of the question in Y that X does not
    say)? Then X is the reason it asks for, however much of its own the sentence says."""
    marker = _RESULT_INSIDE.get(words.lang.code)
    found = marker.search(text) if marker else None
    if found is None:
        return False
    cause, effect = _keys(text[:found.start()], words), _keys(text[found.end():], words)
    return any(u.strong & effect and not u.strong & cause for u in q.units)


def _keys(text: str, words: Words) -> frozenset[str]:
    """The strong keys of a piece of a sentence's words."""
    return frozenset().union(*(words.keys(w, words.stem(w))[0] for w in words.tokens(text)))
