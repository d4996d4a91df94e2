"""A thing hard to perceive, said in another of the language's ways ("could hardly be seen", "barely visible",
"difficult to make out"; "плохо видно", "едва заметен", "трудно разглядеть": core/lexicon_seeing.py): the same
point, and "hardly" no negation of it; the opposite ("easy to see", "хорошо виден") still not. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import one_point

EN, RU = Grader(language="en"), Grader(language="ru")

STAMP = one_point("the blue stamp was hard to see", "Why did the clerk miss the mark?")
BUOY = one_point("the buoy could barely be seen in the fog", "Why did the ship run aground?")
MARK = one_point("красный штемпель было трудно увидеть", "Почему почтальон не заметил отметку?")
SIGN = one_point("вывеска была едва заметна", "Почему прохожие не находили лавку?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, STAMP, "the blue stamp could hardly be seen", True),
    (EN, STAMP, "the blue stamp was barely visible", True),
    (EN, STAMP, "the blue stamp was difficult to make out", True),
    (EN, STAMP, "the blue stamp was hardly noticeable", True),
    (EN, BUOY, "the buoy was hard to see in the fog", True),
    (EN, STAMP, "the blue stamp was easy to see", False),
    (EN, STAMP, "the blue stamp was clearly visible", False),
    (EN, STAMP, "the blue stamp was not hard to see", False),
    (EN, STAMP, "the blue stamp could easily be seen", False),
    (EN, BUOY, "the buoy was clearly visible in the fog", False),
    (RU, MARK, "красный штемпель было плохо видно", True),
    (RU, MARK, "красный штемпель был едва заметен", True),
    (RU, MARK, "красный штемпель было трудно разглядеть", True),
    (RU, MARK, "красный штемпель был еле виден", True),
    (RU, MARK, "красный штемпель был почти не виден", True),
    (RU, SIGN, "вывеску было сложно заметить", True),
    (RU, MARK, "красный штемпель было легко увидеть", False),
    (RU, MARK, "красный штемпель был хорошо виден", False),
    (RU, MARK, "красный штемпель был ясно виден", False),
    (RU, MARK, "красный штемпель было нетрудно увидеть", False),
    (RU, SIGN, "вывеска была хорошо заметна", False),
])
def test_hard_to_see(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
