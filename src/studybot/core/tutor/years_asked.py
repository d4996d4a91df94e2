"""A year the question names: the passages that tell of that year answer before those that tell of another.

"What was added to the site in 2001?" is asked of the year 2001: when a passage that names 2001 answers the question,
one that names only other years ("In 1996 the site was listed ...") is no answer to it, however much else of the
question it says. A passage that names no year at all stays (its year may be said around it: "That summer ..."),
and nothing is dropped when no passage naming the year answers (the tutor then chooses as before). Any language: a
year is four digits from 1000 to 2099, a key of its own in a question and a passage.

Nor is a passage that tells of other years only the answer when none does ("how many were chosen in 1965?" met by "In
1960 twenty were chosen"; `year_uncovered`): the tutor declines. A passage covers the year asked when it names it, names
years on both sides of it ("1882-1885" for 1883), or its decade ("the 1960s", "в 1960-е"); one naming no year stays.
Years of the era are read so too ("in 200 BC" is not covered by "18 BC" alone; "AD 9"). Only a year the question asks in
("in 1950", "в 1965 году"; the end of a date: "in February 1964", "on 12 May 1950", "в феврале 1964 года"; a whole
date, day and month, with no preposition: "the train of 15 May 1935", "в поезде 15 мая 1935 года"), not one
naming a thing ("the 2000 Nobel prize"); not a question of a period around the year ("after 1950", "до 1965 года": the
years after or before it are its answer), of two years, or a yes/no question ("was it in 1950?": the year the text
gives answers it).

Measured in round 39: English "on what day / what date" answered by a reply saying no day of a month (Russian "какого
числа", `date_precision_ru`) moved no verdict of any set (one wrong answer of development declined).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..dates import month_word
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .ranking import Scored

__all__ = ["dated_first", "year_uncovered"]

YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
_DECADE = re.compile(r"(?<!\d)((?:1[0-9]|20)\d)0(?:s|'s|-(?:е|х|ых|ые|ым))(?![\w])")  # "1960s", "1960-е"
_YEARS = re.compile(r"(?<![\d.,])(?:1[0-9]|20)\d\d(?![\d.,]\d|\d)")
# words before a year that ask of a period around it, not of the year itself
_AROUND = frozenset({"after", "before", "since", "until", "till", "by", "from", "between", "through", "to", "and",
                     "после", "до", "с", "со", "к", "ко", "по", "от", "между", "и", "начиная", "около", "or", "или"})
_IN = frozenset({"in", "during", "в", "во"})  # "in 1950", "в 1965 году": a question of what happened in the year
_ON = frozenset({"on"})  # ... before a day ("on 12 May 1950")
_BC = frozenset({"bc", "bce"})
_ERA_BC = re.compile(r"(?<![\d.,])(\d{1,4}) ?(?:bce?|b\.c\.)(?!\w)")  # "44 BC": a year before Christ
_ERA_AD = re.compile(r"(?<!\w)ad (\d{1,4})(?![\d.,]\d|\d)|(?<![\d.,])(\d{1,4}) ad(?!\w)")  # "AD 14", "14 AD"
_LOOK_BACK = 3  # words before the year read for a period word ("after 12 May 1950", "до 12 апреля 1961")


def _years(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if YEAR.match(k))


def dated_first(q: Question, tried: list[Scored], answering: Callable[[Scored], bool]) -> list[Scored]:
    """The candidates, without those naming only years other than the question's when one naming a year the
    question names answers it (`answering`)."""
    asked = frozenset(u.stem for u in q.units if YEAR.match(u.stem))
    if not asked:
        return tried

    def elsewhen(r: Scored) -> bool:
        own = _years(r.doc.keys)
        return bool(own) and not own & asked

    if any(asked & r.doc.keys and answering(r) for r in tried):
        return [r for r in tried if not elsewhen(r)]
    return tried


def _asked_years(tokens: list[str]) -> list[tuple[int, int]]:
    """The years a question (its words) names, each with its place: "1965"; "200 BC" as -200, "AD 9" as 9."""
    out = []
    for i, t in enumerate(tokens):
        after = tokens[i + 1:i + 2]
        if t.isdigit() and len(t) <= 4 and after and after[0] in _BC:
            out.append((i, -int(t)))
        elif t.isdigit() and len(t) <= 4 and (tokens[i - 1:i] == ["ad"] or after == ["ad"]) or YEAR.match(t):
            out.append((i, int(t)))
    return out


def _on_date(tokens: list[str], at: int) -> bool:
    """Is a year the end of a date with its month (and day) that a question asks in ("in February 1964", "on 12 May
    1950", "on May 12, 1950", "в феврале 1964 года"), or of a whole date, its day and month said, with no preposition
    ("the first train of 15 May 1935", "в первом поезде 15 мая 1935 года": the day it asks of)?"""
    start, day, month = at, False, False
    for _ in range(2):
        before = tokens[start - 1] if start > 0 else ""
        if month_word(before) or (before.isdigit() and 1 <= int(before) <= 31):
            start -= 1
            month, day = month or bool(month_word(before)), day or before.isdigit()
    return start < at and (bool((_IN | _ON) & set(tokens[start - 1:start])) or day and month)


def year_uncovered(q: Question, passage: str) -> bool:
    """Does a question ask what happened in one year (not of a period around it, nor yes or no) while a passage
    names years, none of them that year, none on both sides of it, and not its decade?"""
    if q.wants.yes_no:
        return False
    tokens = WORD.findall(q.text)
    at = _asked_years(tokens)
    if len({y for _, y in at}) != 1 or any(w in _AROUND for i, _ in at for w in tokens[max(0, i - _LOOK_BACK):i]):
        return False
    if not any(_IN & set(tokens[max(0, i - 2):i] if tokens[i - 1:i] == ["ad"] else tokens[i - 1:i])
               or _on_date(tokens, i) or tokens[i + 1:i + 2] == ["году"] for i, _ in at):
        return False  # "the 2000 Nobel prize": a thing named by its year, not what happened in it
    year = at[0][1]
    text = passage.casefold()
    era = [(m.start(), -int(m.group(1))) for m in _ERA_BC.finditer(text)] + [
        (m.start(), int(m.group(1) or m.group(2))) for m in _ERA_AD.finditer(text)]
    marked = {at for at, _ in era}
    said = [y for _, y in era] + [int(m.group()) for m in _YEARS.finditer(text) if m.start() not in marked]
    if not said or year in said or min(said) < year < max(said):
        return False
    return year < 0 or not any(int(m.group(1)) == year // 10 for m in _DECADE.finditer(text))
