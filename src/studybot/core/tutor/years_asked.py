"""A year the question names: the passages that tell of that year answer before those that tell of another.

"What was added to the site in 2001?" is asked of the year 2001: when a passage that names 2001 answers the question,
one that names only other years ("In 1996 the site was listed ...") is no answer to it, however much else of the
question it says. A passage that names no year at all stays (its year may be said around it: "That summer ..."),
and nothing is dropped when no passage naming the year answers (the tutor then chooses as before). Any language: a
year is four digits from 1000 to 2099, a key of its own in a question and a passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question
    from .ranking import Scored

__all__ = ["dated_first"]

YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")


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
