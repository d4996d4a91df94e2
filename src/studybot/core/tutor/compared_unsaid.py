"""Declining "is A faster than B?" when the reply says A and B but nothing of the property compared.

A yes/no question that compares two things by a measured property ("Is a valve faster than a relay?", "Is the
north tower taller than the south one?", "Щука крупнее окуня?", "Сталь плотнее меди?") asks of that property. A
passage that names both things and tells something else of them ("a valve needs less power, unlike a relay", "ближайшие
родственники щуки — окуни") does not answer it: the tutor declines when none of the reply's sentences says the
property by any of its words (an adjective of either pole, a noun, a verb: "slow", "speed", "weighs";
`lexicon_compare`), a verb of comparing ("exceeds", "уступает") or a figure in digits of any kind but a century ("A
weighs 5 kg and B 3 kg", "A was founded in 1661 and B in 1700", "A has 50 cells and B 20" let the learner compare;
"many fit on one chip" does not). Questions asking which or how ("which is faster, A or B?", "how much faster?")
are left to the ranking. Rules of the languages: their comparatives, no word of a text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..lexicon_compare import PROPERTIES, RU_SYNTHETIC, Property
from ..quantities import find_quantities
from ..text import normalise
from .analysis import Question
from .words import WORD

__all__ = ["comparison_unsaid"]

# a century read as a span ("in the twentieth century": "20 century") dates, and measures nothing
_CENTURY = re.compile(r"centur|век", re.IGNORECASE)
# verbs that compare without naming the property ("A exceeds B", "A уступает B")
_COMPARING = {
    "en": re.compile(r"\b(?:exceed\w*|outstrip\w*|surpass\w*|outdo\w*|outnumber\w*)\b"),
    "ru": re.compile(r"(?<!\w)(?:превосх\w*|превыша\w*|уступа\w*)"),
}
# a Russian question that asks which or how, not yes or no
_ASKING_RU = re.compile(r"^(?:кто|что|какой|какая|какое|какие|каких|какого|каком|сколько|где|когда|почему|зачем|как|"
                        r"насколько|во сколько|чем|куда|откуда|чей|чья|чьё)\b")
_VOWELS = "aeiou"


def comparison_unsaid(q: Question, sentences: Iterable[str], language: str) -> bool:
    """Does a yes/no question compare two things by a property that none of the reply's sentences tells of?"""
    prop = _compared(q, language)
    if prop is None:
        return False
    text = " ".join(sentences)
    said = normalise(text)
    if _COMPARING[language].search(said):
        return False
    if re.search(r"\d", text) and any(not _CENTURY.search(q_.text or "")
                                      for q_ in find_quantities(text, lang=language)):
        return False
    return not any(_says(word, prop, language) for word in WORD.findall(said))


def _compared(q: Question, language: str) -> Property | None:
    """The property a yes/no question compares two things by ("faster than", "крупнее"), or None."""
    tokens = WORD.findall(q.text)
    if language == "en":
        if not q.wants.yes_no or "than" not in tokens:
            return None
        for i, word in enumerate(tokens[:tokens.index("than")]):
            before = tokens[i - 1] if i else ""
            for prop in PROPERTIES["en"]:
                adjectives = (*prop.more, *prop.less)
                if any(word in _comparatives(a) for a in adjectives) or (
                        before in ("more", "less") and word in adjectives):
                    return prop
        return None
    if language == "ru":
        if _ASKING_RU.match(q.text):
            return None
        for word in tokens:
            if word in RU_SYNTHETIC:
                canon = RU_SYNTHETIC[word][0]
                return next((p for p in PROPERTIES["ru"] if p.canon == canon), None)
    return None


@cache
def _comparatives(adjective: str) -> frozenset[str]:
    """An English adjective's comparative forms ("fast": "faster"; "big": "bigger"; "large": "larger"; "heavy":
    "heavier")."""
    if adjective.endswith("y"):
        return frozenset({adjective[:-1] + "ier"})
    if adjective.endswith("e"):
        return frozenset({adjective + "r"})
    forms = {adjective + "er"}
    if len(adjective) <= 4 and adjective[-1] not in _VOWELS + "wxy" and adjective[-2] in _VOWELS:
        forms.add(adjective + adjective[-1] + "er")
    return frozenset(forms)


def _says(word: str, prop: Property, language: str) -> bool:
    """Is a normalised word one of a property's words (an adjective of either pole, a noun, a form) in any form?"""
    entries = (*prop.more, *prop.less, *prop.nouns, *prop.forms)
    if language == "en":
        return any(word == e or (word.startswith(e[:-1] if e.endswith(("e", "y")) else e) and len(word) - len(e) <= 4)
                   for e in entries)
    return any(word.startswith(e) for e in entries) or (word in RU_SYNTHETIC and any(
        p.canon == RU_SYNTHETIC[word][0] for p in PROPERTIES["ru"] if p is prop))
