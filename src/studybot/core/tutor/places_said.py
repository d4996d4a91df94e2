"""A place asked: "where did X die?", "где умер X?" ask for a place, which a passage telling only a time does not give.

A passage that tells when X died and names no place ("Tom Hale died in 1950, two years after the bridge was widened")
does not answer "where did X die?", however much of the question it covers: the tutor takes another passage that
answers, or declines. A place is said by a preposition of place before a word that is no figure nor a time ("in
Lisbon", "at the hospital", "on the coast", "в Москве", "на Мойке", "у моря"), or by a verb or phrase of location
(`otherwise.says_where`: "lies", "is located", "находится"), "to" before a name ("fled to Lisbon") or a clause of
"where" ("..., where he was murdered"); only the time after a preposition is left out ("in 1990",
"on 21 December", "в 1990 году", "в январе"): a sentence may give its place in any other words. Only a question that
opens with "where" / "где" and a passage that tells a time: "which country ...?" is answered by a name alone, and a
passage telling no time may say its place in other words ("the word comes from 'transfer resistor'"; as a check on
every "where" question it lost answers of the development sets). A question asking a place by a preposition and
"which" ("in which town did X work?", "в каком городе работал X?") is not answered by a passage that names nothing
the question does not and says no place ("Статья X вышла в 1866 году"; "which country had ...?" is left as it was:
a name opening the passage, "Japan experienced ...", is not always read as one). Rules of English and Russian, no
word of a text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise
from .otherwise import says_where

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc

__all__ = ["gives_place", "says_place"]

_MONTHS_EN = ("january|february|march|april|may|june|july|august|september|october|november|december|spring|summer"
              "|autumn|winter|time|times|turn|end|beginning|middle|course|meantime|past|future|years?|months?|days?"
              "|weeks?|hours?|minutes?|century|centuries|decades?|period|age|early|late|mid")
_MONTHS_RU = ("январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр|весн|лет|осен|зим|год|век"
              "|конц|конец|начал|середин|течени|врем|период|эпох|момент|минут|час|ден|дн|недел|месяц|результат|чест|ход")
_SAID = re.compile(
    rf"\b(?:in|at|on|near|inside|into|onto|from|under|below|above|beneath|between|across|along|around|outside|within"
    rf"|beside|off|behind|beyond|throughout|towards?)\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+)?"
    rf"(?!(?:{_MONTHS_EN})\b)[^\W\d_]"
    rf"|(?<!\w)(?:в|во|на|у|под|над|за|около|возле|близ|вблизи|посреди|среди|из|до|к|ко)\s+(?!(?:{_MONTHS_RU}))[^\W\d_]")


_WHERE = re.compile(r"^\W*(?:where|где)\b")


# a place asked by a preposition and "which": "in which town", "в каком городе" (a place, not "в каком году": `wants`)
_IN_WHICH = re.compile(r"^\W*(?:in|at|on|near) (?:which|what)\b|^\W*(?:в|во|на|у) (?:каком|какой|котором|которой)\b")


_NAMED = re.compile(r"\b(?:to|via)\s+(?:the\s+)?[A-Z]|, where\b|, где\b")  # "fled to Lisbon", "..., where he died"


def gives_place(doc: Doc, q: Question) -> bool:
    """Does a passage give the kind of answer a "where" question asks for: any, unless the question opens with
    "where" and the passage tells a time ("in 1990") but says no place, or it asks "in which town" and the passage
    names nothing new and says no place?"""
    if q.wants.place and _IN_WHICH.search(q.text) and not doc.names - q.stems:
        return says_place(doc.text)  # "в каком городе работал X?": not "Статья X вышла в 1866 году"
    return not (q.wants.place and doc.traits.dated and _WHERE.search(q.text)) or says_place(doc.text)


@lru_cache(maxsize=4096)
def says_place(text: str) -> bool:
    """Does a sentence say a place ("died in Lisbon", "похоронен в монастыре"), not only a time ("in 1990")?"""
    return says_where(text) or bool(_NAMED.search(text) or _SAID.search(normalise(text)))
