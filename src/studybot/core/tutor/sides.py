"""A side asked that a passage says otherwise: "who reached the south magnetic pole?" is not answered by "The north
magnetic pole was first reached by ... in 1831", nor "какой газ даёт сиянию красный цвет?" by "Зелёный цвет сиянию
даёт кислород", however much else of the question they cover.

Some words come in closed sets whose members exclude each other: the points of the compass
(`lexicon_compass.compass_point`: "north", "southern", "восточный", "на западе") and the basic colours
(`lexicon_colours.colour_word`: "red", "reddish", "красноватый"), the stages of life and the sexes
(`lexicon_life_stages`: "adult", "newborn", "детей"; "women", "мужчин"). A question that asks of one member of such
a set (and of no other member of it) is not answered by a passage that says another member of the set and never the
one asked (`side_unsaid`): the tutor takes the next passage that answers and does say it (`telling_side`), or
declines. A passage that says both ("north and south") may answer. Rules of English and Russian, no word of a text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon_colours import colour_word
from ..lexicon_compass import compass_point
from ..lexicon_life_stages import life_stage, sex_word
from ..text import normalise
from .supplying import telling
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .ranking import Ranker, Scored

__all__ = ["side_unsaid", "sides_said", "telling_side"]

@lru_cache(maxsize=8192)
def _side(word: str) -> tuple[str, str] | None:
    """The set and member a word says ("compass", "south" of "южного"; "colour", "red" of "reddish"), or None."""
    if point := compass_point(word):
        return "compass", point
    if colour := colour_word(word):
        return "colour", colour
    if stage := life_stage(word):
        return "stage", stage
    return ("sex", sex) if (sex := sex_word(word)) else None


@lru_cache(maxsize=4096)
def sides_said(text: str) -> frozenset[tuple[str, str]]:
    """The members of the closed sets a text says ("south" and "red" of "the red south wall")."""
    return frozenset(side for w in WORD.findall(normalise(text).replace("ё", "е")) if (side := _side(w)) is not None)


def side_unsaid(q: Question, doc: Doc) -> bool:
    """Does a question ask of one member of a closed set that a passage does not say, while it says another member of
    that set ("the south pole" asked, only "the north pole" said)?"""
    asked = sides_said(q.text)
    if not asked:
        return False
    said = sides_said(doc.text)
    for kind in {k for k, _ in asked}:
        mine = {m for k, m in asked if k == kind}
        theirs = {m for k, m in said if k == kind}
        if len(mine) == 1 and theirs and not mine & theirs:
            return True
    return False


def telling_side(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The best-ranked passage that answers the question and does not say another side than the one asked."""
    return telling(ranker, q, ranked, lambda doc: not side_unsaid(q, doc))
