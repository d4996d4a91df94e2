"""The time between two events asked: "how far apart were the visits?", "how long after X did Y?", "how much later
...?", "how many years after X was Y?", "сколько лет прошло между X и Y?", "через сколько лет после X ...?".

Only a passage that tells an interval answers it: a span of time said with a word that sets it between two things
("within ten days of each other", "four days later", "two months after", "спустя 12 лет", "через год"), the next
or the same day ("the next day", "на следующий день"), or two dates of its own (the reader sees both and the time
between them). A passage telling a span of one thing ("had stood for 200 years", "длилась 20 лет") or one date does not:
the next passage that answers and tells an interval is taken, else the tutor declines. The words that only frame the
interval ("apart", "between", "later", "прошло") are the question's framing, dropped by the language's rewrites.
Rules of English and Russian, no word of one text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc
    from .ranking import Ranker, Scored

__all__ = ["asks_interval", "dates_of_both", "interval_unsaid", "tells_interval", "telling_interval"]

_UNITS_EN = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|fortnights?)"
_UNITS_RU = r"(?:лет|года?|месяц\w*|недел\w*|дн(?:я|ей)|день|час\w*|век\w*|десятилети\w*|сут(?:ки|ок))"
_ASKED = re.compile(
    r"^\W*how (?:far apart|long (?:apart|between|after|before|later|earlier)|much (?:later|earlier|sooner)"
    r"|much time (?:\w+ )?(?:between|after|before|passed|elapsed|went by)|soon after"
    r"|many " + _UNITS_EN + r" (?:later|earlier|after|before|passed|elapsed|went by|apart|between|separated))\b"
    r"|^\W*(?:сколько (?:\w+ )?(?:" + _UNITS_RU[3:-1] + r"|времени) (?:\w+ )?(?:прошло |минуло )?(?:между|после|от|с)"
    r"|(?:через|спустя) сколько|за сколько (?:" + _UNITS_RU[3:-1] + r"|времени) до)(?!\w)")
_NUMBER = (r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
           r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a few|few|several|some|many"
           r"|один|одна|одну|два|две|двух|три|трёх|трех|четыре|пять|шесть|семь|восемь|девять|десять|\w+надцать"
           r"|двадцать|тридцать|сорок|пятьдесят|сто|несколько|пару|полтора|полторы)")
_SPAN = (r"(?<!\w)" + _NUMBER + r"(?: (?:only|whole|full|more|целых|лишь|всего))? (?:" + _UNITS_EN[3:-1] + "|"
         + _UNITS_RU[3:-1] + r")(?!\w)")
_BETWEEN = (r"(?:later|earlier|after|afterwards|before|apart|of each other|of one another|between|within|following"
            r"|since|ago|until|спустя|через|позже|позднее|раньше|после|до|между|назад|ещё|еще)")
_INTERVAL = re.compile(
    r"(?<!\w)" + _BETWEEN + r"(?: \w+){0,2} " + _SPAN + r"|" + _SPAN + r"(?: \w+){0,1} " + _BETWEEN + r"(?!\w)"
    r"|(?<!\w)" + _NUMBER + r" (?:[^\W\d_]+ ){0,2}apart\b"  # a distance asked "how far apart" ("0.05 mm apart")
    r"|\b(?:the|on the) (?:next|following|same) (?:day|week|month|year|morning|evening)\b|\blater (?:that|the same)\b"
    r"|(?<!\w)(?:на следующий|в тот же|на другой) (?:день|год|месяц)(?!\w)|(?<!\w)в том же году(?!\w)")
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
           r"|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]"
           r"|ноябр[ья]|декабр[ья])")
_DATE = re.compile(r"(?<!\w)(?:1\d{3}|20\d\d)(?!\w)|(?<!\w)\d{1,2} " + _MONTHS + r"(?!\w)")


def asks_interval(q: Question) -> bool:
    """Does a question ask the time between two events ("how far apart", "how long after", "сколько лет прошло
    между")?"""
    return _asked(q.text)


def tells_interval(text: str) -> bool:
    """Does a sentence tell a time between two things: a span set between them ("ten days of each other", "four
    days later", "спустя 12 лет"), the next or same day, or two dates of its own?"""
    plain = normalise(text)
    return bool(_INTERVAL.search(plain)) or len(set(_DATE.findall(plain))) >= 2


def interval_unsaid(q: Question, doc: Doc) -> bool:
    """Does a question of the time between events get a passage that tells none?"""
    return asks_interval(q) and not tells_interval(doc.text)


def telling_interval(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The best-ranked passage that tells an interval (a time between things), or None: one that covers
    `answer_coverage` of the question (with the sentences around it, "two envoys came within ten days of each other"
    after "... visitors") and says the span first, then one that answers it and says two dates."""
    tried = ranked[:ranker.weights.answers_tried]
    return next((r for r in tried if r.coverage >= ranker.weights.answer_coverage and _INTERVAL.search(
        normalise(r.doc.text))), None) or next((r for r in tried if ranker.answers(r, q) and tells_interval(
            r.doc.text)), None)


def dates_of_both(ranker: Ranker, q: Question, ranked: list[Scored]) -> tuple[Scored, Scored] | None:
    """Two dated passages that together tell of both events a question of the time between them names ("how long
    between the bridge and the ferry?": "The bridge was opened on 3 May 1851" and "The ferry made its last crossing
    on 20 June 1851"), each saying a word of the question the other does not and other dates, and together every
    word of it (but those of the span asked, "how long", "apart", "прошло"); None when no two do. Both come from one
    section (or both from the source text): the reply cites one, and a sentence shown is one of what it cites."""
    if not asks_interval(q):
        return None
    units = [u for u in q.units if u.stem not in q.kinds and u.text.lower() not in _FRAMING and not u.light]
    dated = [r for r in ranked[:ranker.weights.answers_tried] if _DATE.search(normalise(r.doc.text))]
    for i, first in enumerate(dated):
        for second in dated[i + 1:]:
            if first.doc.section_id != second.doc.section_id:
                continue
            one, other = _met(first.doc, units), _met(second.doc, units)
            if one - other and other - one and one | other == set(units) and _dates(first.doc) != _dates(second.doc):
                return (first, second) if first.doc.id < second.doc.id else (second, first)
    return None


_FRAMING = frozenset("apart later earlier sooner passed elapsed прошло прошел прошёл прошла минуло".split())


def _dates(doc: Doc) -> frozenset[str]:
    """The dates a passage says: two passages of the same year only ("in 1851") tell no time between them."""
    return frozenset(_DATE.findall(normalise(doc.text)))


def _met(doc: Doc, units: list[Unit]) -> set[Unit]:
    return {u for u in units if u.strong & doc.keys}


@lru_cache(maxsize=1024)
def _asked(text: str) -> bool:
    return bool(_ASKED.search(text))
