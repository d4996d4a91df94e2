"""A year the question names, said again in an answer, is the question's year, no other year for a point made by a
wording without one (`dated.another_year`): "why was he not given the 1909 prize?" answered "by 1909 he was no longer
alive" makes the point "he died in 1906" by its accepted wording, where another year of the answer's own ("he was no
longer alive in 1907") still goes against it (issue #11; from a blind author's validate report). Invented cards and
notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _right(card: Card, given: str, language: str) -> bool:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=card.answer),), cards=(card,),
                language=language)
    return Grader.for_pack(pack).grade(card, given).correct


EN = Card(id="e", section="s", kind="explain", prompt="Why was Ivanov not given the 1909 prize?",
          answer="Ivanov died in 1906, and the prize is given only to the living.",
          keypoints=(Keypoint("Ivanov died in 1906", ("Ivanov was no longer alive",)),))
RU = Card(id="r", section="s", kind="explain", prompt="Почему Иванов не получил премию 1909 года?",
          answer="Иванов умер в 1906 году, а премию дают только живым.",
          keypoints=(Keypoint("Иванов умер в 1906 году", ("Иванова уже не было в живых",)),))
RU_UNASKED = Card(id="u", section="s", kind="explain", prompt="Почему Иванов не получил премию?", answer=RU.answer,
                  keypoints=RU.keypoints)


@pytest.mark.parametrize(("card", "given", "language", "right"), [
    (EN, "by 1909 Ivanov was no longer alive", "en", True),
    (EN, "Ivanov was no longer alive in 1907", "en", False),
    (EN, "Ivanov died in 1906", "en", True),
    (EN, "Ivanov died in 1909", "en", False),
    (RU, "к 1909 году Иванова уже не было в живых", "ru", True),
    (RU, "в 1909 году Иванова уже не было в живых", "ru", True),
    (RU, "Иванова уже не было в живых в 1907 году", "ru", False),
    (RU, "Иванов умер в 1909 году", "ru", False),
    (RU_UNASKED, "к 1909 году Иванова уже не было в живых", "ru", False),  # a year the question does not name
])
def test_the_questions_year_said_again(card: Card, given: str, language: str, right: bool) -> None:
    assert _right(card, given, language) is right
