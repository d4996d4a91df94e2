"""A point that says a thing was "not yet" done ("not yet connected to Hartley's drains"): "yet" there is no
contrast opening a clause, so the point is made by its own words, by "had yet to be", "not ... yet", and with a
possessive name kept in place (`lexicon_negative`); never by the thing done ("already connected"). Russian joins
to a network by "подключить" or "подсоединить" (`lexicon_ru_own_words`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import one_point

EN, RU = Grader(language="en"), Grader(language="ru")

DRAINS = one_point("the east district was not yet connected to Hartley's drains", "Why did the east district flood?")
TOWN = one_point("the new town was not yet built", "Why did the settlers camp by the river?")
LINE = one_point("восточный район ещё не был подключён к канализации Хартли", "Почему район затапливало?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, DRAINS, "the east district was not yet connected to Hartley's drains", True),
    (EN, DRAINS, "the east district was not yet connected to Hartley drains", True),
    (EN, DRAINS, "the east district had not yet been connected to Hartley's drains", True),
    (EN, DRAINS, "the east district was not connected to Hartley's drains yet", True),
    (EN, DRAINS, "the east district had yet to be connected to Hartley's drains", True),
    (EN, TOWN, "the new town was not yet built", True),
    (EN, TOWN, "the new town had not been built yet", True),
    (EN, DRAINS, "the east district was already connected to Hartley's drains", False),
    (EN, DRAINS, "the east district was connected to Hartley's drains", False),
    (EN, TOWN, "the new town was already built", False),
    (EN, TOWN, "the new town was built", False),
    (EN, one_point("the bridge was connected to the road", "What was done?"), "the bridge was not yet connected to "
     "the road", False),
    (RU, LINE, "восточный район ещё не подсоединили к канализации Хартли", True),
    (RU, LINE, "восточный район пока не был подключён к канализации Хартли", True),
    (RU, LINE, "восточный район уже был подключён к канализации Хартли", False),
    (RU, LINE, "восточный район уже подсоединили к канализации Хартли", False),
])
def test_not_yet(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
