"""A measure asked of a name, said with other verbs: the figure of that measure in a sentence naming it.

"How long was Leonov outside the ship?" is answered by "Leonov spent about 12 minutes out of the ship", "сколько
времени Титов пробыл на орбите?" by "Титов провёл в космосе 25 часов 11 минут": the question asks for a measure
(a span of time, a length, a mass ...; `quantities`) of something it names, and what it says about the name is
said in the text with other words ("was outside": "spent out of"; "пробыл": "провёл"). Such a question is answered
by the sentence that names every name of the question and gives a figure of the very measure asked, when it covers
`MEASURE_OWN` of the question in its own words and no other candidate does both (of two figures of Titov's flight,
what the question says of it tells which is asked). A count ("how many times") is no such measure: any figure
is one, so it proves nothing; nor is a date, which is asked with "when". Other kinds of question keep the
thresholds of `Ranker.answers`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from .analysis import Question
from .documents import Doc
from .words import QUANTITY_KEY

__all__ = ["MEASURE_OWN", "NOT_MEASURES", "measure_asked", "measure_of_named"]

MEASURE_OWN = 0.4  # share of the question such a sentence must cover in its own words (the names, the measure)
NOT_MEASURES = frozenset({"count", "percent", "money"})  # figures of any sentence about numbers: no proof


class _Candidate(Protocol):
    @property
    def own(self) -> float: ...

    @property
    def doc(self) -> Doc: ...


C = TypeVar("C", bound=_Candidate)


def measure_asked(q: Question) -> frozenset[str]:
    """The measures a question asks for ("how long": a span of time; "сколько времени" too), counts and shares left
    out."""
    by_words = {k[len(QUANTITY_KEY):] for u in q.units for k in u.strong if k.startswith(QUANTITY_KEY)}
    return (q.wants.measures | by_words) - NOT_MEASURES


def measure_of_named(q: Question, ranked: Sequence[C], least: float = MEASURE_OWN) -> C | None:
    """The one candidate that names every name of a question asking for a measure of it and gives a figure of
    that measure, when it covers `least` of the question in its own words; None when no question of that kind, no
    such candidate, or several (which of their figures is asked, only what the question says of the name tells)."""
    wants = q.wants
    asked = measure_asked(q)
    names = [u for u in q.units if u.name and not u.light]
    if not asked or not names or wants.reason or wants.define or wants.yes_no or wants.listing or wants.dated:
        return None
    found = [r for r in ranked if asked & r.doc.traits.kinds and all(u.strong & r.doc.keys for u in names)]
    return found[0] if len(found) == 1 and found[0].own >= least else None  # two such figures: the verb decides
