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

# the result's subject said by a pronoun (in Russian after a preposition), which goes on about the cause's ("...,
# поэтому у них есть ...", "..., so they ...")
_BACK = {
    "en": re.compile(r"(?:it|they|its|their)\b", re.IGNORECASE),  # its subject ("so they ..."), not "so N stores them"
    "ru": re.compile(r"(?:\w+\s+){0,2}?(?:у|в|во|на|от|с|со|из|для|к|по|о|об|при|за)\s+"
                     r"(?:него|нее|неё|них|нему|ней|ним|нем|нём|ними|нею)\b", re.IGNORECASE),
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
    """Does a sentence "X, so Y" say in Y what a "why" question asks about: a word of the question in Y that X does
    not say, or a name the question asks of, said in Y that goes on about X by a pronoun ("..., поэтому у них есть
    своя ДНК")? Then X is the reason it asks for. A name opening Y as its own subject ("..., so Webb shelters behind
    a sunshield") tells what that one does for X's sake, not why it does what the question asks."""
    marker = _RESULT_INSIDE.get(words.lang.code)
    found = marker.search(text) if marker else None
    if found is None:
        return False
    cause, effect = _keys(text[:found.start()], words), _keys(text[found.end():], words)
    told = [u for u in q.units if u.strong & effect and not u.strong & cause]
    back = _BACK.get(words.lang.code)
    return any(not u.name for u in told) or bool(told and back and back.match(text[found.end():]))


def _keys(text: str, words: Words) -> frozenset[str]:
    """The strong keys of a piece of a sentence's words."""
    return frozenset().union(*(words.keys(w, words.stem(w))[0] for w in words.tokens(text)))
