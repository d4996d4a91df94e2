"""A long keypoint made in part, one of its words said with a word related to it (issue #11): "at night in the
channel pilots guided foreign vessels" for "the harbour pilots guided foreign ships through the shallow channel at
night" (six of its nine words, "vessels" for "ships").

A long point (`LONG_POINT` content words or more) is made by most of its words (`StructuredGrading._mostly`: three
and 60%, negated and directed as the point is). Here one of those words may be met by a looser relative of it, as
`nearly` allows for a wording made but for one word (`related_words`: WordNet synset in any sense, hypernym or
hyponym; never a sister or an antonym; never a name, figure, direction, negator, a word of the pack's own synonyms
nor of the card's known mistakes), in a clause of another word of the point, each of the point's words met by a
word of its own (one "cells" is no "cells from cells"). Everything else is asked as before;
an answer that gives a figure of a kind one of the point's wordings gives, and none that agrees ("the wall
is 300 km long" for "... 300 metres long"), does not make it so. A point made so counts as made with a slip (rated
Hard).

Measured in round 39 and left out: a point counted long by the question's words the answer says again ("когда тело
тонет?": "средняя плотность тела больше плотности жидкости" long by "тела" and "жидкости"), with all its other words
but one needed, passed 5 wrong held-out answers for 11 right ones.
"""

from __future__ import annotations

from collections.abc import Callable

from ..matching import Prepared, Want
from ..meaning import Meaning, same_meaning_in
from .dated import decade_only, without_dates
from .nearly import NearlyGrading, one_relative
from .partly_figures import other_figure
from .roles import unless_wrong_party

__all__ = ["MostlyRelatedGrading"]


def _widened(point: Prepared, got: Prepared, avoid: frozenset[str], used: list[int]
             ) -> Callable[[Want], tuple[int, int]]:
    """`meaning.same_meaning_in`, and then at most one word of the point met by a relative of it (its position in
    the answer appended to `used`)."""
    return one_relative(same_meaning_in(point, got, avoid), point, got, avoid, used, got.lang.lex.light_verbs)


class MostlyRelatedGrading(NearlyGrading):
    """`NearlyGrading`, and a long point made in part with one of its words said by a relative."""

    def _cover(self, point_text: str, accept: tuple[str, ...], got: Prepared, skip: frozenset[str],
               known: frozenset[str] = frozenset(), absent: bool = False,
               avoid: frozenset[str] | None = None, sense: Meaning = same_meaning_in
               ) -> tuple[bool, str, bool, tuple[int, ...]]:
        found = super()._cover(point_text, accept, got, skip, known, absent, avoid, sense)
        if found[0] or avoid is None or sense is not same_meaning_in:
            return found
        point = self.prep(point_text)
        if without_dates(point, got) is None or decade_only(point, got):
            return found
        used: list[int] = []
        made = self._mostly(point, got, skip, _widened(point, got, avoid, used))
        where = made[3]
        loose = [j for j in used if j in where]
        if not made[0] or not loose or len(set(where)) < len(where) \
                or not any(got.clauses[i] == got.clauses[loose[-1]] for i in where if i != loose[-1]):
            return found
        if any(other_figure(self.prep(text), got) for text in (point_text, *accept)):
            return found  # a figure of the point's other wording, given otherwise ("300 km" for "300 metres")
        made = unless_wrong_party(made, point, got, self.parties, skip)
        return (True, made[1], True, where) if made[0] else found
