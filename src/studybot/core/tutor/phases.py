"""The phase a "when" question asks: the beginning or the end of something ("when did X start writing Y?", "когда
закрылся комбинат?").

A "when" question whose verb tells of a beginning (start, begin, open, launch, found; начать, открыть, запустить,
основать) is not answered by a passage that tells of the end only (complete, finish, close, stop; закончить,
завершить, закрыть, остановить; a decline, "пойти на спад", "прийти в упадок", "угаснуть", as the way a thing
ends), nor the reverse: "When did Wren start the dome?" is not answered by "Wren completed
the dome in 1710" (the date of another event of the same things). The next passage that answers and tells of the
phase asked is taken, else the tutor declines. A passage telling of both phases, or of neither ("the dome was built
in 1710"), is left to the ranking. Rules of English and Russian, no word of one text.
Round 42: the bare "open" and "close" of an English question after its auxiliary ("when did the mill close?" is not
answered by "the mill ... opened in 1871"); in a passage they are as often adjectives ("close to the wall", "the
open sea"), so a passage tells a phase by their other forms only.
Round 56, Russian: a year something was done since ("который строили с 1954 года") tells of its beginning, unless an
end follows it ("с 1954 по 1960 год"): "когда канал был закончен?" is not answered by "канал строили с 1954 года"; and
"закончен", "закончена" (the participle) ask of the end as "закончить" does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .ranking import Ranker, Scored

__all__ = ["phase_unsaid", "telling_phase"]

# verbs (and the nouns of a verb's act) of a beginning and of an end, in the forms a question and a sentence say them
_BEGIN = {
    "en": re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|begun|beginning|commenc\w*|launch\w*|"
                     r"opened|founded|established|set up)\b"),
    "ru": re.compile(r"(?<!\w)(?:нач[аи]\w*|начн\w*|открыл\w*|открыт\w*|откры[вл]а\w*|запуст\w*|запущен\w*|"
                     r"основа\w*|основан\w*|заложен\w*|заложил\w*|с \d{3,4} год\w*(?! (?:по|до)\b))(?!\w)"),
}
_END = {
    "en": re.compile(r"\b(?:complet\w*|finish\w*|end|ends|ended|closed|closes|close down|shut|shuts|stopp\w*|"
                     r"stop|stops|ceased?|ceases)\b"),
    "ru": re.compile(r"(?<!\w)(?:законч\w*|заканчива\w*|оконч\w*|заверш\w*|закры\w*|прекрат\w*|прекращ\w*|"
                     r"останови\w*|остановл\w*|спад\w*|упад(?:ок|ка|ке|ку|ком)|угас\w*)(?!\w)"),
}
# the bare forms a question asks by ("when did X close?", "when will it open?"), a passage's adjective too ("close to
# the shore", "the open sea"): read in the question only
_ASKED_BEGIN = {"en": re.compile(r"\b(?:did|does|do|will|would|to)\s+(?:\w+\s+){0,6}?open\b")}
_ASKED_END = {"en": re.compile(r"\b(?:did|does|do|will|would|to)\s+(?:\w+\s+){0,6}?close\b")}
_WHEN = {"en": re.compile(r"^\W*(?:when|(?:in )?(?:what|which) (?:year|month|century|decade))\b"),
         "ru": re.compile(r"^\W*(?:когда|(?:в )?как(?:ом|ой) (?:году|месяце|веке))(?!\w)")}


def _phase(text: str, code: str) -> tuple[bool, bool]:
    """Does a text tell of a beginning, of an end?"""
    return bool(_BEGIN[code].search(text)), bool(_END[code].search(text))


def _asked(q: Question, code: str) -> str | None:
    """The phase a "when" question asks ("begin" or "end"), when it asks one only."""
    if code not in _WHEN or not _WHEN[code].search(q.text):
        return None
    begin, end = _phase(q.text, code)
    begin = begin or bool(code in _ASKED_BEGIN and _ASKED_BEGIN[code].search(q.text))
    end = end or bool(code in _ASKED_END and _ASKED_END[code].search(q.text))
    return "begin" if begin and not end else "end" if end and not begin else None


def _tells(doc: Doc, phase: str, code: str) -> bool | None:
    """Does a passage tell of the phase asked (True), of the other one only (False), or of neither (None)?"""
    begin, end = _phase(normalise(doc.text), code)
    said, other = (begin, end) if phase == "begin" else (end, begin)
    return True if said else False if other else None


def phase_unsaid(q: Question, doc: Doc, code: str) -> bool:
    """Does a question asking when something began (ended) get a passage telling only of its end (beginning)?"""
    phase = _asked(q, code)
    return phase is not None and _tells(doc, phase, code) is False


def telling_phase(ranker: Ranker, q: Question, ranked: list[Scored], code: str) -> Scored | None:
    """The best-ranked passage that answers the question and does not tell of the other phase only."""
    from .supplying import telling  # here: `supplying` reads the questions this module is asked of

    return telling(ranker, q, ranked, lambda doc: not phase_unsaid(q, doc, code))
