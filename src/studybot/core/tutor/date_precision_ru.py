"""The precision of a date a Russian question asks: "в каком году" a year, "в каком месяце" a month, "какого числа" a
day (`precision_unsaid`).

Russian asks a date by the unit it wants: "когда" any date, "в каком веке" a century, "в каком году" a year, "в каком
месяце" a month, "какого числа" a day of a month. A passage dating the event only more coarsely does not give what
is asked: "В каком году X открыл Y?" is not answered by "Y открыл X в XVII веке", nor "какого числа?" by "в 1812
году"; the next passage that says it is taken, else the tutor declines. A passage counts with the sentences next to
it ("В том же году ...": the year is said before). A year is any number before "год" ("в 79 году", "1860-е годы")
or one of three or four digits; a month its name; a day a number before a month's name ("26 ноября", "8 (20)
августа"). Rules of Russian; no word of a text.

So is "когда в последний раз X?" ("когда было последнее X?") asked of the last of X's events: a passage that dates one
of them without saying it is the last ("X извергается раз в несколько лет") does not answer it; the passage, a
sentence next to it or its section's title must say "последний" (`last_unsaid`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc, Library

__all__ = ["last_unsaid", "precision_unsaid"]

_LAST = re.compile(r"(?<!\w)последн\w*")  # "в последний раз", "последнее извержение"
_MONTH = r"(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
_ASKED = (
    (re.compile(r"(?<!\w)(?:в\s+)?(?:как(?:ом|ой)|котором)\s+году(?!\w)|(?<!\w)какого\s+года(?!\w)"),
     re.compile(r"(?<![\d.,])\d{1,4}(?:\s*[–—-]\s*\d{1,4})?(?:-?[а-я]{1,3})?\s+(?:г\.|гг\.|год\w*)|"
                r"(?<![\d.,])\d{3,4}(?![\d.,]?\d)")),
    (re.compile(r"(?<!\w)в\s+каком\s+месяце(?!\w)"), re.compile(rf"(?<!\w){_MONTH}")),
    (re.compile(r"(?<!\w)какого\s+числа(?!\w)"), re.compile(rf"(?<!\d)\d{{1,2}}\s*(?:\(\d{{1,2}}\)\s*)?{_MONTH}")),
)


def precision_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a Russian question ask a date to a year, a month or a day that neither a passage nor a sentence next to
    it says?"""
    if library.words.code != "ru":
        return False
    told = " ".join(normalise(d.text) for d in (doc, *library.neighbours(doc)))
    return any(asked.search(q.text) and not said.search(told) for asked, said in _ASKED)


def last_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a Russian "когда" question ask of the last of some events ("в последний раз") that neither a passage, a
    sentence next to it nor its section's title says is the last?"""
    if library.words.code != "ru" or not q.wants.dated or not _LAST.search(q.text):
        return False
    section = library.sections.get(doc.section_id or "")
    told = " ".join(normalise(d.text) for d in (doc, *library.neighbours(doc)))
    return not _LAST.search(told) and not (section is not None and _LAST.search(normalise(section.title)))
