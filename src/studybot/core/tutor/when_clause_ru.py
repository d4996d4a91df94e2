"""A clause of time inside another question: "сколько лавок было у X, когда он приехал в город?", "что X сказал,
когда поезд тронулся?" ask how many shops, what X said; the clause ", когда ..." only dates it, and a passage may date
it otherwise ("в первый день", "при отправлении") or by the sentence around it. Its plain words weigh as light words
do (`Weights.light`); the names in it keep their weight (of whom or what the question asks). Only when the question
proper names someone or something: "что получается, когда соль растворяют в воде?" asks of what the clause says.
Not a question that asks "когда" itself. A rule of Russian (its question words and its conjunction of time); no word
of a text."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from .words import WORD

if TYPE_CHECKING:
    from .question_parts import Unit

U = TypeVar("U", bound="Unit")

__all__ = ["clause_light"]

_ASKING = (r"сколько|скольких|что|чего|чем|как|кто|кого|кому|кем|где|куда|откуда|почему|зачем|какой|какая|какое|какие"
           r"|каких|какого|какую|каким|каком")
_CLAUSE = re.compile(rf"^(?!\W*(?:а |и |но )?когда\b)(\W*(?:\w+\W+){{0,3}}?(?:{_ASKING})\b[^,]*),\s*когда\s+"
                     r"([^,?!.;]+)")


def clause_light(units: list[U], text: str, lang: str, light: float) -> list[U]:
    """The units of a Russian question (normalised), those of a clause of time after the question proper light."""
    found = _CLAUSE.search(text) if lang == "ru" else None
    if found is None:
        return units
    proper, words = frozenset(WORD.findall(found.group(1))), frozenset(WORD.findall(found.group(2)))
    if not any(u.name and set(u.text.split()) & proper for u in units):
        return units
    return [replace(u, weight=u.weight * light, light=True) if not u.name and not u.light and u.text in words else u
            for u in units]
